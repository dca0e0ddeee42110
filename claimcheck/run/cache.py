"""An on-disk cache of article indexes, so an unchanged corpus is not re-read.

An entry is keyed by the SHA-256 of:

- :func:`engine_version`: the package version and a digest of the source of
  every module that shapes an index (articles, numbers, units, terms,
  extract), and the version of trafilatura (which reads web pages), so any
  change to the engine misses the old entries;
- the article's lexicon key (every measure spelling, with its claim's unit,
  of every quantity claim that checks the article: see
  :meth:`claimcheck.run.collection.Collection.lexicon_key`), since binding
  depends on it;
- the article's path as reports show it (its index quotes the path);
- the article's bytes.

Beside an entry, the verdicts of the claims checked on its article
(:mod:`claimcheck.run.verdicts`) are kept in a second file, rewritten when a
run adds verdicts.

Entries are pickles.  Unpickling runs code named in the file, so the cache
lives only in the project's own pytest cache directory
(``.pytest_cache/d/claimcheck``), which is as trusted as the code checked
out beside it; ``pytest --cache-clear`` removes it.  Each entry is written to
a temporary file and renamed, so a reader (another xdist worker) never sees
half an entry; an unreadable entry counts as a miss.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import importlib.metadata
import os
import pickle
import tempfile
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, final

from claimcheck.run.verdicts import Kept, kept_verdicts

if TYPE_CHECKING:
    from claimcheck.engine.index import ArticleIndex

__all__ = ["IndexCache", "IndexStore", "engine_version", "entry_key", "portable"]


@cache
def engine_version() -> str:
    """The engine's version and a digest of its source, read once a process
    (at the first entry's key, not at import)."""
    try:
        version = importlib.metadata.version("claimcheck")
    except importlib.metadata.PackageNotFoundError:
        version = "unknown"
    digest = hashlib.sha256(version.encode())
    # every module of the engine package: what an index holds depends on them
    engine = Path(__file__).parent.parent / "engine"
    for module in sorted(engine.rglob("*.py")):
        digest.update(module.relative_to(engine).as_posix().encode())
        digest.update(module.read_bytes())
    # the text of a web page is what the html extra's extractor finds
    with contextlib.suppress(importlib.metadata.PackageNotFoundError):
        digest.update(importlib.metadata.version("trafilatura").encode())
    return digest.hexdigest()[:16]


def entry_key(data: bytes, *, display_path: str, lexicon_key: str) -> str:
    """The key of an article's index (see the module docstring), in hex."""
    digest = hashlib.sha256()
    for part in (engine_version(), lexicon_key, display_path):
        encoded = part.encode("utf-8", "surrogatepass")
        digest.update(len(encoded).to_bytes(8, "little"))
        digest.update(encoded)
    digest.update(data)
    return digest.hexdigest()


def portable(index: ArticleIndex) -> ArticleIndex:
    """The index as another process can use it.

    The per-run hit cache is keyed by id() of compiled patterns, which means
    nothing in another process.
    """
    return dataclasses.replace(index, _hits={}, _memo={})


def loads_index(payload: bytes) -> ArticleIndex | None:
    """The index a pickle holds; None for a broken pickle or anything else.

    An entry written by an incompatible engine fails in many ways (a missing
    class, a changed field): all of them read as absent.
    """
    from claimcheck.engine.index import ArticleIndex

    try:
        index = pickle.loads(payload)
    except (pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        return None
    except (IndexError, TypeError, ValueError):
        return None
    return index if isinstance(index, ArticleIndex) else None


class Counting:
    """Hits and misses of an index store."""

    hits: int
    misses: int

    def counted(self, index: ArticleIndex | None) -> ArticleIndex | None:
        """``index``, counted as a hit, or a miss when it is None."""
        if index is None:
            self.misses += 1
        else:
            self.hits += 1
        return index


class IndexStore(Protocol):
    """Where indexes are kept for other runs or other workers."""

    def key(self, data: bytes, *, display_path: str, lexicon_key: str) -> str: ...

    def load(self, key: str) -> ArticleIndex | None: ...

    def store(self, key: str, index: ArticleIndex) -> None: ...


@final
class IndexCache(Counting):
    """Article indexes pickled under ``folder``, one file per entry."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.hits = 0
        self.misses = 0

    def key(self, data: bytes, *, display_path: str, lexicon_key: str) -> str:
        """The entry name of an article's index (see the module docstring)."""
        return entry_key(data, display_path=display_path, lexicon_key=lexicon_key)

    def _path(self, key: str, suffix: str = ".pickle") -> Path:
        return self.folder / key[:2] / f"{key[2:]}{suffix}"

    def load(self, key: str) -> ArticleIndex | None:
        """The cached index, or None when absent or unreadable."""
        try:
            index = loads_index(self._path(key).read_bytes())
        except OSError:
            index = None
        return self.counted(index)

    def store(self, key: str, index: ArticleIndex) -> None:
        """Write an index atomically; a full or read-only disk is not an error."""
        self._write(self._path(key), portable(index))

    def load_verdicts(self, key: str) -> Kept:
        """The verdicts kept beside the entry ``key``; none when absent or
        unreadable."""
        try:
            payload = self._path(key, ".verdicts").read_bytes()
            return kept_verdicts(pickle.loads(payload))
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            return {}
        except (IndexError, TypeError, ValueError):
            return {}

    def store_verdicts(self, key: str, verdicts: Kept) -> None:
        """Write the verdicts of the entry ``key`` atomically."""
        self._write(self._path(key, ".verdicts"), verdicts)

    @staticmethod
    def _write(path: Path, value: object) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        except OSError:
            return
        try:
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except OSError:
            Path(tmp).unlink(missing_ok=True)
