"""A run with many discrepancies: the one-line list in place of failure blocks.

pytest writes a block for every failing item in its FAILURES section, and
looks up each one's teardown among all the run's reports as it does (a cost
of failures times items).  Past a few dozen, blocks are not what an analyst
reads: the ``claimcheck`` section lists every discrepancy on one line
(``file:line:column: claim verdict: why``) and the reports keep the full
text.  So above ``claimcheck_max_failure_blocks`` discrepancies, with
pytest's default ``--tb=auto`` and without ``-v``, :class:`FailureBlocks`
takes claimcheck's discrepancy reports out of the FAILURES section while it
is written, and puts them back for the short test summary (one line per
failed item) and the counts.

The same limit bounds what a run keeps: pytest holds every report's failure
text to the end, so above the limit a discrepancy report's text is cut to
one line once every plugin has seen it (:func:`shorten`), and an item of
many pairs writes its first discrepancies in full and counts the rest
(:class:`FailureText`).
"""

from __future__ import annotations

from collections.abc import Generator
from typing import TYPE_CHECKING, Any, final

import pytest

from claimcheck.errors import ClaimcheckError
from claimcheck.run.settings import whole_number

if TYPE_CHECKING:
    from claimcheck.run.results import RunResults

__all__ = [
    "MAX_FAILURE_BLOCKS",
    "FailureBlocks",
    "FailureText",
    "blocks_limit",
    "blocks_wanted",
    "item_blocks",
]

#: default of the ``claimcheck_max_failure_blocks`` ini key
MAX_FAILURE_BLOCKS = 20


def blocks_limit(value: str) -> int:
    """The ``claimcheck_max_failure_blocks`` ini value as a number."""
    return whole_number(
        "claimcheck_max_failure_blocks",
        value,
        example=MAX_FAILURE_BLOCKS,
        meaning="above it the terminal lists discrepancies one a line instead of"
        " a failure block each",
    )


def blocks_wanted(config: pytest.Config, discrepancies: int, limit: int) -> bool:
    """Whether pytest writes a failure block for every discrepancy.

    Up to ``limit`` it does; above, only when asked: ``-v``, or a ``--tb``
    style other than pytest's default (``--tb=line`` and ``--tb=no`` are
    already one line or none).
    """
    if discrepancies <= limit or config.option.verbose > 0:
        return True
    return str(config.option.tbstyle) != "auto"


def _every_block(config: pytest.Config) -> bool:
    """Whether the user asked for pytest's failure blocks whatever their
    number: ``-v``, or a long traceback style."""
    if config.option.verbose > 0:
        return True
    return str(config.option.tbstyle) in ("long", "short", "native")


#: the limit of an item's discrepancies written in full, per run
_ITEM_BLOCKS = pytest.StashKey[int | None]()


def item_blocks(config: pytest.Config) -> int | None:
    """How many discrepancies an item of many pairs writes in full; None
    for all of them (``-v``, ``--tb=long``)."""
    if _ITEM_BLOCKS not in config.stash:
        limit = None
        if not _every_block(config):
            try:
                limit = blocks_limit(
                    str(config.getini("claimcheck_max_failure_blocks"))
                )
            except ClaimcheckError as exc:
                raise pytest.UsageError(str(exc)) from None
        config.stash[_ITEM_BLOCKS] = limit
    return config.stash[_ITEM_BLOCKS]


@final
class FailureText:
    """The failure text of an item of many pairs: its first ``limit``
    discrepancies in full (all when ``limit`` is None), the rest counted."""

    def __init__(self, limit: int | None) -> None:
        self.limit = limit
        self.count = 0
        self.blocks: list[str] = []

    def __bool__(self) -> bool:
        return self.count > 0

    def add(self, message: str) -> None:
        self.count += 1
        if self.limit is None or len(self.blocks) < self.limit:
            self.blocks.append(message)

    def text(self, head: str) -> str:
        """The whole text, under ``head``."""
        parts = [head, *self.blocks]
        rest = self.count - len(self.blocks)
        if rest:
            parts.append(
                f"... and {rest} more {'discrepancy' if rest == 1 else 'discrepancies'}"
                " of this item, each listed on one line in the claimcheck section and"
                " in full in the reports (more than claimcheck_max_failure_blocks ="
                f" {self.limit}; -v or --tb=long writes them all here)"
            )
        return "\n\n".join(parts)


@final
class FailureBlocks:
    """(controller) Leaves claimcheck's discrepancies out of pytest's FAILURES
    section when there are many, and puts them back after it."""

    def __init__(self, config: pytest.Config, results: RunResults) -> None:
        self.config = config
        self.results = results
        try:
            self.limit = blocks_limit(
                str(config.getini("claimcheck_max_failure_blocks"))
            )
        except ClaimcheckError as exc:
            raise pytest.UsageError(str(exc)) from None
        #: node ids of the items that failed with discrepancies
        self.discrepant: set[str] = set()
        self._stats: dict[str, list[Any]] = {}
        self._all: list[Any] | None = None
        #: how many failure blocks were left out
        self.left_out = 0

    @pytest.hookimpl(wrapper=True, tryfirst=True)
    def pytest_terminal_summary(
        self, terminalreporter: pytest.TerminalReporter
    ) -> Generator[None]:
        """Many discrepancies: pytest's FAILURES section leaves them out."""
        if not blocks_wanted(self.config, self.results.discrepancies, self.limit):
            self.leave_out(terminalreporter.stats)
        try:
            return (yield)
        finally:
            self.restore()

    def leave_out(self, stats: dict[str, list[Any]]) -> None:
        """Take the discrepancy reports out of the ``failed`` reports (one
        pass over them)."""
        failed = stats.get("failed")
        if not failed or self._all is not None:
            return
        kept = [
            r for r in failed if r.when != "call" or r.nodeid not in self.discrepant
        ]
        self.left_out = len(failed) - len(kept)
        self._stats, self._all = stats, failed
        stats["failed"] = kept

    def shorten(self, report: pytest.TestReport) -> None:
        """Past the limit, a discrepancy report keeps the first line of its
        failure text (pytest's short test summary shows it): pytest keeps
        every report to the end of the run, and the FAILURES section will
        leave this one out whatever the run finds later.  Plugins that read
        reports as they come (JUnit XML) have read the whole text."""
        if blocks_wanted(self.config, self.results.discrepancies, self.limit):
            return
        report.longrepr = str(report.longrepr).split("\n", 1)[0]

    def restore(self) -> str | None:
        """Put every failed report back (for the short test summary and the
        counts); the line saying what was left out, if anything was."""
        if self._all is None:
            return None
        self._stats["failed"], self._all = self._all, None
        if not self.left_out:
            return None
        return (
            f"{self.results.discrepancies} discrepancies, more than"
            f" claimcheck_max_failure_blocks = {self.limit}: each is listed below"
            " on one line, in full in the reports; -v or --tb=long shows"
            " pytest's failure blocks"
        )
