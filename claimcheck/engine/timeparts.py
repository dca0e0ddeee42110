"""A duration told in parts is one duration: "five days and 16 hours".

A fact box or a report gives a long duration in its parts, the larger first
("Strike length: five days and 16 hours", "trapped for 2 hours, 15
minutes", "served three years and six months"); the reader returns each
part on its own (as other readers do), and a claim of the whole ("the
strike lasted 136 hours") would find a part that misfits it.  The index
reads such parts as one duration in the smaller unit.  Only exact parts of
one kind of time are joined (weeks, days, hours, minutes, seconds; or years
and months), the larger first, with only a comma or "and" between them.
"""

from __future__ import annotations

import dataclasses

import regex

from claimcheck.engine.numbers.interval import Interval
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.unitfractions import unit_fractions

__all__ = ["joined_parts"]

# each unit in the smallest of its kind
_TIME_PARTS = (
    {"wk": 7 * 86400.0, "d": 86400.0, "h": 3600.0, "min": 60.0, "s": 1.0},
    {"yr": 12.0, "mo": 1.0},
)
_ALL_UNITS = frozenset(u for kind in _TIME_PARTS for u in kind)
# what may stand between two parts: a comma, "and", both
_GAP = regex.compile(r"(?:\s*,)?\s+(?:and\s+)?|\s*,\s*", regex.IGNORECASE)


def joined_parts(text: str, quantities: tuple[Quantity, ...]) -> tuple[Quantity, ...]:
    """``quantities`` with each run of a duration's parts read as one, and
    each fraction of one unit ("half a mile") read in that unit
    (:func:`claimcheck.engine.unitfractions.unit_fractions`)."""
    quantities = unit_fractions(text, quantities)
    if sum(q.unit in _ALL_UNITS for q in quantities) < 2:
        return quantities
    out: list[Quantity] = []
    for q in quantities:
        joined = _join(text, out[-1], q) if out else None
        if joined is None:
            out.append(q)
        else:
            out[-1] = joined
    return tuple(out)


def _join(text: str, a: Quantity, b: Quantity) -> Quantity | None:
    """``a`` and ``b`` as one duration, or None when they are no parts of
    one."""
    ia, ib = a.interval, b.interval
    if ia.low is None or ia.low != ia.high or ib.low is None or ib.low != ib.high:
        return None
    for factors in _TIME_PARTS:
        big, small = factors.get(a.unit or ""), factors.get(b.unit or "")
        if big is None or small is None:
            continue
        if big <= small or not _GAP.fullmatch(text, a.end, b.start):
            return None
        return dataclasses.replace(
            a,
            end=b.end,
            text=text[a.start : b.end],
            interval=Interval.point(ia.low * big / small + ib.low),
            unit=b.unit,
        )
    return None
