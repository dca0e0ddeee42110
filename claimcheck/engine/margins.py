"""Figures that measure a difference: a margin, a lead, a gap.

"Yes won by 12,480 votes", "a margin of 4,000", "a 3-point lead", "the gap
narrowed to 3 points", "12 more cases than last year", "38,200 votes ahead
of Dekker": the figure is how far
one side stands from the other, not either side's count, so it is evidence
of no claim on a side (nor of the whole).  A claim that measures the margin
itself ("margin", "lead") binds to that word, and the figure is then its own
whole.
"""

from __future__ import annotations

import regex

from claimcheck.engine.cues import Cues
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import lazy

__all__ = ["margin_of"]

Span = tuple[int, int]

#: how far before a figure the words that make it a margin may stand
_REACH = 60
_NOUN_REACH = 110
_HEDGE = (
    r"(?:(?:about|around|roughly|some|nearly|almost|just|only|barely|over|under"
    r"|more\s+than|fewer\s+than|less\s+than|at\s+least|a\s+mere)\s+)?"
)
# "won by", "beat Vask by", "carried the vote by", "leads the Greens by"; a
# verb that may be a passive's ("a team led by 40 officers", "a motion
# carried by 41 councillors") needs an object before "by"
_BY = lazy(
    r"\b(?P<words>(?:(?:won|wins|win|lost|loses|lose|leads|trails|ahead|behind)"
    r"(?:\s+(?!by\b)[\w'’-]+){0,4}?"
    r"|(?:carried|carries|passed|defeated|beat|beats|beaten|edged|lead|led|trail"
    r"|trailed)(?:\s+(?!by\b)[\w'’-]+){1,4}?)\s+by)\s+" + _HEDGE + "$",
    regex.I,
)
# "a margin of", "its lead was", "the gap narrowed to", "a winning margin of
# about": the noun of a difference, and what links it to its figure
_NOUN = lazy(
    r"\b(?P<words>(?P<noun>margin|lead|gap|difference)\s+(?:of\s+(?:victory|defeat)\s+)?"
    # "its lead over the Liberals was", "the margin between Ferrand and
    # Okafor in the run-off was", "between those for and against the levy
    # was": the sides it is measured between, and where or on what
    r"(?:(?:over|on|between)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,7}?\s+)?"
    r"(?:(?:now|then|already|further|again|slightly|sharply)\s+)?"
    r"(?:of|was|is|were|stood\s+at|at|(?:has\s+|had\s+)?(?:narrowed|widened|grown"
    r"|grew|shrunk|shrank|closed|opened|increased|decreased|fallen|fell|risen"
    r"|rose)\s+to))\s+" + _HEDGE + "$",
    regex.I,
)
# "a 12,480-vote margin", "a 3-point lead", "a 4,000 vote margin"
_NOUN_AFTER = lazy(
    r"(?:[\s-]+(?:votes?|points?|seats?|percentage[\s-]+points?))?[\s-]+"
    r"(?P<words>(?P<noun>margin|lead|gap))\b",
    regex.I,
)
# "12 more cases than last year", "4,000 votes fewer than": a difference
_THAN = lazy(
    # a verb between ("the 1,310 deaths are more than double last year's")
    # compares the figure itself, as a whole
    r"(?P<words>(?:\s+(?!(?:and|or|but|nor|is|are|was|were|be|been|has|have"
    r"|had|remains?|remained|stands?|stood)\b)[^\W\d_][\w'’-]*){0,2}?"
    r"\s+(?:more|fewer|less)"
    r"(?:\s+[^\W\d_][\w'’-]*){0,2}?\s+than)\b"
    # "killed 20 people more than a year ago", "40 homes less than a mile
    # from the river": a time or a distance, not a difference
    r"(?!\s+(?:a|an|one|two|three|half\s+an?|\d+)\s+(?:years?|months?|weeks?|days?"
    r"|decades?|hours?|minutes?|miles?|kilomet(?:re|er)s?|km|metres?|meters?|yards?"
    r"|feet|foot|blocks?)\b)",
    regex.I,
)
# "was carried by 41 councillors", "were led by 40 officers": the agents of a
# passive, not a margin
_PASSIVE = lazy(r"\b(?:was|were|is|are|be|been|being|get|got)\s+$", regex.I)
# "finished 38,200 votes ahead of Dekker", "12 seats short of a majority"
# (the noun of a vote's count first: "25 years behind bars", "40 dead ahead
# of the vote" are no differences)
_AHEAD = lazy(
    r"\s+(?:votes?|points?|seats?|percentage\s+points?)\s+"
    r"(?P<words>ahead\s+of|behind|clear\s+of|short\s+of)\b",
    regex.I,
)
# "by 3,120 votes to 880", "by 41-9": a vote's tally, each side's own count
_TALLY = lazy(r"(?:\s+[^\W\d_]+)?\s*(?:to|-|–)\s*\d", regex.I)
#: words one of which each match of _NOUN holds
_NOUN_WORDS = ("margin", "lead", "gap", "difference")
_AFTER_WORDS = (
    "margin", "lead", "gap", "more", "fewer", "less", "ahead", "behind", "clear",
    "short",
)  # fmt: skip


def margin_of(
    text: str,
    q: Quantity,
    start: int,
    end: int,
    *,
    bound: Span,
    cues: Cues | None = None,
) -> Span | None:
    """The words saying that ``q`` measures a difference between two
    figures, read in its clause ``text[start:end]``; None when it does not,
    or when the measure word ``bound`` is the difference's own noun
    ("margin", "lead")."""
    lead = max(start, q.start - _REACH)
    # a difference's noun may stand further off, before the clause cut at
    # its "and" ("The margin between Ferrand and Okafor in the run-off
    # was"): its pattern runs over words and spaces only
    wide = max(0, q.start - _NOUN_REACH)
    found = None
    # "by" stands in the stretch of each match of _BY, a noun in each of _NOUN
    by = cues is None or not cues.lacks(lead, q.start, ("by",))
    named = cues is None or not cues.lacks(wide, q.start, _NOUN_WORDS)
    if by or named:
        found = (_BY.search(text, lead, q.start) if by else None) or (
            _NOUN.search(text, wide, q.start) if named else None
        )
        if found is not None and found.group("words").casefold().endswith(" by"):
            before = found.start("words")
            if _TALLY.match(text, q.end, end) or _PASSIVE.search(
                text, max(start, before - 12), before
            ):
                found = None
    tail = min(end, q.end + _REACH)
    if found is None and (cues is None or not cues.lacks(q.end, tail, _AFTER_WORDS)):
        found = (
            _NOUN_AFTER.match(text, q.end, end)
            or _THAN.match(text, q.end, end)
            or _AHEAD.match(text, q.end, end)
        )
    if found is None:
        return None
    noun = found.span("noun") if "noun" in found.groupdict() else (-1, -1)
    if bound[0] < noun[1] and bound[1] > noun[0]:
        # "its operating margin widened to 7.4%": the margin is the measure
        return None
    return found.span("words")
