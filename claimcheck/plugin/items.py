"""The nodes claimcheck collects: assertion files and the items checking them.

:mod:`claimcheck.plugin` holds the hooks; they and these nodes reach the
run's :class:`~claimcheck.run.session.RunSession` through ``config.stash``
under :data:`~claimcheck.plugin.stash.SESSION`.  Items of every granularity
share :class:`CheckItem`: :class:`ClaimItem` checks one (claim, article) pair,
:class:`AggregateItem` one claim against every article or every claim
against one article.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, final

import pytest

from claimcheck.claims import AssertionFile, Claim
from claimcheck.engine.articles import ARTICLE_SUFFIXES
from claimcheck.errors import ArticleSkipped, ClaimcheckError
from claimcheck.plugin.batches import BatchedFile
from claimcheck.plugin.blocks import FailureText, item_blocks
from claimcheck.plugin.shard import shard_articles
from claimcheck.plugin.stash import (
    ARTICLE_ITEMS_LIMIT,
    BATCHED_FILES,
    COVERAGE_ATTRIBUTE,
    GATHERED_ATTRIBUTE,
    HTML_EXTRAS,
    HTML_WANTED,
    NOTES_ATTRIBUTE,
    RESULT_ATTRIBUTE,
    RESULTS_ATTRIBUTE,
    SESSION,
)
from claimcheck.reports.html import html_extras
from claimcheck.reports.records import Outcome, ResultRecord
from claimcheck.run.pairs import PairGrid
from claimcheck.run.paths import PathList, PathRun
from claimcheck.run.results import PairCheck
from claimcheck.run.session import RunSession
from claimcheck.run.settings import Granularity, articles_per_item, items_of_file
from claimcheck.run.share import spread
from claimcheck.run.sweep import PairResult
from claimcheck.suite.names import broken_name

__all__ = [
    "AggregateItem",
    "AssertionFileNode",
    "CheckItem",
    "ClaimItem",
    "Discrepancy",
    "batched_note",
    "skip_at_item",
]


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
        display = state.collection.display_path
        broken = broken_name(
            (display(Path(n)) for n in articles.each_name() if not n.isprintable()),
            f"{display(self.path)}: article",
        )
        if broken is not None:
            raise self.CollectError(broken)
        if not articles and not state.collection.corpus_override:
            raise self.CollectError(
                f"{state.collection.display_path(self.path)}: the corpus"
                f" {', '.join(loaded.corpus)!s} (in {loaded.corpus_root}) holds no"
                f" article ({', '.join(ARTICLE_SUFFIXES)}); check 'corpus:' or the"
                " claimcheck_corpus ini key"
            )
        pairs = len(loaded.claims) * len(articles)
        granularity = items_of_file(
            state.granularity,
            pairs,
            limit=state.pair_items_max,
            marked=any(claim.marks for claim in loaded.claims),
            by_name=bool(self.config.option.keyword),
        )
        if state.granularity is Granularity.AUTO and granularity is Granularity.ARTICLE:
            state.batched.append((state.collection.display_path(self.path), pairs))
        # --claimcheck-shard: this part's articles only, at every granularity
        articles = shard_articles(self.config, articles)
        if granularity is Granularity.ARTICLE:
            auto = state.granularity is Granularity.AUTO
            per_item = self._articles_per_item(len(articles), auto=auto)
            yield from AggregateItem.collect_for(
                self, loaded, articles, granularity, per_item=per_item
            )
            return
        if granularity is not Granularity.PAIR:
            yield from AggregateItem.collect_for(self, loaded, articles, granularity)
            return
        grouped = _groups_wanted(self.config)
        # computed once per file, not once per item
        root = Path(loaded.corpus_root).resolve()
        # one Path an article, shared by its items (the list makes a new one
        # each time it is read)
        paths = list(articles)
        ids = [_article_id(article, root) for article in paths]
        shown = state.collection.display_path(self.path)
        for claim in loaded.claims:
            for article, article_id in zip(paths, ids, strict=True):
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

    def _articles_per_item(self, articles: int, *, auto: bool) -> int:
        """Articles an item of this file checks, noted for the terminal
        summary when more than one."""
        per_item = articles_per_item(
            articles,
            limit=self.config.stash[ARTICLE_ITEMS_LIMIT],
            by_name=bool(self.config.option.keyword),
        )
        if per_item > 1:
            state = self.config.stash[SESSION]
            shown = state.collection.display_path(self.path)
            self.config.stash.setdefault(BATCHED_FILES, []).append(
                BatchedFile(shown, articles, per_item, auto=auto)
            )
        return per_item


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


def batched_note(files: list[tuple[str, int]], limit: int) -> str:
    """The line saying which assertion files ``auto`` collected as one item
    per article, and how to get one per pair."""
    shown = [f"{path} ({pairs:,} pairs)" for path, pairs in files[:3]]
    if len(files) > 3:
        shown.append(f"{len(files) - 3} more")
    return (
        f"claimcheck: one item per article for {', '.join(shown)}: more"
        f" (claim, article) pairs than claimcheck_pair_items_max ({limit:,});"
        " --claimcheck-granularity=pair gives one item per pair"
    )


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

    def uses(self) -> Iterable[tuple[Path, int]]:
        """The articles this item checks, each with its number of pairs."""
        raise NotImplementedError

    def order_key(self) -> str:
        """Where this item runs: items of one article run together, so its
        index is built, used by all of them, then dropped; "" keeps an item
        that reads many articles where it was collected."""
        raise NotImplementedError

    def attach(self, report: pytest.TestReport) -> None:
        """Put this item's records, the article warnings and the coverage of
        the articles it finished on its call report."""
        notes = self.session_state.indexes.take_notes()
        if notes:
            setattr(report, NOTES_ATTRIBUTE, notes)
        covered = self.session_state.coverage.take_finished()
        if covered:
            setattr(report, COVERAGE_ATTRIBUTE, covered)


@final
class ClaimItem(CheckItem):
    """One claim checked against one article."""

    # pytest's nodes keep a __dict__ of their own fields; these are slots
    __slots__ = ("article_path", "claim", "line", "record", "shown_file", "source")

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
        self.record: ResultRecord | None = None
        self.line: int | None = None

    def uses(self) -> Iterable[tuple[Path, int]]:
        return [(self.article_path, 1)]

    def order_key(self) -> str:
        return str(self.article_path)

    def runtest(self) -> None:
        state = self.session_state
        try:
            checked = state.check(
                self.claim, self.article_path, assertion_file=self.shown_file
            )
        except ArticleSkipped as exc:
            # shown at the article, not at this line; also listed under
            # "claimcheck warnings"
            self.line = 1
            raise skip_at_item(str(exc)) from None
        finally:
            state.done(self.article_path)
        self.record = record = checked.record
        if record["evidence"]:
            self.line = record["evidence"][0]["line"]
        self.user_properties += [
            ("claim", self.claim.id),
            ("article", record["article"]),
            ("verdict", record["verdict"]),
            ("line", self.line or 0),
        ]
        message = checked.message or ""
        if checked.outcome is Outcome.FAILED:
            raise Discrepancy(message)
        if checked.outcome is Outcome.XFAILED:
            pytest.xfail(message)
        if checked.outcome is Outcome.SKIPPED:
            raise skip_at_item(message)

    def attach(self, report: pytest.TestReport) -> None:
        """Put the record (and pytest-html's evidence) on the call report."""
        if self.record:
            setattr(report, RESULT_ATTRIBUTE, self.record)
            # pytest-html shows the evidence beside the result, when it writes
            # a report (on an xdist worker too: workers get the controller's
            # options)
            if self.config.stash[HTML_WANTED]:
                extras = getattr(report, HTML_EXTRAS, [])
                setattr(report, HTML_EXTRAS, [*extras, *html_extras(self.record)])
        # the report carries it on: an item lives to the end of the run
        self.record = None
        super().attach(report)

    def reportinfo(self) -> tuple[Path, int, str]:
        # 0-based; the article's first line until evidence names another
        line = 0 if self.line is None else self.line - 1
        return self.article_path, line, f"{self.claim.id} on {self.article_path.name}"


@final
class AggregateItem(CheckItem):
    """Many (claim, article) pairs in one item: one claim, or one article."""

    # pytest's nodes keep a __dict__ of their own fields; these are slots
    __slots__ = ("gathered", "pairs", "records", "source", "spread_out")

    def __init__(
        self,
        *,
        pairs: PairGrid,
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
        #: the records of its pairs, for the call report (on an xdist worker);
        #: None until the first
        self.records: list[ResultRecord] | None = None
        #: how many records went straight to the run's results instead
        self.gathered = 0

    @classmethod
    def collect_for(
        cls,
        parent: AssertionFileNode,
        loaded: AssertionFile,
        articles: PathList,
        granularity: Granularity,
        *,
        per_item: int = 1,
    ) -> Iterator[AggregateItem]:
        """One item per claim, or one per article (or per ``per_item``
        consecutive articles), of an assertion file."""
        if granularity is Granularity.CLAIM:
            for claim in loaded.claims:
                pairs = PairGrid([claim], articles)
                item = cls.from_parent(
                    parent, name=claim.id, pairs=pairs, source=loaded, spread_out=True
                )
                for mark in claim.marks:
                    item.add_marker(mark)
                yield item
            return
        root = Path(loaded.corpus_root).resolve()
        for start in range(0, len(articles), per_item):
            # the item keeps its articles' places in the shared list, not Paths
            run = PathRun(articles, start, min(start + per_item, len(articles)))
            name = _article_id(run[0], root)
            if len(run) > 1:
                name += f"..{_article_id(run[-1], root)}"
            name = f"[{name}]"
            pairs = PairGrid(loaded.claims, run)
            yield cls.from_parent(parent, name=name, pairs=pairs, source=loaded)

    def uses(self) -> Iterable[tuple[Path, int]]:
        return self.pairs.uses()

    def order_key(self) -> str:
        articles = self.pairs.articles
        # a run of articles sorts at its first: runs of one list stay in order
        if len(articles) == 1 or isinstance(articles, PathRun):
            return str(articles[0])
        return ""

    def runtest(self) -> None:
        state = self.session_state
        shown = state.collection.display_path(Path(self.source.path))
        failures = FailureText(item_blocks(self.config))
        accepted = 0
        skipped = True
        for checked in self._checks(state, shown):
            self._keep(state, checked.record)
            if checked.outcome is Outcome.FAILED:
                failures.add(checked.message or "")
            accepted += checked.outcome is Outcome.XFAILED
            skipped = skipped and checked.outcome is Outcome.SKIPPED
        if failures:
            head = f"{failures.count} of {len(self.pairs)} checks failed"
            if accepted:
                head += f" ({accepted} more accepted by {state.baseline.path})"
            raise Discrepancy(failures.text(head))
        if accepted:
            pytest.xfail(
                f"{accepted} {'discrepancy' if accepted == 1 else 'discrepancies'}"
                f" accepted in {state.baseline.path}"
            )
        if (self.records or self.gathered) and skipped:
            raise skip_at_item(f"{self.name}: no fact is stated in any article checked")

    def attach(self, report: pytest.TestReport) -> None:
        """Put the records of every pair on the call report, or how many
        the run has already."""
        if self.records:
            setattr(report, RESULTS_ATTRIBUTE, self.records)
        if self.gathered:
            setattr(report, GATHERED_ATTRIBUTE, self.gathered)
        # the report carries them on: an item lives to the end of the run
        self.records = None
        self.gathered = 0
        super().attach(report)

    def _keep(self, state: RunSession, record: ResultRecord) -> None:
        """A pair's record: to the run's results (on disk) as soon as it is
        made when this process gathers them, else onto the call report."""
        if state.gathers:
            state.results.add([record])
            self.gathered += 1
        elif self.records is None:
            self.records = [record]
        else:
            self.records.append(record)

    def _checks(self, state: RunSession, shown: str) -> Iterator[PairCheck]:
        """Each pair checked, in collection order.

        Pairs on a skipped article are left out; an error is raised at its
        pair's place.  Claim items planned in a sweep take the checks it
        made article by article (see claimcheck.run.sweep).  On one of
        several xdist workers, a claim item checks its articles in the
        worker's own order (see claimcheck.run.share.spread), then hands
        them on in collection order.
        """
        swept = state.swept(self.nodeid)
        checks: Iterable[PairResult]
        if swept is not None:
            checks = swept
        else:
            checks = (self._check(state, i, shown) for i in range(len(self.pairs)))
        rank, count = state.worker
        if swept is None and self.spread_out and count > 1:
            order = spread(len(self.pairs), rank, count)
            done = {i: self._check(state, i, shown) for i in order}
            checks = (done[i] for i in range(len(self.pairs)))
        for checked in checks:
            if isinstance(checked, Exception):
                raise checked
            if checked is not None:
                yield checked

    def _check(self, state: RunSession, i: int, shown: str) -> PairResult:
        claim, path = self.pairs[i]
        return state.check_in_item(claim, path, shown)

    def reportinfo(self) -> tuple[Path, int, str]:
        return Path(self.source.path), 0, self.name
