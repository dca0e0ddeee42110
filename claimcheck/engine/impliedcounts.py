"""Counts whose noun no measure word binds, read for the claims that take
them: a count per day (:mod:`claimcheck.engine.dailycounts`) and a fact
box's row whose label tells only the people's state
(:mod:`claimcheck.engine.staterows`)."""

from __future__ import annotations

from claimcheck.claims import QuantityClaim
from claimcheck.engine.dailycounts import counts_per_period, period_counts
from claimcheck.engine.evidence import Evidence
from claimcheck.engine.index import ArticleIndex
from claimcheck.engine.staterows import counts_people_in_state, state_rows

__all__ = ["implied_counts"]

#: whether a claim takes either reading, by the claim's id, with the claim
#: (so that the id stays its own): most claims take neither
_TAKES: dict[int, tuple[QuantityClaim, bool]] = {}
#: the most claims remembered (a suite rarely has more)
_KEPT = 4096


def implied_counts(claim: QuantityClaim, index: ArticleIndex) -> list[Evidence]:
    """The evidence of both, for ``claim``."""
    kept = _TAKES.get(id(claim))
    if kept is None or kept[0] is not claim:
        if len(_TAKES) >= _KEPT:
            _TAKES.clear()
        takes = counts_per_period(claim) or counts_people_in_state(claim)
        kept = _TAKES[id(claim)] = (claim, takes)
    if not kept[1]:
        return []
    return period_counts(claim, index) + state_rows(claim, index)
