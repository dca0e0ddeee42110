"""Article indexes: each article read, split and indexed once for the suite.

:class:`ArticleIndexes` keeps an index in memory while items still need it
(:meth:`~ArticleIndexes.expect`, :meth:`~ArticleIndexes.done`), takes it from
the on-disk cache or the other xdist workers when it can, and reports an
article that cannot be indexed the same way to every claim that reads it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import final

from claimcheck.claims import Claim
from claimcheck.engine.articles import (
    MAX_ARTICLE_BYTES,
    noting_warnings,
    parse_article,
    read_article_bytes,
)
from claimcheck.engine.index import ArticleIndex, index_article
from claimcheck.errors import (
    ArticleError,
    ArticleSkipped,
    ClaimcheckError,
    PatternTimeoutError,
)
from claimcheck.run.cache import IndexCache, IndexStore
from claimcheck.run.collection import Collection
from claimcheck.run.paths import PathList, Pending
from claimcheck.run.settings import REGEX_TIMEOUT
from claimcheck.run.verdicts import Checked, Digests, Kept

__all__ = [
    "MEMORY_ARTICLES",
    "REGEX_TIMEOUT",
    "ArticleIndexes",
    "Limits",
    "Release",
]

#: called with an article and its index when the index is dropped after the
#: last item that needed it (the index, its memos and its text die then)
Release = Callable[[Path, ArticleIndex], None]

#: indexes kept in memory at once when the disk cache can give back the rest
#: (unless :attr:`ArticleIndexes.revisits`)
MEMORY_ARTICLES = 4096


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Limits:
    """Limits on hostile input (ini keys claimcheck_max_article_bytes,
    claimcheck_regex_timeout, claimcheck_allow_outside); None: no limit.
    """

    max_article_bytes: int | None = MAX_ARTICLE_BYTES
    regex_timeout: float | None = REGEX_TIMEOUT
    allow_outside: bool = False

    @classmethod
    def from_ini(
        cls, *, max_article_bytes: str, regex_timeout: str, allow_outside: bool
    ) -> Limits:
        """The limits from their ini values; 0 means no limit, an empty size
        the default."""
        try:
            given = max_article_bytes.replace("_", "").replace(",", "").strip()
            size = int(given) if given else MAX_ARTICLE_BYTES
        except ValueError:
            size = -1
        if size < 0:
            raise ClaimcheckError(
                f"claimcheck_max_article_bytes = {max_article_bytes!r}: write a whole"
                " number of bytes, such as 10000000 (0: no limit)"
            )
        try:
            seconds = float(regex_timeout)
        except ValueError:
            seconds = -1.0
        if not seconds >= 0 or seconds == float("inf"):
            raise ClaimcheckError(
                f"claimcheck_regex_timeout = {regex_timeout!r}: write a number of"
                " seconds, such as 1.0 (0: no limit)"
            )
        return cls(
            max_article_bytes=size or None,
            regex_timeout=seconds or None,
            allow_outside=allow_outside,
        )


@final
class ArticleIndexes:
    """The suite's article indexes, each built once and dropped when done."""

    def __init__(self, collection: Collection, limits: Limits) -> None:
        self.collection = collection
        self.limits = limits
        #: on-disk index cache; None when pytest's cache is off
        self.cache: IndexCache | None = None
        #: indexes shared with the run's other xdist workers when the cache is
        #: off (see :mod:`claimcheck.run.share`); never evicts from memory
        self.share: IndexStore | None = None
        #: items come back to every article again and again (claim
        #: granularity): indexes stay in memory, since a bounded memory read
        #: in the same order each time would miss on every article
        self.revisits = False
        #: how many indexes this process built (read, split, indexed)
        self.builds = 0
        #: warnings about articles (fallback encoding, skipped files) not yet
        #: handed to a report
        self.notes: list[str] = []
        #: called as each index is released after its last use; whatever
        #: needs the whole index of an article (not only the verdicts) takes
        #: it here, while it is still alive
        self.on_release: list[Release] = []
        self._indexes: dict[Path, ArticleIndex] = {}
        #: cache keys of indexes built but not yet written: an entry is
        #: written when its index leaves memory, holding the clauses and
        #: figures matching read, so a later run reads neither
        self._unsaved: dict[Path, str] = {}
        #: with the cache on: the entry key of each index in memory, the
        #: verdicts kept under it (see :mod:`claimcheck.run.verdicts`), and
        #: the articles whose verdicts this run added to
        self._keys: dict[Path, str] = {}
        self._kept: dict[Path, Kept] = {}
        self._added: set[Path] = set()
        self._digest = Digests()
        self._pending = Pending()
        self._failed: dict[Path, ClaimcheckError] = {}

    @property
    def held(self) -> int:
        """How many article indexes are in memory now."""
        return len(self._indexes)

    def expect(self, article: Path, times: int = 1) -> None:
        """Note that ``times`` more checks will read ``article``."""
        self._pending.expect(article, times)

    def expect_each(self, articles: PathList, times: int) -> None:
        """Note that ``times`` more checks will read each of ``articles``."""
        self._pending.expect_each(articles, times)

    def done(self, path: Path) -> None:
        """One item that checks ``path`` finished; drop it when none is left."""
        if self._pending.done(path):
            self._failed.pop(path, None)
            index = self._indexes.pop(path, None)
            if index is not None:
                self._save(path, index)
                for release in self.on_release:
                    release(path, index)

    def take_notes(self) -> list[str]:
        """The article warnings gathered since the last call."""
        notes, self.notes = self.notes, []
        return notes

    def index(self, path: Path) -> ArticleIndex:
        """The article's index, built once for the whole suite."""
        index = self._indexes.get(path)
        if index is None:
            failed = self._failed.get(path)
            if failed is not None:
                raise failed  # read once: every claim on it gets the same error
            try:
                index = self._load(path)
            except (ArticleError, PatternTimeoutError) as exc:
                explained = self._failed[path] = self._explained(exc)
                if explained is exc:
                    raise
                raise explained from exc
            self._indexes[path] = index
            if (
                self.cache is not None
                and not self.revisits
                and len(self._indexes) > MEMORY_ARTICLES
            ):
                # the disk cache gives evicted indexes back cheaply
                evicted = next(iter(self._indexes))
                self._save(evicted, self._indexes.pop(evicted))
        return index

    def recall(self, path: Path, claim: Claim) -> Checked | None:
        """The verdict of ``claim`` on the article kept by the cache, with the
        figures it checks; None when the cache holds none."""
        kept = self._kept.get(path)
        if not kept:
            return None
        digest = self._digest(claim)
        return None if digest is None else kept.get(digest)

    def remember(self, path: Path, claim: Claim, checked: Checked) -> None:
        """Keep the verdict of ``claim`` on the article for later runs (when
        the cache is on); written when the index leaves memory."""
        kept = self._kept.get(path)
        digest = self._digest(claim)
        if kept is not None and digest is not None:
            kept[digest] = checked
            self._added.add(path)

    def flush(self) -> None:
        """Write the cache entries of the indexes still in memory (the run
        ends, or stopped before their last item)."""
        for path in [*self._unsaved, *self._added]:
            index = self._indexes.get(path)
            if index is not None:
                self._save(path, index)
        self._unsaved.clear()
        self._added.clear()

    def _save(self, path: Path, index: ArticleIndex) -> None:
        key = self._unsaved.pop(path, None)
        if key is not None and self.cache is not None:
            self.cache.store(key, index)
        key = self._keys.pop(path, None)
        kept = self._kept.pop(path, None)
        if path in self._added:
            self._added.discard(path)
            if key is not None and kept and self.cache is not None:
                self.cache.store_verdicts(key, kept)

    def _explained(self, exc: ClaimcheckError) -> ClaimcheckError:
        """The error to show for an article that cannot be indexed."""
        if isinstance(exc, ArticleSkipped):
            self.notes.append(str(exc))
        if not isinstance(exc, PatternTimeoutError):
            return exc
        # the measure words of every quantity claim run as one pattern
        culprits = self.collection.measure_patterns()
        return PatternTimeoutError(
            f"{exc}; the measure patterns are {'; '.join(culprits) or 'none'}:"
            " rewrite the slow one without nested or overlapping repeats such as"
            " (a|aa)+, or raise the claimcheck_regex_timeout ini key"
        )

    def _load(self, path: Path) -> ArticleIndex:
        shown = self.collection.display_path(path)
        data = read_article_bytes(
            path, display_path=shown, max_bytes=self.limits.max_article_bytes
        )
        timeout = self.limits.regex_timeout
        store: IndexStore | None = self.cache if self.cache is not None else self.share
        key = None
        if store is not None:
            lexicon_key = self.collection.lexicon_key(path)
            key = store.key(data, display_path=shown, lexicon_key=lexicon_key)
            cached = store.load(key)
            if self.cache is not None:
                self._keys[path] = key
                hit = cached is not None
                self._kept[path] = self.cache.load_verdicts(key) if hit else {}
            if cached is not None:
                return dataclasses.replace(cached, regex_timeout=timeout)
        article = noting_warnings(lambda: parse_article(data, path=shown), self.notes)
        lexicon = self.collection.lexicon_for(path)
        index = index_article(article, lexicon, regex_timeout=timeout)
        self.builds += 1
        if store is not None and key is not None:
            if store is self.cache and not self.revisits:
                self._unsaved[path] = key  # written when it leaves memory
            else:
                # other workers of this run are waiting for it
                store.store(key, index)
        return index
