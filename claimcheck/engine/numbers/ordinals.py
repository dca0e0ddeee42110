"""Whether a fraction word is one, or an ordinal: "a third of the vote",
"cut by a third on Tuesday", "a quarter last year" are fractions; "a third
person", "one fifth grade" are ordinals.  A singular fraction is read as a
fraction only when :data:`FRACTION_FOLLOW` matches right after it.
"""

from __future__ import annotations

import regex

__all__ = ["FRACTION_FOLLOW"]

# what may follow a fraction that is one ("a third of", "a quarter.", "by a
# third on Tuesday", "a quarter last year"); "a third person" is an ordinal
FRACTION_FOLLOW = regex.compile(
    r"\s*(?:[^\w\s]|$)|\s+(?:of|and|or|to|in|were|was|are|is|said|say|have|had"
    r"|has|will|would|could|may|might|did|do|voted|remain|remained|from|since"
    r"|than|compared|against|last|this|after|before|between|within"
    r"|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|the\s+year|the\s+day|\d))\b",
    regex.IGNORECASE,
)
