"""The one sort order of every report: runs of digits compare as numbers."""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterable

__all__ = ["NaturalPiece", "natural_key", "natural_sorted"]

_DIGITS = re.compile(r"(\d+)")

#: a piece of a natural sort key: numbers sort before text at one place,
#: as digits sort before letters
NaturalPiece = tuple[int, int, str]


def natural_key(*texts: str) -> tuple[tuple[NaturalPiece, ...], ...]:
    """The one sort key of every report: runs of digits compare as numbers.

    ``2_a`` sorts before ``10_a`` and ``100_a`` after it; ties between equal
    numbers (``01`` and ``1``) and letter case fall back to the text itself,
    so the order is total and stable.  Several texts sort as a tuple.
    """
    return tuple(_natural(text) for text in texts)


#: names sorted with their keys at once, before runs are merged
_RUN = 4096


def natural_sorted(texts: Iterable[str]) -> list[str]:
    """``sorted(texts, key=natural_key)``, without every key alive at once.

    A key is a few hundred bytes: those of 100,000 article names would take
    some 70 MB.  Runs of a few thousand are sorted with their keys, then
    merged (a key made again for each name as it is merged).
    """
    texts = list(texts)
    if len(texts) <= _RUN:
        return sorted(texts, key=natural_key)
    runs = [
        sorted(texts[i : i + _RUN], key=natural_key) for i in range(0, len(texts), _RUN)
    ]
    return list(heapq.merge(*runs, key=natural_key))


def _natural(text: str) -> tuple[NaturalPiece, ...]:
    pieces: list[NaturalPiece] = []
    for i, piece in enumerate(_DIGITS.split(text)):
        if i % 2:
            pieces.append((0, int(piece), piece))
        elif piece:
            pieces.append((1, 0, piece.casefold()))
    pieces.append((2, 0, text))
    return tuple(pieces)
