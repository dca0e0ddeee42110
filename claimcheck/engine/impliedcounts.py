"""Counts whose noun no measure word binds, read for the claims that take
them: a count per day (:mod:`claimcheck.engine.dailycounts`) and a fact
box's row whose label tells only the people's state
(:mod:`claimcheck.engine.staterows`)."""

from __future__ import annotations

from claimcheck.claims import QuantityClaim
from claimcheck.engine.dailycounts import counts_per_period, period_counts
from claimcheck.engine.evidence import Evidence
from claimcheck.engine.index import ArticleIndex
from claimcheck.engine.perobject import per_object
from claimcheck.engine.staterows import counts_people_in_state, state_rows

__all__ = ["implied_counts"]


def implied_counts(claim: QuantityClaim, index: ArticleIndex) -> list[Evidence]:
    """The evidence of both, for ``claim``."""
    if not _takes(claim):
        return []
    return period_counts(claim, index) + state_rows(claim, index)


@per_object
def _takes(claim: QuantityClaim) -> bool:
    """Whether ``claim`` takes either reading (most claims take neither)."""
    return counts_per_period(claim) or counts_people_in_state(claim)
