"""What "all but" leaves: the rest of a whole once a few are set aside.

"Floodwater reached all but two of the 38 districts" says 36 districts, not
2: the number after "all but" counts those left out.  Where the whole is
given (``of the 38``), the figure is read as the whole less those left out
and spans "all but two" (the whole keeps its own figure, as any partitive's
does); where it is not ("all but two of the districts survived"), the number
counts nothing the sentence states, and it is dropped.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from claimcheck.engine.numbers.interval import Interval
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import lazy

__all__ = ["remainders"]

_ALL_BUT = lazy(r"\ball\s+(?:but|except)\s+$", regex.I)
_ANY = lazy(r"\ball\s+(?:but|except)\s", regex.I)
# what stands between the number left out and the whole: "of the", "of its"
_OF_WHOLE = lazy(
    r"\s+of\s+(?:(?:the|its|their|his|her|our|these|those)\s+)?"
    r"(?:[^\W\d_]+(?:'s|’s|s'|s’)\s+|estimated\s+|some\s+)?$",
    regex.I,
)


def remainders(
    text: str, quantities: tuple[Quantity, ...], start: int, end: int
) -> tuple[Quantity, ...]:
    """``quantities`` (those of ``text[start:end]``) with each number after
    "all but" read as what it leaves."""
    if (
        not quantities
        or (text.find("but", start, end) < 0 and text.find("except", start, end) < 0)
        or _ANY.search(text, start, end) is None
    ):
        return quantities
    out: list[Quantity] = []
    for i, q in enumerate(quantities):
        lead = _ALL_BUT.search(text, max(0, q.start - 12), q.start)
        if lead is None:
            out.append(q)
            continue
        whole = quantities[i + 1] if i + 1 < len(quantities) else None
        if (
            whole is None
            or whole.unit != q.unit
            or not _OF_WHOLE.fullmatch(text, q.end, whole.start)
        ):
            # "all but two of the districts": the rest has no figure
            continue
        rest = _less(whole.interval, q.interval)
        if rest is None:
            continue
        out.append(
            replace(
                q,
                start=lead.start(),
                text=text[lead.start() : q.end],
                interval=rest,
            )
        )
    return tuple(out)


def _less(whole: Interval, left_out: Interval) -> Interval | None:
    """The numbers ``whole - left_out`` may be, or None when either is open."""
    if None in (whole.low, whole.high, left_out.low, left_out.high):
        return None
    assert whole.low is not None and whole.high is not None
    assert left_out.low is not None and left_out.high is not None
    low, high = whole.low - left_out.high, whole.high - left_out.low
    if high < 0:
        return None
    return Interval(low=max(0.0, low), high=high)
