"""A statement's doer and the one it acts on, swapped.

A statement's words are found in a clause in any order, so "the city sued
the utility" is found in "the utility sued the city" too.  Where the
sentence's first word does its act and three words make it (a doer, a verb,
the one acted on), an article that names the one acted on before the verb
and the doer after it tells of the other's act:

- "the utility sued the city", "the utility has sued the city": the object
  before an active verb, the doer after it; but not a passive ("the utility
  was sued by the city", "the fine, paid by the club"), where the doer
  follows;
- "the utility's suit against the city": a noun of the act owned by the one
  acted on (where "after a power failure, the tanker drifted" names no owner
  and is left alone).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimcheck.engine.patterns import lazy
from claimcheck.engine.terms import FLAGS

if TYPE_CHECKING:
    from claimcheck.engine.statements import Sentence

__all__ = ["swapped"]

Span = tuple[int, int]

# "by" names the doer after a verb or a noun of the act
_BY = lazy(r"\bby\b", FLAGS)
# a form of "be" or "get" right before the verb (past an adverb or a
# negation): a passive
_PASSIVE = lazy(
    r"\b(?:is|are|was|were|be|been|being|get|gets|got|gotten)\s+"
    r"(?:(?:not|never|\w+ly)\s+)?$",
    FLAGS,
)
# the possessive ending right before a noun, at most one modifier between
_OWNS = lazy(r"['’]s?\s+(?:[^\W\d_][\w-]*\s+)?$", FLAGS)


def swapped(text: str, chosen: tuple[Span, ...], sentence: Sentence) -> bool:
    """Whether ``chosen``, the hits of ``sentence``'s three words in its
    order (doer, verb, the one acted on), put the one acted on as the doer
    ("the utility sued the city" for "the city sued the utility")."""
    if not sentence.doer or len(chosen) != 3:
        return False
    doer, verb, done_to = chosen
    if not done_to[1] <= verb[0] < verb[1] <= doer[0] or doer[0] == doer[1]:
        return False
    word = text[verb[0] : verb[1]].casefold()
    if word in sentence.nominals or word in sentence.zero:
        # "the utility's suit against the city"
        return bool(_OWNS.match(text, done_to[1], verb[0]))
    if _BY.search(text, verb[1], doer[0]):
        return False
    return not _PASSIVE.search(text, max(done_to[1], verb[0] - 30), verb[0])
