"""A figure of time told as a delay: how late or early something was.

"The train left Orlen 25 minutes late", "got off 40 minutes behind
schedule", "arrived 15 minutes early": the figure says how far from its
time an act came, not how long the act took, so a claim on a duration
("minutes the evacuation took") finds neither its figure nor one against
it there.  A claim whose own words speak of a delay ("late", "delay",
"behind schedule") reads such figures as usual; so does every figure whose
measure word no such word follows, which costs one look at the few
characters after it, and every figure for a claim on no span of time,
which costs one cached look at its measure.
"""

from __future__ import annotations

from functools import lru_cache

from claimcheck.claims import QuantityClaim
from claimcheck.engine.index import ArticleIndex, Mention
from claimcheck.engine.patterns import lazy

__all__ = ["told_as_delay"]

# a delay's words right after the figure's measure word
_DELAY = lazy(
    r"\A\s+(?:late|later\s+than\s+(?:planned|scheduled)|early|overdue"
    r"|(?:behind|ahead\s+of|off)\s+(?:schedule|time|timetable))\b"
)
# a claim that speaks of delays itself
_DELAY_CLAIM = lazy(r"\b(?:late|lateness|delay\w*|early|behind|ahead|overdue)\b")
# a measure of time
_TIME = lazy(r"\b(?:second|minute|hour|day|week|month|year)s?\b")
#: the first letters of every delay word: tested before the pattern runs
_CUES = ("late", "early", "behind", "ahead", "overdue", "off ")


@lru_cache(maxsize=512)
def _speaks_of_delay(words: tuple[str, ...]) -> bool:
    return any(_DELAY_CLAIM.search(w.casefold()) is not None for w in words)


def _of_time(claim: QuantityClaim) -> bool:
    """Whether the claim's measure is a span of time (looked at once)."""
    found: bool | None = claim.measure._cache.get("time")
    if found is None:
        words = " ".join(t.text for t in claim.measure.terms).casefold()
        found = _TIME.search(words) is not None
        claim.measure._cache["time"] = found
    return found


def told_as_delay(claim: QuantityClaim, index: ArticleIndex, mention: Mention) -> bool:
    """Whether the words after ``mention``'s measure word make it a delay
    ("25 minutes late"), for a claim on a span of time that speaks of none."""
    if mention.bound is None or not _of_time(claim):
        return False
    after = index.article.text[mention.bound[1] : mention.bound[1] + 40].casefold()
    if not any(cue in after for cue in _CUES):
        return False
    if _DELAY.search(after) is None:
        return False
    words = (
        claim.description,
        *(t.text for group in claim.context for t in group.terms),
    )
    return not _speaks_of_delay(words)
