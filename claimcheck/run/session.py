"""The run's mutable state: loaded files, articles, indexes and results.

One :class:`RunSession` lives in pytest's ``config.stash``; the plugin's hooks
delegate to it.  It never imports pytest.
"""

from __future__ import annotations

import dataclasses
import glob
import os
import stat
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from claimcheck.claims import AssertionFile, Claim, QuantityClaim
from claimcheck.engine.articles import (
    ARTICLE_SUFFIXES,
    MAX_ARTICLE_BYTES,
    Article,
    noting_warnings,
    parse_article,
    read_article_bytes,
)
from claimcheck.engine.index import ArticleIndex, Lexicon, build_lexicon, index_article
from claimcheck.engine.match import Verdict, VerdictKind, match_claim
from claimcheck.errors import (
    ArticleError,
    ArticleSkipped,
    AssertionFileError,
    ClaimcheckError,
    PatternTimeoutError,
)
from claimcheck.reports.baseline import Baseline
from claimcheck.reports.records import render_failure, result_record
from claimcheck.run.cache import IndexCache, IndexStore
from claimcheck.run.changes import ChangedFiles
from claimcheck.suite.loader import BASELINE, load_assertion_file

__all__ = ["MEMORY_ARTICLES", "RunSession", "expand_corpus"]

#: indexes kept in memory at once when the disk cache can give back the rest
#: (unless :attr:`RunSession.revisits`)
MEMORY_ARTICLES = 4096

#: default seconds an analyst's pattern may run per megabyte of article
#: (the claimcheck_regex_timeout ini key)
REGEX_TIMEOUT = 1.0


def expand_corpus(
    entries: Sequence[str], root: Path, *, confine_to: Path | None = None
) -> list[Path]:
    """The article files named by corpus entries (directories or globs).

    With ``confine_to``, a file that lies outside that folder once links and
    ``..`` are resolved raises :class:`ArticleError`.
    """
    inside = None if confine_to is None else confine_to.resolve()
    found: dict[Path, None] = {}
    folders: dict[str, str] = {}
    for entry in entries:
        base = root / entry
        if base.is_dir():
            paths = sorted(
                p for p in base.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES
            )
        else:
            paths = sorted(Path(p) for p in glob.glob(str(base), recursive=True))
        for path in paths:
            resolved = _resolved_file(str(path), folders)
            if resolved is not None:
                if inside is not None and not resolved.is_relative_to(inside):
                    raise ArticleError(_outside(path, resolved, inside))
                found[resolved] = None
    return list(found)


def _resolved_file(path: str, folders: dict[str, str]) -> Path | None:
    """``Path(path).resolve()`` when it is a file (through links), else None.

    A corpus of thousands of files in a few folders resolves each folder once
    (in ``folders``) and ``lstat``s each file once, instead of resolving every
    component of every path.
    """
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return None
    folder, name = os.path.split(path)
    if stat.S_ISLNK(mode) or name in ("", ".", ".."):
        return Path(path).resolve() if os.path.isfile(path) else None
    if not stat.S_ISREG(mode):
        return None
    real = folders.get(folder)
    if real is None:
        real = folders[folder] = os.path.realpath(folder)
    return Path(real, name)


