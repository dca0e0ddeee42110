"""Over after a verb of spreading: "the cases are spread over 14 provinces".

A count spread, distributed or scattered "over" places or a stretch lies on
them: "over" says where, not "more than", and the count after it is exact
("distributed over 19 states", "scattered over 12 islands").  "Over" keeps
its reading of a bound after any other word ("spread to over 14
provinces", "in over 14 provinces").
"""

from __future__ import annotations

import regex

from claimcheck.engine.patterns import BACKWARD, lazy

__all__ = ["placed_over"]

# the verb of spreading right before "over" (the pattern runs backward from it)
_SPREAD = lazy(
    r"\b(?:spread(?:s|ing)?|distribut(?:ed|es|ing)|scatter(?:ed|s|ing)"
    r"|dispers(?:ed|es|ing)|strew(?:n|ed)|sprawl(?:ed|s|ing)|stretch(?:ed|es|ing))"
    r"\s*$",
    regex.I | BACKWARD,
)


def placed_over(text: str, start: int, end: int) -> bool:
    """Whether the hedge "over" at ``start``-``end`` follows a verb of
    spreading, so that it names where a count lies."""
    if text[start:end].strip().casefold() != "over":
        return False
    return _SPREAD.search(text, max(0, start - 20), start) is not None
