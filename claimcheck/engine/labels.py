"""Figures that name which one, not how many: labels and places in a series.

"A magnitude 6.9 tremor", "a category 4 storm", "level 3": a rating or a
label, which counts nothing.  "As strikers walk out for day two", "knocked
out in round 3,": the figure numbers one of a series (a day, a round, a
match), where nothing but the clause's end or a word opening the next
follows it ("on the worst day 40 people died" counts people).
"""

from __future__ import annotations

import regex

from claimcheck.engine.cues import Cues
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import lazy

__all__ = ["labelled"]

Span = tuple[int, int]

_LABEL_BEFORE = lazy(
    r"\b(?:magnitude|category|level|grade|class|phase|stage|tier|force)[-\s]+$",
    regex.I,
)
#: words one of which every match of a pattern holds, for :class:`Cues`
_LABEL_WORDS = (
    "magnitude", "category", "level", "grade", "class", "phase", "stage", "tier",
    "force",
)  # fmt: skip
_NTH_BEFORE = lazy(r"\b(?:day|week|round|game|match|leg|heat)\s+$", regex.I)
# the clause's end, or a word opening the next: "enters day three as ..."
_NTH_AFTER = lazy(
    r"\s*(?:[,.;:!?)\]]|\Z)|\s+(?:as|and|while|when|after|before|but)\b", regex.I
)
_NTH_WORDS = ("day", "week", "round", "game", "match", "leg", "heat")


def labelled(text: str, q: Quantity, clause: Span, cues: Cues | None = None) -> bool:
    """Whether ``q``, in ``clause``, is a label or the number of one of a
    series; ``cues`` (the article's) skips the readings that cannot apply."""
    if q.unit is not None:
        return False
    label_start = max(clause[0], q.start - 20)
    if (
        cues is None or not cues.lacks(label_start, q.start, _LABEL_WORDS)
    ) and _LABEL_BEFORE.search(text, label_start, q.start):
        return True
    nth_start = max(clause[0], q.start - 7)
    return bool(
        (cues is None or not cues.lacks(nth_start, q.start, _NTH_WORDS))
        and _NTH_BEFORE.search(text, nth_start, q.start)
        and _NTH_AFTER.match(text, q.end, clause[1])
    )
