"""pytest hooks: thin glue over the claimcheck core.

Each hook delegates to the run's :class:`~claimcheck.run.session.RunSession`,
kept in ``config.stash`` under :data:`~claimcheck.plugin.items.SESSION`.  The
options are registered and read in :mod:`claimcheck.plugin.options`, the
collected nodes live in :mod:`claimcheck.plugin.items`, the xdist glue in
:mod:`claimcheck.plugin.workers` and :mod:`claimcheck.plugin.xdist`.
"""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast, final

import pytest

from claimcheck.errors import ClaimcheckError
from claimcheck.plugin.items import (
    COVERAGE_ATTRIBUTE,
    HTML_WANTED,
    NOTES_ATTRIBUTE,
    RESULT_ATTRIBUTE,
    RESULTS_ATTRIBUTE,
    SESSION,
    WIRE_ATTRIBUTES,
    AssertionFileNode,
    CheckItem,
    collects,
    expect_articles,
    select_and_order,
)
from claimcheck.plugin.options import CORPUS_NOTE, add_options, open_session
from claimcheck.plugin.shard import SHARD, empty_shard_note
from claimcheck.plugin.workers import (
    close_share,
    hear_coverage,
    hear_selection,
    join_workers,
    offer_share,
    tell_coverage,
    tell_selection,
)
from claimcheck.reports.records import ResultRecord, Status, with_outcome
from claimcheck.reports.summary import COLOURS, Painter, unpainted
from claimcheck.run.atomic import write_atomic as write_atomic  # public here too
from claimcheck.run.share import pack, unpack

if TYPE_CHECKING:
    from _pytest._io import TerminalWriter

__all__ = ["SESSION", "write_atomic"]


def pytest_addoption(parser: pytest.Parser) -> None:
    """Register the ``--claimcheck-*`` options and ``claimcheck_*`` ini keys."""
    add_options(parser)


def pytest_configure(config: pytest.Config) -> None:
    """Open the run's session; the controller also gathers every result."""
    config.stash[SESSION] = open_session(config)
    config.stash[HTML_WANTED] = bool(config.getoption("htmlpath", None))
    workerinput = getattr(config, "workerinput", None)
    if workerinput is None:
        config.pluginmanager.register(ResultsPlugin(config), "claimcheck-results")
    else:
        join_workers(config, workerinput)


@pytest.hookimpl(optionalhook=True)
def pytest_report_header(config: pytest.Config) -> list[str]:
    """A corpus that stands in for the configured one, in one line."""
    note = config.stash.get(CORPUS_NOTE, None)
    return [note] if note else []


def pytest_configure_node(node: Any) -> None:
    """(xdist controller) Hand a local worker the folder indexes are shared in."""
    offer_share(node)


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: Any) -> None:
    """(xdist controller) Hear whether the worker's selection was empty, and
    take its coverage."""
    hear_selection(node)
    hear_coverage(node)


def pytest_sessionfinish(session: pytest.Session) -> None:
    """(xdist worker) Send the coverage of the articles this worker checked."""
    tell_coverage(session.config)


def pytest_unconfigure(config: pytest.Config) -> None:
    """Remove the run's records and what the workers shared indexes through."""
    session = config.stash.get(SESSION, None)
    if session is not None:
        session.results.records.close()
    close_share(config)


@pytest.hookimpl(wrapper=True)
def pytest_report_to_serializable(
    config: pytest.Config,
) -> Generator[None, dict[str, Any] | None, dict[str, Any] | None]:
    """(xdist worker) Send each report's verdict records as one JSON string."""
    data = yield
    # other users of this hook (such as a report log) get the records as is
    if data is not None and hasattr(config, "workerinput"):
        pack(data, WIRE_ATTRIBUTES)
    return data


@pytest.hookimpl(tryfirst=True)
def pytest_report_from_serializable(data: dict[str, Any]) -> None:
    """(xdist controller) Restore the verdict records a worker sent as JSON."""
    unpack(data, WIRE_ATTRIBUTES)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """(xdist) Plain ``-n``: send all items of one article to one worker."""
    if not config.stash[SESSION].by_article:
        return None
    from claimcheck.plugin.xdist import ArticleScheduling

    return ArticleScheduling(config, log)


def pytest_collect_file(
    file_path: Path, parent: pytest.Collector
) -> pytest.File | None:
    """Collect the assertion files of the run."""
    if not collects(file_path, parent.config):
        return None
    node: pytest.File = AssertionFileNode.from_parent(parent, path=file_path)
    return node


def pytest_collection_modifyitems(
    config: pytest.Config, items: list[pytest.Item]
) -> None:
    """Deselect unchanged articles' items; order items article by article."""
    select_and_order(config, items)
    selector = config.stash[SHARD]
    if selector is not None and selector.got_nothing:
        # every article fell in other parts: a pass, as for --claimcheck-changed
        config.stash[SESSION].selected_nothing = True
    tell_selection(config)


