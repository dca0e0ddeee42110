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

A figure per head of population is a rate too ("310 cases per million
people", "2.1 deaths per 100,000 inhabitants", "about 310 for every million
residents", "640 per million"), and the number after "per" or "for every"
is its denominator, a figure of nothing (:func:`per_head`).  A claim on
such a rate names it in its measure ("cases per million"): the measure word
then holds the "per" and the figure binds to it as usual.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from claimcheck.engine.cues import Cues
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import lazy

__all__ = ["per_head", "per_head_at", "rate_after", "rates_before"]

Span = tuple[int, int]

# "12 metres a day", "EUR 4 million for each day", "per single hour"
_RATE_AFTER = lazy(
    r"\s+(?:(?:for\s+)?(?:a|an|per|each|every)\s+(?:single\s+)?"
    r"(?:second|minute|hour|day|week|month)\b"
    # "900.000 passengers for day", as other first languages put it (not
    # "for day two", which day)
    r"|for\s+(?:hour|day|week|month)\b"
    r"(?!\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b)"
    # "two weeks for every year of service", "one week per year worked": a
    # length of pay per year a worker served, not the whole
    r"|(?:of\s+(?:pay|salary|wages)\s+)?(?:for\s+(?:each|every)|per)"
    r"\s+(?:additional\s+|extra\s+|further\s+|full\s+|completed\s+)?year\s+"
    r"(?:of\s+(?:service|employment|tenure|work)|worked|served"
    r"|(?:at|with|in)\s+the\s+(?:company|firm|group|business)))",
    regex.I,
)
#: one of these opens every match of _RATE_AFTER
_RATE_WORDS = ("a", "per", "each", "every", "for", "of")
# "daily losses", "the hourly toll": a rate named before the measure word
_RATE_BEFORE = lazy(r"\b(?:daily|hourly|per-day|a-day)\s+(?:[\w-]+\s+)?$", regex.I)
#: one of these stands in every match of _RATE_BEFORE
_RATE_NAMES = ("daily", "hourly", "day")


# "rescued 3 miners an hour", "1,2 millions of passengers for day": the
# counted noun between (no other preposition),
# and no "ago" after ("40 people a week ago" is a time)
_NOUN_RATE_AFTER = lazy(
    r"(?:\s+of(?=\s))?"
    r"(?:\s+(?!(?:a|an|per|each|every|for|in|on|at|of|by|to|from|with|over|and"
    r"|or|the)\b)[^\W\d_]+){1,2}?"
    r"\s+(?:a|an|per|each|every|for)\s+(?:second|minute|hour|day|week|month)\b",
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


# "per million people", "per 100,000", "for every 1,000 residents", "per capita"
_PER_HEAD = lazy(
    r"\s+(?:per|for\s+(?:every|each))\s+(?:(?:every|each|one|a)\s+)?"
    r"(?:\d[\d,.]*(?:\s*(?:million|thousand))?|(?:hundred\s+)?thousand|million"
    r"|capita|head|inhabitants?|residents?|persons?|people)\b",
    regex.I,
)
# the denominator itself: "per | million", "for every | 1,000"
_DENOMINATOR_LEAD = lazy(r"\b(?:per|for\s+(?:every|each))\s+(?:one\s+|a\s+)?$", regex.I)
# "41 people | per 100,000": a noun or two between the figure and the rate
_NOUNS_BEFORE = lazy(
    r"(?:\s+(?!(?:per|for|and|or|of|in|to)\b)[^\W\d_]+){1,2}?(?=\s)", regex.I
)
#: one of these stands in every match of _PER_HEAD and _DENOMINATOR_LEAD
_PER_WORDS = ("per", "every", "each")


def per_head(
    text: str, q: Quantity, clause: Span, hits: Sequence[Span], cues: Cues | None
) -> tuple[bool, list[Span]]:
    """Whether ``q`` is a rate per head of population or the denominator of
    one, and the measure words of ``hits`` left once those a rate per head
    follows ("deaths | per million") are taken out."""
    if cues is not None and cues.lacks(
        max(clause[0], q.start - 16), clause[1], _PER_WORDS
    ):
        return False, list(hits)
    if _DENOMINATOR_LEAD.search(text, max(clause[0], q.start - 16), q.start):
        return True, list(hits)
    if _PER_HEAD.match(text, q.end, clause[1]):
        return True, list(hits)
    kept = [h for h in hits if _PER_HEAD.match(text, h[1], clause[1]) is None]
    if len(kept) < len(hits) and not kept:
        return True, kept
    nouns = _NOUNS_BEFORE.match(text, q.end, clause[1])
    if (
        nouns is not None
        and not any(q.end < h[0] < nouns.end() for h in kept)
        and _PER_HEAD.match(text, nouns.end(), clause[1])
    ):
        # "41 people per 100,000", "412 deaths per million inhabitants"
        return True, kept
    return False, kept


def per_head_at(text: str, start: int, end: int) -> bool:
    """Whether a rate per head opens ``text[start:end]`` (" per million
    people"): after a measure word, it makes the word a rate's; the suite's
    "cases per million" read by a claim on "cases", a box row's "Deaths per
    100,000 people: 2.1"."""
    return 0 < start < end and _PER_HEAD.match(text, start, end) is not None
