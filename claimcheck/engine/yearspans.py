"""Figures counted over years, not over the story's event.

"Since 2015 at least 1,200 people have died on the lake", "In the last five
years, 640 people have died in boat accidents", "more than 1,500 have drowned
there since 2010": a total over a span of years holds many events, and
"Accidents on the lake kill about 300 people every year", "Roughly 250
people a year drown" give a recurring danger's yearly toll.  Either is
another period's figure (:func:`claimcheck.engine.scope.scope_of` marks it
"period"): it supports a claim it fits and never contradicts the story's own
count.

The story's own time stays its own ("Since Sunday, 130 bodies", "since the
ferry capsized", "in the last 24 hours"), and so does a superlative's frame
("the worst toll on the lake in the last ten years", "the deadliest since
1996"): the span then says how long the record stood, not what the figure
counts.  A yearly figure is a toll only for the words of deaths and injuries:
"600 trainees a year", "savings of EUR 4 billion a year" are the amounts
themselves (see :mod:`claimcheck.engine.rates`).
"""

from __future__ import annotations

import re

from claimcheck.engine.cues import Cues
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import lazy_re

__all__ = ["span_total"]

Span = tuple[int, int]

_COUNT = (
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|twenty|thirty|forty|fifty|few|several)"
)
_SPAN = lazy_re(
    # "since 2015", "since the early 1990s", "since records began", "since
    # the start of the year"
    r"\bsince\s+(?:(?:the\s+)?(?:early\s+|late\s+|mid-?)?(?:19|20)\d\d(?:s\b|\b(?!\s*[-–]))"
    r"|records\s+began(?:\s+in\s+(?:19|20)\d\d)?\b"
    r"|the\s+(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?(?:year|decade|century)\b)"
    # "in the last five years", "over the past two decades"
    rf"|\b(?:in|over|during|within)\s+the\s+(?:past|last|previous|preceding)\s+"
    rf"{_COUNT}\s+(?:years|decades)\b",
    re.I,
)
_YEARLY = lazy_re(
    r"\b(?:(?:every|each|per|a)\s+year|annually|yearly)\b(?!\s*(?:ago|earlier|before|on\b))",
    re.I,
)
#: the measure words a yearly figure is a recurring toll of
_TOLL = lazy_re(
    r"(?:d(?:ie[ds]?|ead|eaths?|rown(?:s|ed|ing)?|ying)|kill(?:s|ed|ing)?"
    r"|injur(?:ed|y|ies)|hurt|wounded|lives|fatalit(?:y|ies)|casualt(?:y|ies)"
    r"|victims)",
    re.I,
)
# "the worst toll in the last ten years", "the deadliest since 1996", "the
# first time since 2009": the span frames a record
_RECORD = lazy_re(
    r"\b(?:worst|deadliest|highest|lowest|largest|biggest|greatest|heaviest"
    r"|most|least|first|best|only|record)\b",
    re.I,
)
_DIGIT = lazy_re(r"\d")
#: one of these, or "since", stands in every match of _SPAN
#: one of these stands in every match of _SPAN, and of _YEARLY: the tests
#: before them (see :meth:`claimcheck.engine.cues.Cues.lacks`)
_SPAN_WORDS = ("since", " the past ", " the last ", " the previous ", " the preceding ")
_YEARLY_WORDS = ("year", "annual")
#: how far the span's words may stand from the figure
_REACH = 90


def span_total(
    text: str,
    q: Quantity,
    start: int,
    end: int,
    *,
    bound: Span,
    cues: Cues | None = None,
) -> Span | None:
    """The words making ``q``, in its clause ``text[start:end]``, a total over
    years or a yearly toll, or None."""
    lead, tail = max(start, q.start - _REACH), min(end, q.end + _REACH)
    found = None
    if cues is None or not cues.lacks(lead, tail, _SPAN_WORDS):
        for span in _SPAN.finditer(text, lead, tail):
            if _frames(text, q, span.span(), lead):
                found = span
    if (
        found is None
        and _TOLL.fullmatch(text, *bound)
        and (cues is None or not cues.lacks(lead, tail, _YEARLY_WORDS))
    ):
        for span in _YEARLY.finditer(text, lead, tail):
            if _frames(text, q, span.span(), lead):
                found = span
    return None if found is None else found.span()


def _frames(text: str, q: Quantity, span: Span, lead: int) -> bool:
    """Whether the words at ``span`` say over what time ``q`` counts: no
    other figure stands between them, nor a record's superlative before
    them."""
    if span[0] >= q.end:
        # "130 killed, the worst in the last ten years"; "12 this week and 40
        # since 2015": the words are another's
        between = text[q.end : span[0]]
        return _RECORD.search(between) is None and _DIGIT.search(between) is None
    # "Since 2015, when 40 died, ...": the span is the other figure's
    if _DIGIT.search(text, span[1], q.start) is not None:
        return False
    # "the deadliest since 1996, 130 people": a record's frame before it
    return _RECORD.search(text, max(lead, span[0] - 30), span[0]) is None
