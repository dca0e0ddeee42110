"""Entity claims: where an article names the entity.

A name is sought as written (with its aliases), then with middle initials
after its first word ("William G. Young"), then in spelling variants within
the claim's ``max_errors``; each place must hold the claim's context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimcheck.engine.context import context_holds, variants, with_initials
from claimcheck.engine.evidence import Evidence, evidence_at, first_term
from claimcheck.errors import PatternTimeoutError

if TYPE_CHECKING:
    from claimcheck.claims import EntityClaim
    from claimcheck.engine.index import ArticleIndex

__all__ = ["VariantsTimeout", "entity_evidence"]


def entity_evidence(claim: EntityClaim, index: ArticleIndex) -> list[Evidence]:
    """Every place ``index``'s article names the entity of ``claim``, by the
    first way of naming it that finds one."""
    found = [h for h in index.hits(claim.names) if context_holds(claim, index, h[0])]
    why = "names the entity"
    if not found:
        initialled = with_initials(index, claim.names)
        found = [h for h in initialled if context_holds(claim, index, h[0])]
        why = "the name with a middle initial"
    if not found:
        try:
            variant_hits = index.hits(variants(claim.names, claim.max_errors))
        except PatternTimeoutError as exc:
            raise VariantsTimeout(
                f"the search for spelling variants of {first_term(claim.names)!r}"
                f" ran past its time limit on {index.article.path}"
            ) from exc
        found = [h for h in variant_hits if context_holds(claim, index, h[0])]
        why = "a spelling variant of the name"
    text = index.article.text
    return [
        evidence_at(index, s, e, value=text[s:e], ok=True, why=why) for s, e in found
    ]


class VariantsTimeout(PatternTimeoutError):
    """The spelling-variant search of an entity ran past its time limit."""
