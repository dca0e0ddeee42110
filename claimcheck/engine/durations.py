"""A duration a measure word takes past its object: a term served.

"A court jailed the former mayor for 12 years", "sentenced him to 12 years",
"banned the driver for three years": the verb's object stands between it
and the duration, so the verb is not right before the number (the
``object`` rule of :mod:`claimcheck.engine.binding`), yet the duration is
what the verb measures.  Only a claim's own measure word takes it so: a
built-in event word never does ("killed two people for 40 minutes" binds
nothing).
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import lazy

__all__ = ["term_of"]

Span = tuple[int, int]

# the verb's object, then "for" or "to": "jailed the former mayor for ",
# "sentenced him to ", "banned all three for a total of "
_OBJECT_THEN_TERM = lazy(
    r"(?:\s+(?!(?:and|but|or|who|which|after|before|while|when)\b)[\w'’-]+){1,5}?"
    r"\s+(?:for|to)\s+(?:a\s+(?:total|term|period)\s+of\s+)?$",
    regex.I,
)


def term_of(text: str, hit: Span, q: Quantity, generic: Callable[[Span], bool]) -> bool:
    """Whether the measure word at ``hit`` takes the duration ``q`` past its
    object ("jailed the former mayor for 12 years")."""
    if generic(hit):
        return False
    return _OBJECT_THEN_TERM.fullmatch(text, hit[1], q.start) is not None
