"""A sentence opened by "Previously,": an earlier state.

"Previously, the automaker's best offer included 23% pay increases": the
adverb and its comma, opening the sentence, put what follows before the
story's present, as "Earlier," does; the comma cuts the clause there, so the
opener is read right before the figure's window.  "Previously unreported
papers show" (no comma) and "had previously resisted" (not opening the
sentence) tell no earlier state.
"""

from __future__ import annotations

import regex

from claimcheck.engine.patterns import BACKWARD, lazy

__all__ = ["earlier_opener"]

_OPENER = lazy(
    r"(?:\A|(?<=[.!?][\"'”’)]?\s+)|(?<=\n))(?:previously|earlier)\s*,\s*\Z",
    BACKWARD | regex.I,
)
# the opener at the window's start, where the window is its sentence
_AT = lazy(r"[\W\s]*(?:previously|earlier)\s*,", regex.I)
#: how far before the window the opener may stand
_REACH = 14
#: how far into the window the opener may end (its marks and its comma)
_HEAD = 24


def earlier_opener(text: str, start: int) -> regex.Match[str] | None:
    """The match of "Previously," opening the sentence at or right before
    ``start``, else None."""
    # the words tested on a slice before either pattern runs
    head = text[start : start + _HEAD].casefold()
    if "previously" in head or "earlier" in head:
        at = _AT.match(text, start)
        if at is not None and (start == 0 or text[start - 1] in " \n\t"):
            return at
    if start < 3 or text[start - 2 : start].strip() not in (",", ""):
        return None
    lead = max(0, start - _REACH)
    tail = text[lead:start].casefold()
    if "previously" not in tail and "earlier" not in tail:
        return None
    return _OPENER.search(text, lead, start)
