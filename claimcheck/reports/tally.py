"""What the terminal summary needs from a run's records, in one walk.

A run of 100,000 articles and 20 claims has two million records, read back
from disk (see :mod:`claimcheck.run.store`): each walk decodes every one of
them again.  :class:`RunWalk` walks them once and keeps, in memory that grows
by the name rather than the record, the claims and articles, the counts, each
claim's and each article's totals (one array) and the place of each record
the summary lists (three numbers), so that a listed record is decoded again
only to write its line.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import final

from claimcheck.reports.records import (
    ResultRecord,
    Status,
    claim_order,
    natural_key,
    natural_sorted,
    status,
)

__all__ = ["RunWalk", "Tally"]


@final
class Tally(Mapping[str, dict[str, int]]):
    """Counts per name and column in one array; reads as name -> counts, in
    the order of ``names``."""

    def __init__(
        self,
        names: Sequence[str],
        columns: Sequence[str],
        slots: Mapping[str, int],
        counts: array[int],
    ) -> None:
        self.names = names
        self.columns = tuple(columns)
        self._slots = slots
        self._counts = counts

    def __getitem__(self, name: str) -> dict[str, int]:
        width = len(self.columns)
        at = self._slots[name] * width
        counts = self._counts[at : at + width]
        return dict(zip(self.columns, counts, strict=True))

    def __iter__(self) -> Iterator[str]:
        return iter(self.names)

    def __len__(self) -> int:
        return len(self.names)


class _Counts:
    """Counts per name, by column, as names come."""

    def __init__(self, columns: Sequence[str]) -> None:
        self.columns = tuple(columns)
        self._column = {c: i for i, c in enumerate(self.columns)}
        self.slots: dict[str, int] = {}
        self.counts = array("q")

    def add(self, name: str, column: str) -> int:
        """Count ``name`` in ``column``; its slot."""
        slot = self.slots.get(name)
        if slot is None:
            slot = self.slots[name] = len(self.slots)
            self.counts.extend([0] * len(self.columns))
        self.counts[slot * len(self.columns) + self._column[column]] += 1
        return slot

    def tally(self, names: Sequence[str]) -> Tally:
        return Tally(names, self.columns, self.slots, self.counts)


@final
class _Places:
    """Where a listing's records are: three numbers each, in arrays."""

    def __init__(self) -> None:
        self.slots = array("q")
        self.claims = array("q")
        self.numbers = array("q")

    def add(self, slot: int, claim: int, number: int) -> None:
        self.slots.append(slot)
        self.claims.append(claim)
        self.numbers.append(number)


@final
class RunWalk:
    """One walk over a run's records.

    ``columns`` are the totals' columns, ``column`` gives a record's column
    (from it and its status), and ``listings`` name the statuses each listing
    keeps (in the order given).
    """

    def __init__(
        self,
        records: Sequence[ResultRecord],
        *,
        columns: Sequence[str],
        column: Callable[[ResultRecord, Status], str],
        listings: Mapping[str, Callable[[Status], bool]],
    ) -> None:
        #: (assertion file, claim) pairs, as met
        self._claim_places: dict[tuple[str, str], None] = {}
        self._claims = _Counts(columns)
        self._articles = _Counts(columns)
        #: verdicts and statuses of the whole run
        self.verdicts: Counter[str] = Counter()
        self.statuses: Counter[Status] = Counter()
        #: each claim's statuses
        self.claim_statuses: dict[str, Counter[Status]] = {}
        #: each listing's records as (article slot, claim number, record
        #: number), three arrays
        self._listed = {k: _Places() for k in listings}
        #: the claims met, numbered
        self._claim_numbers: dict[str, int] = {}
        for number, r in enumerate(records):
            kind = status(r)
            self._claim_places[(r["file"], r["claim"])] = None
            self.verdicts[r["verdict"]] += 1
            self.statuses[kind] += 1
            self.claim_statuses.setdefault(r["claim"], Counter())[kind] += 1
            where = column(r, kind)
            self._claims.add(r["claim"], where)
            slot = self._articles.add(r["article"], where)
            for name, wanted in listings.items():
                if wanted(kind):
                    claim = self._claim_numbers.setdefault(
                        r["claim"], len(self._claim_numbers)
                    )
                    self._listed[name].add(slot, claim, number)
        #: claim ids by assertion file, then id
        self.claims = claim_order(self._claim_places)
        #: the articles, in natural order
        self.articles = natural_sorted(self._articles.slots)

    def totals(self) -> tuple[Tally, Tally]:
        """Each claim's and each article's totals, in their orders."""
        return self._claims.tally(self.claims), self._articles.tally(self.articles)

    def listed(self, name: str) -> int:
        """How many records the listing holds."""
        return len(self._listed[name].numbers)

    def read(
        self, name: str, records: Sequence[ResultRecord]
    ) -> Iterator[ResultRecord]:
        """A listing's records by article, then claim (as a reader goes
        through the corpus), read again from ``records``."""
        rank = array("q", bytes(8 * len(self.articles)))
        for n, article in enumerate(self.articles):
            rank[self._articles.slots[article]] = n
        by_name = sorted(self._claim_numbers, key=natural_key)
        claim_rank = array("q", bytes(8 * len(by_name)))
        for n, claim in enumerate(by_name):
            claim_rank[self._claim_numbers[claim]] = n
        places = self._listed[name]
        # one number a place, ordered as (article rank, claim rank, record)
        count, claims = len(records) or 1, len(by_name) or 1
        keys = sorted(
            (rank[slot] * claims + claim_rank[claim]) * count + number
            for slot, claim, number in zip(
                places.slots, places.claims, places.numbers, strict=True
            )
        )
        for key in keys:
            yield records[key % count]
