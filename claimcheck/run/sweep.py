"""Items that each read every article, checked article by article.

With ``--claimcheck-granularity=claim`` every item checks one claim against
every article.  Run one after the other, each item would need every index
again, so all of them would stay in memory to the end of the run (tens of
kilobytes an article, gigabytes on a large corpus).  A :class:`Sweep` turns
the loops around: the first such item to run checks the pairs of every
planned item, article by article, so that each index is built, used by every
claim, and released before the next one is read; each item then reports the
checks kept for it, on disk until then.

Each claim's checks are written to its own run of a shared temporary file, in
chunks of many checks framed by their lengths, and read back in the order
they were written: memory keeps where each chunk starts, not a place per
check (a corpus of 100,000 articles and 20 claims has two million).

Under pytest-xdist a worker does not know which items it will be sent, so
there the items walk the articles themselves (see :mod:`claimcheck.run.share`).
"""

from __future__ import annotations

import os
import pickle
import struct
import tempfile
from array import array
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast, final

from claimcheck.claims import Claim
from claimcheck.errors import ArticleSkipped
from claimcheck.run.pairs import PairGrid
from claimcheck.run.results import PairCheck

__all__ = ["Check", "PairResult", "Sweep", "check_one"]

#: one pair checked: its result; None for a skipped article; or the error
#: its item raises at the pair's place
PairResult = PairCheck | Exception | None

#: checks one (claim, article) pair for an assertion file (as shown)
Check = Callable[[Claim, Path, str], PairCheck]

#: a check's frame: the article's place in its list, then the length of the
#: pickled check (or one of the marks below)
_FRAME = struct.Struct("<iI")
#: the frame of a skipped article, and of a pair whose check raised
_SKIPPED = 0xFFFFFFFF
_RAISED = 0xFFFFFFFE

#: the memory all claims' unwritten chunks may take together, and the bounds
#: of one chunk
_BUFFERS = 1 << 21
_SMALLEST, _LARGEST = 1 << 12, 1 << 18


@final
class _Spool:
    """A temporary file that chunks are appended to and read back from."""

    def __init__(self) -> None:
        self._file: Any = None
        self.end = 0

    def write(self, data: bytes | bytearray) -> int:
        """Append ``data``; where it starts."""
        if self._file is None:
            # open for the sweep's life; closed by close() or at exit
            self._file = tempfile.TemporaryFile(prefix="claimcheck-sweep-")  # noqa: SIM115
        self._file.write(data)
        at, self.end = self.end, self.end + len(data)
        return at

    def read(self, at: int, size: int) -> bytes:
        self._file.flush()
        return os.pread(self._file.fileno(), size, at)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def __del__(self) -> None:
        self.close()


@dataclass(slots=True)
class _Row:
    """One claim of a planned item over the articles of its group: its
    checks, framed, in chunks on the spool and the last one in memory."""

    claim: Claim
    shown: str
    #: where each written chunk starts on the spool, and its size
    starts: array[int] = field(default_factory=lambda: array("q"))
    sizes: array[int] = field(default_factory=lambda: array("q"))
    buffer: bytearray = field(default_factory=bytearray)
    #: the errors, by article place
    errors: dict[int, Exception] = field(default_factory=dict)
    #: the last article place written; whether places came in order
    last: int = -1
    ordered: bool = True

    def add(self, j: int, result: PairResult) -> None:
        """Frame the check of the article at place ``j``."""
        if isinstance(result, PairCheck):
            data = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
            self.buffer += _FRAME.pack(j, len(data))
            self.buffer += data
        elif result is None:
            self.buffer += _FRAME.pack(j, _SKIPPED)
        else:
            self.errors[j] = result
            self.buffer += _FRAME.pack(j, _RAISED)
        self.ordered = self.ordered and j > self.last
        self.last = j

    def spill(self, spool: _Spool) -> None:
        """Write the chunk in memory to the spool."""
        if self.buffer:
            self.starts.append(spool.write(self.buffer))
            self.sizes.append(len(self.buffer))
            self.buffer = bytearray()

    def hand_out(self, spool: _Spool) -> Iterator[PairResult]:
        """The checks, by article place."""
        self.spill(spool)
        if self.ordered:
            for at, size in zip(self.starts, self.sizes, strict=True):
                for j, _, body in _frames(spool.read(at, size)):
                    yield self._result(j, body)
            return
        # articles came in another order (corpora that share them): where
        # each frame is, sorted by place, for this claim only
        places, starts, sizes = array("q"), array("q"), array("q")
        for at, size in zip(self.starts, self.sizes, strict=True):
            for j, offset, body in _frames(spool.read(at, size)):
                places.append(j)
                starts.append(at + offset)
                sizes.append(
                    _FRAME.size + (len(body) if isinstance(body, memoryview) else 0)
                )
        for n in sorted(range(len(places)), key=places.__getitem__):
            data = spool.read(starts[n], sizes[n])
            for j, _, body in _frames(data):
                yield self._result(j, body)

    def _result(self, j: int, body: memoryview | int) -> PairResult:
        if isinstance(body, memoryview):
            return cast(PairCheck, pickle.loads(body))
        return self.errors.pop(j) if body == _RAISED else None


def _frames(data: bytes) -> Iterator[tuple[int, int, memoryview | int]]:
    """Each frame of a chunk: the article place, where the frame starts, and
    the pickled check or its mark."""
    view = memoryview(data)
    at, end, head = 0, len(data), _FRAME.size
    while at < end:
        j, length = _FRAME.unpack_from(view, at)
        if length >= _RAISED:
            yield j, at, length
            at += head
        else:
            yield j, at, view[at + head : at + head + length]
            at += head + length


@final
class Sweep:
    """The pairs of many items, checked article-major on first demand."""

    def __init__(self) -> None:
        self._plans: dict[Hashable, tuple[PairGrid, str]] = {}
        #: each planned item's claims, once checked
        self._results: dict[Hashable, list[_Row]] = {}
        #: the checks themselves wait on disk, a couple of kilobytes each
        self._spool = _Spool()
        #: the size past which a claim's chunk is written
        self._chunk = _LARGEST

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

    def _hand_out(self, rows: list[_Row]) -> Iterator[PairResult]:
        for row in rows:
            yield from row.hand_out(self._spool)
        if not self._results:
            self._spool.close()

    def _run(self, check: Check, done: Callable[[Path], None]) -> None:
        chunk, spool = self._chunk, self._spool
        for path, uses in self._walk():
            for row, j in uses:
                row.add(j, check_one(check, row.claim, path, row.shown, done))
                if len(row.buffer) >= chunk:
                    row.spill(spool)

    def _groups(self) -> list[tuple[Sequence[Path], list[_Row]]]:
        """The planned claims, grouped by the article list they read (the
        files of one corpus read one list)."""
        groups: list[tuple[Sequence[Path], list[_Row]]] = []
        for key, (grid, shown) in self._plans.items():
            own = self._results[key] = [_Row(claim, shown) for claim in grid.claims]
            rows = next((r for a, r in groups if _same(a, grid.articles)), None)
            if rows is None:
                rows = []
                groups.append((grid.articles, rows))
            rows.extend(own)
        self._plans.clear()
        count = sum(len(rows) for _, rows in groups)
        self._chunk = max(_SMALLEST, min(_LARGEST, _BUFFERS // max(count, 1)))
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
