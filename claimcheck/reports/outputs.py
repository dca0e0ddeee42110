"""What a run leaves behind: report files, the baseline, CI annotations.

The run's session hands its records to one :class:`RunOutputs` at the end
(on the xdist controller, where every worker's records arrive); it never
imports pytest.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import final

from claimcheck.reports.baseline import (
    Baseline,
    Upkeep,
    render_baseline,
    update_baseline,
)
from claimcheck.reports.coverage import CoverageReport
from claimcheck.reports.formats import ReportFormat, report_format, write_reports
from claimcheck.reports.github import step_summary, summary_head, workflow_commands
from claimcheck.reports.guard import refuse_user_files
from claimcheck.reports.jsonfile import results_json
from claimcheck.reports.records import ResultRecord
from claimcheck.reports.summary import (
    Painter,
    RunMetadata,
    ShardPlace,
    StaleRecord,
    claimcheck_version,
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
        assertion_folders: Sequence[str] = (),
        shard: ShardPlace | None = None,
        corpus: Sequence[Path] = (),
    ) -> None:
        # a wrong suffix, an unwritable place or a file the user wrote (an
        # article, an assertion file) stops the run before it starts
        if json_path is not None:
            check_writable(json_path, "--claimcheck-json")
            refuse_user_files(json_path, "--claimcheck-json", corpus=corpus)
        for path in reports:
            report_format(path)
            check_writable(Path(path), "--claimcheck-report")
            refuse_user_files(Path(path), "--claimcheck-report", corpus=corpus)
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
        #: the folders whose YAML files the reports' ``suite`` digest covers
        self.assertion_folders = tuple(assertion_folders)
        #: --claimcheck-shard: the part of the corpus the run checks
        self.shard = shard

    @property
    def on_github(self) -> bool:
        return self.environ.get("GITHUB_ACTIONS") == "true"

    def finish(
        self,
        records: Sequence[ResultRecord],
        *,
        coverage: Callable[[], CoverageReport | None] = lambda: None,
    ) -> None:
        """Write the reports and the baseline; append the CI step summary.
        ``coverage`` gives the run's coverage (None: off) for every report
        file; it holds every article's, so it is asked for only when a report
        is written."""
        if self.json_path is not None:
            write_json(self.json_path, results_json(records), self.write)
        if not records:
            if self.shard is not None:
                # a part that checked nothing still reports, so that
                # claimcheck merge finds every part of the run
                self._write_empty_part()
            return
        summary_file = self.environ.get("GITHUB_STEP_SUMMARY")
        if not (self.on_github and summary_file):
            summary_file = None
        upkeep = self._upkeep(records)
        # the metadata's counts take a pass over every record: only when written
        meta = None
        if self.reports or summary_file:
            meta = self._metadata(records, upkeep.stale_records())
            covered = coverage()
            if covered is not None:
                meta["coverage"] = covered
            write_reports(self.reports, records, meta, self.write)
        self._keep_baseline(upkeep)
        if meta is not None and summary_file:
            # appended, not replaced: other steps' summaries share the file
            with open(summary_file, "a", encoding="utf-8") as handle:
                handle.write(step_summary(records, summary_head(meta)))

    def _write_empty_part(self) -> None:
        paths = [p for p in self.reports if report_format(p) is ReportFormat.JSON]
        if paths:
            write_reports(paths, [], self._metadata([], []), self.write)

    def _metadata(
        self, records: Sequence[ResultRecord], stale: Sequence[StaleRecord]
    ) -> RunMetadata:
        meta = run_metadata(
            records,
            # the project's folder name only: reports hold no machine paths
            rootdir=self.rootdir.name,
            created=datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
            version=claimcheck_version(),
            stale=stale,
        )
        # what claimcheck merge matches the parts of a sharded run by (its
        # module is loaded only when a report is written)
        from claimcheck.reports.merge import suite_digest

        meta["suite"] = suite_digest(self.rootdir, self.assertion_folders)
        if self.shard is not None:
            meta["shard"] = self.shard
        return meta

    def _upkeep(self, records: Sequence[ResultRecord]) -> Upkeep:
        """The baseline reconciled with the run (not yet written)."""
        return update_baseline(
            self.baseline,
            records,
            add=self.baseline.updating,
            prune=self.prune,
            article_exists=lambda a: (self.rootdir / a).exists(),
        )

    def _keep_baseline(self, upkeep: Upkeep) -> None:
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
    ) -> Iterator[str]:
        """The terminal summary, line by line: matrix, discrepancies, baseline
        notes, and under GitHub Actions the workflow commands that annotate
        the articles.  ``paint`` colours it (see
        :func:`~claimcheck.reports.summary.summary_lines`).
        """
        yield from summary_lines(records, width=width, paint=paint)
        yield from self.lines
        if self.on_github:
            yield from workflow_commands(records)
