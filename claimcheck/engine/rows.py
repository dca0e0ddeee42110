"""The unit a fact box's label gives a bare figure: "Days underground: 17".

A row of a fact box or a live blog's summary often puts its unit in the
label and leaves the figure bare ("Days underground: 17", "Hectares
burned: 12,000", "Hours without power: 40").  When the label opens its
line with the plural name of a unit and a colon closes it, and the figure
stands alone after it (maybe with a bracketed note), the figure is read in
that unit; the usual binding then finds the label's measure word
(:func:`claimcheck.engine.reach.reach`, rule ``label``).
"""

from __future__ import annotations

import dataclasses

from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.numbers.units import canonical_unit
from claimcheck.engine.patterns import lazy
from claimcheck.engine.terms import FLAGS

__all__ = ["other_time", "row_unit"]

Span = tuple[int, int]

# a label naming another time or event than the box's: "Last year's strike
# length:", "Rain in the whole of last October:", "Deaths in the 1998 quake:",
# "Previous record:" (not "Deaths in the last 24 hours:", this period), a
# part of its time or a time to come
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october"
    "|november|december"
)
_OTHER_TIME = lazy(
    r"\b(?:previous|prior|former|earlier|record)\b"
    # a part of the story's time: "Deadliest week (14-20 July):", "Deaths on
    # the peak day:", "cancellations in the busiest hour:"
    r"|\b(?:deadliest|worst|busiest|hottest|wettest|peak|single)\s+"
    r"(?:day|week|month|hour|night|weekend|season)\b"
    # a time to come: "Full-year cost forecast (May):", "Projected cost:"
    r"|\b(?:forecast|projected|projection|outlook|guidance)\b"
    rf"|\blast\s+(?:year|season|time|decade|century|winter|spring|summer|autumn"
    rf"|{_MONTHS})\b"
    r"|\bthe\s+(?:1[89]|20)\d\d\b|\b(?:1[89]|20)\d\d['’]s\b",
    FLAGS,
)
# the label's first word, at the start of its line
_FIRST_WORD = lazy(r"[ \t]*([^\W\d_]{4,})\b")
# what may follow the figure in its row: a bracketed note, a full stop
_ALONE = lazy(r"\s*(?:\([^()\n]*\))?\s*[.;]?\s*$")


def row_unit(text: str, q: Quantity, before: Span, clause: Span) -> Quantity:
    """``q`` in the unit its row's label names, or ``q`` itself.

    ``before`` is the clause ending at the label's colon, ``clause`` the one
    ``q`` stands in.
    """
    if q.unit is not None or not text[before[0] : before[1]].rstrip().endswith(":"):
        return q
    if text[clause[0] : q.start].strip() or not _ALONE.match(text, q.end, clause[1]):
        return q
    # the label may hold commas ("Hours, all lines:"), not a line break
    line = text.rfind("\n", 0, before[0]) + 1
    first = _FIRST_WORD.match(text, line, before[1])
    if first is None:
        return q
    word = first.group(1).casefold()
    unit = canonical_unit(word)
    if unit is None or unit.startswith("currency:") or not word.endswith("s"):
        # a plural name only: "Days", "Hectares"; not "Cent", "Mile marker"
        return q
    return dataclasses.replace(q, unit=unit)


def other_time(label: str) -> bool:
    """Whether a fact box's row ``label`` names another time or event than
    the box's own, a part of its time or a forecast (its figure is that
    time's, not the story's)."""
    return _OTHER_TIME.search(label) is not None
