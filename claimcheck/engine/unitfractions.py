"""A fraction of one unit: "half a mile", "a quarter of a mile", "a mile
and a half".

The reader takes "half", "a quarter", "three quarters" for shares, and
news gives lengths, weights and times that way ("nearly half a mile
underground", "half a tonne of cocaine", "three quarters of an hour"): a
fraction followed by "a" (or "of a") and the name of a unit is that
fraction of the unit (:func:`unit_fractions`), "a mile and a half" one and
a half of it.  "Half a million" is a scale word, which the reader reads.
"""

from __future__ import annotations

import dataclasses

import regex

from claimcheck.engine.numbers.interval import Interval
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.numbers.units import canonical_unit, dimension

__all__ = ["unit_fractions"]

# "half | a mile", "a quarter | of a mile", "three quarters | of an hour"
_OF_A_UNIT = regex.compile(r"\s+(?:of\s+)?an?\s+([^\W\d_]+)\b", regex.I)
# "a mile | and a half", "an hour | and a half"
_UNIT_AND = regex.compile(r"\b(?:an?|one)\s+([^\W\d_]+)\s+and\s+$", regex.I)
#: the words of a fraction the reader reads as a share
_FRACTIONS = ("half", "quarter", "third")
#: what a fraction of one may measure (not a share, a count, a currency)
_DIMENSIONS = frozenset({"length", "mass", "time", "area", "volume"})


def _unit(word: str) -> str | None:
    unit = canonical_unit(word.casefold())
    return unit if unit is not None and dimension(unit) in _DIMENSIONS else None


def unit_fractions(text: str, quantities: tuple[Quantity, ...]) -> tuple[Quantity, ...]:
    """``quantities`` with each fraction of one unit read in that unit (the
    unit's own "a kilometre", when read, taken into it)."""
    if not any(
        q.unit == "share" and any(w in q.text.casefold() for w in _FRACTIONS)
        for q in quantities
    ):
        return quantities
    out: list[Quantity] = []
    skip_to = -1
    for q in quantities:
        if q.start < skip_to:
            continue
        found = _fraction(text, q) if q.unit == "share" else None
        if found is None:
            out.append(q)
            continue
        if out and out[-1].end > found.start:
            out.pop()  # "a mile" read before "and a half"
        out.append(found)
        skip_to = found.end
    return tuple(out)


def _fraction(text: str, q: Quantity) -> Quantity | None:
    """``q``, a share, as a fraction of the unit after or before it."""
    if not any(w in q.text.casefold() for w in _FRACTIONS):
        return None
    after = _OF_A_UNIT.match(text, q.end)
    if after is not None and (unit := _unit(after.group(1))) is not None:
        return dataclasses.replace(
            q, end=after.end(), text=text[q.start : after.end()], unit=unit
        )
    if q.text.casefold() != "a half" or q.interval.low is None:
        return None
    before = _UNIT_AND.search(text, max(0, q.start - 30), q.start)
    if before is not None and (unit := _unit(before.group(1))) is not None:
        return dataclasses.replace(
            q,
            start=before.start(),
            text=text[before.start() : q.end],
            interval=Interval.point(1 + q.interval.low),
            unit=unit,
        )
    return None
