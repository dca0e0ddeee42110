"""Verdicts kept beside an article's cached index, so a later run skips matching.

A verdict is a function of the claim and the article's index alone
(:func:`~claimcheck.engine.match.match_claim`), and an index cache entry is
keyed by everything the index depends on (:mod:`claimcheck.run.cache`). So
the verdict of a claim on an article whose index came from the cache is the
one kept under the same entry and the claim's :func:`claim_digest`, a digest
of every field of the claim.  With it each article keeps which of its figures
the claim checks (see :class:`~claimcheck.run.coverage.ArticleFigures`),
so coverage needs no match either.

The verdicts of an article live in memory while its index does, and are
written (:meth:`~claimcheck.run.cache.IndexCache.store_verdicts`) when the
index is dropped, if the run added any.
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import hashlib
import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, TypeAlias

import regex

if TYPE_CHECKING:
    from claimcheck.claims import Claim
    from claimcheck.engine.match import Verdict

__all__ = ["Checked", "Digests", "Kept", "claim_digest", "kept_verdicts"]

#: a claim's verdict on an article and the figures of the article it checks
#: (ordinals among the article's figures; None: coverage was off)
Checked: TypeAlias = "tuple[Verdict, tuple[int, ...] | None]"
#: an article's verdicts, by claim digest
Kept: TypeAlias = "dict[str, Checked]"

_PATTERNS = (regex.Pattern, re.Pattern)


class _Unstable(TypeError):
    """A value whose written form could change from one process to the next."""


def _written(value: object, out: Callable[[str], object]) -> None:
    """Write ``value`` in a form that is the same in every process (sets are
    sorted, so hash randomisation does not show)."""
    if value is None or isinstance(value, (bool, int, float, str)):
        out(repr(value))
    elif isinstance(value, enum.Enum):
        out(f"{type(value).__qualname__}.{value.name}")
    elif isinstance(value, (datetime.date, datetime.datetime)):
        out(value.isoformat())
    elif isinstance(value, _PATTERNS):
        out(f"pattern({value.pattern!r},{int(value.flags)})")
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        out(type(value).__qualname__ + "(")
        # every field, those left out of == included (they change how terms
        # match), but no memo (a leading underscore)
        for f in dataclasses.fields(value):
            if not f.name.startswith("_"):
                out(f.name + "=")
                _written(getattr(value, f.name), out)
                out(",")
        out(")")
    elif isinstance(value, (tuple, list)):
        out("(")
        for item in value:
            _written(item, out)
            out(",")
        out(")")
    elif isinstance(value, (frozenset, set)):
        out("{" + ",".join(sorted(_text(item) for item in value)) + "}")
    elif isinstance(value, Mapping):
        items = sorted(f"{_text(k)}:{_text(v)}" for k, v in value.items())
        out("{" + ",".join(items) + "}")
    else:
        raise _Unstable(type(value).__qualname__)


def _text(value: object) -> str:
    parts: list[str] = []
    _written(value, parts.append)
    return "".join(parts)


def claim_digest(claim: Claim) -> str | None:
    """A digest of every field of ``claim``, the same in every process; None
    when a field holds something that has no stable written form (such a
    claim's verdicts are not kept)."""
    digest = hashlib.sha256()
    try:
        _written(claim, lambda part: digest.update(part.encode("utf-8", "replace")))
    except _Unstable:
        return None
    return digest.hexdigest()[:32]


class Digests:
    """Each claim's digest, worked out once (claims are kept with their
    digests, so an id() is never reused while the run lasts)."""

    def __init__(self) -> None:
        self._known: dict[int, tuple[Claim, str | None]] = {}

    def __call__(self, claim: Claim) -> str | None:
        known = self._known.get(id(claim))
        if known is None:
            known = self._known[id(claim)] = (claim, claim_digest(claim))
        return known[1]


def kept_verdicts(payload: object) -> Kept:
    """The verdicts an unpickled entry holds; anything else reads as none."""
    from claimcheck.engine.match import Verdict

    if not isinstance(payload, dict):
        return {}
    kept: Kept = {}
    for digest, checked in payload.items():
        if not (
            isinstance(digest, str)
            and isinstance(checked, tuple)
            and len(checked) == 2
            and isinstance(checked[0], Verdict)
            and (checked[1] is None or isinstance(checked[1], tuple))
        ):
            return {}
        kept[digest] = checked
    return kept
