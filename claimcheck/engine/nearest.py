"""Near misses: the sentences of an article closest to a claim it does not state.

A missing verdict shows them, so that the analyst sees at once whether the
article puts the fact in words the claim lacks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimcheck.claims import AttributeClaim, Claim, QuantityClaim, StatementClaim
from claimcheck.engine.index import KEYWORD
from claimcheck.engine.terms import Terms

if TYPE_CHECKING:
    from claimcheck.engine.index import ArticleIndex

__all__ = ["nearest_sentences"]


#: each claim's keywords by id, with the claim (so that the id stays its own)
_KEYWORDS: dict[int, tuple[Claim, frozenset[str]]] = {}
#: the most claims remembered (a suite rarely has more)
_KEPT = 4096


def _keywords(claim: Claim) -> frozenset[str]:
    """The claim's words that a sentence close to it shares (worked out once)."""
    kept = _KEYWORDS.get(id(claim))
    if kept is not None and kept[0] is claim:
        return kept[1]
    if len(_KEYWORDS) >= _KEPT:
        _KEYWORDS.clear()
    words = _claim_words(claim)
    _KEYWORDS[id(claim)] = (claim, words)
    return words


def _claim_words(claim: Claim) -> frozenset[str]:
    groups: list[Terms] = list(claim.context)
    if isinstance(claim, QuantityClaim):
        groups.append(claim.measure)
    elif isinstance(claim, StatementClaim):
        if claim.patterns is not None:
            groups.append(claim.patterns)
        groups += [slot for s in claim.says + claim.contradicted_by for slot in s.slots]
    elif isinstance(claim, AttributeClaim):
        groups += [claim.value, claim.rivals]
    else:
        groups.append(claim.names)
    words = {
        w.casefold() for g in groups for t in g.terms for w in KEYWORD.findall(t.text)
    }
    words |= {w.casefold() for w in KEYWORD.findall(claim.description)}
    return frozenset(words)


def nearest_sentences(
    claim: Claim, index: ArticleIndex, limit: int = 3
) -> tuple[tuple[int, int], ...]:
    """The sentences sharing most words with the claim, best first."""
    keywords = _keywords(claim)
    if not keywords:
        return ()
    scored = []
    for start, end, words in index.sentence_words():
        score = len(words & keywords)
        if score:
            scored.append((-score, start, end))
    scored.sort()
    return tuple((s, e) for _, s, e in scored[:limit])
