"""reports/formats.py: the format a report path asks for, and writing each."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from claimcheck.errors import ClaimcheckError, OutputError
from claimcheck.reports.formats import ReportFormat, report_format, write_reports
from tests.reports.sample import four_results, meta, record


@pytest.mark.parametrize(
    ("path", "fmt"),
    [
        ("r.md", ReportFormat.MARKDOWN),
        ("out/R.MARKDOWN", ReportFormat.MARKDOWN),
        ("r.json", ReportFormat.JSON),
        ("r.html", ReportFormat.HTML),
        ("r.htm", ReportFormat.HTML),
        ("out/pr.comment.md", ReportFormat.COMMENT),
        ("PR.COMMENT.MD", ReportFormat.COMMENT),
    ],
)
def test_report_format_from_suffix(path: str, fmt: ReportFormat) -> None:
    assert report_format(path) is fmt


@pytest.mark.parametrize("path", ["r.pdf", "report", "r.txt"])
def test_report_format_refuses_other_suffixes(path: str) -> None:
    with pytest.raises(ClaimcheckError, match=re.escape(f"--claimcheck-report={path}")):
        report_format(path)


def test_each_path_gets_its_format() -> None:
    written: dict[Path, str] = {}
    records = four_results()
    write_reports(
        ["out/r.md", "out/r.json", "out/r.html", "out/pr.comment.md"],
        records,
        meta(records),
        written.__setitem__,
    )
    assert written[Path("out/r.md")].startswith("# claimcheck report\n")
    assert json.loads(written[Path("out/r.json")])["run"]["results"] == 4
    assert written[Path("out/r.html")].startswith("<!DOCTYPE html>")
    assert written[Path("out/pr.comment.md")].startswith("### ✗ claimcheck: ")


def test_a_value_json_cannot_hold_is_one_clear_error() -> None:
    records = [record()]
    broken = meta(records)
    broken["counts"]["accepted"] = float("nan")  # type: ignore[typeddict-item]
    written: list[Path] = []
    with pytest.raises(OutputError) as caught:
        write_reports(
            ["out/r.json"], records, broken, lambda path, _: written.append(path)
        )
    assert str(caught.value) == (
        "out/r.json: cannot write: run.counts.accepted = nan is not a finite"
        " number, which JSON cannot hold; report this as a claimcheck bug"
    )
    assert written == []
