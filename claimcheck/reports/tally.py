"""A run's totals and listings in memory that grows by the name, not the record.

A run of 100,000 articles and 20 claims has two million records, read back
from disk (see :mod:`claimcheck.run.store`).  The terminal summary needs
each claim's and each article's totals and the discrepancies in reading
order: :class:`Tally` keeps the counts of every name in one array, and
:class:`Places` the place of each listed record as three numbers, so that a
record is decoded again only to write its line.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Mapping, Sequence
from typing import final

from claimcheck.reports.records import ResultRecord, natural_key

__all__ = ["Places", "Tally"]


@final
class Tally(Mapping[str, dict[str, int]]):
    """Counts per name and column, in one array; reads as name -> counts."""

    def __init__(self, names: Sequence[str], columns: Sequence[str]) -> None:
        self.names = names
        self.columns = tuple(columns)
        self._column = {c: i for i, c in enumerate(self.columns)}
        self._rank = {n: i for i, n in enumerate(names)}
        self._counts = array("q", bytes(8 * len(self.columns) * len(names)))

    def add(self, name: str, column: str) -> None:
        self._counts[self._rank[name] * len(self.columns) + self._column[column]] += 1

    def rank(self, name: str) -> int:
        """The name's place in :attr:`names`."""
        return self._rank[name]

    def __getitem__(self, name: str) -> dict[str, int]:
        at = self._rank[name] * len(self.columns)
        counts = self._counts[at : at + len(self.columns)]
        return dict(zip(self.columns, counts, strict=True))

    def __iter__(self) -> Iterator[str]:
        return iter(self.names)

    def __len__(self) -> int:
        return len(self.names)


@final
class Places:
    """Records to list by article, then claim (as a reader goes through the
    corpus): each kept as its article's and claim's ranks and its number."""

    def __init__(self, articles: Tally, claims: Sequence[str]) -> None:
        self._articles = articles
        ordered = sorted(set(claims), key=natural_key)
        self._claim_rank = {c: i for i, c in enumerate(ordered)}
        self._places: list[tuple[int, int, int]] = []

    def add(self, record: ResultRecord, number: int) -> None:
        self._places.append(
            (
                self._articles.rank(record["article"]),
                self._claim_rank[record["claim"]],
                number,
            )
        )

    def __len__(self) -> int:
        return len(self._places)

    def read(self, records: Sequence[ResultRecord]) -> Iterator[ResultRecord]:
        """The records listed, in order, read again from ``records``."""
        self._places.sort()
        for _, _, number in self._places:
            yield records[number]
