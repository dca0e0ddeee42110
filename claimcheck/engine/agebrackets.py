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
    if q.unit not in (None, "yr") or not q.text[:8].casefold().startswith(_OPENS):
        return False
    if _BRACKET.match(q.text) is None:
        return False
    low, high = q.interval.low, q.interval.high
    bound = high if low is None or low == float("-inf") else low
    if bound is None or not 0 < bound <= _OLDEST:
        return False
    noun = _NOUN_BEFORE.search(text, clause[0], q.start)
    if noun is None:
        return False
    word = noun.group(1).casefold()
    if word not in PERSONS and word not in _PRONOUNS:
        return False
    return _AFTER.match(text, q.end, clause[1]) is not None
