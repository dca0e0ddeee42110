"""The run's verdict records, kept on disk instead of in memory.

A record is a dict of a couple of kilobytes in memory (its evidence quotes
the sentence); a run of 100,000 articles and 20 claims has two million of
them.  :class:`RecordStore` appends each record, pickled, to an anonymous
temporary file (private to this process, so reading it back runs nothing
foreign) that the system removes when it is closed or the process ends.
Each record is framed in the file by its length; memory keeps only where
every 32nd record starts (a quarter of a byte a record).  It reads as a
sequence: each pass decodes the records one at a time, so the summary and
the reports that walk them hold one at a time; a record read by its place
costs the read of its block of 32.
"""

from __future__ import annotations

import os
import pickle
import struct
import tempfile
from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Generic, TypeVar, cast, final, overload

from claimcheck.reports.records import ResultRecord

__all__ = ["PickleStore", "RecordStore", "frames"]

T = TypeVar("T")

#: records per block: where each block starts is kept in memory
_BLOCK = 32
#: blocks read at once by a pass over the whole store
_PASS_BLOCKS = 8
#: a record's frame: the length of its pickle
_HEAD = struct.Struct("<I")


def frames(data: bytes) -> Iterator[memoryview]:
    """The framed pieces of ``data`` (each behind its length), in order."""
    view = memoryview(data)
    at, end, size = 0, len(data), _HEAD.size
    unpack = _HEAD.unpack_from
    while at < end:
        (length,) = unpack(view, at)
        at += size
        yield view[at : at + length]
        at += length


@final
class PickleStore(Sequence[T], Generic[T]):
    """Objects appended to a temporary file, read back in order or by index."""

    def __init__(self) -> None:
        self._file: Any = None
        self._empty()

    def _empty(self) -> None:
        #: where each block of records starts
        self._blocks = array("q")
        self._count = 0
        #: where the next record will start
        self._end = 0
        #: the last block read by place: its number and its frames
        self._last: tuple[int, list[memoryview]] | None = None

    def extend(self, records: Iterable[T]) -> None:
        """Append these objects (records)."""
        data: list[bytes] = []
        blocks, count, end = self._blocks, self._count, self._end
        for record in records:
            chunk = pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL)
            if count % _BLOCK == 0:
                blocks.append(end)
            data += (_HEAD.pack(len(chunk)), chunk)
            end += _HEAD.size + len(chunk)
            count += 1
        if not data:
            return
        if self._file is None:
            # open for the store's life; closed by close() or at exit
            self._file = tempfile.TemporaryFile(prefix="claimcheck-records-")  # noqa: SIM115
        self._file.write(b"".join(data))
        self._count, self._end = count, end
        if self._last is not None and self._last[0] == len(blocks) - 1:
            self._last = None  # the open block grew

    def __len__(self) -> int:
        return self._count

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
        block, at = divmod(index, _BLOCK)
        if self._last is None or self._last[0] != block:
            self._last = (block, list(frames(self._read(block, block + 1))))
        return cast(T, pickle.loads(self._last[1][at]))

    def __iter__(self) -> Iterator[T]:
        # a few blocks at a time: few reads, little memory
        for block in range(0, len(self._blocks), _PASS_BLOCKS):
            data = self._read(block, block + _PASS_BLOCKS)
            for frame in frames(data):
                yield cast(T, pickle.loads(frame))

    def _read(self, first: int, stop: int) -> bytes:
        """The bytes of blocks ``first`` to ``stop`` (exclusive)."""
        self._file.flush()
        begin = self._blocks[first]
        end = self._blocks[stop] if stop < len(self._blocks) else self._end
        return os.pread(self._file.fileno(), end - begin, begin)

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
