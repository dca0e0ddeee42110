"""A first stage of the act a figure counts: "The first recall covered 40
tonnes".

"The first recall, on 3 May, covered 40 tonnes of cheese; a week later it
was widened", "The initial recall concerned 40 tonnes", "Officials first
recalled 40 tonnes": "first" or "initial" right before a measure word of the
figure's clause, ahead of the figure, names the first of several steps of
the act, a part of the whole, which never contradicts it (one that fits
still supports it).  A claim whose context names "first" or "initial" is on
that stage itself (see :func:`claimcheck.engine.context.names_scope`).
"For the first time" names no step ("first" there stands before "time").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex

from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import lazy

if TYPE_CHECKING:
    from claimcheck.engine.cues import Cues

__all__ = ["first_stage"]

Span = tuple[int, int]

_FIRST = lazy(r"\b(?:first|initial)\s+(?=[^\W\d_])", regex.I)
_CUES = ("first", "initial")


def first_stage(
    text: str,
    q: Quantity,
    start: int,
    hits: Sequence[Span],
    cues: Cues | None,
) -> Span | None:
    """The word "first" or "initial" before a measure word in ``text[start:
    q.start]`` (the figure's clause up to it), or None."""
    if cues is not None and cues.lacks(start, q.start, _CUES):
        return None
    starts = {h[0] for h in hits if start <= h[0] < q.start}
    for found in _FIRST.finditer(text, start, q.start):
        if found.end() in starts:
            return found.start(), found.start() + len(found.group().rstrip())
    return None
