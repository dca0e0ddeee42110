"""Article paths by the hundred thousand: packed, and counted without a map.

A corpus of 100,000 articles as a list of :class:`~pathlib.Path` objects
takes some 70 MB (each path keeps its parts as separate strings), held for
the whole run by the items that read them.  A :class:`PathList` keeps the
same paths a few thousand at a time in one string each, without the folder
the chunk's paths all start with, and where each path ends (some 20 bytes
an article in a corpus of sharded folders); it makes a
:class:`~pathlib.Path` only when one is asked for, and finds a path's place
through an open-addressing table of the paths' half hashes (8 to 16 bytes an
article, built on the first question).  :meth:`PathList.distinct` packs
paths as they come, each once, through that table: the corpus walk keeps
no other map of the paths it found.

:class:`Pending` counts the checks still to read each article, so that its
index is dropped after the last one.  Items of one article are counted per
article; an item that reads a whole list (a claim over the corpus) is
counted once, for the list, and an article's count is made from the lists
that hold it when its first check ends.
"""

from __future__ import annotations

import heapq
import os
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, final, overload

__all__ = ["PathList", "PathRun", "Pending", "checked_place", "sorted_places"]

#: between two paths; no file name holds it
_SEPARATOR = "\0"
#: paths packed into one string
_CHUNK = 4096
#: places sorted with their keys at once, before runs are merged
_RUN = 1024
#: the half of a hash kept (a match is confirmed by the name itself)
_LOW = 0xFFFFFFFF


@final
class PathList(Sequence[Path]):
    """Paths packed in strings, each read back as a :class:`~pathlib.Path`."""

    __slots__ = ("_chunks", "_ends", "_hashes", "_open", "_table")

    def __init__(self, paths: Iterable[str | os.PathLike[str]] = ()) -> None:
        #: each full chunk: what its paths start with, and the rest of each
        #: joined by separators
        self._chunks: list[tuple[str, str]] = []
        #: where each path ends in its chunk's string
        self._ends = array("I")
        #: the paths of the chunk being filled (empty once built)
        self._open: list[str] = []
        #: each path's half hash, and the open-addressing table of places
        #: (-1 for an empty cell); None until a place is asked for
        self._hashes: array[int] | None = None
        self._table: array[int] | None = None
        for path in paths:
            self._append(os.fspath(path))
        self._close()

    @classmethod
    def distinct(cls, paths: Iterable[str]) -> PathList:
        """``paths`` each once, where it first stands."""
        packed = cls()
        for name in paths:
            packed.add(name)
        packed._close()
        return packed

    def add(self, name: str) -> int:
        """The place of ``name``, appended at the end when it is not there."""
        if self._table is None:
            self._index()
        assert self._table is not None and self._hashes is not None
        key = hash(name) & _LOW
        cell, place = self._find(name, key)
        if place < 0:
            place = len(self)
            self._table[cell] = place
            self._hashes.append(key)
            self._append(name)
            if 2 * len(self) > len(self._table):
                self._grow()
        return place

    def _append(self, name: str) -> None:
        self._open.append(name)
        if len(self._open) == _CHUNK:
            self._pack()

    def _close(self) -> None:
        if self._open:
            self._pack()

    def _pack(self) -> None:
        """Pack the open chunk."""
        names = self._open
        start = _common_start(min(names), max(names))
        cut = len(start)
        end = -1
        for name in names:
            end += len(name) - cut + 1
            self._ends.append(end)
        self._chunks.append((start, _SEPARATOR.join([n[cut:] for n in names])))
        self._open = []

    def __len__(self) -> int:
        return len(self._ends) + len(self._open)

    def name(self, index: int) -> str:
        """The path at ``index``, as a string."""
        chunk, at = divmod(index, _CHUNK)
        if chunk == len(self._chunks):
            return self._open[at]
        start, text = self._chunks[chunk]
        begin = self._ends[index - 1] + 1 if at else 0
        return start + text[begin : self._ends[index]]

    @overload
    def __getitem__(self, index: int) -> Path: ...

    @overload
    def __getitem__(self, index: slice) -> PathList: ...

    def __getitem__(self, index: int | slice) -> Path | PathList:
        if isinstance(index, slice):
            return PathList(self.name(i) for i in range(*index.indices(len(self))))
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("path index out of range")
        return Path(self.name(index))

    def names(self) -> list[str]:
        """Every path, as strings."""
        return list(self.each_name())

    def each_name(self) -> Iterator[str]:
        """Every path, as strings, one at a time."""
        for start, text in self._chunks:
            for rest in text.split(_SEPARATOR):
                yield start + rest
        yield from self._open

    def __iter__(self) -> Iterator[Path]:
        for name in self.each_name():
            yield Path(name)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, PathList):
            # packed alike, the same paths in the same order make the same
            # chunks; a list still open is read name by name
            return len(self) == len(other) and (
                (self._chunks == other._chunks and self._open == other._open)
                or all(
                    a == b
                    for a, b in zip(self.each_name(), other.each_name(), strict=True)
                )
            )
        if isinstance(other, Sequence) and not isinstance(other, str):
            return len(self) == len(other) and all(
                a == b for a, b in zip(self, other, strict=True)
            )
        return NotImplemented

    #: a list that compares by value
    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"PathList({len(self)} paths)"

    def place(self, path: str | os.PathLike[str]) -> int | None:
        """Where ``path`` first stands in the list; None when it is not there."""
        name = os.fspath(path)
        if self._table is None:
            self._index()
        place = self._find(name, hash(name) & _LOW)[1]
        return None if place < 0 else place

    def __contains__(self, path: object) -> bool:
        return isinstance(path, str | os.PathLike) and self.place(path) is not None

    def _find(self, name: str, key: int) -> tuple[int, int]:
        """The cell of ``name`` in the table and its first place (-1: absent)."""
        table, hashes = self._table, self._hashes
        assert table is not None and hashes is not None
        mask = len(table) - 1
        cell = key & mask
        while True:
            place = table[cell]
            if place < 0 or (hashes[place] == key and self.name(place) == name):
                return cell, place
            cell = (cell + 1) & mask

    def _index(self) -> None:
        """The table of every path's first place."""
        self._hashes = array("I", (hash(n) & _LOW for n in self.each_name()))
        size = 8
        while size < 2 * len(self):
            size *= 2
        self._table = array("i", [-1]) * size
        self._fill()

    def _grow(self) -> None:
        assert self._table is not None
        self._table = array("i", [-1]) * (2 * len(self._table))
        self._fill()

    def _fill(self) -> None:
        """Put every place in the table, the first of equal paths first."""
        table, hashes = self._table, self._hashes
        assert table is not None and hashes is not None
        mask = len(table) - 1
        for place, key in enumerate(hashes):
            cell = key & mask
            while table[cell] >= 0:
                if hashes[table[cell]] == key and self.name(table[cell]) == self.name(
                    place
                ):
                    break
                cell = (cell + 1) & mask
            else:
                table[cell] = place


