"""The run: one object that holds its state from configuration to the end.

One :class:`RunSession` lives in pytest's ``config.stash``; the plugin's hooks
delegate to it.  Each of its parts does one job: the
:class:`~claimcheck.run.collection.Collection` loads the suite, the
:class:`~claimcheck.run.indexes.ArticleIndexes` index the articles,
:func:`~claimcheck.run.results.check_pair` and
:class:`~claimcheck.run.results.RunResults` judge and keep the results, and
:class:`~claimcheck.reports.outputs.RunOutputs` writes what the run leaves
behind.  It never imports pytest.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Sequence
from pathlib import Path
from typing import final

from claimcheck.claims import AssertionFile, Claim, OutdatedPolicy
from claimcheck.engine.match import match_claim
from claimcheck.errors import ClaimcheckError
from claimcheck.reports.baseline import Baseline
from claimcheck.reports.coverage import coverage_lines, digest_lines
from claimcheck.reports.outputs import RunOutputs
from claimcheck.reports.summary import Painter, unpainted
from claimcheck.run.changes import ChangedFiles
from claimcheck.run.collection import Collection
from claimcheck.run.coverage import RunCoverage
from claimcheck.run.indexes import ArticleIndexes, Limits
from claimcheck.run.pairs import PairGrid
from claimcheck.run.paths import PathList
from claimcheck.run.results import PairCheck, RunResults, check_pair
from claimcheck.run.settings import PAIR_ITEMS_MAX, Granularity
from claimcheck.run.sweep import PairResult, Sweep, check_one
from claimcheck.suite.loader import BASELINE

__all__ = ["Granularity", "RunSession"]


@final
class RunSession:
    """The run's state: its suite, article indexes, results and outputs."""

    def __init__(
        self,
        *,
        rootdir: Path,
        default_corpus: Sequence[str],
        strict: bool = False,
        corpus_override: Sequence[Path] = (),
        limits: Limits | None = None,
        granularity: Granularity = Granularity.PAIR,
        pair_items_max: int = PAIR_ITEMS_MAX,
        baseline: Baseline | None = None,
        changed: ChangedFiles | None = None,
        outputs: RunOutputs | None = None,
        outdated: OutdatedPolicy = OutdatedPolicy.PASS,
        coverage: bool = True,
    ) -> None:
        self.rootdir = rootdir
        #: --claimcheck-strict: a disagreeing mention fails every claim
        self.strict = strict
        #: claimcheck_outdated: what an outdated verdict does
        self.outdated = outdated
        self.limits = limits or Limits()
        self.granularity = granularity
        #: claimcheck_pair_items_max: where ``auto`` turns to article items
        self.pair_items_max = pair_items_max
        #: assertion files ``auto`` collected as article items, with their pairs
        self.batched: list[tuple[str, int]] = []
        #: accepted discrepancies (--claimcheck-baseline)
        self.baseline = baseline or Baseline(path=BASELINE)
        #: the files changed since --claimcheck-changed=REF; None: check all
        self.changed = changed
        #: --claimcheck-changed deselected every collected item
        self.selected_nothing = False
        #: what the run writes at its end; None: nothing (a library use)
        self.outputs = outputs
        self.collection = Collection(
            rootdir=rootdir,
            default_corpus=default_corpus,
            corpus_override=corpus_override,
        )
        self.indexes = ArticleIndexes(self.collection, self.limits)
        self.indexes.revisits = granularity is Granularity.CLAIM
        self.results = RunResults()
        #: items reading every article, checked article by article together
        self.sweep = Sweep()
        #: figures no claim checks, claims no article states (claimcheck_coverage)
        self.coverage = RunCoverage(enabled=coverage)
        #: this process's (rank, count) among the run's xdist workers
        self.worker = (0, 1)
        #: this process gathers the run's results (not an xdist worker)
        self.gathers = True
        #: xdist schedules pair items by article (plain ``-n``)
        self.by_article = False
        #: why the run's outputs could not be written, for the summary
        self.write_error: str | None = None

    # -- collection ---------------------------------------------------------

    def load_file(self, path: Path) -> AssertionFile:
        """Load one assertion file; its claims join the suite."""
        return self.collection.load_file(path)

    def articles_for(self, assertion_file: AssertionFile) -> PathList:
        """The article paths an assertion file runs against."""
        return self.collection.articles_for(
            assertion_file, allow_outside=self.limits.allow_outside
        )

    def expect(self, article: Path, times: int = 1) -> None:
        """Note that ``times`` more checks (items, or pairs of one item) will
        read ``article``."""
        self.indexes.expect(article, times)
        self.coverage.expect(article, times)

    def expect_each(self, articles: PathList, times: int) -> None:
        """Note that ``times`` more checks will read each of ``articles``."""
        self.indexes.expect_each(articles, times)
        self.coverage.expect_each(articles, times)

    # -- checking -----------------------------------------------------------

    def check(self, claim: Claim, path: Path, *, assertion_file: str) -> PairCheck:
        """Match one claim against one article and judge the verdict."""
        index = self.indexes.index(path)
        kept = self.indexes.recall(path, claim)
        verdict, checked = kept or (match_claim(claim, index), None)
        # while the index is alive: the figures this claim checks
        figures = self.coverage.check(claim, path, index, checked)
        if kept is None or (checked is None and figures is not None):
            self.indexes.remember(path, claim, (verdict, figures))
        return check_pair(
            verdict,
            claim,
            index.article,
            assertion_file=assertion_file,
            strict=self.strict,
            baseline=self.baseline,
            outdated=self.outdated,
        )

    def check_in_item(self, claim: Claim, path: Path, shown: str) -> PairResult:
        """One pair of an item of many pairs: skipped articles give None,
        errors are returned for the item to raise at their place."""
        return check_one(self._check, claim, path, shown, self.done)

    def plan_sweep(self, key: Hashable, pairs: PairGrid, shown: str) -> None:
        """Check this item's pairs with the other planned ones, article by
        article, when the first of them runs (see :mod:`claimcheck.run.sweep`)."""
        self.sweep.plan(key, pairs, shown)

    def swept(self, key: Hashable) -> Iterator[PairResult] | None:
        """The checks of a planned item's pairs, in order, one at a time;
        None when the item was not planned."""
        if key not in self.sweep:
            return None
        return self.sweep.take(key, self._check, self.done)

    def _check(self, claim: Claim, path: Path, shown: str) -> PairCheck:
        return self.check(claim, path, assertion_file=shown)

    def done(self, path: Path) -> None:
        """One item that checks ``path`` finished."""
        self.indexes.done(path)
        self.coverage.done(path)

    # -- the end ------------------------------------------------------------

    def finish(self) -> None:
        """Write the run's outputs; a failure is kept for the summary."""
        if self.outputs is None:
            return
        try:
            records = self.results.records
            self.outputs.finish(records, coverage=lambda: self.coverage.report(records))
        except ClaimcheckError as exc:
            self.write_error = str(exc)
            raise

    @property
    def stale_failed(self) -> bool:
        """Stale baseline entries fail the run (claimcheck_baseline_stale)."""
        return self.outputs is not None and self.outputs.stale_failed

    def empty_selection_note(self) -> str | None:
        """Why ``--claimcheck-changed`` selected nothing, when it did not."""
        if self.changed is None or not self.selected_nothing:
            return None
        ref = self.changed.ref
        return (
            f"--claimcheck-changed={ref}: no article or assertion file changed"
            f" since {ref}, so nothing was checked; the run passes"
        )

    def summary(self, width: int, paint: Painter = unpainted) -> Iterator[str]:
        """The terminal summary of the results gathered so far, coloured by
        ``paint``, line by line."""
        if self.outputs is None:
            return iter(())
        return self.outputs.summary(self.results.records, width, paint)

    def coverage_lines(self, *, verbose: bool = False) -> list[str]:
        """The terminal block of the run's coverage; none when it is off."""
        records = self.results.records
        if not records:
            return []
        if verbose:
            report = self.coverage.report(records)
            return [] if report is None else coverage_lines(report, verbose=True)
        digest = self.coverage.digest(records)
        return [] if digest is None else digest_lines(digest)