def pytest_collection_finish(session: pytest.Session) -> None:
    """Count each article's items, after ``-k``/``-m`` deselection."""
    expect_articles(session.items)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """Attach a claim item's verdict records to its call report."""
    report = yield
    if call.when == "call" and isinstance(item, CheckItem):
        item.attach(report)
    return report


@final
class ResultsPlugin:
    """(controller) Gathers the results of every item, also those of xdist
    workers, and ends the run with them."""

    def __init__(self, config: pytest.Config) -> None:
        self.session = config.stash[SESSION]
        self.config = config
        # the FAILURES section of a run with many discrepancies (see there)
        from claimcheck.plugin.blocks import FailureBlocks

        self.blocks = FailureBlocks(config, self.session.results)
        config.pluginmanager.register(self.blocks, "claimcheck-failure-blocks")

    @pytest.hookimpl(trylast=True)
    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        """Keep the records, article warnings and coverage a call report
        carries."""
        # the plugin attaches its attributes to the call phase only
        if report.when == "call":
            self.session.results.note(getattr(report, NOTES_ATTRIBUTE, None) or ())
            records = _records(report)
            self.session.results.add(records)
            if records and report.failed:
                self.blocks.discrepant.add(report.nodeid)
            self.session.coverage.gather(
                getattr(report, COVERAGE_ATTRIBUTE, None) or ()
            )
            # pytest keeps every report to the end, the records are on disk
            # now; every other plugin has seen them (trylast)
            for name in WIRE_ATTRIBUTES:
                report.__dict__.pop(name, None)

    def pytest_terminal_summary(
        self, terminalreporter: pytest.TerminalReporter
    ) -> None:
        """Write the claimcheck summary, article warnings and output errors."""
        writer = self.config.get_terminal_writer()
        paint = _painter(writer) if writer.hasmarkup else unpainted
        lines = self.session.summary(writer.fullwidth, paint)
        # put the reports back for the short test summary that follows
        left_out = self.blocks.restore()
        if left_out and lines:
            lines.insert(1, left_out)
        _section(terminalreporter, "claimcheck", lines)
        if self.config.get_verbosity() >= 0:
            _section(
                terminalreporter,
                "claimcheck coverage",
                self.session.coverage_lines(verbose=self.config.get_verbosity() > 0),
            )
        note = self.session.empty_selection_note() or empty_shard_note(
            self.config, self.session.selected_nothing
        )
        if note:
            terminalreporter.write_line(note)
        warnings = list(self.session.results.notes)
        _section(terminalreporter, "claimcheck warnings", warnings)
        if self.session.write_error:
            terminalreporter.write_line(f"ERROR: {self.session.write_error}", red=True)

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        """Write the run's outputs; an unwritable one is a usage error.

        A run whose items ``--claimcheck-changed`` all deselected (a pull
        request that touches only the baseline or the docs) passes instead of
        ending with pytest's "no tests ran" (exit 5).
        """
        if (
            session.exitstatus == pytest.ExitCode.NO_TESTS_COLLECTED
            and self.session.selected_nothing
        ):
            session.exitstatus = pytest.ExitCode.OK
        try:
            self.session.finish()
            if self.session.stale_failed and session.exitstatus == 0:
                session.exitstatus = pytest.ExitCode.TESTS_FAILED
        except ClaimcheckError:
            # shown in the terminal summary, which pytest writes after this
            session.exitstatus = pytest.ExitCode.USAGE_ERROR


def _records(report: pytest.TestReport) -> list[ResultRecord]:
    """The verdict records a call report carries (plain data, as they came over
    xdist's wire); a pair item's with the outcome pytest gave it."""
    record = getattr(report, RESULT_ATTRIBUTE, None)
    if isinstance(record, dict):
        return [with_outcome(cast(ResultRecord, record), _outcome(report))]
    records = getattr(report, RESULTS_ATTRIBUTE, None)
    return records if isinstance(records, list) else []


def _outcome(report: pytest.TestReport) -> str:
    """The report's outcome; ``xfailed`` for an expected failure, as a claim or
    article item's records say it."""
    if report.skipped and hasattr(report, "wasxfail"):
        return "xfailed"
    return report.outcome


def _painter(writer: TerminalWriter) -> Painter:
    """Colours of the statuses, as the terminal writer marks them up."""

    def paint(text: str, status: Status) -> str:
        colour = COLOURS[status]
        return writer.markup(text, **{colour: True}) if colour else text

    return paint


def _section(reporter: pytest.TerminalReporter, title: str, lines: list[str]) -> None:
    if lines:
        reporter.write_sep("=", title)
        for line in lines:
            reporter.write_line(line)
