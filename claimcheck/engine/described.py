"""Places and periods a claim's own words name.

An analyst often puts a claim's place or period in its words rather than in
its context: "People Marenia evacuated before the cyclone", "The fine on
Corvex in 2019", "The fall in third-quarter net profit".  A figure whose
sentence names that same place or period ("Marenia moved 300,000 people to
shelters", "fined Corvex 80 million euros in 2019", "fell 45 percent in the
third quarter") is about the claim's own scope, not another part of the
whole, so it may contradict the claim.
"""

from __future__ import annotations

from claimcheck.claims import QuantityClaim
from claimcheck.engine.nouns import STOP
from claimcheck.engine.patterns import lazy
from claimcheck.engine.terms import FLAGS

__all__ = ["described"]

_WORD = lazy(r"[^\W_]{2,}", FLAGS)


def _words(text: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in _WORD.findall(text))


#: a name, a figure or a quarter or half of a year
_NAMED = lazy(
    r"(?-i:\p{Lu})|\d|\b(?:first|second|third|fourth)[\s-]+(?:quarter|half)\b",
    FLAGS,
)
#: the scopes a claim's words may name as its own
_OWN_SCOPES = frozenset({"part", "period", "body"})


def described(claim: QuantityClaim, scope: str, said: str) -> bool:
    """Whether every word of ``said`` (a place or a period a figure's sentence
    names), but its function words and the claim's measure words, is a word
    of the claim's own description."""
    if scope not in _OWN_SCOPES or not _NAMED.search(said):
        # "in three coastal districts": a kind of part, which the claim's
        # words may name as the extent of its whole ("from its coastal
        # districts"); only a name, a year or a quarter names the claim's own
        return False
    words = _words(said) - STOP
    if words:
        words -= {w for t in claim.measure.terms for w in _words(t.text)}
    return bool(words) and words <= _words(claim.description)
