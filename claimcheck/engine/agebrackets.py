"""Age brackets after a person noun: "children under five", "people over 65".

"killed 83, most of them children under five", "urged adults over 65 to stay
indoors": the figure bounds the ages of a group, it counts no one.  Read as
a count it would be an upper or lower bound on the claim's measure ("under
five" dead) and contradict a toll it has nothing to do with.
"""

from __future__ import annotations

import regex

from claimcheck.engine.nouns import PERSONS
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import BACKWARD, lazy

__all__ = ["BRACKET_FIRST", "age_bracket"]

#: the oldest age a bracket names
_OLDEST = 120
#: the first letters of the bracket words, a test before the call
BRACKET_FIRST = frozenset("uUoObBaAyY")
#: the bracket words, a test before the pattern
_OPENS = ("under", "over", "below", "above", "younger", "older")
_BRACKET = lazy(r"(?:under|over|below|above|younger\s+than|older\s+than)\s", regex.I)
_NOUN_BEFORE = lazy(r"\b([^\W\d_]+)\s+$", BACKWARD)
#: what may follow an age: the end of a clause, "years (old)", a verb or a
#: preposition, never a noun the figure would count ("under 500 grams")
_AFTER = lazy(
    r"\s*(?:$|[.,;:!?)\]]|(?:years?|yrs|old|who|were|was|are|is|to|in|and|or|with"
    r"|from|at|had|have|has|should|must|will|would|can|could|may|might|on|during"
    r"|for|across|living|account|made|make|remain|die|died)\b)",
    regex.I,
)
#: pronouns a bracket follows as a person noun does ("most of them under five")
_PRONOUNS = frozenset({"them", "those", "anyone", "everyone", "all"})


def age_bracket(text: str, q: Quantity, clause: tuple[int, int]) -> bool:
    """Whether ``q`` ("under five", "over 65") bounds the ages of the
    person noun right before it rather than counting anything."""
    if q.unit not in (None, "yr"):
        return False
    than = _THAN_BEFORE.search(text, max(clause[0], q.start - 14), q.start)
    if than is not None:
        # "older than 75": the reader leaves the comparison out of the figure
        head = than.start()
    elif not q.text[:8].casefold().startswith(_OPENS) or _BRACKET.match(q.text) is None:
        return False
    else:
        head = q.start
    low, high = q.interval.low, q.interval.high
    bound = high if low is None or low == float("-inf") else low
    if bound is None or not 0 < bound <= _OLDEST:
        return False
    noun = _NOUN_BEFORE.search(text, clause[0], head)
    if noun is None:
        return False
    word = noun.group(1).casefold()
    if word in _COPULAS:
        # "The victims were older than 75", "Most of the dead were over 80":
        # the ages of a group a copula describes
        if than is None and not _grouped(text, noun.start()):
            return False
    elif word not in PERSONS and word not in _PRONOUNS:
        return False
    return _AFTER.match(text, q.end, clause[1]) is not None


#: how far before the copula its subject's quantifier may stand
_QUANTIFIER_REACH = 60
# "older than", "younger than", right before the figure (the reader reads
# "75" alone): an age once a person noun or a copula stands before it
_THAN_BEFORE = lazy(r"\b(?:older|younger)\s+than\s+$", regex.I)
#: the copulas a bracket may follow, describing its subject
_COPULAS = frozenset({"were", "was", "are", "is"})
# a part of a group named by a quantifier: "most of", "nearly all",
# "two-thirds of", "a majority of", "one in four of"
_QUANTIFIED = lazy(
    r"\b(?:most|many|all|half|majority|minority|some|few|several|two-thirds"
    r"|three-quarters|third|quarter|one\s+in\s+[\w-]+)\b",
    regex.I,
)


def _grouped(text: str, copula: int) -> bool:
    """Whether "over" or "under" after a copula (at ``copula``) gives ages: a
    quantifier before it in its sentence makes the subject a part of a group
    ("Most of the dead were over 80", "Two-thirds of those who died were
    over 85"; "The injured were over 120" counts them)."""
    lead = max(0, copula - _QUANTIFIER_REACH)
    stop = text.rfind(". ", lead, copula)
    return _QUANTIFIED.search(text, stop + 2 if stop >= 0 else lead, copula) is not None
