"""``claimcheck merge``: the JSON reports of several runs as one run's outputs.

The parts of a sharded run (``--claimcheck-shard=K/N``, a CI matrix) each
write a JSON report; ``merge`` writes the Markdown, HTML and JSON reports and
the GitHub step summary one run over the whole corpus would have written, and
prints its summary with the stale entries of the baseline.

Exit status as ``claimcheck check``'s: 0 when no result fails, 1 when a
discrepancy the baseline does not accept (or, with
``claimcheck_baseline_stale = fail``, a stale entry) would fail the run, 2
for a usage error (a report that cannot be read, does not fit the others, or
an output that cannot be written).
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import shutil
from collections.abc import Mapping, Sequence
from itertools import chain
from pathlib import Path
from typing import Any, TextIO

from claimcheck.cli.ini import Project, find_project
from claimcheck.errors import ClaimcheckError
from claimcheck.reports.baseline import load_baseline, stale_fails, update_baseline
from claimcheck.reports.formats import ReportFormat, report_format, write_reports
from claimcheck.reports.github import step_summary, summary_head
from claimcheck.reports.guard import refuse_user_files
from claimcheck.reports.jsonfile import render_json
from claimcheck.reports.merge import MergedRun, merge_reports, read_report
from claimcheck.reports.records import ResultRecord, fails
from claimcheck.reports.summary import (
    StaleRecord,
    in_field_order,
    summary_lines,
)
from claimcheck.run.atomic import check_writable, write_atomic
from claimcheck.suite.loader import BASELINE
from claimcheck.suite.yamlsource import display_path

__all__ = ["add_parser", "merge_command"]

#: each output option, and the formats a path given to it may ask for
_OUTPUTS: dict[str, tuple[ReportFormat, ...]] = {
    "markdown": (ReportFormat.MARKDOWN, ReportFormat.COMMENT),
    "html": (ReportFormat.HTML,),
    "json": (ReportFormat.JSON,),
}


def add_parser(commands: Any) -> None:
    """Add ``merge`` to the command's subparsers."""
    merge = commands.add_parser(
        "merge",
        help="combine the JSON reports of a sharded run into one run's reports",
        description="Combine the JSON reports (--claimcheck-report=PATH.json) of"
        " the parts of a run (--claimcheck-shard=K/N) into the Markdown, HTML and"
        " JSON reports and the GitHub step summary one run would have written,"
        " and print its summary. Exit status: 0 passes, 1 a discrepancy fails,"
        " 2 usage error.",
    )
    merge.add_argument(
        "reports", nargs="+", metavar="REPORT.json", type=Path, help="JSON reports"
    )
    for name, formats in _OUTPUTS.items():
        merge.add_argument(
            f"--{name}",
            action="append",
            default=[],
            metavar="PATH",
            help=f"write the {name.upper() if name != 'markdown' else 'Markdown'}"
            " report to PATH (repeatable)"
            + (
                "; a path ending in .comment.md writes the pull-request comment"
                if ReportFormat.COMMENT in formats
                else ""
            ),
        )
    merge.add_argument(
        "--github-summary",
        action="store_true",
        help="append the discrepancy table to the file $GITHUB_STEP_SUMMARY names",
    )
    merge.add_argument(
        "--baseline",
        metavar="PATH",
        help="the baseline whose stale entries to list (default: the run's,"
        " claimcheck-baseline.yaml in the first claimcheck_assertions folder)",
    )
    merge.set_defaults(run=merge_command)


def merge_command(args: argparse.Namespace, out: TextIO) -> int:
    """Run ``claimcheck merge``; see the module's docstring for the exit status."""
    return run_merge(
        args.reports,
        outputs={name: getattr(args, name) for name in _OUTPUTS},
        github_summary=args.github_summary,
        baseline=args.baseline,
        out=out,
        environ=os.environ,
    )


