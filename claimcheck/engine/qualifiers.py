"""Figures a qualifier makes another quantity than the measure's own.

"A 27 per cent fee on linked purchases", "a reduced 15 per cent commission",
"a fee of 15 per cent after the first year", "for apps with fewer than a
million users, the fee is 15 per cent": the figure is the fee of a subset,
of a special case or of a later time, not the standard fee a claim states.
:func:`claimcheck.engine.scope.scope_of` asks :func:`qualified` and marks
such a figure a part (a special case or a subset) or another period, so it
never contradicts; "the standard 30 per cent fee on most sales" and "a 25
per cent fee on sales" are the measure's own figure.
"""

from __future__ import annotations

from typing import Literal

import regex

from claimcheck.engine.cues import Cues
from claimcheck.engine.denials import sentence_around
from claimcheck.engine.patterns import lazy

__all__ = ["qualified"]

Span = tuple[int, int]

# a modifier naming a special case, right before the figure or before the
# measure word whose "of" leads to it: "a reduced 15 per cent commission", "a
# discounted fee of 12 per cent"
_SPECIAL = (
    r"(?:reduced|discounted|lower|lowered|special|preferential|introductory"
    r"|concessionary|concessional|promotional|temporary|cut-price|smaller)"
)
_SPECIAL_BEFORE = lazy(rf"\b{_SPECIAL}\s+(?:[\w-]+\s+of\s+)?$", regex.I)
_SPECIAL_WORDS = (
    "reduced", "discounted", "lower", "special", "preferential", "introductory",
    "concession", "promotional", "temporary", "cut-price", "smaller",
)  # fmt: skip
# a subset of what the measure applies to: "on linked purchases", "for
# first-time buyers", "for apps with fewer than a million users"
_SUBSET = lazy(
    r"\b(?:on|for|to)\s+(?:(?:the|its|their)\s+)?(?:linked|certain|selected|select"
    r"|qualifying|eligible|external|outside|some|small|smaller|larger|new"
    r"|first-time|repeat|recurring|renewed|returning|low-income|older|younger"
    r"|in-app|off-store|overseas|foreign)\s+[\w-]+"
    r"|\bfor\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:with|earning|making|under|over"
    r"|below|above)\s+(?:fewer|less|more|under|over|up\s+to)\b"
    # "on tickets bought before March": a participle that picks a subset
    r"|\b(?:on|for|to)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:[^\W\d_]+ed|bought|sold"
    r"|made|paid|held|built|won|taken|given|sent)\s+(?:before|after|since|until"
    r"|outside|between|within|during)\b",
    regex.I,
)
_SUBSET_WORDS = ("on ", "for ", "to ")
# another time than the measure's own: "after the first year", "for the
# first year of trading"
_LATER = lazy(
    r"\b(?:after|beyond|from|for|in|during)\s+(?:the|its|their|a)\s+(?:first"
    r"|initial|opening"
    r"|introductory|trial)\s+(?:year|month|week|day|quarter|season|term|period)s?\b",
    regex.I,
)
_LATER_WORDS = ("after", "beyond", "from", "for", "in", "during")
_DIGIT = lazy(r"\d")
_LAST_DIGIT = lazy(r"\d", regex.REVERSE)


def qualified(
    text: str,
    start: int,
    end: int,
    *,
    figure: Span,
    bound: Span,
    cues: Cues | None = None,
) -> tuple[Literal["part", "period"], Span] | None:
    """What makes the figure at ``figure`` (bound to ``bound``) another quantity,
    read in ``text[start:end]`` (its clause and the clauses fronted before it)."""
    near = min(figure[0], bound[0])
    lead = max(start, near - 40)
    if cues is None or not cues.lacks(lead, near, _SPECIAL_WORDS):
        for at in (figure[0], bound[0]):
            found = _SPECIAL_BEFORE.search(text, max(start, at - 40), at)
            if found is not None:
                return "part", found.span()
    # the sentence from the figure before to the next figure: "for apps with
    # fewer than a million users, the fee is 15 per cent", "15 per cent for
    # subscriptions after the first year" (cut into clauses of their own)
    first, last = sentence_around(text, figure[0], figure[1])
    before = _LAST_DIGIT.search(text, first, figure[0])
    start = min(start, before.end() if before else first)
    following = _DIGIT.search(text, figure[1], last)
    end = max(end, following.start() if following else last)
    if cues is None or not cues.lacks(start, end, _LATER_WORDS):
        later = _LATER.search(text, start, end)
        if later is not None:
            return "period", later.span()
    if cues is None or not cues.lacks(start, end, _SUBSET_WORDS):
        subset = _SUBSET.search(text, start, end)
        if subset is not None:
            return "part", subset.span()
    return None
