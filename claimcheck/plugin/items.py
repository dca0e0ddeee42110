"""The nodes claimcheck collects: assertion files and the items checking them.

:mod:`claimcheck.plugin` holds the hooks; they and these nodes reach the
run's :class:`~claimcheck.run.session.RunSession` through ``config.stash`` under
:data:`SESSION`.  Items of every granularity share :class:`CheckItem`:
:class:`ClaimItem` checks one (claim, article) pair, :class:`AggregateItem`
one claim against every article or every claim against one article.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, final

import pytest

from claimcheck.claims import AssertionFile, Claim
from claimcheck.engine.articles import ARTICLE_SUFFIXES
from claimcheck.engine.match import Verdict, VerdictKind
from claimcheck.errors import ArticleSkipped, ClaimcheckError
from claimcheck.reports.records import (
    is_discrepancy,
    render_failure,
    render_missing,
    result_record,
)
from claimcheck.run.session import RunSession
from claimcheck.run.share import spread

__all__ = [
    "SESSION",
    "AggregateItem",
    "AssertionFileNode",
    "CheckItem",
    "ClaimItem",
    "Discrepancy",
    "skip_at_item",
]

#: the run's session, in ``config.stash``
SESSION = pytest.StashKey[RunSession]()


@final
class AssertionFileNode(pytest.File):
    """One YAML assertion file: an item per (claim, article)."""

    def collect(self) -> Iterator[pytest.Item]:
        state = self.config.stash[SESSION]
        try:
            loaded = state.load_file(self.path)
            articles = state.articles_for(loaded)
        except ClaimcheckError as exc:
            raise self.CollectError(str(exc)) from exc
        if not articles and not state.corpus_override:
            raise self.CollectError(
                f"{state.display_path(self.path)}: the corpus"
                f" {', '.join(loaded.corpus)!s} (in {loaded.corpus_root}) holds no"
                f" article ({', '.join(ARTICLE_SUFFIXES)}); check 'corpus:' or the"
                " claimcheck_corpus ini key"
            )
        granularity = self.config.option.claimcheck_granularity
        if granularity != "pair":
            yield from AggregateItem.collect_for(self, loaded, articles, granularity)
            return
        grouped = _groups_wanted(self.config)
        # computed once per file, not once per item
        root = Path(loaded.corpus_root).resolve()
        ids = [_article_id(article, root) for article in articles]
        shown = state.display_path(self.path)
        for claim in loaded.claims:
            for article, article_id in zip(articles, ids, strict=True):
                name = f"{claim.id}[{article_id}]"
                item = ClaimItem.from_parent(
                    self,
                    name=name,
                    # parsed from the string, "[article]" becomes the id's
                    # params, as for parametrized tests: --lf then matches
                    nodeid=f"{self.nodeid}::{name}",
                    claim=claim,
                    article_path=article,
                    source=loaded,
                    shown_file=shown,
                )
                for mark in claim.marks:
                    item.add_marker(mark)
                if grouped:
                    item.add_marker(pytest.mark.xdist_group(name=str(article)))
                yield item


def _groups_wanted(config: pytest.Config) -> bool:
    """Whether pair items need their article's ``xdist_group`` mark.

    Only an xdist worker of ``--dist loadgroup`` reads the marks (xdist sets
    ``loadgroup`` on its workers' options); elsewhere they would only slow
    every item's mark lookups.
    """
    return hasattr(config, "workerinput") and bool(
        getattr(config.option, "loadgroup", True)
    )


def _article_id(path: Path, root: Path) -> str:
    """The article's id in item names: relative to ``root`` (resolved), no suffix."""
    try:
        rel = path.relative_to(root)
    except ValueError:
        rel = Path(path.name)
    return rel.with_suffix("").as_posix()


def skip_at_item(reason: str) -> BaseException:
    """A skip that ``-rs`` shows at the item (the article), not at this module.

    pytest's skip markers do the same through this keyword; where a pytest
    release lacks it, the skip is shown at this line instead.
    """
    try:
        return pytest.skip.Exception(reason, _use_item_location=True)
    except TypeError:
        return pytest.skip.Exception(reason)


class Discrepancy(Exception):
    """A (claim, article) pair that fails; carries the rendered failure."""


class CheckItem(pytest.Item):
    """What claim items of every granularity share."""

    @property
    def session_state(self) -> RunSession:
        return self.config.stash[SESSION]

    def repr_failure(
        self,
        excinfo: pytest.ExceptionInfo[BaseException],
        style: Any = None,
    ) -> str:
        """A discrepancy or a user's mistake reads as its own text, no traceback."""
        if isinstance(excinfo.value, Discrepancy | ClaimcheckError):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo, style=style))


