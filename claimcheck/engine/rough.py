"""A vague count beside a precise one: "Dozens killed in factory fire" over
"At least 43 people were killed".

A count told only by its size ("dozens", "scores", "hundreds of") is the
figure the article gives precisely elsewhere, told roughly; so when the
precise figures of a claim's measure all disagree with it, the rough one
does not support it.  Alone, or beside a precise figure that also fits, it
counts as the documented vague range (see docs/numbers.md).
"""

from __future__ import annotations

from dataclasses import replace

import regex

from claimcheck.engine.evidence import Evidence
from claimcheck.engine.patterns import lazy

__all__ = ["set_aside_rough"]

_ROUGH = lazy(
    r"(?:(?:many|several|tens\s+of|some)\s+)?(?:dozens|scores|hundreds|thousands"
    r"|millions)\b",
    regex.I,
)


def _rough(e: Evidence) -> bool:
    """Whether ``e`` reads a count told only by its size ("dozens of")."""
    return not any(c.isdigit() for c in e.text) and _ROUGH.match(e.text) is not None


def set_aside_rough(out: list[Evidence]) -> list[Evidence]:
    """``out`` with its fitting rough counts set aside (neither agreeing nor
    disagreeing) when every precise figure read disagrees: the article's own
    figure, told precisely, decides."""
    # (a rough count beside a precise one: two readings at least, and one
    # that disagrees)
    if len(out) < 2 or False not in {e.compatible for e in out}:
        return out
    if not any(e.compatible for e in out):
        return out
    if any(e.compatible and not _rough(e) for e in out):
        return out
    if not any(e.compatible is False and not _rough(e) for e in out):
        return out
    return [
        replace(
            e,
            compatible=None,
            reason=e.reason + ", a count told roughly that the precise figure decides",
        )
        if e.compatible and _rough(e)
        else e
        for e in out
    ]
