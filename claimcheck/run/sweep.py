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

from collections.abc import Callable, Hashable, Sequence
from pathlib import Path
from typing import final

from claimcheck.claims import Claim
from claimcheck.errors import ArticleSkipped
from claimcheck.run.results import PairCheck
from claimcheck.run.store import PickleStore

__all__ = ["Check", "PairResult", "Sweep", "check_one"]

#: one pair checked: its result; None for a skipped article; or the error
#: its item raises at the pair's place
PairResult = PairCheck | Exception | None

#: checks one (claim, article) pair for an assertion file (as shown)
Check = Callable[[Claim, Path, str], PairCheck]


@final
class Sweep:
    """The pairs of many items, checked article-major on first demand."""

    def __init__(self) -> None:
        self._plans: dict[Hashable, tuple[Sequence[tuple[Claim, Path]], str]] = {}
        #: each planned item's pairs: a check's place in the store, or what
        #: stays in memory (None, an error)
        self._results: dict[Hashable, list[int | Exception | None]] = {}
        #: the checks themselves wait on disk, a couple of kilobytes each
        self._store: PickleStore[PairCheck] = PickleStore()

    def __contains__(self, key: Hashable) -> bool:
        return key in self._plans or key in self._results

    def plan(
        self, key: Hashable, pairs: Sequence[tuple[Claim, Path]], shown: str
    ) -> None:
        """Note an item (by ``key``) whose pairs the sweep will check;
        ``shown`` is its assertion file as reports show it."""
        self._plans[key] = (pairs, shown)

    def take(
        self, key: Hashable, check: Check, done: Callable[[Path], None]
    ) -> list[PairResult]:
        """The results of item ``key``'s pairs, in its order.

        The first call checks every planned item's pairs: each article in
        turn, by every claim that reads it, calling ``done`` after each pair
        (so the article's index is released after its last one).  Results
        are handed out once.
        """
        if key not in self._results:
            self._run(check, done)
        slots = self._results.pop(key)
        results = [self._store[s] if isinstance(s, int) else s for s in slots]
        if not self._results:
            self._store.close()
        return results

    def _run(self, check: Check, done: Callable[[Path], None]) -> None:
        jobs: dict[Path, list[tuple[list[int | Exception | None], int, Claim, str]]]
        jobs = {}
        for key, (pairs, shown) in self._plans.items():
            slots: list[int | Exception | None] = [None] * len(pairs)
            self._results[key] = slots
            for i, (claim, path) in enumerate(pairs):
                jobs.setdefault(path, []).append((slots, i, claim, shown))
        self._plans.clear()
        for path, on_article in jobs.items():
            for slots, i, claim, shown in on_article:
                result = check_one(check, claim, path, shown, done)
                if isinstance(result, PairCheck):
                    slots[i] = len(self._store)
                    self._store.extend([result])
                else:
                    slots[i] = result


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
