"""A figure dated by the time clause after it.

"Nine people died when a lorry hit a minibus on the same pass in 2011",
"Seventeen were killed after a coach left the road near Tull in 2014",
"Thirty people died during the floods of 2019", "The operator paid EUR 2
million in damages following a crash in 2016": the clause or phrase after
the figure, opened by "when", "after", "during", "following" and the like,
puts what the figure counts in a year, and so in another period than the
story's (:func:`claimcheck.engine.scope.scope_of` marks it "period", as it
does "in 2011" in the figure's own clause: it supports a claim on that
year's figure and never contradicts the story's).

The story's own year stays its own: a year the article gives elsewhere
with none later ("Corran, 12 May 2025 ... died when the coach left the road
in May 2025"), and a time clause with no year ("died after the coach left
the road on Sunday").  A record's frame ("the worst crash since 2011") opens
no time clause.
"""

from __future__ import annotations

import regex

from claimcheck.engine.cues import Cues
from claimcheck.engine.dates import MONTH_NAMES
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.pastyears import own_year
from claimcheck.engine.patterns import lazy

__all__ = ["dated_after"]

Span = tuple[int, int]

# the time clause's opening word, then its year before the sentence ends:
# "in 2011", "in May 2011", "of 2019", "the 2019 floods"
_DATED = lazy(
    r"\b(?:when|after|as|during|following|before|while|until|amid)\b"
    r"[^.;:!?\n]{0,110}?"
    rf"(?:\b(?:in|of)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:{MONTH_NAMES})\s+)?(?:\d\d?\s+)?"
    r"|\b(?:the|a|an|its)\s+(?=(?:19|20)\d\d\s+[^\W\d_]))"
    r"(?P<year>(?:19|20)\d\d)\b(?!\s*[-–/]|\s*(?:km|m|tonnes|people)\b)",
    regex.I,
)
_YEAR_CUE = lazy(r"(?:19|20)\d\d")
#: one of these stands in every match of _DATED (the test before it)
_OPENERS = (
    "when", "after", " as ", "during", "following", "before", "while", "until",
    "amid",
)  # fmt: skip
_SENTENCE_END = lazy(r"[.!?;](?:\s|$)|\n")
#: how far after the figure the time clause's year may stand
_REACH = 160


def dated_after(text: str, q: Quantity, *, cues: Cues | None) -> Span | None:
    """The time clause or phrase after ``q``, in its sentence, that dates
    it in a year not the story's own, or None."""
    if cues is None or cues.folded is None:
        limit = min(len(text), q.end + _REACH)
        stop = _SENTENCE_END.search(text, q.end, limit)
        if stop is not None:
            limit = stop.start()
    else:
        # the sentence's rest, folded: its words before any pattern runs
        rest = cues.folded[q.end : q.end + _REACH]
        if "19" not in rest and "20" not in rest:
            return None
        for mark in ("\n", ". ", "; "):
            cut = rest.find(mark)
            if cut >= 0:
                rest = rest[:cut]
        for word in _OPENERS:
            if word in rest:
                break
        else:
            return None
        if _YEAR_CUE.search(rest) is None:
            return None
        limit = q.end + len(rest)
    m = _DATED.search(text, q.end, limit)
    if m is None:
        return None
    return None if own_year(text, int(m.group("year"))) else m.span()
