"""Whose act a match states: a clause may hold every word of a statement
and still tell of someone else's act.

Two wordings put the statement's subject beside an act that is not its own:

- a possessive before a noun of the act names whose act it was: "the
  regulators' grounding of the fleet angered the airline" is no grounding by
  the airline (where "the airline's grounding of the fleet" is).  A
  possessive of time ("Monday's collapse of the talks") names no one;
- the doer named after the verb, behind a preposition, is no doer: "the
  nurses' strike collapsed after the talks" does not say that the talks
  collapsed, "regulators grounded the fleet of the airline" not that the
  airline grounded it.  "By" names the doer ("the budget was approved by the
  council").  This holds of a sentence whose first word does the act: in a
  passive one ("the suspect was not charged") it suffers it, and may follow
  ("no charges were brought against the suspect"); so may the bearer of a
  noun of the act ("the collapse of the talks", "approval for the vaccine").
  A word the preposition leads to that goes straight on to a verb is the
  subject of a clause of its own ("than the union wanted"): that clause is
  not judged.
"""

from __future__ import annotations

import operator
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from claimcheck.engine.nominals import names_act
from claimcheck.engine.patterns import BACKWARD, any_piece, lazy
from claimcheck.engine.relations import held_by_relation
from claimcheck.engine.terms import FLAGS, word_forms

if TYPE_CHECKING:
    from claimcheck.engine.index import ArticleIndex
    from claimcheck.engine.statements import Sentence

__all__ = ["another", "first_does", "others_act", "owned_hits", "owns_act"]

Span = tuple[int, int]

