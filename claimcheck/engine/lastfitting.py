"""The measure word of the last figure before, in a sentence, that fits a kind.

A figure no rule binds may take the measure word of the figure before it
(see :func:`claimcheck.engine.reach.reach`): the last measure word bound so
far in its sentence that takes its kind of quantity.  Looking back through
every mention for each figure costs a sentence of many figures time
quadratic in their number (a list of thousands of numbers, none bound);
this keeps the measure words in order and, per kind, how far they were
looked through, so each is looked at once per kind.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

__all__ = ["LastFitting"]

Span = tuple[int, int]


class _Bound(Protocol):
    @property
    def bound(self) -> Span | None: ...


class LastFitting:
    """The measure words of one sentence's mentions so far.

    The mentions only grow: the rules after binding add mentions at the end
    and change scopes, never a mention's measure word, so what was read of
    them stays true.
    """

    __slots__ = ("_bounds", "_covered", "_last")

    def __init__(self) -> None:
        self._bounds: list[Span] = []
        self._covered = 0
        #: per kind: how many measure words were looked through, the last
        #: that fits it
        self._last: dict[str, tuple[int, Span | None]] = {}

    def last(
        self, mentions: Sequence[_Bound], kind: str, fitting: Sequence[Span]
    ) -> Span | None:
        """The last measure word of ``mentions`` (the sentence's so far) in
        ``fitting`` (those that take ``kind``; the same list each time)."""
        bounds = self._bounds
        for m in mentions[self._covered :]:
            if m.bound is not None:
                bounds.append(m.bound)
        self._covered = len(mentions)
        looked, found = self._last.get(kind, (0, None))
        if looked < len(bounds):
            fits = set(fitting)
            for b in bounds[looked:]:
                if b in fits:
                    found = b
            self._last[kind] = (len(bounds), found)
        return found