def checked_place(index: int, size: int, what: str) -> int:
    """``index`` of a sequence of ``size`` as a place from its start
    (negative counts from the end); IndexError outside it."""
    place = index + size if index < 0 else index
    if not 0 <= place < size:
        raise IndexError(f"{what} index out of range")
    return place


@final
class PathRun(Sequence[Path]):
    """Consecutive paths of a :class:`PathList`, by their places: a ``Path``
    made each time one is read.

    An article item holds its articles for the whole run; as a ``Path`` of
    its own that is some 400 bytes an article (its parts each a string), as
    places in the list the items of its file share, 64 bytes an item,
    whether it checks one article or a run of them.
    """

    __slots__ = ("paths", "start", "stop")

    def __init__(self, paths: PathList, start: int, stop: int) -> None:
        self.paths = paths
        self.start = start
        self.stop = stop

    def __len__(self) -> int:
        return self.stop - self.start

    @overload
    def __getitem__(self, index: int) -> Path: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Path]: ...

    def __getitem__(self, index: int | slice) -> Path | Sequence[Path]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        place = self.start + checked_place(index, len(self), "path")
        return Path(self.paths.name(place))


def sorted_places(
    places: Sequence[int],
    key: Callable[[Any], Any],
    item: Callable[[int], Any] = lambda place: place,
) -> Iterator[int]:
    """``sorted(places, key=lambda p: key(item(p)))``, one place at a time:
    sorted a run of places at a time, then the runs merged (both stable), so
    keys are made for one run at a time, never for every place at once."""

    def order(place: int) -> Any:
        return key(item(place))

    runs = [
        array("I", sorted(places[i : i + _RUN], key=order))
        for i in range(0, len(places), _RUN)
    ]
    return heapq.merge(*runs, key=order)


def _common_start(first: str, last: str) -> str:
    """The characters ``first`` and ``last`` start with (those of every
    string between them, in sorted order)."""
    size = 0
    for one, other in zip(first, last, strict=False):
        if one != other:
            break
        size += 1
    return first[:size]


@final
class Pending:
    """How many more checks will read each article."""

    def __init__(self) -> None:
        #: articles whose first check has ended: the checks still to come
        self._counts: dict[Path, int] = {}
        #: checks expected of single articles not yet started
        self._loose: dict[Path, int] = {}
        #: lists each of whose articles ``times`` checks will read, with a
        #: mark per article once its count was made (the items of one
        #: corpus share one list: one entry, one byte an article)
        self._lists: list[_ListCount] = []

    def __bool__(self) -> bool:
        return bool(self._counts or self._loose or self._lists)

    def expect(self, path: Path, times: int = 1) -> None:
        """``times`` more checks will read ``path``."""
        if path in self._counts:
            self._counts[path] += times
        else:
            self._loose[path] = self._loose.get(path, 0) + times

    def expect_each(self, paths: PathList, times: int) -> None:
        """``times`` more checks will read each article of ``paths``."""
        if times > 0 and len(paths):
            for counted in self._lists:
                if not counted.started and (
                    counted.paths is paths or counted.paths == paths
                ):
                    counted.times += times
                    return
            self._lists.append(_ListCount(paths, times, bytearray(len(paths))))

    def done(self, path: Path) -> bool:
        """One check of ``path`` ended: whether it was the last one expected
        (False for an article no check was expected of)."""
        left = self._counts.get(path)
        if left is None:
            left = self._loose.pop(path, 0) + self._from_lists(path)
            if left <= 0:
                return False
        left -= 1
        if left > 0:
            self._counts[path] = left
            return False
        self._counts.pop(path, None)
        return True

    def _from_lists(self, path: Path) -> int:
        """The checks the lists expect of ``path``, counted once."""
        total = 0
        for counted in self._lists:
            place = counted.paths.place(path)
            if place is not None and not counted.marks[place]:
                counted.marks[place] = 1
                counted.started = True
                total += counted.times
        return total


@dataclass(slots=True)
class _ListCount:
    """A list each of whose articles ``times`` checks will read, and a mark
    per article once its count was made."""

    paths: PathList
    times: int
    marks: bytearray
    #: some article's count was made: later checks are a list of their own
    started: bool = False
