"""An owner's estimate of a figure, its measure named in the sentence before.

"The dead are still being counted. The Red Cross's estimate of 212 has not
changed": the estimate's noun ("estimate", "count", "tally") says the figure
is a count, and its owner whose; what it counts is the measure the sentence
before named, as "Their number rose to 800" counts the volunteers named
before it.  A figure with a noun of its own ("estimate of 40,000 homeless")
counts that noun.
"""

from __future__ import annotations

import regex

from claimcheck.engine.nouns import STOP
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import lazy

__all__ = ["owned_count"]

# "the Red Cross's estimate of", "its own tally of", "the agency's latest count of"
_OWNED = lazy(
    r"(?:['’]s?|\b(?:its|their|his|her))\s+(?:[^\W\d_]+\s+)?"
    r"(?:estimate|estimation|count|tally|figure|total)\s+of\s+\Z",
    regex.I,
)
# the word right after the figure
_NEXT_WORD = lazy(r"\s+([^\W\d_]+)")
#: how far before the figure its owner's noun is sought
_REACH = 60


def owned_count(text: str, q: Quantity, clause: tuple[int, int]) -> bool:
    """Whether ``q`` is an owner's estimate with no noun of its own ("The Red
    Cross's estimate of 212 has not changed")."""
    if q.unit is not None or "of" not in text[max(clause[0], q.start - 4) : q.start]:
        return False  # the prefilter: the figure opens right after "of"
    after = _NEXT_WORD.match(text, q.end, clause[1])
    if after is not None and after.group(1).casefold() not in STOP | _VERBS:
        return False
    return bool(_OWNED.search(text[max(clause[0], q.start - _REACH) : q.start]))


#: verbs that may follow such a figure ("has not changed", "was confirmed")
_VERBS = frozenset(
    "has have had is was were remains remained stands stood includes included"
    " rose fell".split()
)
