"""A statement whose modifier the article says in another sentence.

An analyst writes "the health ministry closed the maternity clinic"; a
report says "The maternity clinic in Lodz had failed two inspections. On
Monday the health ministry closed the clinic."  The clause names the clinic
bare, its modifier said before.  :func:`modifier_said_elsewhere` finds a
claim's sentence in a clause that lacks one of its modifiers (a noun or an
adjective standing right before another of its words, never a verb, a
number or a name) where the article says that modifier in another sentence
and the clause's head noun stands bare ("the clinic"): "closed the dental
clinic" is another clinic, so no such reading.

Such a clause only ever supports the claim: it is read when nothing else in
the article states or denies the claim, and only where it puts the
statement as the claim's sentence does.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from claimcheck.engine.patterns import lazy
from claimcheck.engine.statements import (
    FUNCTION_WORDS,
    Sentence,
    StatementMatch,
    agrees,
    find_statement,
)
from claimcheck.engine.terms import FLAGS

if TYPE_CHECKING:
    from claimcheck.engine.index import ArticleIndex

__all__ = ["modifier_said_elsewhere"]

# the word right before a head noun, read back from it
_WORD_BEFORE = lazy(r"(\w+)['’]?\s+$")
# words after a head noun that pick out which one it is ("the road to the
# airport", "the clinic for children"; not "on Monday")
_PICKED_OUT = lazy(
    r"\s+(?:to|of|for|from|between|near|linking|leading|serving|behind|beside)\b",
    FLAGS,
)


def modifier_said_elsewhere(
    index: ArticleIndex, sentence: Sentence
) -> list[StatementMatch]:
    """The clauses holding ``sentence`` but for one of its modifiers, said
    in another sentence of the article, each putting the statement as the
    sentence does."""
    out: list[StatementMatch] = []
    for k in sentence.modifiers:
        said = index.hits(sentence.slots[k])
        if not said:
            continue
        heads = set(index.hits(sentence.slots[k + 1]))
        for found in find_statement(index, _without(sentence, k)):
            head = next((w for w in found.words if w in heads), None)
            if (
                head is not None
                and _bare(index.article.text, head)
                and any(start < found.sentence[0] for start, _ in said)
                and agrees(sentence, found.cues)
            ):
                out.append(found)
    return out


def _without(sentence: Sentence, k: int) -> Sentence:
    """``sentence`` less its ``k``-th slot, every slot number after it moved
    down one."""

    def moved(slots: frozenset[int] | tuple[int, ...]) -> tuple[int, ...]:
        return tuple(i - (i > k) for i in slots if i != k)

    return dataclasses.replace(
        sentence,
        slots=sentence.slots[:k] + sentence.slots[k + 1 :],
        filled=moved(sentence.filled),
        owners=frozenset(moved(sentence.owners)),
        modifiers=frozenset(),
        suffered=0
        if sentence.suffered == k
        else sentence.suffered - (sentence.suffered > k),
        pair_subject=sentence.pair_subject and k > 1,
    )


def _bare(text: str, head: tuple[int, int]) -> bool:
    """Whether the word at ``head`` stands without a modifier of its own:
    after a function word ("the clinic"), not another noun or adjective
    ("the dental clinic"), nor before words that pick it out ("the road to
    the airport")."""
    start, end = head
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is not None and before.group(1).casefold() not in FUNCTION_WORDS:
        return False
    return _PICKED_OUT.match(text, end) is None
