"""One figure for two measures: "1,800 dead or injured".

"has killed or hospitalised 640", "missing or feared dead": a figure whose
measure word is joined by "or" to another counts both together, and so
neither alone (see :func:`claimcheck.engine.scope.scope_of`, whose module
re-exports :func:`combined`).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from claimcheck.engine.cues import Cues
from claimcheck.engine.patterns import lazy

__all__ = ["combined"]

_JOINED = lazy(r"\s+(?:or|and|and/or|&)\s+(?:[^\W\d_]+\s+)?$|\s*/\s*$")
_LISTED = lazy(r"\s*,\s*(?:[^\W\d_]+\s+)?")
_LIST_CLOSES = lazy(r",?\s+(?:or|and)\b", regex.I)
_HARM = (
    r"(?:ill|sick|sickened|hurt|injured|wounded|missing|dead|killed|hospitali[sz]ed"
    r"|harmed|burned|burnt|poisoned|displaced|unaccounted|treated"
    r"|needed\s+(?:hospital\s+|medical\s+)?(?:treatment|care)"
    r"|taken\s+to\s+hospital)"
)
#: one of these stands in every match of _HARM
_HARM_WORDS = (
    "ill", "sick", "hurt", "injured", "wounded", "missing", "dead", "hospital",
    "harmed", "burn", "poisoned", "displaced", "unaccounted", "treat", "care",
)  # fmt: skip
# only "or": "were injured and taken to hospital" counts one group twice over
_HARM_AFTER = lazy(
    rf"\s+(?:or|and/or)\s+(?:(?:were|was|been|are|is|made|fell|left|feared"
    rf"|reported|badly|seriously|taken|became|got)\s+){{0,2}}{_HARM}\b",
    regex.I,
)
_HARM_BEFORE = lazy(
    rf"\b{_HARM}\s+(?:or|and/or)\s+(?:(?:were|was|been|made|reported|badly"
    rf"|seriously)\s+)?$",
    regex.I,
)


def combined(
    text: str,
    bound: tuple[int, int],
    hits: Sequence[tuple[int, int]],
    *,
    cues: Cues | None = None,
) -> bool:
    """Whether the measure word at ``bound`` is joined by or/and to another.

    "1,800 dead or injured", "has killed or hospitalised 640": one figure
    for two measures, which counts for neither alone.
    """
    for h in hits:
        if h[1] <= bound[0] and _joined(text, h, bound):
            return True
        if h[0] >= bound[1] and _joined(text, bound, h):
            return True
    # "injured or made ill", "missing or feared dead": the other word of harm
    # need not be a measure of the suite
    if (
        cues is None or cues.opens(bound[1], ("or", "and/or"), space=True)
    ) and _HARM_AFTER.match(text, bound[1]):
        return True
    lead = max(0, bound[0] - 60)
    if cues is not None and (
        cues.lacks(lead, bound[0], ("or",)) or cues.lacks(lead, bound[0], _HARM_WORDS)
    ):
        return False
    return bool(_HARM_BEFORE.search(text, lead, bound[0]))


def _joined(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Whether ``first`` and ``second`` are joined by or/and, or by a comma in
    a list that or/and closes ("killed, hurt or reported missing")."""
    if _JOINED.fullmatch(text, first[1], second[0]):
        return True
    return bool(
        _LISTED.fullmatch(text, first[1], second[0])
        and _LIST_CLOSES.match(text, second[1])
    )
