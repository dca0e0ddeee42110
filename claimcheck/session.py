"""The run's mutable state: loaded files, articles, indexes and results.

One :class:`RunSession` lives in pytest's ``config.stash``; the plugin's hooks
delegate to it.  It never imports pytest.
"""

from __future__ import annotations

import glob
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from claimcheck.articles import ARTICLE_SUFFIXES, Article, load_article
from claimcheck.assertions import (
    AssertionFile,
    Claim,
    QuantityClaim,
    load_assertion_file,
)
from claimcheck.extract import ArticleIndex, Lexicon, build_lexicon, index_article
from claimcheck.match import Verdict, match_claim

__all__ = ["RunSession", "expand_corpus"]


def expand_corpus(entries: Sequence[str], root: Path) -> list[Path]:
    """The article files named by corpus entries (directories or globs)."""
    found: dict[Path, None] = {}
    for entry in entries:
        base = root / entry
        if base.is_dir():
            paths = sorted(
                p for p in base.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES
            )
        else:
            paths = sorted(Path(p) for p in glob.glob(str(base), recursive=True))
        for path in paths:
            if path.is_file():
                found[path.resolve()] = None
    return list(found)


class RunSession:
    """Caches what a run reads, and keeps its results."""

    def __init__(
        self,
        *,
        rootdir: Path,
        default_corpus: Sequence[str],
        strict: bool = False,
        corpus_override: Sequence[Path] = (),
    ) -> None:
        self.rootdir = rootdir
        self.default_corpus = tuple(default_corpus)
        self.strict = strict
        self.corpus_override = tuple(p.resolve() for p in corpus_override)
        self.claims: list[Claim] = []
        self.results: list[dict[str, Any]] = []
        self._lexicon: Lexicon | None = None
        self._articles: dict[Path, Article] = {}
        self._indexes: dict[Path, ArticleIndex] = {}
        self._pending: Counter[Path] = Counter()

    # -- collection ---------------------------------------------------------

    def load_file(self, path: Path) -> AssertionFile:
        """Load one assertion file; its claims join the suite's lexicon."""
        loaded = load_assertion_file(
            path, rootdir=self.rootdir, default_corpus=self.default_corpus
        )
        self.claims.extend(loaded.claims)
        self._lexicon = None
        return loaded

    def articles_for(self, assertion_file: AssertionFile) -> list[Path]:
        """The article paths an assertion file runs against."""
        paths = expand_corpus(assertion_file.corpus, Path(assertion_file.corpus_root))
        if self.corpus_override:
            paths = [p for p in paths if self._overridden(p)]
        return paths

    def _overridden(self, path: Path) -> bool:
        return any(path == o or o in path.parents for o in self.corpus_override)

    def expect(self, article: Path) -> None:
        """Note that one more item will check ``article``."""
        self._pending[article] += 1

    def display_path(self, path: Path) -> str:
        """``path`` relative to the rootdir when inside it, with ``/``."""
        try:
            return path.relative_to(self.rootdir).as_posix()
        except ValueError:
            return path.as_posix()

    # -- checking -----------------------------------------------------------

    @property
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            self._lexicon = build_lexicon(
                c.measure for c in self.claims if isinstance(c, QuantityClaim)
            )
        return self._lexicon

    def article(self, path: Path) -> Article:
        """The article at ``path``, read once."""
        article = self._articles.get(path)
        if article is None:
            article = load_article(path, display_path=self.display_path(path))
            self._articles[path] = article
        return article

    def index(self, path: Path) -> ArticleIndex:
        """The article's index, built once for the whole suite."""
        index = self._indexes.get(path)
        if index is None:
            index = index_article(self.article(path), self.lexicon)
            self._indexes[path] = index
        return index

    def verdict(self, claim: Claim, path: Path) -> Verdict:
        """Match one claim against one article."""
        return match_claim(claim, self.index(path))

    def done(self, path: Path) -> None:
        """One item that checks ``path`` finished; drop it when none is left."""
        if path in self._pending:
            self._pending[path] -= 1
            if self._pending[path] <= 0:
                del self._pending[path]
                self._indexes.pop(path, None)
                self._articles.pop(path, None)

    def record(self, result: dict[str, Any]) -> None:
        self.results.append(result)
