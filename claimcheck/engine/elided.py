"""A verb left out after the number: "said 30 wagons derailed; 17 did".

A clause made of a number and a bare auxiliary standing for the verb
before it (``17 did``, ``only 21 were``, ``in fact 12 had``) counts what
that verb counts: its measure word is the last one of the clauses before
in the sentence, or, where the number opens its sentence, the first of the
sentence before ("Officials first said 30 boats sank. Only 21 did.").  A
negated auxiliary (``17 did not``) states no count, nor does one with more
words after it (``17 did so on Monday`` is left to the usual rule).

Such a clause corrects what was said before it: the figure the same verb
took earlier in the sentence ("said 212 were killed; 240 were") is then an
interim count, which neither supports nor contradicts.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

import regex

from claimcheck.engine.cues import Cues
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import lazy

if TYPE_CHECKING:
    from claimcheck.engine.index import Mention

__all__ = ["corrected", "elided_verb"]

Span = tuple[int, int]

#: the auxiliaries that stand for a verb left out
_PRO_VERBS = ("did", "do", "does", "had", "have", "has", "were", "was", "are", "is")
# the auxiliary, maybe "so"/"too"/"in the end", then only punctuation
_ELIDED = lazy(
    r"\s+(?:did|do|does|had|have|has|were|was|are|is)"
    r"(?:\s+(?:so|too|in\s+the\s+end|in\s+fact|eventually))?"
    r"[\s.,;:!?)\]\"'”’]*$",
    regex.I,
)
# what may stand before the number: a hedge or a word of correction
_LEAD = lazy(
    r"[\s(\"“‘]*(?:(?:but|and|only|just|in\s+fact|actually|in\s+the\s+end|in\s+all"
    r"|about|around|some|roughly|nearly|almost|at\s+least|more\s+than|fewer\s+than"
    r"|an\s+estimated)[\s,]+)*$",
    regex.I,
)


def elided_verb(text: str, q: Quantity, clause: Span, cues: Cues | None = None) -> bool:
    """Whether ``q`` and a bare auxiliary make up ``clause`` ("17 did."),
    after at most a hedge or a word of correction."""
    if cues is not None and not cues.opens(q.end, _PRO_VERBS, space=True):
        return False
    return (
        _ELIDED.match(text, q.end, clause[1]) is not None
        and _LEAD.match(text, clause[0], q.start) is not None
    )


def corrected(mentions: list[Mention], rule: str) -> None:
    """Call interim, in place, the figures of ``mentions`` (one sentence's,
    so far) bound to the verb that the last one, bound by ``rule``, takes
    again when that rule is an elided verb ("240 were")."""
    if rule != "elided":
        return
    last = mentions[-1]
    for i, mention in enumerate(mentions[:-1]):
        if mention.bound == last.bound and not mention.scope:
            mentions[i] = dataclasses.replace(
                mention,
                scope="interim",
                qualifier=(last.quantity.start, last.clause[1]),
            )
