"""Coverage while the run checks: which figures of each article a claim checks.

A *figure* is a number the article's index bound to a measure word (figures
of time left out, as ``claimcheck suggest`` leaves them out).  A quantity
claim run on the article *checks* a figure when the engine would weigh it for
the claim: one of the claim's measure terms starts where the figure's measure
word does, and the figure's unit compares with the claim's
(:func:`~claimcheck.engine.match.quantity_in_claim_unit`).

:class:`RunCoverage` follows each article from its first check, while its
index is alive, to its last expected item, and keeps only a small
:class:`~claimcheck.reports.coverage.ArticleCoverage` after that.  An
article's coverage may come in parts (an article whose items are spread over
xdist workers): the controller merges them
(:func:`~claimcheck.reports.coverage.merge_articles`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import final

from claimcheck.claims import Claim, QuantityClaim
from claimcheck.engine.index import ArticleIndex, Mention
from claimcheck.engine.match import quantity_in_claim_unit
from claimcheck.reports.coverage import (
    ArticleCoverage,
    CoverageDigest,
    CoverageReport,
    FigureRecord,
    claim_coverage,
    coverage_digest,
    coverage_report,
)
from claimcheck.reports.records import ResultRecord
from claimcheck.run.paths import PathList, Pending
from claimcheck.run.store import PickleStore
from claimcheck.suggest.figures import is_time, quote

__all__ = ["ArticleFigures", "RunCoverage", "article_coverage"]


@dataclass(slots=True)
class _Figure:
    mention: Mention
    record: FigureRecord
    #: where the other measure words it counts start ("All 52 passengers on
    #: board were killed": one figure, for aboard and killed)
    also: list[int] = field(default_factory=list)


@final
class ArticleFigures:
    """One article's figures, struck off as claims check them."""

    def __init__(self, index: ArticleIndex) -> None:
        article = index.article
        text = article.text
        self.article = article.path
        self._figures: list[_Figure] = []
        for mention in index.mentions:
            if mention.bound is None or is_time(mention.quantity):
                continue
            if mention.rule == "shared" and self._figures:
                self._figures[-1].also.append(mention.bound[0])
                continue
            q = mention.quantity
            line, column = article.position(q.start)
            record: FigureRecord = {
                "line": line,
                "column": column,
                "text": q.text,
                "measure": text[mention.bound[0] : mention.bound[1]],
                "quote": quote(text, mention.sentence, q.start, q.end),
            }
            self._figures.append(_Figure(mention, record))
        self.figures = len(self._figures)
        #: ordinals of the figures no claim has checked yet
        self._unchecked = set(range(self.figures))

    def checked_by(self, claim: Claim, index: ArticleIndex) -> tuple[int, ...]:
        """The ordinals of the figures ``claim`` checks (``index`` is the
        article's)."""
        if not self._figures or not isinstance(claim, QuantityClaim):
            return ()
        # where the claim's measure terms start: the index keeps these hits,
        # which the claim's match has just looked up
        own = {start for start, _ in index.hits(claim.measure)}
        return tuple(
            n
            for n, f in enumerate(self._figures)
            if f.mention.bound is not None
            and (f.mention.bound[0] in own or not own.isdisjoint(f.also))
            and quantity_in_claim_unit(f.mention, claim) is not None
        )

    def strike(self, ordinals: Iterable[int]) -> None:
        """Strike off the figures of these ordinals (as :meth:`checked_by`
        gave them)."""
        self._unchecked.difference_update(ordinals)

    def check(self, claim: Claim, index: ArticleIndex) -> tuple[int, ...]:
        """Strike off the figures ``claim`` checks; their ordinals."""
        checked = self.checked_by(claim, index)
        self.strike(checked)
        return checked

    def summary(self) -> ArticleCoverage:
        """The article's figures and those no claim checked, as plain data."""
        return {
            "article": self.article,
            "figures": self.figures,
            "unchecked": [
                f.record for n, f in enumerate(self._figures) if n in self._unchecked
            ],
        }


def article_coverage(index: ArticleIndex, claims: Iterable[Claim]) -> ArticleCoverage:
    """The coverage of one article by ``claims``."""
    figures = ArticleFigures(index)
    for claim in claims:
        figures.check(claim, index)
    return figures.summary()


