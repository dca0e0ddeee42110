"""Rates, which are not amounts: "12 metres a day", "EUR 4 million for each
day of the strike", "daily losses of EUR 4 million".

A figure given per unit of time measures something else than the amount a
claim counts (a toll, a cost, a distance): it binds to nothing (rule
``rate``, see :mod:`claimcheck.engine.binding`), so it never contradicts the
amount.  A claim that is itself a rate names its rate in its measure
(``daily losses``): the rate word then stands inside the measure word, and
the figure binds to it as usual.  A figure a year is the amount itself:
yearly is how intakes, budgets, savings and salaries are stated ("600
trainees a year", "savings of EUR 4 billion a year"), and a claim on them
seldom says so.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from claimcheck.engine.cues import Cues
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import lazy

__all__ = ["rate_after", "rates_before"]

Span = tuple[int, int]

# "12 metres a day", "EUR 4 million for each day", "per single hour"
_RATE_AFTER = lazy(
    r"\s+(?:for\s+)?(?:a|an|per|each|every)\s+(?:single\s+)?"
    r"(?:second|minute|hour|day|week|month)\b",
    regex.I,
)
#: one of these opens every match of _RATE_AFTER
_RATE_WORDS = ("a", "per", "each", "every", "for")
# "daily losses", "the hourly toll": a rate named before the measure word
_RATE_BEFORE = lazy(r"\b(?:daily|hourly|per-day|a-day)\s+(?:[\w-]+\s+)?$", regex.I)
#: one of these stands in every match of _RATE_BEFORE
_RATE_NAMES = ("daily", "hourly", "day")


# "rescued 3 miners an hour": the counted noun between (no preposition),
# and no "ago" after ("40 people a week ago" is a time)
_NOUN_RATE_AFTER = lazy(
    r"(?:\s+(?!(?:a|an|per|each|every|for|in|on|at|of|by|to|from|with|over|and"
    r"|or|the)\b)[^\W\d_]+){1,2}?"
    r"\s+(?:a|an|per|each|every)\s+(?:second|minute|hour|day|week|month)\b",
    regex.I,
)
# read past the clause's end, which may fall before "before"
_A_TIME_AGO = lazy(r"\s+(?:ago|earlier|later|before|after|back)\b", regex.I)
#: one of these stands in every match of _NOUN_RATE_AFTER
_TIMES = ("second", "minute", "hour", "day", "week", "month")
#: how far after the number _NOUN_RATE_AFTER looks
_NOUN_RATE_REACH = 48


def rate_after(text: str, q: Quantity, clause: Span, cues: Cues | None) -> bool:
    """Whether a unit of time follows ``q``, or its counted noun, as the unit
    of a rate ("12 metres a day", "3 miners an hour")."""
    if (
        cues is None or cues.opens(q.end, _RATE_WORDS, space=True)
    ) and _RATE_AFTER.match(text, q.end, clause[1]) is not None:
        return True
    end = min(clause[1], q.end + _NOUN_RATE_REACH)
    if q.unit is not None or (cues is not None and cues.lacks(q.end, end, _TIMES)):
        return False
    m = _NOUN_RATE_AFTER.match(text, q.end, clause[1])
    return m is not None and _A_TIME_AGO.match(text, m.end()) is None


def rates_before(
    text: str, clause: Span, hits: Sequence[Span], cues: Cues | None
) -> list[Span]:
    """The measure words of ``hits`` that a rate word stands right before
    ("daily losses"), one other word at most between."""
    if not hits or (
        cues is not None and cues.lacks(clause[0], hits[-1][0], _RATE_NAMES)
    ):
        return []
    return [
        h
        for h in hits
        if _RATE_BEFORE.search(text, max(clause[0], h[0] - 40), h[0]) is not None
    ]
