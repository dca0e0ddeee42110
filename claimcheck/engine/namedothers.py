"""Names listed before "and N other" and a noun: "Norvia, Ostrand and six
other countries".

The names are of the noun "other" sets them beside, so the group counts N
and one for each name: "Liverpool, Manchester United and seven other
Premier League clubs" are nine clubs, "Norvia and seven other countries"
eight.  The list runs back from "and" over names set off by commas, to the
start of the sentence or to a word in lower case before the first name
("signed by Norvia, Ostrand, Kessel and five other countries": eight); a
time opening the sentence is no name ("By Monday, Norvia and six other
countries": seven).
"""

from __future__ import annotations

import regex

from claimcheck.engine.dates import MONTH_NAMES
from claimcheck.engine.nouns import STOP
from claimcheck.engine.numbers.interval import Interval
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import lazy

__all__ = ["named_others"]

Span = tuple[int, int]

_OTHER = lazy(r"\s+(?P<other>other)\s+(?:[^\W\d_][\w'’-]*\s+){0,3}", regex.I)
# "and" right before the figure, and the sentence before it
_AND = lazy(r"(?:\s*,)?\s+and\s+$")
_BREAK = lazy(r"[.;:!?()\[\]\n]")
# a name: capitalised words, with "of", "the", "and" or "de" inside
_NAME_SOURCE = r"(?:[A-Z][\w'’.&-]*)(?:\s+(?:(?:of|the|de)\s+)?[A-Z][\w'’.&-]*){0,4}"
_NAME = lazy(_NAME_SOURCE)
# the name ending a clause after a word in lower case ("signed by Norvia")
_LAST_NAME = lazy(r"\b[a-z][\w'’-]*\s+(" + _NAME_SOURCE + r")$")
_TIMES = frozenset(MONTH_NAMES.split("|")) | frozenset(
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
#: how far back the list may reach
_REACH = 200


def named_others(text: str, q: Quantity, bound: Span) -> Quantity | None:
    """``q`` plus the names listed before its "and", when "other" stands
    between it and its noun ``bound``; or None."""
    if not text[q.end : q.end + 7].casefold().startswith(" other"):
        return None
    other = _OTHER.fullmatch(text, q.end, bound[0])
    if other is None:
        return None
    joint = _AND.search(text, max(0, q.start - 12), q.start)
    if joint is None:
        return None
    head = text[max(0, joint.start() - _REACH) : joint.start()]
    breaks = list(_BREAK.finditer(head))
    head = head[breaks[-1].end() :] if breaks else head
    names = 0
    for part in reversed(head.split(",")):
        part = part.strip()
        if _is_name(part):
            names += 1
            continue
        last = _LAST_NAME.search(part)
        names += last is not None and _is_name(last.group(1))
        break
    if not names:
        return None
    # (spanning "other", which adds to no earlier figure here)
    return Quantity(
        start=q.start,
        end=other.end("other"),
        text=text[q.start : other.end("other")],
        interval=Interval(
            low=None if q.interval.low is None else q.interval.low + names,
            high=None if q.interval.high is None else q.interval.high + names,
            low_inclusive=q.interval.low_inclusive,
            high_inclusive=q.interval.high_inclusive,
        ),
        unit=q.unit,
    )


def _is_name(part: str) -> bool:
    first = part.split(" ", 1)[0].casefold()
    return (
        _NAME.fullmatch(part) is not None and first not in STOP and first not in _TIMES
    )