@final
class ClaimItem(CheckItem):
    """One claim checked against one article."""

    def __init__(
        self,
        *,
        claim: Claim,
        article_path: Path,
        source: AssertionFile,
        shown_file: str,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.claim = claim
        self.article_path = article_path
        self.source = source
        #: the assertion file as reports show it
        self.shown_file = shown_file
        self.verdict: Verdict | None = None
        self.record: dict[str, Any] | None = None
        self.line: int | None = None

    def article_paths(self) -> list[Path]:
        return [self.article_path]

    def runtest(self) -> None:
        state = self.session_state
        try:
            article = state.article(self.article_path)
            verdict = state.verdict(self.claim, self.article_path)
        except ArticleSkipped as exc:
            # shown at the article, not at this line; also listed under
            # "claimcheck warnings"
            self.line = 1
            raise skip_at_item(str(exc)) from None
        finally:
            state.done(self.article_path)
        self.verdict = verdict
        record = result_record(
            verdict, self.claim, article, assertion_file=self.shown_file
        )
        strict_failure = (self.claim.strict or state.strict) and verdict.wavering
        record["strict_failure"] = strict_failure
        if record["evidence"]:
            self.line = record["evidence"][0]["line"]
        self.user_properties += [
            ("claim", self.claim.id),
            ("article", article.path),
            ("verdict", verdict.kind.value),
            ("line", self.line or 0),
        ]
        self.record = record
        if is_discrepancy(record):
            accepted = state.baseline.accept(record)
            if accepted is not None:
                pytest.xfail(accepted)
            failure = render_failure(verdict, self.claim, article)
            raise Discrepancy(state.baseline.with_hint(record, failure))
        if verdict.kind is VerdictKind.MISSING:
            raise skip_at_item(render_missing(verdict, self.claim))

    def reportinfo(self) -> tuple[Path, int, str]:
        # 0-based; the article's first line until evidence names another
        line = 0 if self.line is None else self.line - 1
        return self.article_path, line, f"{self.claim.id} on {self.article_path.name}"


@final
class AggregateItem(CheckItem):
    """Many (claim, article) pairs in one item: one claim, or one article."""

    def __init__(
        self,
        *,
        pairs: list[tuple[Claim, Path]],
        source: AssertionFile,
        spread_out: bool = False,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.pairs = pairs
        self.source = source
        #: one claim over many articles: xdist workers start at different
        #: articles (see claimcheck.run.share)
        self.spread_out = spread_out
        self.records: list[dict[str, Any]] = []

    @classmethod
    def collect_for(
        cls,
        parent: AssertionFileNode,
        loaded: AssertionFile,
        articles: list[Path],
        granularity: str,
    ) -> Iterator[AggregateItem]:
        """One item per claim, or one per article, of an assertion file."""
        if granularity == "claim":
            for claim in loaded.claims:
                pairs = [(claim, a) for a in articles]
                item = cls.from_parent(
                    parent, name=claim.id, pairs=pairs, source=loaded, spread_out=True
                )
                for mark in claim.marks:
                    item.add_marker(mark)
                yield item
            return
        root = Path(loaded.corpus_root).resolve()
        for article in articles:
            pairs = [(c, article) for c in loaded.claims]
            name = f"[{_article_id(article, root)}]"
            yield cls.from_parent(parent, name=name, pairs=pairs, source=loaded)

    def article_paths(self) -> list[Path]:
        return [path for _, path in self.pairs]

    def runtest(self) -> None:
        state = self.session_state
        shown = state.display_path(Path(self.source.path))
        failures: list[str] = []
        for record, failure in self._outcomes(state, shown):
            self.records.append(record)
            if failure is not None:
                failures.append(failure)
        accepted = sum(r["outcome"] == "xfailed" for r in self.records)
        if failures:
            head = f"{len(failures)} of {len(self.pairs)} checks failed"
            if accepted:
                head += f" ({accepted} more accepted by {state.baseline.path})"
            raise Discrepancy("\n\n".join([head, *failures]))
        if accepted:
            pytest.xfail(
                f"{accepted} {'discrepancy' if accepted == 1 else 'discrepancies'}"
                f" accepted in {state.baseline.path}"
            )
        if self.records and all(r["outcome"] == "skipped" for r in self.records):
            raise skip_at_item(f"{self.name}: no fact is stated in any article checked")

    def _outcomes(
        self, state: RunSession, shown: str
    ) -> Iterator[tuple[dict[str, Any], str | None]]:
        """Each pair's record and failure text, in collection order.

        Pairs on a skipped article are left out; an error is raised at its
        pair's place.  On one of several xdist workers, a claim item checks
        its articles in the worker's own order (see claimcheck.run.share.spread),
        then hands them on in collection order.
        """
        checks = (self._check(state, i, shown) for i in range(len(self.pairs)))
        rank, count = state.worker
        if self.spread_out and count > 1:
            order = spread(len(self.pairs), rank, count)
            done = {i: self._check(state, i, shown) for i in order}
            checks = (done[i] for i in range(len(self.pairs)))
        for outcome in checks:
            if isinstance(outcome, Exception):
                raise outcome
            if outcome is not None:
                yield outcome

    def _check(
        self, state: RunSession, i: int, shown: str
    ) -> tuple[dict[str, Any], str | None] | Exception | None:
        claim, path = self.pairs[i]
        try:
            return state.check(claim, path, assertion_file=shown)
        except ArticleSkipped:
            return None  # listed under "claimcheck warnings"
        except Exception as exc:  # raised by _outcomes, at its place
            return exc
        finally:
            state.done(path)

    def reportinfo(self) -> tuple[Path, int, str]:
        return Path(self.source.path), 0, self.name
