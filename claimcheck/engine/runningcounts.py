"""Counts told while the event still ran: interim, not the final figure.

A clause that calls its own count interim ("Airlines have cancelled 1,900
flights so far", "the toll, still rising, stood at 96", "a provisional
count of 140") gives the count as it stood then.  A sub-editor checking a
claim on the final count reads such a figure as an earlier one:

- below the claim's figure it never contradicts it (the count went on);
- its lower bound ("more than 1,900 so far") never supports it, for it
  only says how far the count had got.

A count above the claim's still contradicts it (a count of the dead or of
homes destroyed does not fall), and a figure that fits it still supports
it.  The wording must stand in the figure's own clause (or open its
sentence: "Thus far, 96 people have been rescued"): "About 150 people
were injured, and officials warned the number of dead could rise" says
nothing of the injured.  Only plain counts (a claim with no unit and no
direction) are read so: a rate, a price or a change has no running total.

A live page's counts with no such wording (its fact box, its timed
entries) are left as they are: a sub-editor reads an earlier count there
as contradicting the final one as often as not.
"""

from __future__ import annotations

import math

from claimcheck.claims import QuantityClaim
from claimcheck.engine.history import interim_wording
from claimcheck.engine.index import ArticleIndex, Mention
from claimcheck.engine.numbers.interval import Interval

__all__ = ["running_count"]

#: the most characters a sentence's opening words ("So far, ", "As of now, ")
#: take before the figure's clause
_OPENER = 12


def _interim_clause(index: ArticleIndex, mention: Mention) -> str | None:
    """The words of the mention's clause that call its count interim."""
    wording: dict[tuple[int, int], str | None] | None = index._memo.get(
        "interim clause wording"
    )
    if wording is None:
        wording = index._memo["interim clause wording"] = {}
    start, end = mention.clause
    if start - mention.sentence[0] <= _OPENER:
        # the wording may open the sentence before a comma: "Thus far, 96 ..."
        start = mention.sentence[0]
    if (start, end) not in wording:
        wording[start, end] = interim_wording(index.article.text, start, end)
    return wording[start, end]


def running_count(
    claim: QuantityClaim,
    index: ArticleIndex,
    mention: Mention,
    interval: Interval,
    ok: bool,
) -> str | None:
    """Why the mention's figure, read as ``interval``, is a count told while
    the event ran that neither supports nor contradicts the claim; or None.

    ``ok`` is whether the interval fits the claim's expected figure.
    """
    expected = claim.expected
    if claim.unit is not None or claim.direction is not None or expected.low is None:
        return None
    high = math.inf if interval.high is None else interval.high
    low = -math.inf if interval.low is None else interval.low
    if ok:
        # a lower bound below the claim's: "more than 1,900 so far"
        if high != math.inf or low >= expected.low:
            return None
        what = "its lower bound says only how far the count had got"
    else:
        # below the claim's: the count went on
        if high > expected.low:
            return None
        what = "below the claim's figure, the count went on after it"
    words = _interim_clause(index, mention)
    if words is None:
        return None
    return f"a count told as interim ({words!r}): {what}"
