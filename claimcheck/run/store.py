"""The run's verdict records, kept on disk instead of in memory.

A record is a dict of a couple of kilobytes in memory (its evidence quotes
the sentence); a run of 10,000 articles and 20 claims has 200,000 of them.
:class:`RecordStore` appends each record, pickled, to an anonymous temporary
file (private to this process, so reading it back runs nothing foreign) that the
system removes when it is closed or the process ends, and keeps only where
each one starts.  It reads as a sequence: each pass decodes the records one
at a time, so the summary and the reports that walk them hold one at a time.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Generic, TypeVar, cast, final, overload

from claimcheck.reports.records import ResultRecord

__all__ = ["PickleStore", "RecordStore"]

T = TypeVar("T")


@final
class PickleStore(Sequence[T], Generic[T]):
    """Objects appended to a temporary file, read back in order or by index."""

    def __init__(self) -> None:
        self._file: Any = None
        #: where each record starts; the last entry is where the next one will
        self._starts = array("q", [0])

    def extend(self, records: Iterable[T]) -> None:
        """Append these objects (records)."""
        data = [pickle.dumps(r, protocol=pickle.HIGHEST_PROTOCOL) for r in records]
        if not data:
            return
        if self._file is None:
            # open for the store's life; closed by close() or at exit
            self._file = tempfile.TemporaryFile(prefix="claimcheck-records-")  # noqa: SIM115
        end = self._starts[-1]
        for chunk in data:
            end += len(chunk)
            self._starts.append(end)
        self._file.write(b"".join(data))

    def __len__(self) -> int:
        return len(self._starts) - 1

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
        begin = self._starts[first]
        data = os.pread(self._file.fileno(), self._starts[stop] - begin, begin)
        return [
            cast(
                T,
                pickle.loads(
                    data[self._starts[i] - begin : self._starts[i + 1] - begin]
                ),
            )
            for i in range(first, stop)
        ]

    def close(self) -> None:
        """Remove the file; the store is empty afterwards."""
        if self._file is not None:
            self._file.close()
            self._file = None
        self._starts = array("q", [0])

    def __del__(self) -> None:
        self.close()


#: the run's verdict records, on disk
RecordStore = PickleStore[ResultRecord]
