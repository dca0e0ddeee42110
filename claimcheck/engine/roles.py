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

A sentence whose one acted on is its subject ("the minister was sacked")
is found in a clause where that one does the act to something else: "the
minister sacked two advisers", "the minister dismissed the report", "the
suspect released a statement" (:func:`acts_itself`).  Only an active verb
right after the subject with an object after it counts: "the bridge closed
at noon" and "the reactor shut down" say what the sentence says, of verbs
that need no doer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimcheck.engine.coordinatedobjects import object_of_next_verb
from claimcheck.engine.patterns import lazy
from claimcheck.engine.terms import FLAGS

if TYPE_CHECKING:
    from claimcheck.engine.statements import Sentence

__all__ = ["act_of_another", "acts_itself", "suffered_slot", "swapped"]

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
# "by" opening the agent right after the verb ("damaged by the pipeline")
_BY_NEXT = lazy(r"\s+by\s+(?:the|a|an|its|their|his|her)?\s*$", FLAGS)
_OWNS = lazy(r"['’]s?\s+(?:[^\W\d_][\w-]*\s+)?$", FLAGS)


def swapped(text: str, chosen: tuple[Span, ...], sentence: Sentence) -> bool:
    """Whether ``chosen``, the hits of ``sentence``'s words in its order
    (doer, verb, the one acted on: three words, or more where the verb is
    the second or, after a subject of two words, the third), put the one
    acted on as the doer ("the utility sued the city" for "the city sued
    the utility", "the education ministry accused the union" for "the union
    criticised the education ministry"), or the doer as the one a passive
    acts on ("the city was sued by the utility")."""
    if not sentence.doer or len(chosen) < 3:
        return False
    verb_at = 2 if len(chosen) > 3 and sentence.pair_subject else 1
    if len(chosen) < verb_at + 2:
        return False
    doer, verb, done_to = chosen[verb_at - 1 : verb_at + 2]
    if doer[0] == doer[1]:
        return False
    if doer[1] <= verb[0] < verb[1] <= done_to[0]:
        # "the anchor was damaged by the pipeline" for "the anchor damaged
        # the pipeline": the doer's word is the one a passive acts on
        return bool(
            _PASSIVE.search(text, max(doer[1], verb[0] - 30), verb[0])
            and _BY_NEXT.match(text, verb[1], done_to[0])
        )
    if len(chosen) > 3:
        # (the one acted on told in several words: the first of them)
        done_to = min(chosen[verb_at + 1 :])
    if not done_to[1] <= verb[0] < verb[1] <= doer[0]:
        return False
    if len(chosen) > 3 and not any(
        _RIGHT_BEFORE.fullmatch(text, end, verb[0]) for _, end in chosen
    ):
        # the one acted on before a verb with a subject of its own: "under
        # the consent decree it signed with the FDA, Abbott must ..."
        return False
    word = text[verb[0] : verb[1]].casefold()
    if word in sentence.nominals or word in sentence.zero:
        # "the utility's suit against the city"
        return bool(_OWNS.match(text, done_to[1], verb[0]))
    if _BY.search(text, verb[1], doer[0]):
        return False
    return not _PASSIVE.search(text, max(done_to[1], verb[0] - 30), verb[0])


# nothing but an auxiliary or an adverb between a subject and its verb
_RIGHT_BEFORE = lazy(
    r"\s+(?:(?:has|have|had|did|will|would|also|then|later|[^\W\d_]+ly)\s+){0,2}",
    FLAGS,
)
# the words that open an object after an active verb (a determiner, a
# pronoun, a quantity), or "back" of an answer ("fired back at critics")
_OBJECT = lazy(
    r"\s+(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those"
    r"|some|several|many|all|both|each|every|no|him|them|us|me|back"
    r"|nobody|anybody|anyone|everyone|everybody|someone|somebody|nothing"
    r"|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds"
    r"|thousands|\d[\d,.]*(?!\s*(?:minutes?|hours?|days?|weeks?|months?"
    r"|years?|am|pm|a\.m|p\.m)\b))\b",
    FLAGS,
)
# nothing between the subject and its verb but an auxiliary of the active
# ("has sanctioned", not "has been") and an adverb
_RIGHT_AFTER = lazy(
    r"\s+(?:(?:has|have|had|will|would|did|does|do)\s+)?(?:\w+ly\s+)?$", FLAGS
)


def suffered_slot(text: str, spans: list[Span]) -> int:
    """The slot of a sentence's verb in the passive after its subject ("the
    minister was sacked": 1), or 0 where there is none."""
    for k in range(1, len(spans)):
        start, end = spans[k]
        if text[start:end].endswith("ing"):
            continue  # "police are investigating": no passive
        if _PASSIVE.search(text, max(spans[k - 1][1], start - 30), start):
            return k
    return 0


def acts_itself(
    text: str,
    chosen: tuple[Span, ...],
    sentence: Sentence,
    subject_hits: tuple[Span, ...],
    clause_end: int,
) -> bool:
    """Whether ``chosen`` finds a sentence whose subject is acted on ("the
    minister was sacked") where the subject does the act to something else
    ("the minister sacked two advisers"); ``subject_hits`` are every hit of
    the subject's word, one of which after the verb ("the prime minister
    sacked the health minister") leaves the clause saying it."""
    k = sentence.suffered
    if not k or len(chosen) <= k:
        return False
    subject, verb = chosen[k - 1], chosen[k]
    if subject[1] > verb[0] or not _RIGHT_AFTER.match(text, subject[1], verb[0]):
        return False
    if text[verb[0] : verb[1]].casefold() in sentence.nominals:
        return False
    if not _OBJECT.match(text, verb[1]):
        return False
    return not any(verb[1] <= h[0] and h[1] <= clause_end for h in subject_hits)


# "of" after a noun of the act names whose act it is
_OF = lazy(r"\s+of\s", FLAGS)


def act_of_another(text: str, chosen: tuple[Span, ...], sentence: Sentence) -> bool:
    """Whether the noun of an act the sentence ends with (an act with no
    object: "the chief executive resigned") names its doer after "of" while
    the sentence's subject stands before it ("the chief executive accepted
    the resignation of his deputy"), so the act is another's.  (Where the
    act has an object, "of" names that: "the board's approval of the
    merger".)  Or whether the claim's verb ends on an object of its own and
    the claim's object is the next verb's ("cleared the airliner to land and
    told the glider to wait", see :mod:`.coordinatedobjects`)."""
    if object_of_next_verb(text, chosen, sentence):
        return True
    if not sentence.nominals or len(chosen) < 2:
        return False
    start, end = chosen[-1]
    return (
        chosen[0][1] <= start
        and text[start:end].casefold() in sentence.nominals
        and _OF.match(text, end) is not None
    )
