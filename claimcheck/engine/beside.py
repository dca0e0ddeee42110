"""A figure set beside the one before, for another place or owner.

"In Selo, 940 cases were confirmed, against 2,310 in Harn", "Flu cases in
Brenn reached 1,200, compared with 5,600 in Keldor", "Hospitals in Brenn
logged 1,200 cases while Keldor's count reached 5,600": the second figure
has no measure word of its own; it counts what the figure before counts,
for the place after it or the name that owns the count.  (The place makes
it a part: see :mod:`claimcheck.engine.places`.)  A figure "against" a
time ("against 610 a year earlier") is no other place's, and is left to
the rules of earlier figures.
"""

from __future__ import annotations

import regex

from claimcheck.engine.cues import Cues
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import lazy

__all__ = ["set_beside"]

Span = tuple[int, int]

_HEDGES = (
    r"(?:(?:about|around|some|roughly|nearly|almost|only|over|just|more\s+than)\s+)*"
)
# "against 2,310", "compared with 610", read from the comma before:
# "compared" and "with" fall in two clauses
_AGAINST = lazy(
    r",\s*(?:against|versus|vs\.?|compared\s+(?:with|to))\s+" + _HEDGES + "$",
    regex.I,
)
_AGAINST_WORDS = ("against", "versus", "vs", "compared")
# a place after the figure: "in Harn", "at the Selo clinic" (not a time:
# "against 610 in March")
_IN_PLACE = lazy(
    r"\s+(?:in|at)\s+(?:the\s+)?(?!(?:january|february|march|april|may|june"
    r"|july|august|september|october|november|december|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday|spring|summer|autumn|winter)\b)"
    r"(?-i:\p{Lu})",
    regex.I,
)
# "while Keldor's count reached", "and Ostrand's total stood at": a name's
# count, and the verb its figure continues
_OWNED_COUNT = lazy(
    r"\s*(?:(?:and|but|while|whereas|as)\s+)?"
    r"(?-i:\p{Lu})[\w-]*(?:\s+(?-i:\p{Lu})[\w-]*){0,2}['’]s\s+(?:own\s+)?"
    r"(?:count|total|tally|figure|number)\s+"
    r"(?:(?:has|had|have|was|is|now|already|since|then)\s+)*"
    r"(?:[^\W\d_]+\s+)?(?:(?:to|at)\s+)?" + _HEDGES,
    regex.I,
)
_OWNED_WORDS = ("'s", "’s")
#: how far before the figure "against" or "compared with" is looked for
_REACH = 40


def set_beside(
    text: str, q: Quantity, clause: Span, *, cues: Cues | None = None
) -> bool:
    """Whether ``q``, whose clause ``clause`` holds no measure word, is set
    beside the figure before for another place or owner; ``cues`` (the
    article's) skips the readings that cannot apply."""
    lead = max(0, q.start - _REACH)
    if (
        (cues is None or not cues.lacks(lead, q.start, _AGAINST_WORDS))
        and _IN_PLACE.match(text, q.end)
        and _AGAINST.search(text, lead, q.start) is not None
    ):
        return True
    return bool(
        (cues is None or not cues.lacks(clause[0], q.start, _OWNED_WORDS))
        and _OWNED_COUNT.fullmatch(text, clause[0], q.start)
    )
