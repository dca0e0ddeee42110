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
        self._listed: dict[str, list[tuple[int, str, int]]] = {k: [] for k in listings}
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
                    self._listed[name].append((slot, r["claim"], number))
        #: claim ids by assertion file, then id
        self.claims = claim_order(self._claim_places)
        #: the articles, in natural order
        self.articles = sorted(self._articles.slots, key=natural_key)

    def totals(self) -> tuple[Tally, Tally]:
        """Each claim's and each article's totals, in their orders."""
        return self._claims.tally(self.claims), self._articles.tally(self.articles)

    def listed(self, name: str) -> int:
        """How many records the listing holds."""
        return len(self._listed[name])

    def read(
        self, name: str, records: Sequence[ResultRecord]
    ) -> Iterator[ResultRecord]:
        """A listing's records by article, then claim (as a reader goes
        through the corpus), read again from ``records``."""
        rank = array("q", bytes(8 * len(self.articles)))
        for n, article in enumerate(self.articles):
            rank[self._articles.slots[article]] = n
        claim_rank = {
            c: n for n, c in enumerate(sorted(self.claim_statuses, key=natural_key))
        }
        places = self._listed[name]
        places.sort(key=lambda p: (rank[p[0]], claim_rank[p[1]], p[2]))
        for _, _, number in places:
            yield records[number]
