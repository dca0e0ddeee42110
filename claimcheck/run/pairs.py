"""The (claim, article) pairs of an item that checks many: a grid, not a list.

A claim item of a corpus of 100,000 articles has 100,000 pairs; as a list
of tuples that is some 7 MB an item, for what two lists already say.  A
:class:`PairGrid` is every claim of ``claims`` against every article of
``articles``, claim by claim, and shares both lists with the other items
of its assertion file.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import product
from pathlib import Path
from typing import final, overload

from claimcheck.claims import Claim
from claimcheck.run.paths import checked_place

__all__ = ["PairGrid"]


@final
class PairGrid(Sequence[tuple[Claim, Path]]):
    """Each claim against each article: ``(claims[0], articles[0])``,
    ``(claims[0], articles[1])`` ... then the next claim."""

    __slots__ = ("articles", "claims")

    def __init__(self, claims: Sequence[Claim], articles: Sequence[Path]) -> None:
        self.claims = claims
        self.articles = articles

    def __len__(self) -> int:
        return len(self.claims) * len(self.articles)

    @overload
    def __getitem__(self, index: int) -> tuple[Claim, Path]: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[tuple[Claim, Path]]: ...

    def __getitem__(
        self, index: int | slice
    ) -> tuple[Claim, Path] | Sequence[tuple[Claim, Path]]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        place = checked_place(index, len(self), "pair")
        row, column = divmod(place, len(self.articles))
        return self.claims[row], self.articles[column]

    def __iter__(self) -> Iterator[tuple[Claim, Path]]:
        return product(self.claims, self.articles)

    def uses(self) -> Iterator[tuple[Path, int]]:
        """Each article once, with how many of the grid's pairs read it."""
        times = len(self.claims)
        if times:
            for article in self.articles:
                yield article, times
