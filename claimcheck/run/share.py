"""What the pytest-xdist workers of one run share, and what crosses the wire.

- **A worker's place.**  Each worker knows its rank among the run's workers
  (from xdist's ``workerinput``: ``workerid`` ``gw<N>`` and ``workercount``).
- **Indexes shared between workers.**  With ``--claimcheck-granularity=claim``
  every item checks one claim against every article, so every worker needs
  every article's index.  The workers walk the articles from different ends
  (:func:`spread`), so while two workers run their first claim items at
  once, each indexes a different part, and reads the rest back instead of
  indexing it again: from the on-disk cache when pytest's cache
  is on (``.pytest_cache/d/claimcheck``, see :mod:`claimcheck.run.cache`), else
  from an :class:`IndexShare`, a private temporary folder the controller makes
  for the run (:func:`make_share`; each local worker gets its path in its
  ``workerinput`` under :data:`SHARE_INPUT`) and removes at the end.
- **Records on the wire.**  Verdict records travel on the reports
  (``claimcheck_result``, ``claimcheck_results``).  execnet serializes nested
  dicts object by object in Python, about a tenth of a millisecond per record
  there and back, a cost of the order of checking the pair; :func:`pack`
  turns them into one JSON string on the worker before xdist sends a report,
  and :func:`unpack` restores them on the controller before the report is
  built again, so plugins on either side see the same lists and dicts as in
  a run without xdist.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import re
import tempfile
from collections.abc import Iterable, Mapping, MutableMapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, final

from claimcheck.run.cache import Counting, entry_key, loads_index, portable

if TYPE_CHECKING:
    from claimcheck.engine.index import ArticleIndex

__all__ = [
    "SHARE_INPUT",
    "IndexShare",
    "make_share",
    "pack",
    "spread",
    "unpack",
    "worker_place",
]

#: ``workerinput`` key naming the folder through which workers share indexes
SHARE_INPUT = "claimcheck_index_share"

#: marks a packed value (a report attribute is never such a string otherwise)
_PACKED = "claimcheck-json:"

_WORKER_ID = re.compile(r"gw(\d+)")


def worker_place(workerinput: Mapping[str, Any]) -> tuple[int, int]:
    """``(rank, count)`` of this xdist worker; ``(0, 1)`` when unknown.

    A worker that replaces a crashed one gets a new id; its rank then repeats
    another's, which costs time, never correctness.
    """
    try:
        count = int(workerinput["workercount"])
        found = _WORKER_ID.fullmatch(str(workerinput["workerid"]))
    except (KeyError, TypeError, ValueError):
        return 0, 1
    if found is None or count < 1:
        return 0, 1
    return int(found.group(1)) % count, count


def spread(size: int, rank: int, count: int) -> list[int]:
    """Every position ``0 .. size-1`` once, in the order worker ``rank`` of
    ``count`` should visit them.

    Workers pair up: the positions are cut into one stretch per pair; the
    even worker of a pair walks forwards from the start of its stretch, the
    odd one backwards from its end, and each wraps around.  Two workers that
    walk towards each other meet once and then reach only what the other has
    done; walking the same way, one that fell behind could catch up and
    repeat the other's work in step.  One worker keeps the given order.
    """
    if count < 2 or size == 0:
        return list(range(size))
    stretches = (count + 1) // 2
    stretch = (rank // 2) % stretches
    if rank % 2 == 0:
        start = stretch * size // stretches
        return [*range(start, size), *range(start)]
    end = (stretch + 1) * size // stretches - 1
    return [*range(end, -1, -1), *range(size - 1, end, -1)]


def make_share() -> Path:
    """A new private folder (mode 0700) for the workers of one run."""
    return Path(tempfile.mkdtemp(prefix="claimcheck-index-share-"))


#: a frame: magic, the key's 32 digest bytes, the payload's length (8 bytes,
#: little-endian); then the pickled index, then the payload's SHA-256
_MAGIC = b"CCIX"
_HEAD = len(_MAGIC) + 32 + 8
_TAIL = 32


@final
class IndexShare(Counting):
    """Indexes the workers of one run hand each other, one file per worker.

    Each worker appends every index it builds to its own ``<name>.pack`` in
    ``folder`` (one write per index, no file made per index), and reads the
    other workers' files as they grow.  A frame is taken only once whole and
    its digest matches, so one still being written is read on a later look;
    an unreadable one leaves that worker to index the article itself.
    Unpickling runs code named in the data: the folder is made private for
    this run by its controller, and holds only what its workers wrote.
    """

    def __init__(self, folder: Path, name: str) -> None:
        self.folder = folder
        self.name = f"{name}.pack"
        self.hits = 0
        self.misses = 0
        self._out: int | None = None
        #: a write failed: a frame cut short would hide every later one
        self._stopped = False
        #: other workers' files: how far each has been read
        self._read: dict[str, int] = {}
        #: pickled indexes read from them, not yet loaded
        self._found: dict[bytes, bytes] = {}

    def key(self, data: bytes, *, display_path: str, lexicon_key: str) -> str:
        """The same key as the on-disk cache's (see claimcheck.run.cache)."""
        return entry_key(data, display_path=display_path, lexicon_key=lexicon_key)

    def load(self, key: str) -> ArticleIndex | None:
        """The index another worker shared under ``key``, else None."""
        raw = bytes.fromhex(key)
        if raw not in self._found:
            self._scan()
        payload = self._found.pop(raw, None)
        return self.counted(None if payload is None else loads_index(payload))

    def store(self, key: str, index: ArticleIndex) -> None:
        """Append one frame; a write that fails stops this worker's sharing."""
        if self._stopped:
            return
        payload = pickle.dumps(portable(index), protocol=pickle.HIGHEST_PROTOCOL)
        frame = b"".join(
            (
                _MAGIC,
                bytes.fromhex(key),
                len(payload).to_bytes(8, "little"),
                payload,
                hashlib.sha256(payload).digest(),
            )
        )
        try:
            if self._out is None:
                flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND
                self._out = os.open(self.folder / self.name, flags, 0o600)
            view = memoryview(frame)
            while view:
                view = view[os.write(self._out, view) :]
        except OSError:
            self._stopped = True
            self.close()

    def close(self) -> None:
        """Close this worker's file (it stays for the others to read)."""
        if self._out is not None:
            os.close(self._out)
            self._out = None

    def _scan(self) -> None:
        """Take the whole new frames of the other workers' files."""
        try:
            names = [n for n in os.listdir(self.folder) if n.endswith(".pack")]
        except OSError:
            return
        for name in names:
            if name != self.name:
                self._read[name] = self._take(name, self._read.get(name, 0))

    def _take(self, name: str, offset: int) -> int:
        """Read frames of ``name`` from ``offset``; returns where to go on."""
        try:
            with open(self.folder / name, "rb") as handle:
                handle.seek(offset)
                data = handle.read()
        except OSError:
            return offset
        at = 0
        while len(data) - at >= _HEAD:
            if data[at : at + len(_MAGIC)] != _MAGIC:
                return offset + len(data)  # not a frame: never read on
            key = data[at + len(_MAGIC) : at + len(_MAGIC) + 32]
            size = int.from_bytes(data[at + _HEAD - 8 : at + _HEAD], "little")
            end = at + _HEAD + size + _TAIL
            if end > len(data):
                break  # still being written
            payload = data[at + _HEAD : at + _HEAD + size]
            if hashlib.sha256(payload).digest() != data[end - _TAIL : end]:
                break  # not all there yet: look again later
            self._found[key] = payload
            at = end
        return offset + at


def pack(data: MutableMapping[str, Any], keys: Iterable[str]) -> None:
    """Replace each of ``keys`` present in a serialized report by JSON text."""
    for key in keys:
        value = data.get(key)
        if value is not None and not isinstance(value, str):
            data[key] = _PACKED + json.dumps(value, ensure_ascii=False)


def unpack(data: MutableMapping[str, Any], keys: Iterable[str]) -> None:
    """Undo :func:`pack` on a report's data before the report is built."""
    for key in keys:
        value = data.get(key)
        if isinstance(value, str) and value.startswith(_PACKED):
            data[key] = json.loads(value[len(_PACKED) :])
