"""A figure of a thing said to have changed since.

"a new $3 billion programme, since expanded", "a fine of 3 million euros,
later reduced on appeal": the figure is what the thing was before the
change, another time's figure, which never contradicts the figure it has
now (read as another period's: one that fits the claim, on the thing as it
first was, still supports it).  The change must follow the figure's own
noun phrase, set off by a comma ("The programme, since expanded, now stands
at $6 billion" tells its new figure).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import lazy

if TYPE_CHECKING:
    from claimcheck.engine.cues import Cues

__all__ = ["changed_since"]

Span = tuple[int, int]

# "programme, since expanded", ", later reduced": up to three words of the
# figure's noun phrase, a comma, then a change told after the fact
_CHANGED = lazy(
    r"(?:\s+[^\W\d_][\w'’-]*){0,3}?\s*,\s*(?P<words>(?:since|later|subsequently)"
    r"\s+(?:been\s+)?(?:expanded|raised|increased|enlarged|extended|revised"
    r"|topped\s+up|cut|reduced|lowered|trimmed|doubled|tripled|halved"
    r"|scaled\s+back))\b",
    regex.I,
)
#: the most characters the noun phrase and the change take after the figure
_REACH = 80
_CUES = ("since", "later", "subsequently")


def changed_since(text: str, q: Quantity, cues: Cues | None) -> Span | None:
    """The words saying that what ``q`` measures has changed since, or None."""
    end = min(len(text), q.end + _REACH)
    if cues is not None and cues.lacks(q.end, end, _CUES):
        return None
    found = _CHANGED.match(text, q.end, end)
    return None if found is None else found.span("words")