@final
class RunCoverage:
    """The run's coverage: articles followed on this process, parts gathered.

    Each process follows the articles it checks (:meth:`check`) and keeps
    their summaries once their last expected item is done.  The process that
    gathers the run's coverage writes them to disk at once (a run of 100,000
    articles keeps 100,000 summaries); an xdist worker's travel on that
    item's report, as its results do, and the controller :meth:`gather`-s
    them.  What is still open at the end (an article whose other items ran
    on another worker) is sent when the worker finishes.
    """

    def __init__(self, *, enabled: bool = True) -> None:
        #: the claimcheck_coverage ini key
        self.enabled = enabled
        #: this process gathers the run's coverage (False on an xdist worker)
        self.gathers = True
        self._open: dict[Path, ArticleFigures] = {}
        self._pending = Pending()
        #: (xdist worker) summaries for the next item's report
        self._finished: list[ArticleCoverage] = []
        #: the summaries gathered, on disk
        self._gathered: PickleStore[ArticleCoverage] = PickleStore()
        #: parts came from other processes: an article may have several
        self._parted = False
        self._report: CoverageReport | None = None

    def expect(self, path: Path, times: int = 1) -> None:
        """``times`` more checks will read ``path``."""
        if self.enabled:
            self._pending.expect(path, times)

    def expect_each(self, paths: PathList, times: int) -> None:
        """``times`` more checks will read each of ``paths``."""
        if self.enabled:
            self._pending.expect_each(paths, times)

    def check(
        self,
        claim: Claim,
        path: Path,
        index: ArticleIndex,
        checked: tuple[int, ...] | None = None,
    ) -> tuple[int, ...] | None:
        """``claim`` was matched against the article at ``path``: strike off
        the figures it checks (``checked``, when known from an earlier run);
        their ordinals, or None when coverage is off."""
        if not self.enabled:
            return None
        figures = self._open.get(path)
        if figures is None:
            figures = self._open[path] = ArticleFigures(index)
        if checked is None:
            return figures.check(claim, index)
        figures.strike(checked)
        return checked

    def done(self, path: Path) -> None:
        """An item checking ``path`` finished: after its last, keep the summary."""
        if not self.enabled or not self._pending.done(path):
            return
        figures = self._open.pop(path, None)
        if figures is None:
            return
        if self.gathers:
            self._gathered.extend([figures.summary()])
            self._report = None
        else:
            self._finished.append(figures.summary())

    def take_finished(self) -> list[ArticleCoverage]:
        """The summaries of the articles whose last item is done, since the
        last call (they travel on that item's report)."""
        finished, self._finished = self._finished, []
        return finished

    def take(self) -> list[ArticleCoverage]:
        """This process's article summaries, those gathered and the articles
        still open included (items of theirs ran elsewhere or were
        deselected); none are kept."""
        taken = [*self._gathered, *self._finished]
        taken += [f.summary() for f in self._open.values()]
        self._gathered.close()
        self._finished, self._open = [], {}
        return taken

    def gather(self, parts: Iterable[ArticleCoverage]) -> None:
        """Keep article summaries from other processes (xdist workers)."""
        parts = list(parts)
        if parts:
            self._gathered.extend(parts)
            self._parted = True
            self._report = None

    def _close_open(self) -> None:
        """Summaries of the articles still open join those gathered."""
        if self._open or self._finished:
            own = self._finished + [f.summary() for f in self._open.values()]
            self._finished, self._open = [], {}
            self._gathered.extend(own)
            self._report = None

    def report(self, records: Iterable[ResultRecord]) -> CoverageReport | None:
        """The run's coverage (None when off), every article's in it; this
        process's own summaries are gathered first."""
        if not self.enabled:
            return None
        self._close_open()
        if self._report is None:
            self._report = coverage_report(self._gathered, records)
        return self._report

    def digest(self, records: Iterable[ResultRecord]) -> CoverageDigest | None:
        """What the terminal says of the run's coverage (None when off).

        Without parts from other processes each article has one summary, so
        the summaries are walked once from disk and none is kept; parts are
        merged first, in memory (see :meth:`report`).
        """
        if not self.enabled:
            return None
        self._close_open()
        if self._parted or self._report is not None:
            report = self.report(records)
            assert report is not None
            return coverage_digest(report["articles"], report["claims"])
        return coverage_digest(self._gathered, claim_coverage(records))