def run_merge(
    reports: Sequence[Path],
    *,
    outputs: Mapping[str, Sequence[str]],
    github_summary: bool,
    baseline: str | None,
    out: TextIO,
    environ: Mapping[str, str],
) -> int:
    """Merge ``reports``, write ``outputs`` ({option: paths}); the exit status."""
    project = find_project(Path.cwd())
    paths = _output_paths(outputs, [project.rootdir / c for c in project.corpus])
    summary_file = environ.get("GITHUB_STEP_SUMMARY") if github_summary else None
    if github_summary and not summary_file:
        raise ClaimcheckError(
            "--github-summary: GITHUB_STEP_SUMMARY is not set (GitHub Actions sets"
            " it in a workflow step); leave the option out elsewhere"
        )
    merged = merge_reports([read_report(path) for path in reports])
    if not merged.records:
        # as one run that checked nothing: no report, a pass
        out.write("claimcheck merge: the runs checked nothing; no report written\n")
        return 0
    stale, fail_stale, stale_records = _stale_lines(merged.records, project, baseline)
    if stale_records:
        merged = dataclasses.replace(
            merged, meta=in_field_order({**merged.meta, "stale": stale_records})
        )
    _write(paths, merged)
    if summary_file:
        summary = step_summary(merged.records, summary_head(merged.meta))
        try:
            # appended, not replaced: other steps' summaries share the file
            with open(summary_file, "a", encoding="utf-8") as handle:
                handle.write(summary)
        except OSError as exc:
            raise ClaimcheckError(
                f"--github-summary: cannot append to {summary_file}"
                f" (GITHUB_STEP_SUMMARY): {exc.strerror or exc}"
            ) from None
    width = shutil.get_terminal_size().columns
    for line in chain(summary_lines(merged.records, width=width), stale):
        out.write(f"{line}\n")
    failed = any(fails(r) for r in merged.records) or (fail_stale and bool(stale))
    return 1 if failed else 0


def _output_paths(
    outputs: Mapping[str, Sequence[str]], corpus: Sequence[Path]
) -> list[str]:
    """Every output path, each checked against its option, writable, and
    neither a file the user wrote nor in the ``corpus`` folders."""
    paths = []
    for option, given in outputs.items():
        for path in given:
            try:
                kind = report_format(path)
            except ClaimcheckError:
                kind = None
            if kind not in _OUTPUTS[option]:
                suffixes = {
                    "markdown": ".md or .comment.md",
                    "html": ".html",
                    "json": ".json",
                }[option]
                raise ClaimcheckError(
                    f"--{option}={path}: end the path with {suffixes}"
                )
            check_writable(Path(path), f"--{option}")
            refuse_user_files(Path(path), f"--{option}", corpus=corpus)
            paths.append(path)
    return paths


def _write(paths: Sequence[str], merged: MergedRun) -> None:
    json_paths = [p for p in paths if report_format(p) is ReportFormat.JSON]
    write_reports(
        [p for p in paths if p not in json_paths],
        merged.records,
        merged.meta,
        write_atomic,
    )
    # the JSON report keeps what the parts held beyond claimcheck's fields
    text = render_json(merged.records, merged.meta, extra=merged.extra)
    for path in json_paths:
        write_atomic(Path(path), text)


def _stale_lines(
    records: Sequence[ResultRecord], project: Project, given: str | None
) -> tuple[list[str], bool, list[StaleRecord]]:
    """The baseline's stale entries, judged on every part's results as one
    run judges them: as lines, whether they fail the run, and as the reports
    list them."""
    if given:
        path = Path(given)
        if not path.exists():
            raise ClaimcheckError(f"--baseline={given}: no such file; fix the path")
    else:
        folder = project.assertions[0] if project.assertions else "."
        path = project.rootdir / folder / BASELINE
        if not path.exists():
            return [], False, []
    baseline = load_baseline(path, name=display_path(path, project.rootdir))
    upkeep = update_baseline(
        baseline,
        records,
        add=False,
        prune=False,
        article_exists=lambda a: (project.rootdir / a).exists(),
    )
    try:
        fail_stale = stale_fails(project.baseline_stale)
    except ClaimcheckError as exc:
        raise ClaimcheckError(f"{project.inifile}: {exc}") from None
    lines = upkeep.lines(written=False, fail_stale=fail_stale)
    return lines, fail_stale, upkeep.stale_records()
