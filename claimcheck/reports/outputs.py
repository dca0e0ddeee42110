"""What a run leaves behind: report files, the baseline, CI annotations.

The run's session hands its records to one :class:`RunOutputs` at the end
(on the xdist controller, where every worker's records arrive); it never
imports pytest.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import final

from claimcheck.reports.baseline import Baseline, render_baseline, update_baseline
from claimcheck.reports.coverage import CoverageReport, coverage_sentence
from claimcheck.reports.formats import report_format, write_reports
from claimcheck.reports.github import step_summary, workflow_commands
from claimcheck.reports.jsonfile import results_json
from claimcheck.reports.records import ResultRecord
from claimcheck.reports.summary import (
    Painter,
    RunMetadata,
    claimcheck_version,
    report_sentence,
    run_metadata,
    summary_lines,
    unpainted,
)
from claimcheck.run.atomic import check_writable, write_json

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
        json_path: Path | None = None,
        fail_stale: bool = False,
    ) -> None:
        # a wrong suffix or an unwritable place stops the run before it starts
        if json_path is not None:
            check_writable(json_path, "--claimcheck-json")
        for path in reports:
            report_format(path)
            check_writable(Path(path), "--claimcheck-report")
        self.rootdir = rootdir
        #: --claimcheck-json: every result, written even when there is none
        self.json_path = json_path
        self.reports = tuple(reports)
        self.baseline = baseline
        self.prune = prune
        #: claimcheck_baseline_stale = fail: a stale entry fails the run
        self.fail_stale = fail_stale
        #: this run found stale entries and the policy says fail
        self.stale_failed = False
        self.environ = environ
        self.write = write
        self.lines: list[str] = []

    @property
    def on_github(self) -> bool:
        return self.environ.get("GITHUB_ACTIONS") == "true"

    def finish(
        self,
        records: Sequence[ResultRecord],
        *,
        coverage: CoverageReport | None = None,
    ) -> None:
        """Write the reports and the baseline; append the CI step summary.
        ``coverage`` (None: off) goes into every report file."""
        if self.json_path is not None:
            write_json(self.json_path, results_json(records), self.write)
        if not records:
            return
        summary_file = self.environ.get("GITHUB_STEP_SUMMARY")
        if not (self.on_github and summary_file):
            summary_file = None
        # the metadata's counts take a pass over every record: only when written
        meta = self._metadata(records) if self.reports or summary_file else None
        if meta is not None and coverage is not None:
            meta["coverage"] = coverage
        if meta is not None:
            write_reports(self.reports, records, meta, self.write)
        self._keep_baseline(records)
        if meta is not None and summary_file:
            # appended, not replaced: other steps' summaries share the file
            with open(summary_file, "a", encoding="utf-8") as handle:
                handle.write(step_summary(records, _summary_head(meta)))

    def _metadata(self, records: Sequence[ResultRecord]) -> RunMetadata:
        return run_metadata(
            records,
            # the project's folder name only: reports hold no machine paths
            rootdir=self.rootdir.name,
            created=datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
            version=claimcheck_version(),
        )

    def _keep_baseline(self, records: Sequence[ResultRecord]) -> None:
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
            previous = path.read_text(encoding="utf-8") if path.exists() else None
            self.write(path, render_baseline(upkeep.baseline, previous))
        self.stale_failed = self.fail_stale and upkeep.stale_left
        self.lines += upkeep.lines(written=written, fail_stale=self.fail_stale)

    def summary(
        self,
        records: Sequence[ResultRecord],
        width: int,
        paint: Painter = unpainted,
    ) -> list[str]:
        """The terminal summary: matrix, discrepancies, baseline notes, and
        under GitHub Actions the workflow commands that annotate the articles.
        ``paint`` colours it (see :func:`~claimcheck.reports.summary.summary_lines`).
        """
        lines = summary_lines(records, width=width, paint=paint) + self.lines
        if self.on_github:
            lines += workflow_commands(records)
        return lines


def _summary_head(meta: RunMetadata) -> str:
    """The CI step summary's opening: the counts, and the coverage's totals."""
    head = report_sentence(meta)
    if "coverage" in meta:
        head += f"\n\nCoverage: {coverage_sentence(meta['coverage'])}."
    return head
