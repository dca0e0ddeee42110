"""Article paths by the hundred thousand: packed, and counted without a map.

A corpus of 100,000 articles as a list of :class:`~pathlib.Path` objects
takes some 70 MB (each path keeps its parts as separate strings), held for
the whole run by the items that read them.  A :class:`PathList` keeps the
same paths in one string, without the folder they all start with, and
where each ends (some 25 bytes an article in a corpus of sharded folders),
and makes a :class:`~pathlib.Path` only when one is asked for; it finds a
path's place through a sorted table of hashes (12 bytes an article, built
on the first question).

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
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import final, overload

__all__ = ["PathList", "Pending"]

#: between two paths; no file name holds it
_SEPARATOR = "\0"
#: names joined, or hashes sorted, at a time
_JOINED = 4096


@final
class PathList(Sequence[Path]):
    """Paths in one string, each read back as a :class:`~pathlib.Path`."""

    __slots__ = ("_ends", "_hashes", "_places", "_prefix", "_text")

    def __init__(self, paths: Iterable[str | os.PathLike[str]] = ()) -> None:
        names = [os.fspath(p) for p in paths]
        #: what every path starts with (a corpus folder), kept once
        self._prefix = _common_start(min(names), max(names)) if names else ""
        cut = len(self._prefix)
        # joined a few thousand at a time: no second list of every name
        self._text = _SEPARATOR.join(
            [
                _SEPARATOR.join([name[cut:] for name in names[i : i + _JOINED]])
                for i in range(0, len(names), _JOINED)
            ]
        )
        ends = array("I" if len(self._text) < 1 << 32 else "q")
        end = -1
        for name in names:
            end += len(name) - cut + 1
            ends.append(end)
        #: where each path ends (the separator after it, or the text's end)
        self._ends = ends
        self._hashes: array[int] | None = None
        self._places: array[int] | None = None

    def __len__(self) -> int:
        return len(self._ends)

    def name(self, index: int) -> str:
        """The path at ``index``, as a string."""
        start = self._ends[index - 1] + 1 if index > 0 else 0
        return self._prefix + self._text[start : self._ends[index]]

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
        if not self._ends:
            return []
        prefix = self._prefix
        return [prefix + name for name in self._text.split(_SEPARATOR)]

    def each_name(self) -> Iterator[str]:
        """Every path, as strings, one at a time."""
        prefix, text, start = self._prefix, self._text, 0
        for end in self._ends:
            yield prefix + text[start:end]
            start = end + 1

    def __iter__(self) -> Iterator[Path]:
        for name in self.each_name():
            yield Path(name)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, PathList):
            return (
                self._prefix == other._prefix
                and self._text == other._text
                and len(self) == len(other)
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
        if self._hashes is None:
            self._index()
        assert self._hashes is not None and self._places is not None
        key = hash(name)
        at = bisect_left(self._hashes, key)
        while at < len(self._hashes) and self._hashes[at] == key:
            place = self._places[at]
            if self.name(place) == name:
                return place
            at += 1
        return None

    def __contains__(self, path: object) -> bool:
        return isinstance(path, str | os.PathLike) and self.place(path) is not None

    def _index(self) -> None:
        hashes = array("q", map(hash, self.each_name()))
        # sorted a few thousand at a time, then merged: no list of every
        # (hash, place) pair
        runs = [
            array(
                "I",
                sorted(range(i, min(i + _JOINED, len(hashes))), key=hashes.__getitem__),
            )
            for i in range(0, len(hashes), _JOINED)
        ]
        self._places = array("I", heapq.merge(*runs, key=hashes.__getitem__))
        self._hashes = array("q", map(hashes.__getitem__, self._places))


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
        #: mark per article once its count was made
        self._lists: list[tuple[PathList, int, bytearray]] = []

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
            self._lists.append((paths, times, bytearray(len(paths))))

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
        for paths, times, counted in self._lists:
            place = paths.place(path)
            if place is not None and not counted[place]:
                counted[place] = 1
                total += times
        return total
