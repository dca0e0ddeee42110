"""The plugin that gathers the results of the run (on xdist's controller,
also those of the workers) and ends the run with them: the terminal
summary, the reports."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, cast, final

import pytest

from claimcheck.errors import ClaimcheckError
from claimcheck.plugin.blocks import FailureBlocks
from claimcheck.plugin.shard import empty_shard_note
from claimcheck.plugin.stash import (
    COVERAGE_ATTRIBUTE,
    GATHERED_ATTRIBUTE,
    ITEM_ATTRIBUTE,
    ITEM_REPORT,
    NOTES_ATTRIBUTE,
    RESULT_ATTRIBUTE,
    RESULTS_ATTRIBUTE,
    SESSION,
    WIRE_ATTRIBUTES,
)
from claimcheck.reports.records import ResultRecord, Status, with_outcome
from claimcheck.reports.summary import COLOURS, Painter, unpainted

if TYPE_CHECKING:
    from _pytest._io import TerminalWriter

__all__ = ["ResultsPlugin", "lighten"]

#: the keywords of a lightened report (item.keywords has them)
_NO_KEYWORDS: Mapping[str, Any] = MappingProxyType({})


@final
class ResultsPlugin:
    """(controller) Gathers the results of every item, also those of xdist
    workers, and ends the run with them."""

    def __init__(self, config: pytest.Config) -> None:
        self.session = config.stash[SESSION]
        self.config = config
        # the FAILURES section of a run with many discrepancies (see there)
        self.blocks = FailureBlocks(config, self.session.results)
        config.pluginmanager.register(self.blocks, "claimcheck-failure-blocks")

    @pytest.hookimpl(trylast=True)
    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        """Keep the records, article warnings and coverage a call report
        carries; make a claim item's passed report lighter."""
        made_here = self.config.stash.get(ITEM_REPORT, None) is report
        if (made_here or report.__dict__.pop(ITEM_ATTRIBUTE, False)) and report.passed:
            lighten(report)
        # the plugin attaches its attributes to the call phase only
        if report.when == "call":
            self.session.results.note(getattr(report, NOTES_ATTRIBUTE, None) or ())
            records = _records(report)
            self.session.results.add(records)
            gathered = getattr(report, GATHERED_ATTRIBUTE, 0)
            if (records or gathered) and report.failed:
                self.blocks.discrepant.add(report.nodeid)
                self.blocks.shorten(report)
            self.session.coverage.gather(
                getattr(report, COVERAGE_ATTRIBUTE, None) or ()
            )
            # pytest keeps every report to the end, the records are on disk
            # now; every other plugin has seen them (trylast)
            for name in (*WIRE_ATTRIBUTES, GATHERED_ATTRIBUTE):
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
        if left_out:
            # under the counts sentence
            lines = _after_first(lines, left_out)
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


def lighten(report: pytest.TestReport) -> None:
    """A passed report of a claim item, once every plugin has logged it
    (trylast): its copy of the item's keywords (some 270 bytes a report,
    three reports an item, which pytest keeps to the end of the run) and its
    empty lists of sections and user properties (56 bytes each) give way to
    shared empty ones.  Lists with something in them are kept."""
    fields = vars(report)
    fields["keywords"] = _NO_KEYWORDS
    for name in ("sections", "user_properties"):
        if not fields.get(name, True):
            fields[name] = ()


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


def _after_first(lines: Iterator[str], line: str) -> Iterator[str]:
    """``lines`` with ``line`` after the first (none when ``lines`` is empty)."""
    for first in lines:
        yield first
        yield line
        break
    yield from lines


def _section(
    reporter: pytest.TerminalReporter, title: str, lines: Iterable[str]
) -> None:
    """A titled section of the terminal summary, written line by line; none
    when there are no lines."""
    for n, line in enumerate(lines):
        if not n:
            reporter.write_sep("=", title)
        reporter.write_line(line)
