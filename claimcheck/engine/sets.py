"""The size of the set a count is taken from.

"Orsa won the most votes in 36 of the country's 38 provinces": 36 counts
the provinces she won, 38 every province there is.  "More than half of the
38 provinces", "a majority of the 38 provinces", "all but two of the 38
provinces" take a part of the same set by a word.  The set's size is no
figure of the part: it still fits a claim on the set itself ("the country
has 38 provinces"), and never contradicts a claim on the part.

Only a whole whose part has no measure of its own is a set: in "12 of the
40 passengers died" the part counts the dead, and 40 the passengers aboard,
the whole of its own measure.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from claimcheck.engine.asides import AUX
from claimcheck.engine.cues import Cues
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import BACKWARD, lazy

__all__ = ["SET_WORDS", "set_of"]

Span = tuple[int, int]

# the part and "of" before the set's figure: "36 of the country's", "more
# than half of the", "a majority of", "all but two of Valmora's"
_PART_OF = lazy(
    r"\b(?P<part>\d[\d,]*|half|third|thirds|quarter|quarters|fifth|fifths|tenth"
    r"|tenths|majority|minority|most|all\s+but\s+[\w-]+|each|every\s+one|none"
    r"|many|several|few|some)\s+of\s+(?:(?:the|its|their|those|these|his|her"
    r"|our)\s+)?(?:[^\W\d_][\w-]*(?:'s|’s|s'|s’)\s+)?$",
    regex.I | BACKWARD,
)
_DIGIT = lazy(r"\d")
# at most two modifiers between the set's figure and its noun
_NOUN_NEXT = lazy(r"\s+(?:[^\W\d_][\w'’-]*\s+){0,2}")
#: the word every match of _PART_OF holds, for the article's cues
SET_WORDS = ("of",)


def set_of(
    text: str,
    q: Quantity,
    start: int,
    end: int,
    *,
    bound: Span,
    hits: Sequence[Span],
    earlier: Sequence[Span],
    cues: Cues | None = None,
) -> Span | None:
    """The words ("36 of the") making ``q``, a count bound to its noun
    (``bound``, right after it or past two modifiers), the size of the set
    a part is taken from, or None.

    ``[start, end)`` is its clause, ``hits`` the measure words of its
    sentence and ``earlier`` the measure words its figures before it count.
    A part told by a figure must count the same noun (it is in ``earlier``),
    and no verb or measure word may follow the set's noun in its clause.
    """
    if q.unit is not None or bound[0] < q.end:
        return None
    if not _NOUN_NEXT.fullmatch(text, q.end, bound[0]):
        return None
    lead = max(start, q.start - 60)
    if cues is not None and cues.lacks(lead, q.start, SET_WORDS):
        return None
    found = _PART_OF.search(text, lead, q.start)
    if found is None:
        return None
    if _DIGIT.match(found.group("part")) and bound not in earlier:
        return None
    # "140 of the 175 dead were children", "two of the 14 children died": the
    # part has a predicate of its own, and the whole is the whole of its noun
    if AUX.search(text, bound[1], end) or any(bound[1] <= h[0] < end for h in hits):
        return None
    return found.span()
