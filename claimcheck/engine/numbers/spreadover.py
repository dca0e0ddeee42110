"""Over between two counts: "about 500 hours over 154 crossings".

After a count and its noun ("500 hours", "90 stops", "$2 billion"), "over"
spreads that count across the next one, which is then exact, not a bound
("more than 154"): "logged about 500 hours over 154 crossings", "a 25% raise
over four years".  "Over" keeps its reading of "more than" where it opens a
count ("made over 150 crossings"), after a word that is no noun of the count
before it ("rose from 120 to over 160", "240, over 100 of them"), after a
noun of persons ("300 passengers over 65": their age) and before "old" or
"of age" ("homes over 50 years old").
"""

from __future__ import annotations

import regex

from claimcheck.engine.patterns import BACKWARD, lazy

__all__ = ["spread_over"]

# a count and one or two words of its noun right before "over"
_COUNT_BEFORE = lazy(
    r"\d[\d,.]*\s*(?:%|per\s*cent|percent)?(?:\s+(?:of\s+)?(?P<noun>[^\W\d_]+))"
    r"{1,2}\s+$",
    regex.I | BACKWARD,
)
_NOT_NOUNS = frozenset(
    """to and or than from by at of in on with for is was were are be been
    has have had rose risen fell fallen reached climbed jumped grew increased
    people person persons children adults men women residents patients
    passengers workers drivers voters those aged""".split()
)
_OLD = lazy(r"\s*(?:(?:years?|months?)\s+)?(?:old|of\s+age)\b", regex.I)


def spread_over(text: str, start: int, end: int, after: int) -> bool:
    """Whether the hedge "over" at ``start``-``end`` spreads the count
    before it across the one after (whose expression ends at ``after``)."""
    if text[start:end].strip().casefold() != "over":
        return False
    before = _COUNT_BEFORE.search(text, max(0, start - 40), start)
    if before is None or before.group("noun").casefold() in _NOT_NOUNS:
        return False
    return _OLD.match(text, after) is None
