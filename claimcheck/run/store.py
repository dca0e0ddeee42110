"""The run's verdict records, kept on disk instead of in memory.

A record is a dict of a couple of kilobytes in memory (its evidence quotes
the sentence); a run of 10,000 articles and 20 claims has 200,000 of them.
:class:`RecordStore` appends each record, pickled, to an anonymous temporary
file (private to this process, so reading it back runs nothing foreign) that the
system removes when it is closed or the process ends, and keeps only where
each one starts: the length of each (4 bytes) and where every 256th starts,
about 4 bytes a record (two million records: 8 MB, not 16).  It reads as a
sequence: each pass decodes the records one at a time, so the summary and
the reports that walk them hold one at a time.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from array import array
from collections.abc import Iterable, Iterator, Sequence
from itertools import accumulate
from typing import Any, Generic, TypeVar, cast, final, overload

from claimcheck.reports.records import ResultRecord

__all__ = ["PickleStore", "RecordStore"]

T = TypeVar("T")

#: records per block: where each block starts is kept, within it lengths
_BLOCK = 256


@final
class PickleStore(Sequence[T], Generic[T]):
    """Objects appended to a temporary file, read back in order or by index."""

    def __init__(self) -> None:
        self._file: Any = None
        self._empty()

    def _empty(self) -> None:
        #: each record's length in bytes
        self._lengths = array("I")
        #: where each block of records starts
        self._blocks = array("q")
        #: where the next record will start
        self._end = 0

    def extend(self, records: Iterable[T]) -> None:
        """Append these objects (records)."""
        data = [pickle.dumps(r, protocol=pickle.HIGHEST_PROTOCOL) for r in records]
        if not data:
            return
        if self._file is None:
            # open for the store's life; closed by close() or at exit
            self._file = tempfile.TemporaryFile(prefix="claimcheck-records-")  # noqa: SIM115
        lengths, blocks = self._lengths, self._blocks
        end = self._end
        for chunk in data:
            if len(lengths) % _BLOCK == 0:
                blocks.append(end)
            lengths.append(len(chunk))
            end += len(chunk)
        self._end = end
        self._file.write(b"".join(data))

    def __len__(self) -> int:
        return len(self._lengths)

    def _start(self, index: int) -> int:
        """Where record ``index`` starts (the end of the file for len(self))."""
        if index == len(self._lengths):
            return self._end
        block = index // _BLOCK
        return self._blocks[block] + sum(self._lengths[block * _BLOCK : index])

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[T]: ...

    def __getitem__(self, index: int | slice) -> T | Sequence[T]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("record index out of range")
        return self._read(index, index + 1)[0]

    def __iter__(self) -> Iterator[T]:
        # a few hundred records at a time: few reads, little memory
        for start in range(0, len(self), 256):
            yield from self._read(start, min(start + 256, len(self)))

    def _read(self, first: int, stop: int) -> list[T]:
        self._file.flush()
        begin = self._start(first)
        ends = list(accumulate(self._lengths[first:stop], initial=0))
        data = os.pread(self._file.fileno(), ends[-1], begin)
        return [
            cast(T, pickle.loads(data[ends[i] : ends[i + 1]]))
            for i in range(len(ends) - 1)
        ]

    def close(self) -> None:
        """Remove the file; the store is empty afterwards."""
        if self._file is not None:
            self._file.close()
            self._file = None
        self._empty()

    def __del__(self) -> None:
        self.close()


#: the run's verdict records, on disk
RecordStore = PickleStore[ResultRecord]
