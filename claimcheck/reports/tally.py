"""What the terminal summary needs from a run's records, in one walk.

A run of 100,000 articles and 20 claims has two million records, read back
from disk (see :mod:`claimcheck.run.store`): each walk decodes every one of
them again.  :class:`RunWalk` walks them once and keeps, in memory that grows
by the article rather than the record, the counts, each claim's and each
article's totals (five small numbers) and the place of each record the
summary lists (three numbers), so that a listed record is decoded again only
to write its line.  Article names are kept packed (:class:`Names`), some 30
bytes an article; a name is made again only when it is shown or sorted.
"""

from __future__ import annotations

import heapq
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
from claimcheck.run.paths import PathList, sorted_places

__all__ = ["Names", "RunWalk", "Tally"]


@final
class Names(Mapping[str, int]):
    """Names numbered in the order met, packed (a :class:`PathList` of
    strings, found again through its table of half hashes); reads as
    name -> number."""

    def __init__(self) -> None:
        self._packed = PathList()
        self._last: tuple[str, int] | None = None

    def __len__(self) -> int:
        return len(self._packed)

    def __iter__(self) -> Iterator[str]:
        return self._packed.each_name()

    def name(self, number: int) -> str:
        """The name numbered ``number``."""
        return self._packed.name(number)

    def __getitem__(self, name: str) -> int:
        number = self._packed.place(name) if isinstance(name, str) else None
        if number is None:
            raise KeyError(name)
        return number

    def add(self, name: str) -> int:
        """The number of ``name``, a new one when it is new."""
        last = self._last
        if last is not None and last[0] == name:
            return last[1]
        number = self._packed.add(name)
        self._last = (name, number)
        return number


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
        self.slots = Names()
        #: two bytes a count while every count fits
        self.counts = array("H")

    def add(self, name: str, column: str) -> int:
        """Count ``name`` in ``column``; its slot."""
        slot = self.slots.add(name)
        width = len(self.columns)
        if slot * width == len(self.counts):
            self.counts.extend([0] * width)
        at = slot * width + self._column[column]
        try:
            self.counts[at] += 1
        except OverflowError:  # past 65,535: four bytes a count from now on
            self.counts = array("I", self.counts)
            self.counts[at] += 1
        return slot

    def tally(self, names: Sequence[str]) -> Tally:
        return Tally(names, self.columns, self.slots, self.counts)


@final
class _Places:
    """Where a listing's records are: three numbers each, in arrays."""

    def __init__(self) -> None:
        self.slots = array("I")
        self.claims = array("I")
        #: four bytes a number while they fit
        self.numbers = array("I")

    def add(self, slot: int, claim: int, number: int) -> None:
        self.slots.append(slot)
        self.claims.append(claim)
        try:
            self.numbers.append(number)
        except OverflowError:
            self.numbers = array("Q", self.numbers)
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
            statuses = self.claim_statuses.get(r["claim"])
            if statuses is None:
                statuses = self.claim_statuses[r["claim"]] = Counter()
            statuses[kind] += 1
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
        self._sorted: list[str] | None = None

    @property
    def article_count(self) -> int:
        """How many articles the records name."""
        return len(self._articles.slots)

    @property
    def articles(self) -> list[str]:
        """The articles, in natural order (every name made again)."""
        if self._sorted is None:
            self._sorted = natural_sorted(self._articles.slots)
        return self._sorted

    def totals(self) -> tuple[Tally, Tally]:
        """Each claim's and each article's totals, in their orders."""
        return self.claim_totals(), self._articles.tally(self.articles)

    def claim_totals(self) -> Tally:
        """Each claim's totals, in claim order."""
        return self._claims.tally(self.claims)

    def column_most(self, column: str) -> int:
        """The largest count of any article in ``column``."""
        counts = self._articles
        width = len(counts.columns)
        at = counts.columns.index(column)
        return max(counts.counts[at::width], default=0)

    def worst_articles(
        self, column: str, limit: int
    ) -> list[tuple[str, dict[str, int]]]:
        """The ``limit`` articles with the largest counts in ``column`` (ties
        to the first in natural order), in natural order, with their totals;
        every article when there are no more than ``limit``."""
        counts, names = self._articles, self._articles.slots
        every = range(self.article_count)
        chosen: list[int] = []
        if len(every) <= limit:
            chosen = list(every)
        elif limit > 0:
            at = counts.columns.index(column)
            values = counts.counts[at :: len(counts.columns)]
            least = heapq.nlargest(limit, values)[-1]
            chosen = [s for s in every if values[s] > least]
            tied = (s for s in every if values[s] == least)
            chosen += heapq.nsmallest(
                limit - len(chosen), tied, key=lambda s: natural_key(names.name(s))
            )
        tally = counts.tally(sorted(map(names.name, chosen), key=natural_key))
        return list(tally.items())

    def listed(self, name: str) -> int:
        """How many records the listing holds."""
        return len(self._listed[name].numbers)

    def read(
        self, name: str, records: Sequence[ResultRecord]
    ) -> Iterator[ResultRecord]:
        """A listing's records by article, then claim (as a reader goes
        through the corpus), read again from ``records``."""
        places = self._listed[name]
        rank = self._article_ranks(places.slots)
        claim_rank = array("I", bytes(4 * len(self._claim_numbers)))
        for n, claim in enumerate(sorted(self._claim_numbers, key=natural_key)):
            claim_rank[self._claim_numbers[claim]] = n
        # the places by article rank (a counting sort), then by claim and
        # record within an article
        ends = array("I", bytes(4 * self.article_count))
        for slot in places.slots:
            ends[rank[slot]] += 1
        for n in range(1, len(ends)):
            ends[n] += ends[n - 1]
        # each place put at the end of its article's run, from the last
        order = array("I", bytes(4 * len(places.slots)))
        for n in range(len(places.slots) - 1, -1, -1):
            r = rank[places.slots[n]]
            ends[r] -= 1
            order[ends[r]] = n
        # now each article's run starts at ends[rank]
        numbers, claims = places.numbers, places.claims
        for r in range(len(ends)):
            stop = ends[r + 1] if r + 1 < len(ends) else len(order)
            same = sorted(
                order[ends[r] : stop],
                key=lambda n: (claim_rank[claims[n]], numbers[n]),
            )
            for n in same:
                yield records[numbers[n]]

    def _article_ranks(self, slots: array[int]) -> array[int]:
        """The natural rank of each article among those at ``slots`` (the
        others' left at 0)."""
        names = self._articles.slots
        wanted = bytearray(self.article_count)
        for slot in slots:
            wanted[slot] = 1
        chosen = array("I", (s for s in range(len(wanted)) if wanted[s]))
        del wanted
        ordered = sorted_places(chosen, natural_key, names.name)
        del chosen
        rank = array("I", bytes(4 * self.article_count))
        for n, slot in enumerate(ordered):
            rank[slot] = n
        return rank
