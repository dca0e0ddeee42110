"""Items that each read every article, checked article by article.

With ``--claimcheck-granularity=claim`` every item checks one claim against
every article.  Run one after the other, each item would need every index
again, so all of them would stay in memory to the end of the run (tens of
kilobytes an article, gigabytes on a large corpus).  A :class:`Sweep` turns
the loops around: the first such item to run checks the pairs of every
planned item, article by article, so that each index is built, used by every
claim, and released before the next one is read; each item then reports the
checks kept for it, on disk until then (see :mod:`claimcheck.run.store`).

Under pytest-xdist a worker does not know which items it will be sent, so
there the items walk the articles themselves (see :mod:`claimcheck.run.share`).
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import final

from claimcheck.claims import Claim
from claimcheck.errors import ArticleSkipped
from claimcheck.run.pairs import PairGrid
from claimcheck.run.results import PairCheck
from claimcheck.run.store import PickleStore

__all__ = ["Check", "PairResult", "Sweep", "check_one"]

#: one pair checked: its result; None for a skipped article; or the error
#: its item raises at the pair's place
PairResult = PairCheck | Exception | None

#: checks one (claim, article) pair for an assertion file (as shown)
Check = Callable[[Claim, Path, str], PairCheck]

#: a pair's slot when its article was skipped, or when it raised
_SKIPPED = -1
_RAISED = -2


@dataclass(slots=True)
class _Slots:
    """Where an item's checks wait: a place in the store per pair (4 bytes),
    or a mark; the errors, by pair."""

    at: array[int]
    errors: dict[int, Exception] = field(default_factory=dict)


@dataclass(slots=True)
class _Row:
    """One claim of a planned item, over the articles of its group."""

    claim: Claim
    shown: str
    slots: _Slots
    #: the pair number of the row's first article in its item
    offset: int


@final
class Sweep:
    """The pairs of many items, checked article-major on first demand."""

    def __init__(self) -> None:
        self._plans: dict[Hashable, tuple[PairGrid, str]] = {}
        #: each planned item's pairs, once checked
        self._results: dict[Hashable, _Slots] = {}
        #: the checks themselves wait on disk, a couple of kilobytes each
        self._store: PickleStore[PairCheck] = PickleStore()

    def __contains__(self, key: Hashable) -> bool:
        return key in self._plans or key in self._results

    def plan(self, key: Hashable, pairs: PairGrid, shown: str) -> None:
        """Note an item (by ``key``) whose pairs the sweep will check;
        ``shown`` is its assertion file as reports show it."""
        self._plans[key] = (pairs, shown)

    def take(
        self, key: Hashable, check: Check, done: Callable[[Path], None]
    ) -> Iterator[PairResult]:
        """The results of item ``key``'s pairs, in its order, read back one
        at a time.

        The first call checks every planned item's pairs: each article in
        turn, by every claim that reads it, calling ``done`` after each pair
        (so the article's index is released after its last one).  Results
        are handed out once.
        """
        if key not in self._results:
            self._run(check, done)
        return self._hand_out(self._results.pop(key))

    def _hand_out(self, slots: _Slots) -> Iterator[PairResult]:
        store = self._store
        for i, at in enumerate(slots.at):
            if at >= 0:
                yield store[at]
            else:
                yield slots.errors.pop(i) if at == _RAISED else None
        if not self._results:
            store.close()

    def _run(self, check: Check, done: Callable[[Path], None]) -> None:
        for path, uses in self._walk():
            for row, j in uses:
                self._check(check, row, j, path, done)

    def _groups(self) -> list[tuple[Sequence[Path], list[_Row]]]:
        """The planned claims, grouped by the article list they read (the
        files of one corpus read one list)."""
        groups: list[tuple[Sequence[Path], list[_Row]]] = []
        for key, (grid, shown) in self._plans.items():
            slots = _Slots(array("i", [0]) * len(grid))
            self._results[key] = slots
            rows = next((r for a, r in groups if _same(a, grid.articles)), None)
            if rows is None:
                rows = []
                groups.append((grid.articles, rows))
            width = len(grid.articles)
            rows.extend(
                _Row(claim, shown, slots, n * width)
                for n, claim in enumerate(grid.claims)
            )
        self._plans.clear()
        return groups

    def _walk(self) -> Iterator[tuple[Path, Iterable[tuple[_Row, int]]]]:
        """Each article once, with the claims (and its place in their list)
        that read it."""
        groups = self._groups()
        if len(groups) == 1:
            articles, rows = groups[0]
            for j, path in enumerate(articles):
                yield path, ((row, j) for row in rows)
            return
        # corpora that share articles: each article once, by every claim of
        # every group that reads it
        where: dict[Path, list[tuple[_Row, int]]] = {}
        for articles, rows in groups:
            for j, path in enumerate(articles):
                where.setdefault(path, []).extend((row, j) for row in rows)
        yield from where.items()

    def _check(
        self, check: Check, row: _Row, j: int, path: Path, done: Callable[[Path], None]
    ) -> None:
        result = check_one(check, row.claim, path, row.shown, done)
        i = row.offset + j
        if isinstance(result, PairCheck):
            row.slots.at[i] = len(self._store)
            self._store.extend([result])
        elif result is None:
            row.slots.at[i] = _SKIPPED
        else:
            row.slots.at[i] = _RAISED
            row.slots.errors[i] = result


def _same(one: Sequence[Path], other: Sequence[Path]) -> bool:
    return one is other or (len(one) == len(other) and one == other)


def check_one(
    check: Check,
    claim: Claim,
    path: Path,
    shown: str,
    done: Callable[[Path], None],
) -> PairResult:
    """One pair checked as an item of many pairs reports it; ``done`` after."""
    try:
        return check(claim, path, shown)
    except ArticleSkipped:
        return None  # listed under "claimcheck warnings"
    except Exception as exc:  # raised by the item, at its pair's place
        return exc
    finally:
        done(path)
