"""A figure told in a relative clause on the worst part of the story's time.

"The deadliest day was 14 August, when 212 people died", "The worst single
week was the heatwave of late July, which researchers link to 11,637
deaths": the clause that opens the sentence names a part of the story's
time by its superlative, and the figure's clause ("when", "which") tells of
that part only, so the figure is the part's, never the whole's.  (Said in
the figure's own clause, "On the deadliest day, 212 died" is a form of
:data:`claimcheck.engine.scope._SCOPES`.)
"""

from __future__ import annotations

import regex

from claimcheck.engine.cues import Cues
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import lazy

__all__ = ["worst_time"]

Span = tuple[int, int]

#: the words one of which the opening clause holds
_WORDS = ("deadliest", "worst", "busiest", "hottest", "wettest")
# the opening clause: "The deadliest day was", "Its worst single week came"
_WORST = lazy(
    r"\s*(?:the|its|their)\s+(?:deadliest|worst|busiest|hottest|wettest)\s+"
    r"(?:single\s+)?(?:day|week|month|night|weekend)\s+(?:was|came|fell)\b",
    regex.I,
)
# the figure's clause, a relative one on it
_RELATIVE = lazy(r"\s*(?:when|which|during\s+which|in\s+which|on\s+which)\b", regex.I)


def worst_time(
    text: str, q: Quantity, start: int, own: int | None, *, cues: Cues | None = None
) -> Span | None:
    """The words naming the worst part of the time that ``q`` (in the clause
    opening at ``own``, read from ``start``) is told of, if any."""
    if own is None or own <= start or q.start < own:
        return None
    if cues is not None and cues.lacks(start, own, _WORDS):
        return None
    if _RELATIVE.match(text, own, q.start) is None:
        return None
    found = _WORST.match(text, start, own)
    return (
        None
        if found is None
        else (
            found.start() + len(found.group()) - len(found.group().lstrip()),
            found.end(),
        )
    )
