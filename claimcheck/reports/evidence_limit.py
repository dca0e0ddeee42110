"""How much of a verdict's evidence a record keeps and a report shows.

An article without a sentence end, or a table of figures, can hold
thousands of mentions of one measure; kept whole in every record, each with
its quoted sentence, they filled hundreds of megabytes and reports nobody
reads.  A record keeps the first :data:`EVIDENCE_LIMIT` mentions, plus the
first one of each kind (agreeing, disagreeing, undecided) when it comes
later, so what decides the verdict is always shown; it counts the rest.
The verdict itself is the engine's, read from every mention.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

__all__ = ["EVIDENCE_LIMIT", "kept_evidence", "more_mentions"]

#: mentions a record keeps of one verdict
EVIDENCE_LIMIT = 50


class _Mention(Protocol):
    @property
    def compatible(self) -> bool | None: ...


M = TypeVar("M", bound=_Mention)


def kept_evidence(evidence: Sequence[M]) -> tuple[list[M], int]:
    """The mentions a record keeps, in their order, and how many it leaves out."""
    if len(evidence) <= EVIDENCE_LIMIT:
        return list(evidence), 0
    kept = set(range(EVIDENCE_LIMIT))
    seen = {e.compatible for e in evidence[:EVIDENCE_LIMIT]}
    for i in range(EVIDENCE_LIMIT, len(evidence)):
        if evidence[i].compatible not in seen:
            seen.add(evidence[i].compatible)
            kept.add(i)
    return [evidence[i] for i in sorted(kept)], len(evidence) - len(kept)


def more_mentions(left_out: int, what: str = "mention") -> str:
    """``… and 1,950 more mentions`` (empty for none)."""
    if left_out <= 0:
        return ""
    noun = what if left_out == 1 else what + "s"
    return f"… and {left_out:,} more {noun} (a report keeps {EVIDENCE_LIMIT:,})"
