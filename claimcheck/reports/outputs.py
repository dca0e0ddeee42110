"""What a run leaves behind: report files, the baseline, CI annotations.

The plugin hands the run's records to one :class:`RunOutputs` at the end of
the session (on the xdist controller, where every worker's records arrive);
it never imports pytest.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, final

from claimcheck.reports.baseline import Baseline, render_baseline, update_baseline
from claimcheck.reports.formats import (
    claimcheck_version,
    counts_sentence,
    report_format,
    run_metadata,
    write_reports,
)
from claimcheck.reports.github import step_summary, workflow_commands
from claimcheck.reports.records import summary_lines
from claimcheck.run.atomic import check_writable

__all__ = ["RunOutputs"]


@final
class RunOutputs:
    """Writes a run's report files, keeps its baseline, annotates CI."""

    def __init__(
        self,
        *,
        rootdir: Path,
        reports: Sequence[str],
        baseline: Baseline,
        prune: bool,
        environ: Mapping[str, str],
        write: Callable[[Path, str], None],
    ) -> None:
        for path in reports:
            # a wrong suffix or an unwritable place stops the run before it starts
            report_format(path)
            check_writable(Path(path), "--claimcheck-report")
        self.rootdir = rootdir
        self.reports = tuple(reports)
        self.baseline = baseline
        self.prune = prune
        self.environ = environ
        self.write = write
        self.lines: list[str] = []

    @property
    def on_github(self) -> bool:
        return self.environ.get("GITHUB_ACTIONS") == "true"

    def finish(self, records: Sequence[Mapping[str, Any]]) -> None:
        """Write the reports and the baseline; append the CI step summary."""
        if not records:
            return
        summary_file = self.environ.get("GITHUB_STEP_SUMMARY")
        if not (self.on_github and summary_file):
            summary_file = None
        # the metadata's counts take a pass over every record: only when written
        meta = self._metadata(records) if self.reports or summary_file else None
        if meta is not None:
            write_reports(self.reports, records, meta, self.write)
        self._keep_baseline(records)
        if meta is not None and summary_file:
            # appended, not replaced: other steps' summaries share the file
            with open(summary_file, "a", encoding="utf-8") as handle:
                handle.write(step_summary(records, counts_sentence(meta)))

    def _metadata(self, records: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
        return run_metadata(
            records,
            rootdir=str(self.rootdir),
            created=datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
            version=claimcheck_version(),
        )

    def _keep_baseline(self, records: Sequence[Mapping[str, Any]]) -> None:
        upkeep = update_baseline(
            self.baseline,
            records,
            add=self.baseline.updating,
            prune=self.prune,
            article_exists=lambda a: (self.rootdir / a).exists(),
        )
        written = (self.baseline.updating or self.prune) and upkeep.changed
        if written:
            path = self.rootdir / upkeep.baseline.path
            self.write(path, render_baseline(upkeep.baseline))
        self.lines += upkeep.lines(written=written)

    def summary(self, records: Sequence[Mapping[str, Any]], width: int) -> list[str]:
        """The terminal summary: matrix, discrepancies, baseline notes, and
        under GitHub Actions the workflow commands that annotate the articles.
        """
        lines = summary_lines(records, width=width) + self.lines
        if self.on_github:
            lines += workflow_commands(records)
        return lines
