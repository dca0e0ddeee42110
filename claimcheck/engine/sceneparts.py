"""The people of one part of the scene: a deck, a floor, a carriage, a wing.

"Of the 30 people who died on the upper deck", "All 9 residents of the top
floor died", "Most of the 48 injured in the front carriage", "All 30 people
in the ferry's lower cabin drowned": a part of a ship, a building, a train
or a stadium, named by a common noun with an ordinal or a side, after the
figure in its clause, narrows the figure to that part: the whole holds at
least as many (:func:`claimcheck.engine.scope.scope_of` marks it "floor"),
so it contradicts a claim on the whole only by standing above it ("All 30
people in the front carriage were killed" against a toll of 23).

The words count only after the figure and before any other figure: "The
train's front carriage left the rails, and 180 people were injured" tells
the whole, and so does "140 people were injured, 48 of them in the front
carriage" for the 140.  A plural ("the tower's upper floors") may be most of
the place, and stays the whole.
"""

from __future__ import annotations

import re

from claimcheck.engine.cues import Cues
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import lazy_re

__all__ = ["scene_part"]

Span = tuple[int, int]

_PARTS = r"(?:deck|floor|storey|carriage|coach|wagon|cabin|wing|ward|stand|block)"
_WHICH = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|eleventh|twelfth|\d+(?:st|nd|rd|th)|top|upper|lower|bottom|ground|front"
    r"|rear|back|last|middle|main|east|west|north|south|eastern|western"
    r"|northern|southern|left|right|intensive[- ]care|maternity|children['’]s)"
)
_SCENE = lazy_re(
    r"\b(?:on|in|at|of|from|inside|aboard)\s+(?:the|its|their|a|one)\s+"
    r"(?:[^\W\d_][\w-]*['’]s?\s+)?"
    rf"(?P<part>(?:{_WHICH}[\s-]+)+{_PARTS})\b(?!['’]?s\b)",
    re.I,
)
_DIGIT = lazy_re(r"\d")
_STOP = lazy_re(r"[,;:.!?]")
#: a part's noun after a space stands in every match of _SCENE: the test
#: before it (see :meth:`claimcheck.engine.cues.Cues.lacks`)
_WORDS = (
    " deck", " floor", " storey", " carriage", " coach", " wagon", " cabin",
    " wing", " ward", " stand", " block",
)  # fmt: skip
#: how far after the figure the part may be named
_REACH = 70


def scene_part(
    text: str, q: Quantity, end: int, *, bound: Span, cues: Cues | None = None
) -> Span | None:
    """The words naming one part of the scene that ``q`` counts the people
    of, after it in its clause (``end``) or in the words up to the
    punctuation after its measure word ``bound`` ("Of the 30 people who died
    on the upper deck, most ..."), or None."""
    if cues is not None and cues.lacks(q.end, q.end + _REACH, _WORDS):
        return None
    stop = _STOP.search(text, max(end, bound[1]), q.end + _REACH)
    tail = stop.start() if stop is not None else min(len(text), q.end + _REACH)
    if tail <= q.end:
        return None
    found = _SCENE.search(text, q.end, tail)
    if found is None or _DIGIT.search(text, q.end, found.start()) is not None:
        return None
    # the part's own words: "the ferry's lower cabin" names the ferry, which a
    # claim's context may name for the whole
    return found.span("part")