def _outside(path: Path, resolved: Path, root: Path) -> str:
    plain = os.path.normpath(path)
    via = f" (a link to {resolved})" if str(resolved) != plain else ""
    return (
        f"article {Path(os.path.relpath(plain, root)).as_posix()}{via} is outside"
        f" the project ({root}); claimcheck reads only"
        " articles inside the rootdir. Move the article into the project, fix the"
        " corpus, or set claimcheck_allow_outside = true"
    )


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
        self._indexes: dict[Path, ArticleIndex] = {}
        self._pending: Counter[Path] = Counter()
        #: on-disk index cache; None when pytest's cache is off
        self.cache: IndexCache | None = None
        #: indexes shared with the run's other xdist workers when the cache is
        #: off (see :mod:`claimcheck.run.share`); never evicts from memory
        self.share: IndexStore | None = None
        #: this process's (rank, count) among the run's xdist workers
        self.worker = (0, 1)
        #: items come back to every article again and again (claim
        #: granularity): indexes stay in memory, since a bounded memory read
        #: in the same order each time would miss on every article
        self.revisits = False
        #: how many indexes this process built (read, split, indexed)
        self.index_builds = 0
        #: xdist schedules pair items by article (plain ``-n``)
        self.by_article = False
        #: accepted discrepancies (--claimcheck-baseline)
        self.baseline = Baseline(path=BASELINE)
        #: the files changed since --claimcheck-changed=REF; None: check all
        self.changed: ChangedFiles | None = None
        #: limits on hostile input (ini keys claimcheck_max_article_bytes,
        #: claimcheck_regex_timeout, claimcheck_allow_outside)
        self.max_article_bytes: int | None = MAX_ARTICLE_BYTES
        self.regex_timeout: float | None = REGEX_TIMEOUT
        self.allow_outside = False
        #: warnings about articles (fallback encoding, skipped files) not yet
        #: handed to a report
        self.notes: list[str] = []
        self._failed: dict[Path, ClaimcheckError] = {}
        self._claim_sites: dict[str, str] = {}

    # -- collection ---------------------------------------------------------

    def load_file(self, path: Path) -> AssertionFile:
        """Load one assertion file; its claims join the suite's lexicon."""
        loaded = load_assertion_file(
            path, rootdir=self.rootdir, default_corpus=self.default_corpus
        )
        self._check_unique_ids(loaded)
        self.claims.extend(loaded.claims)
        self._lexicon = None
        return loaded

    def _check_unique_ids(self, loaded: AssertionFile) -> None:
        """A claim id names one claim across the whole suite."""
        for claim in loaded.claims:
            first = self._claim_sites.get(claim.id)
            if first is not None and not first.startswith(f"{loaded.path}:"):
                raise AssertionFileError(
                    f"{claim.location}: claim id {claim.id!r} is also used at"
                    f" {first}; give each claim its own id"
                )
        for claim in loaded.claims:
            self._claim_sites.setdefault(claim.id, str(claim.location))

    def articles_for(self, assertion_file: AssertionFile) -> list[Path]:
        """The article paths an assertion file runs against.

        Raises :class:`ArticleError` for an article outside the rootdir, unless
        ``allow_outside``.
        """
        try:
            paths = expand_corpus(
                assertion_file.corpus,
                Path(assertion_file.corpus_root),
                confine_to=None if self.allow_outside else self.rootdir,
            )
        except ArticleError as exc:
            raise ArticleError(f"{assertion_file.path}: {exc}") from exc
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
                (c.measure, c.unit) for c in self.claims if isinstance(c, QuantityClaim)
            )
        return self._lexicon

    def article(self, path: Path) -> Article:
        """The article at ``path``, read once (with its index)."""
        return self.index(path).article

    def index(self, path: Path) -> ArticleIndex:
        """The article's index, built once for the whole suite."""
        index = self._indexes.get(path)
        if index is None:
            failed = self._failed.get(path)
            if failed is not None:
                raise failed  # read once: every claim on it gets the same error
            try:
                index = self._load_index(path)
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
                del self._indexes[next(iter(self._indexes))]
        return index

    def _explained(self, exc: ClaimcheckError) -> ClaimcheckError:
        """The error to show for an article that cannot be indexed."""
        if isinstance(exc, ArticleSkipped):
            self.notes.append(str(exc))
        if not isinstance(exc, PatternTimeoutError):
            return exc
        # the measure words of every quantity claim run as one pattern
        culprits = [
            f"{c.location} ({c.id}): {t.text!r}"
            for c in self.claims
            if isinstance(c, QuantityClaim)
            for t in c.measure.terms
            if t.is_regex
        ]
        return PatternTimeoutError(
            f"{exc}; the measure patterns are {'; '.join(culprits) or 'none'}:"
            " rewrite the slow one without nested or overlapping repeats such as"
            " (a|aa)+, or raise the claimcheck_regex_timeout ini key"
        )

    def set_limits(
        self, *, max_article_bytes: str, regex_timeout: str, allow_outside: bool
    ) -> None:
        """Set the limits from their ini values; 0 means no limit."""
        try:
            size = int(max_article_bytes.replace("_", "").replace(",", ""))
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
        self.max_article_bytes = size or None
        self.regex_timeout = seconds or None
        self.allow_outside = allow_outside

    def take_notes(self) -> list[str]:
        """The article warnings gathered since the last call."""
        notes, self.notes = self.notes, []
        return notes

    def _load_index(self, path: Path) -> ArticleIndex:
        shown = self.display_path(path)
        data = read_article_bytes(
            path, display_path=shown, max_bytes=self.max_article_bytes
        )
        store: IndexStore | None = self.cache if self.cache is not None else self.share
        key = None
        if store is not None:
            key = store.key(data, display_path=shown, lexicon_key=self.lexicon.key)
            cached = store.load(key)
            if cached is not None:
                return dataclasses.replace(cached, regex_timeout=self.regex_timeout)
        article = noting_warnings(lambda: parse_article(data, path=shown), self.notes)
        index = index_article(article, self.lexicon, regex_timeout=self.regex_timeout)
        self.index_builds += 1
        if store is not None and key is not None:
            store.store(key, index)
        return index

    def verdict(self, claim: Claim, path: Path) -> Verdict:
        """Match one claim against one article."""
        return match_claim(claim, self.index(path))

    @property
    def held(self) -> int:
        """How many article indexes are in memory now."""
        return len(self._indexes)

    def done(self, path: Path) -> None:
        """One item that checks ``path`` finished; drop it when none is left."""
        if path in self._pending:
            self._pending[path] -= 1
            if self._pending[path] <= 0:
                del self._pending[path]
                self._indexes.pop(path, None)
                self._failed.pop(path, None)

    def check(
        self, claim: Claim, path: Path, *, assertion_file: str
    ) -> tuple[dict[str, Any], str | None]:
        """One pair's record and, when it fails, its rendered failure.

        A discrepancy the baseline accepts does not fail: its record's
        outcome is ``xfailed``, as a pair item's would be.
        """
        verdict = self.verdict(claim, path)
        article = self.article(path)
        record = result_record(verdict, claim, article, assertion_file=assertion_file)
        strict_failure = (claim.strict or self.strict) and verdict.wavering
        record["strict_failure"] = strict_failure
        failed = (
            verdict.kind is VerdictKind.CONTRADICTED
            or strict_failure
            or (verdict.kind is VerdictKind.MISSING and claim.required)
        )
        # a discrepancy the baseline accepts is excused, as a pair item's xfail
        accepted = failed and self.baseline.accept(record) is not None
        record["outcome"] = (
            "xfailed"
            if accepted
            else "failed"
            if failed
            else "skipped"
            if verdict.kind is VerdictKind.MISSING
            else "passed"
        )
        text = None
        if failed and not accepted:
            failure = render_failure(verdict, claim, article)
            text = self.baseline.with_hint(record, failure)
        return record, text

    def record(self, result: dict[str, Any]) -> None:
        self.results.append(result)
