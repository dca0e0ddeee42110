"""A statement whose modifier or object the article says in another sentence.

An analyst writes "the health ministry closed the maternity clinic"; a
report says "The maternity clinic in Lodz had failed two inspections. On
Monday the health ministry closed the clinic."  The clause names the clinic
bare, its modifier said before.  :func:`modifier_said_elsewhere` finds a
claim's sentence in a clause that lacks one of its modifiers (a noun or an
adjective standing right before another of its words, never a verb, a
number or a name) where the article says that modifier in another sentence
and the clause's head noun stands bare ("the clinic"): "closed the dental
clinic" is another clinic, so no such reading.

So too the object of its verb: "the refinery will pay the fine" is stated
by "The refinery was fined 2 million euros. It said it would pay." where
the verb stands with nothing after it but the clause's end, a time or a
place, and the object is named in an earlier sentence.

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


# what may follow a verb that has no object of its own: the clause's end,
# a time, a place or a reason ("said it would appeal.", "appealed on Monday",
# "will pay within a month")
_NO_OBJECT = lazy(
    r"(?:\s+(?:it|them)\b)?"
    r"\s*(?:[.,;:!?)\"'’”]|$|\s(?:and|but|as|after|before|on|in|at|by|within"
    r"|later|soon|today|yesterday|immediately|next|last|this|when|if|because"
    r"|the\s+(?:next|following|same)\b))",
    FLAGS,
)


def modifier_said_elsewhere(
    index: ArticleIndex, sentence: Sentence
) -> list[StatementMatch]:
    """The clauses holding ``sentence`` but for one of its modifiers, said
    in another sentence of the article, each putting the statement as the
    sentence does."""
    if sentence.comparison is not None:  # (read whole by its own reader)
        return []
    out = _object_said_elsewhere(index, sentence)
    for k in sentence.modifiers:
        said = index.hits(sentence.slots[k])
        if not said:
            continue
        heads = set(index.hits(sentence.slots[k + 1]))
        for found in find_statement(index, _without(sentence, k, k + 1)):
            head = next((w for w in found.words if w in heads), None)
            if (
                head is not None
                and _bare(index.article.text, head)
                and any(start < found.sentence[0] for start, _ in said)
                and agrees(sentence, found.cues)
            ):
                out.append(found)
    return out


def _object_said_elsewhere(
    index: ArticleIndex, sentence: Sentence
) -> list[StatementMatch]:
    """The clauses holding ``sentence`` but for the object of its verb,
    named in an earlier sentence, the verb standing with no object of its
    own but a pronoun ("The refinery was fined. It said it would pay.",
    "The plan drew 300 objections. The council approved it.")."""
    k = sentence.object
    if not k or not (said := index.hits(sentence.slots[-1])):
        return []
    text = index.article.text
    verbs = set(index.hits(sentence.slots[k - 1]))
    out = []
    for found in find_statement(index, _without(sentence, k, len(sentence.slots))):
        verb = next((w for w in found.words if w in verbs), None)
        if (
            verb is not None
            and verb == found.words[-1]
            and _NO_OBJECT.match(text, verb[1])
            and any(start < found.sentence[0] for start, _ in said)
            and agrees(sentence, found.cues)
        ):
            out.append(found)
    return out


def _without(sentence: Sentence, first: int, end: int) -> Sentence:
    """``sentence`` less its slots from ``first`` to before ``end``, every
    slot number after them moved down."""
    gone = end - first

    def moved(slots: frozenset[int] | tuple[int, ...]) -> tuple[int, ...]:
        return tuple(i - gone * (i >= end) for i in slots if not first <= i < end)

    suffered = sentence.suffered
    return dataclasses.replace(
        sentence,
        slots=sentence.slots[:first] + sentence.slots[end:],
        # (a slot filled by the noun before it keeps that reading only if
        # the slot before it stays)
        filled=moved(tuple(i for i in sentence.filled if not first <= i - 1 < end)),
        owners=frozenset(moved(sentence.owners)),
        modifiers=frozenset(),
        object=0,
        framed=tuple(
            (i - gone * (i >= end), lemma)
            for i, lemma in sentence.framed
            if not first <= i < end
        ),
        suffered=0 if first <= suffered < end else suffered - gone * (suffered >= end),
        pair_subject=sentence.pair_subject and first > 1,
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
