"""The count of events that prompted an inquiry or a recall.

"NHTSA opened an investigation in August 2021 after 11 crashes in which
...", "The agency began an inquiry after 12 complaints about the brakes":
the figure after "after" counts the events known when the inquiry (a probe,
a review, a recall) began.  Others may join them (the crashes the inquiry
went on to review, the complaints received since), so the figure is a floor
of any later count of its measure, read as :mod:`claimcheck.engine.scope`
reads "all 30 people in the front carriage": it never contradicts a larger
count, a count above it still does, and a count that fits supports.  "After
a year-long inquiry, the board found 12 fatal crashes" (no figure right
after "after") and "after 11 days" (a length) are other readings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import lazy

if TYPE_CHECKING:
    from claimcheck.engine.cues import Cues

__all__ = ["prompted_by"]

Span = tuple[int, int]

# "after 11", "after more than 40": "after" right before the figure (whose
# hedges the figure holds)
_AFTER = lazy(r"\bafter\s+$", regex.I)
# an inquiry, a probe, a review, a recall, before "after"
_INQUIRY = lazy(
    r"\b(?:investigat|inquir|enquir|probe|review|recall|inspect|audit)", regex.I
)
#: the most characters "after" takes before the figure
_LEAD = 12
#: the most characters before "after" the inquiry's word is looked for in
#: (within the sentence: "after" often opens a clause of its own)
_BACK = 120
_SENTENCE_END = lazy(r"[.;!?\n](?=[^.;!?\n]*$)")


def prompted_by(text: str, q: Quantity, cues: Cues | None) -> Span | None:
    """The word "after" before ``q``, a count of the events that prompted an
    inquiry named before it in its sentence, or None."""
    if q.unit is not None:
        return None
    lead = max(0, q.start - _LEAD)
    if cues is not None and cues.lacks(lead, q.start, ("after",)):
        return None
    found = _AFTER.search(text, lead, q.start)
    if found is None:
        return None
    back = max(0, found.start() - _BACK)
    end = _SENTENCE_END.search(text, back, found.start())
    if _INQUIRY.search(text, back if end is None else end.end(), found.start()) is None:
        return None
    return found.span()
