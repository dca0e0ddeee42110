"""A figure whose subject is "it", standing for the sentence's one measure.

"In 2020 the coverage was 81 per cent, but in 2021 it dropped to 48 per
cent": the second figure has no measure word of its own; the pronoun before
its verb stands for the one measure word the sentence named before it.  The
figure is bound to that word (rule "resumed"), and the rules of scope then
read its year as for any figure ("in 2021": another period, which may agree
but never contradicts).  Only a change or a level reached ("dropped to",
"rose to", "stood at", "is descended to", as other first languages put it)
is read so, and only where one measure word, once or repeated, stands
before the pronoun: two would leave "it" unresolved.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from claimcheck.engine.cues import Cues
from claimcheck.engine.longsubjects import far_subject
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import BACKWARD, lazy

__all__ = ["resumed_by_it"]

_IT = lazy(
    r"\b(?:it|this)\s+(?:(?:has|had|is|was|then|later|also|had\s+been)\s+){0,2}"
    r"(?:fell|fallen|dropped|rose|risen|climbed|descended|declined|slipped|stood"
    r"|reached|increased|decreased|grew|grown|shrank|sank|plunged|jumped|went"
    r"\s+(?:up|down)|came\s+down|edged\s+(?:up|down))"
    r"\s+(?:to|at)\s+$",
    regex.I | BACKWARD,
)
#: words one of which every match of _IT holds
_IT_WORDS = ("it", "this")
_TO_AT = frozenset({"to ", "at "})
#: how far before the figure the pronoun may stand
_REACH = 48


def resumed_by_it(
    text: str,
    q: Quantity,
    clause: tuple[int, int],
    sentence: tuple[int, int],
    hits: Sequence[tuple[int, int]],
    *,
    cues: Cues | None = None,
) -> tuple[int, int] | None:
    """The measure word that "it" before ``q``'s verb stands for: the one
    measure word (``hits``, those of the sentence that fit the figure)
    before the pronoun in its sentence; else the one heading the sentence
    a level verb without a subject of its own resumes
    (:func:`claimcheck.engine.longsubjects.far_subject`); else None."""
    # every match ends in "to " or "at " right before the figure
    if text[max(0, q.start - 3) : q.start].casefold() not in _TO_AT:
        return far_subject(text, q, clause, sentence, hits)
    lead = max(clause[0], q.start - _REACH)
    if cues is not None and cues.lacks(lead, q.start, _IT_WORDS):
        return far_subject(text, q, clause, sentence, hits)
    found = _IT.search(text, lead, q.start)
    if found is None:
        return far_subject(text, q, clause, sentence, hits)
    before = [h for h in hits if sentence[0] <= h[0] and h[1] <= found.start()]
    if not before:
        return None
    words = {text[h[0] : h[1]].casefold() for h in before}
    return before[-1] if len(words) == 1 else None
