"""A figure dated another day than the one the claim's line names.

"People who marched across France on 7 March 2023" (a claim on one day,
"on" it): a sentence or a fact
box's row dated another day ("On 31 January, 1.27 million marched",
"Marchers on 19 January: 1.12 million") tells that day's count, neither the
claim's figure nor a figure against it.  Only a day with its month counts, in
either order ("7 March", "March 7"); a figure whose sentence names the
claim's own day as well, or no day at all, is read as usual.  A claim whose
line names no day costs nothing more than one cached look at that line.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from claimcheck.claims import QuantityClaim
from claimcheck.engine.index import ArticleIndex, Mention
from claimcheck.engine.patterns import lazy

__all__ = ["other_day"]

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)"
)
# "7 March", "March 7", "7th of March"; the month capitalised, as a date writes it
_DAY = lazy(
    rf"\b(?:(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH})"
    rf"|(?P<m2>{_MONTH})\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?)\b"
)


def _days(text: str, start: int = 0, end: int | None = None) -> set[tuple[str, int]]:
    found = set()
    for m in _DAY.finditer(text, start, len(text) if end is None else end):
        month = m.group("m1") or m.group("m2")
        day = int(m.group("d1") or m.group("d2"))
        if 1 <= day <= 31:
            found.add((month, day))
    return found


# the one day a claim's line puts its figure on: "marched on 7 March 2023"
# (not "by 22 December", a bound; not "on 17-19 April", several days; not
# "(19 August 2018)", when a count was made)
_ON_DAY = lazy(
    rf"\bon\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?=[0-3]?\d\s|{_MONTH}\s+[0-3]?\d(?![\d-]))(?![0-3]?\d\s*[-–])"
)


@lru_cache(maxsize=512)
def _claim_days(description: str) -> frozenset[tuple[str, int]]:
    found: set[tuple[str, int]] = set()
    for on in _ON_DAY.finditer(description):
        day = _DAY.match(description, on.end())
        if day is not None:
            found |= _days(description, day.start(), day.end())
    return frozenset(found)


def other_day(claim: QuantityClaim, index: ArticleIndex, mention: Mention) -> bool:
    """Whether ``mention``'s sentence (its own row, in a fact box) names a day
    and none of the days the claim's line names."""
    own = _claim_days(claim.description)
    if not own:
        return False
    text = index.article.text
    start, end = mention.sentence
    at = mention.quantity.start
    if "\n" in text[start:end]:
        # a fact box's row: its own line
        start = text.rfind("\n", start, at) + 1
        line_end = text.find("\n", at, end)
        end = end if line_end < 0 else line_end
    if not regex.search(_MONTH, text[start:end]):
        return False
    days = _days(text, start, end)
    return bool(days) and not days & own
