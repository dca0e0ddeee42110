"""The claim's own figure, left bound to no measure word beside one that is.

A sentence can name the claim's measure once and give two figures, binding
only one of them: "The study puts Vessa's toll at 11,300, second only to
Corvena, which topped the list with about 18,000" (a claim on Corvena's
deaths); "Vessa counted 11,300 deaths; only Corvena, with 18,010, had more";
"Deaths by country: Corvena (18,000), Vessa (11,300)".  The first figure is
bound to "toll" and disagrees; the second, the claim's, is bound to nothing.
Reading only the bound one would call the article a contradiction of a fact
it states.

So when a quantity claim's evidence holds no agreeing figure, a figure that
fits the claim in a sentence where another figure took the claim's measure
word, that no measure word took, and that counts nothing else of its own is read as the
claim's.  It must stand the way such a figure stands: closed on both sides
(not "thousands", not "at least four"), ending its phrase (punctuation, the
end of the sentence or a preposition after it, never a noun it counts, a
verb it is the subject of, or "of them" making it a part), and not the
complement of "was" (an age, "the youngest was 23"), nor told as another
time's or a figure to come shortly before it ("up from 212", "first put
at", "expects the total to reach", a year).  Figures of another place or event
are left to the rules that read those.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence

from claimcheck.claims import QuantityClaim
from claimcheck.engine.context import owns
from claimcheck.engine.evidence import Evidence
from claimcheck.engine.figure_cues import governing_clause, read_quantity_cues
from claimcheck.engine.index import ArticleIndex, Mention
from claimcheck.engine.numbers.interval import Interval
from claimcheck.engine.patterns import BACKWARD, lazy

__all__ = ["unbound_fits"]

# what may follow a figure that ends its phrase: punctuation, the end of
# the text, or a preposition or conjunction opening what comes next
_ENDS_PHRASE = lazy(
    r"\s*(?:[,;:.)\]!?–—]|$|(?:in|on|for|from|at|by|over|after|before|during"
    r"|this|last|against|and|while|as|when|according)\b)",
    0,
)
# a figure that is the complement of a copula: "the youngest was 23"
_COPULA = lazy(r"\b(?:was|were|is|are|be|been|being|aged|age)\s+$", BACKWARD)
# a figure of another time or a figure to come, told shortly before it: "up
# from 212", "(first reported: 57)", "first put at 3,000", "expects the
# total to reach", "against 1.8 billion forecast"
_OTHER_TIME = lazy(
    r"\b(?:from|first|earlier|initial(?:ly)?|previous(?:ly)?|original(?:ly)?"
    r"|prior|forecasts?|sought|expect(?:s|ed)?|targets?|against|versus|vs"
    r"|compared|last\s+year|a\s+year\s+(?:ago|earlier)"
    # a year named: "in 2019, a cooler summer, the figure was nearer 18,000"
    r"|(?:1[89]|20)\d\d)\b",
    BACKWARD,
)
# the same told right after it: "$1.8 billion forecast by analysts"
_TOLD_AFTER = lazy(
    r"\s*(?:forecast|expected|sought|projected|predicted|earlier|previously"
    r"|originally|last\s+year|a\s+year\s+(?:ago|earlier))\b"
)
#: how far before a figure :data:`_OTHER_TIME` is sought, in characters
_OTHER_TIME_REACH = 60
#: a figure's interval may be at most this wide, against its middle, to be
#: read as a figure stated (not "thousands" or "hundreds")
_NARROW = 0.25


def unbound_fits(
    claim: QuantityClaim,
    index: ArticleIndex,
    own: Mapping[int, int],
    measured: Sequence[int],
    interval_of: Callable[[Mention], Interval | None],
) -> list[Evidence]:
    """Evidence for each figure bound to nothing that fits ``claim`` in a
    sentence where a figure starting at one of ``measured`` took one of its
    measure words (``own``: each start with its end), whether it was read
    for the claim or left as another's."""
    if not own or not measured:
        return []
    text = index.article.text
    starts = sorted(own)
    taken = sorted(measured)
    out: list[Evidence] = []
    for mention in _loose(index):
        first, last = mention.sentence
        i = bisect_left(starts, first)
        if i == len(starts) or starts[i] >= last:
            continue
        j = bisect_left(taken, first)
        if j == len(taken) or taken[j] >= last:
            continue
        interval = interval_of(mention)
        if (
            interval is None
            or not _narrow(interval)
            or not interval.overlaps(claim.expected)
        ):
            continue
        q = mention.quantity
        if not _ENDS_PHRASE.match(text, q.end):
            continue
        if _COPULA.search(text, max(first, q.start - 12), q.start):
            continue
        # (the figure's own words too: the reader keeps "from" in "from 212")
        told = _OTHER_TIME.search(
            text, max(first, q.start - _OTHER_TIME_REACH), q.end
        ) or _TOLD_AFTER.match(text, q.end, last)
        if told is not None:
            continue
        clause = governing_clause(index, mention.clause, mention.sentence)
        cues = read_quantity_cues(
            text, sentence=mention.sentence, clause=clause, start=q.start, end=q.end
        )
        if cues.suppositions or not owns(claim, index, mention):
            continue
        word = text[starts[i] : own[starts[i]]]
        out.append(
            Evidence(
                start=q.start,
                end=q.end,
                text=q.text,
                value=str(interval),
                compatible=True,
                reason=f"reads {interval} in the sentence naming {word!r}, bound"
                " to no measure word of its own: the claim's figure beside"
                " another's",
            )
        )
    return out


def _narrow(interval: Interval) -> bool:
    low, high = interval.low, interval.high
    if low is None or high is None or math.isinf(low) or math.isinf(high):
        return False
    middle = abs(low + high) / 2
    return high - low <= _NARROW * middle


def _loose(index: ArticleIndex) -> list[Mention]:
    """The mentions of ``index`` bound to nothing, of no part or sum (found
    once an article: most claims never ask)."""
    found: list[Mention] | None = index._memo.get("loose mentions")
    if found is None:
        found = index._memo["loose mentions"] = [
            m
            for m in index.mentions
            if m.bound is None and not m.combined and not m.scope
        ]
    return found
