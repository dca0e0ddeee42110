"""Evidence: one place in an article that bears on a claim."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Evidence"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Evidence:
    """One place in an article that bears on a claim."""

    start: int
    end: int
    text: str
    #: what was read there ("[300, inf)", "Storm Corps", "negated")
    value: str
    #: True: agrees with the claim; False: disagrees; None: neither
    compatible: bool | None
    #: why it agrees or not, in words
    reason: str