# "the regulators' grounding", "the union's swift walkout": the owner, then
# at most one modifier before the noun
_OWNER = lazy(
    r"\b([^\W\d_][\w-]*+)(?:['’]s|(?<=s)['’])\s+(?:[^\W\d_][\w-]*+\s+)?$", FLAGS
)
#: owners that say when, not who ("Monday's collapse of the talks")
_TIME = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october
    november december yesterday today tonight tomorrow week weekend month
    year night morning evening afternoon decade century season
    """.split()
)
# a preposition, then at most a determiner (or a possessive) and a modifier
_BEHIND = lazy(
    r"\b(after|before|during|amid|amidst|following|since|until|despite|over"
    r"|with|without|against|from|at|on|in|into|onto|to|for|of|about|toward"
    r"|towards|through|under|within|than)\s+"
    r"(?:(?:the|a|an|its|their|his|her|our|this|that|these|those"
    r"|[^\W\d_][\w-]*['’]s?)\s+)?(?:[^\W\d_][\w-]*\s+)?$",
    FLAGS | BACKWARD,
)


def others_act(
    text: str,
    words: tuple[Span, ...],
    subject: Span,
    clause_start: int,
    sentence: Sentence,
    *,
    chosen: Sequence[Span] = (),
) -> bool:
    """Whether the match of ``words`` (sorted; ``subject`` among them is the
    hit of the sentence's first word; ``chosen`` the hits in the sentence's
    order) tells of someone else's act than ``sentence`` states: a noun of
    its act owned by another, or, where its first word does its act, by
    what it names after the act ("the water company's lawsuit against the
    council" is no suit of the council's against the company), a word naming
    another of its kind (unless the sentence names one too), or, where the
    sentence's first word does its act, that word named after the verb
    behind a preposition."""
    acts = sentence.nominals
    if held_by_relation(text, subject, clause_start):
        # "a supplier of Halden Shipyards filed for bankruptcy"
        return True
    # (one look at the match's stretch first: most matches hold neither a
    # word of another nor a possessive, and this runs once per match)
    lead = max(clause_start, words[0][0] - 40)
    stretch = text[lead : words[-1][0]].casefold()
    if (
        not sentence.other
        and _HOLDS_ANOTHER_WORD(stretch)
        and any(another(text, start) for start, _ in words)
    ):
        return True
    if acts and ("'" in stretch or "’" in stretch):
        for start, end in words:
            if text[start:end].casefold() in acts and _owned_by_another(
                text, start, clause_start, words
            ):
                return True
    if acts and sentence.doer and _owned_by_object(text, chosen, acts):
        return True
    if (
        not sentence.doer
        or len(words) < 2
        or subject != words[-1]
        or subject[0] == subject[1]
        or any(text[a:b].casefold() in acts for a, b in words)
    ):
        return False
    # "than the union wanted": the subject of a clause of its own, whose
    # verb is not the statement's; such a clause is left unjudged
    return bool(
        _BEHIND.search(text, max(clause_start, subject[0] - 40), subject[0])
    ) and not _VERB_NEXT.match(text, subject[1])


def _owned_by_another(
    text: str, start: int, clause_start: int, words: tuple[Span, ...]
) -> bool:
    """Whether a possessive before the noun at ``start`` names an owner
    other than the match's ``words`` and other than a time."""
    owner = _OWNER.search(text, max(clause_start, start - 40), start)
    return (
        owner is not None
        and owner.group(1).casefold() not in _TIME
        and not any(a <= owner.start(1) < b for a, b in words)
    )


def _owned_by_object(text: str, chosen: Sequence[Span], acts: Collection[str]) -> bool:
    """Whether a noun of the act among ``chosen`` (the hits in the sentence's
    order, those of a clause borrowed from the one before too) has for its
    owner a hit of a word the sentence names after it: its object."""
    for k, (start, end) in enumerate(chosen):
        if start < end and text[start:end].casefold() in acts:
            owner = _OWNER.search(text, max(0, start - 40), start)
            if owner is not None:
                at = owner.start(1)
                return any(a <= at < b for a, b in chosen[k + 1 :])
    return False


# a verb right after a word: it is that verb's subject
_VERB_NEXT = lazy(
    r"\s+(?:\w+ed|was|were|is|are|has|have|had|did|does|do|would|could|will|can"
    r"|may|might|should|must|says?|said|wants?)\b",
    FLAGS,
)


# a form of "be" and the word after it, past a negation and an adverb
_BE_THEN = lazy(
    r"\b(?:is|are|was|were|be|been|being|get|gets|got|gotten)\s+(?:not\s+|never\s+)?"
    r"(?:\w+ly\s+)?([^\W\d_]+)",
    FLAGS,
)


def first_does(sentence: str) -> bool:
    """Whether the first word of a claim's ``sentence`` does its act: False
    for a passive ("the suspect was not charged", "the plant was shut")."""
    for m in _BE_THEN.finditer(sentence):
        word = m.group(1).casefold()
        if not word.endswith("ing") and any(
            f.endswith("ing") for f in word_forms(word)
        ):
            return False
    return True


# after a possessive, a noun that leads into its owner's act: "the
# candidate's refusal to concede", "the minister's decision to resign".  (A
# run of word characters never gives any back here, as a space must follow
# it: without the possessive ``*+`` each failed try retreats letter by
# letter, which full case folding makes costly: "Korea's Unification
# Ministry, which" took 150 microseconds.)
_LEADS_IN = (
    r"(?:refusal|decision|failure|attempts?|bids?"
    r"|plans?|offer|move|pledge|promise|threat|vow|determination|reluctance"
    r"|willingness|readiness|intention|efforts?|unwillingness|inability)\s+to\s"
)
# those who act for the owner at law: "the airline's lawyers will appeal",
# "the insurer's defence team will appeal"
_COUNSEL = (
    r"(?:lawyers?|attorneys?|counsel|solicitors?|barristers?|(?:legal|defen[cs]e)\s+team)"
    r"\b(?!['’])"
)
# either, past at most one word (one pattern: the word is read once)
_OWNER_ACTS = lazy(rf"\s+(?:[^\W\d_][\w-]*+\s+)?(?:{_LEADS_IN}|{_COUNSEL})", FLAGS)
# a noun spelt as the act's verb, then its argument: "the regulator's fine
# against the bank", "the company's recall of the cars"
_ZERO_NOUN = lazy(
    r"\s+(?:[^\W\d_][\w-]*+\s+)?([^\W\d_]++)\s+"
    r"(?:of|against|on|over|for|from|into|by)\b",
    FLAGS,
)


#: what follows a word that says whose something is ("the minister's deputy")
_POSSESSIVE = ("'s", "’s")
#: a hit's end (where a possessive's mark would start)
_END = operator.itemgetter(1)
# a plural's: "the workers' families" (the three characters round its end)
_PLURAL_POSSESSIVE = ("s' ", "s’ ")


def owned_hits(
    index: ArticleIndex,
    hits: tuple[Span, ...],
    acts: frozenset[str],
    zero: frozenset[str],
) -> tuple[Span, ...]:
    """``hits`` less the words that only say whose something is ("the
    minister's deputy"), unless one of ``acts``, the nouns of the
    statement's act, follows (who imploded), or one of ``zero`` as
    :func:`owns_act` reads it."""
    marks = _possessive_marks(index)
    if marks.isdisjoint(map(_END, hits)):
        return hits  # (most hits stand before no possessive)
    # (a hit has a possessive exactly where its end is a mark's place; only
    # those are read on)
    text = index.article.text
    named = acts - zero
    return tuple(
        [
            h
            for h in hits
            if h[1] not in marks
            or names_act(text, (after := _owner_end(text, h[1])), named)
            or owns_act(text, after, zero)
        ]
    )


def _owner_end(text: str, end: int) -> int:
    """Where the possessive ending a word at ``end`` ends ("minister's",
    "workers'"); -1 if it has none."""
    if text[end : end + 2] in _POSSESSIVE:
        return end + 2
    if text[end - 1 : end + 2] in _PLURAL_POSSESSIVE:
        return end + 1
    return -1


def _possessive_marks(index: ArticleIndex) -> frozenset[int]:
    """Where a possessive's mark ("'s", "’s", a plural's "'") starts in the
    article's text, the body at least (found once, kept with the index)."""
    found: frozenset[int] | None = index._memo.get("possessive marks")
    if found is None:
        found = _body_marks(index)
    if found is None:
        text = index.article.text
        places = []
        for mark in _POSSESSIVE:
            at = text.find(mark)
            while at >= 0:
                places.append(at)
                at = text.find(mark, at + 2)
        for mark in _PLURAL_POSSESSIVE:  # "workers' ": the mark after the s
            at = text.find(mark)
            while at >= 0:
                places.append(at + 1)
                at = text.find(mark, at + 3)
        found = frozenset(places)
    index._memo["possessive marks"] = found
    return found


def _body_marks(index: ArticleIndex) -> frozenset[int] | None:
    """:func:`_possessive_marks` in the body, where hits stand, sought in the
    word table's bytes (see :class:`claimcheck.engine.wordsearch.WordTable`):
    the folded body one byte a character, where every apostrophe is plain,
    so that each mark stands there as "'s" or "s' " (a search of bytes costs
    a fraction of one in text holding curly quotes); each place found is
    checked in the text as written.  None when the table has no such bytes."""
    text, start = index.article.text, index.article.body_start
    plain = index.words.ascii
    if plain is None or len(index.folded) != len(text):
        return None
    places = []
    find = plain.find
    at = find(b"'s")
    while at >= 0:
        if text[start + at : start + at + 2] in _POSSESSIVE:
            places.append(start + at)
        at = find(b"'s", at + 2)
    at = find(b"s' ")
    while at >= 0:
        if text[start + at : start + at + 3] in _PLURAL_POSSESSIVE:
            places.append(start + at + 1)
        at = find(b"s' ", at + 3)
    return frozenset(places)


def owns_act(text: str, pos: int, zero: Collection[str]) -> bool:
    """Whether the possessive ending at ``pos`` owns the statement's act: a
    noun leading into it ("'s refusal to"), those acting for the owner at
    law ("'s lawyers appealed"), or one of ``zero`` (its nouns
    spelt as its verb) before the act's argument ("'s fine against")."""
    if _OWNER_ACTS.match(text, pos):
        return True
    if not zero:
        return False
    noun = _ZERO_NOUN.match(text, pos)
    return noun is not None and noun.group(1).casefold() in zero


# a word naming another of its kind: "a different bill", "another ship",
# "the other prisoners", "a separate inquiry"
_ANOTHER = lazy(
    r"\b(?:another|different|separate|other|rival)\s+(?:[^\W\d_][\w-]*\s+)?$",
    FLAGS | BACKWARD,
)

_ANOTHER_WORDS = ("other", "differ", "separate", "rival")
_HOLDS_ANOTHER_WORD = any_piece(_ANOTHER_WORDS)


def another(text: str, start: int) -> bool:
    """Whether the word at ``start`` names another of its kind than the one
    spoken of ("signed a different bill"), past at most one modifier."""
    window = text[max(0, start - 40) : start].casefold()
    # (substring tests first: this runs once per hit of a statement's word)
    if not _HOLDS_ANOTHER_WORD(window):
        return False
    return bool(_ANOTHER.search(window))
