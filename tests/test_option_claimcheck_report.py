"""--claimcheck-report=PATH: Markdown, JSON and HTML reports of a run."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

#: the three discrepancies of the seed suite: (article, claim, quote)
SEED_DISCREPANCIES = {
    ("seeds/004_b3f48628d776b88c.txt", "nk-troops", "More than 12,000"),
    ("seeds/002_0edfad8de7867511.txt", "nk-unit", "Storm Corps"),
    (
        "seeds/000_dd72d843b2731775.txt",
        "nk-return-north",
        "asked the pair if they wanted to return to South Korea",
    ),
}


DIED_45 = """\
claims:
  - id: dead
    kind: quantity
    measure: [died]
    equals: 45
"""


@pytest.fixture
def seeds(seed_project: pytest.Pytester) -> pytest.Pytester:
    """The seed suite (assertions and articles) in a fresh directory."""
    return seed_project


@pytest.fixture(scope="module")
def seed_reports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Run the seed suite once, writing all three reports under out/."""
    work = tmp_path_factory.mktemp("seeds")
    shutil.copytree(ROOT / "assertions", work / "assertions")
    shutil.copytree(ROOT / "seeds", work / "seeds")
    (work / "pytest.ini").write_text("[pytest]\nclaimcheck_corpus = seeds\n")
    reports = [f"--claimcheck-report=out/report.{s}" for s in ("md", "json", "html")]
    command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider"]
    proc = subprocess.run(
        [*command, "assertions", "seeds", *reports],
        cwd=work,
        capture_output=True,
        text=True,
        check=False,
    )
    assert "3 failed, 46 passed, 16 skipped" in proc.stdout, proc.stdout
    return work / "out"


@pytest.mark.slow
def test_json_report_holds_the_seed_discrepancies_and_run_metadata(
    seed_reports: Path,
) -> None:
    data = json.loads((seed_reports / "report.json").read_text())
    run = data["run"]
    assert run["claims"] == 13
    assert run["articles"] == 5
    assert run["counts"] == {
        "supported": 46,
        "contradicted": 3,
        "missing": 16,
        "outdated": 0,
        "discrepancies": 3,
        "accepted": 0,
    }
    assert run["claimcheck"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", run["created"])
    assert run["rootdir"] == seed_reports.parent.name
    found = {
        (r["article"], r["claim"], e["text"])
        for r in data["results"]
        if r["verdict"] == "contradicted"
        for e in r["evidence"]
        if e["compatible"] is False
    }
    assert found == SEED_DISCREPANCIES
    assert len(data["results"]) == 65


def test_json_report_results_equal_claimcheck_json(seeds: pytest.Pytester) -> None:
    seeds.runpytest(
        "assertions", "--claimcheck-json=plain.json", "--claimcheck-report=full.json"
    )
    plain = json.loads(seeds.path.joinpath("plain.json").read_text())
    full = json.loads(seeds.path.joinpath("full.json").read_text())
    assert full["results"] == plain["results"]


@pytest.mark.slow
def test_markdown_report_lists_discrepancies_and_the_matrix(seed_reports: Path) -> None:
    text = (seed_reports / "report.md").read_text()
    assert text.startswith("# claimcheck report\n")
    assert "13 claims × 5 articles: 46 supported, 3 contradicted, 16 missing" in text
    table = text.split("## Discrepancies")[1].split("###")[0]
    rows = [line for line in table.splitlines() if line.startswith("| seeds")]
    assert [row.split(" | ")[1] for row in rows] == [
        "nk-return-north",
        "nk-unit",
        "nk-troops",
    ]
    assert "| seeds/004\\_b3f48628d776b88c.txt:11:1 | nk-troops | contradicted" in text
    assert "> 11: **More than 12,000** North Korean soldiers" in text
    assert "elite **Storm Corps**," in text
    matrix = text.split("## Claims × articles")[1]
    assert "| nk-troops | ✓ | ✓ | ✓ | ∅ | ✗ |" in matrix


@pytest.mark.slow
def test_html_report_is_self_contained_and_holds_the_data(seed_reports: Path) -> None:
    page = (seed_reports / "report.html").read_text()
    # nothing is fetched: no external script, style, image or font
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)
    assert "@import" not in page
    assert "default-src 'none'" in page
    blob = re.search(
        r'<script type="application/json" id="claimcheck-data">(.*?)</script>',
        page,
        re.S,
    )
    assert blob is not None
    data = json.loads(blob.group(1))
    assert len(data["results"]) == 65
    contradicted = {
        (r["article"], r["claim"])
        for r in data["results"]
        if r["status"] != "supported" and r["verdict"] == "contradicted"
    }
    assert contradicted == {(a, c) for a, c, _ in SEED_DISCREPANCIES}


def test_reports_escape_markup_in_articles(
    make_project: Callable[..., pytest.Pytester],
) -> None:
    pytester = make_project({"x.yaml": DIED_45})
    pytester.path.joinpath("articles", "evil.txt").write_text(
        "<script>alert('x')</script> | More than 60 people died in the floods."
        " <img src=x onerror=alert(1)>\n"
    )
    pytester.runpytest(
        "assertions", "--claimcheck-report=r.html", "--claimcheck-report=r.md"
    )
    page = pytester.path.joinpath("r.html").read_text()
    assert "<script>alert" not in page
    assert "<img" not in page
    assert "\\u003cscript\\u003ealert" in page
    markdown = pytester.path.joinpath("r.md").read_text()
    assert "<script>" not in markdown and "<img" not in markdown
    assert "&lt;script&gt;alert('x')&lt;/script&gt; \\| " in markdown


@pytest.mark.slow
def test_files_are_written_whole_and_readable(seed_reports: Path) -> None:
    names = sorted(p.name for p in seed_reports.iterdir())
    # no temporary file is left beside the reports
    assert names == ["report.html", "report.json", "report.md"]
    for path in seed_reports.iterdir():
        assert path.stat().st_mode & 0o044 == 0o044


def test_unknown_report_suffix_is_a_usage_error(seeds: pytest.Pytester) -> None:
    result = seeds.runpytest("assertions", "--claimcheck-report=out/report.pdf")
    result.stderr.fnmatch_lines(
        [
            "*--claimcheck-report=out/report.pdf: unknown report format '.pdf';"
            " end the path with one of .md, .markdown, .json, .html, .htm"
            " (or .comment.md for a pull-request comment)"
        ]
    )
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert not seeds.path.joinpath("out").exists()


@pytest.mark.slow
def test_reports_work_under_xdist(seeds: pytest.Pytester) -> None:
    result = seeds.runpytest("assertions", "-n", "2", "--claimcheck-report=r.json")
    result.assert_outcomes(passed=46, failed=3, skipped=16)
    data = json.loads(seeds.path.joinpath("r.json").read_text())
    assert data["run"]["counts"]["discrepancies"] == 3
    assert len(data["results"]) == 65


@pytest.mark.slow
def test_reports_hold_no_machine_path(seed_reports: Path) -> None:
    work = seed_reports.parent
    for name in ("report.md", "report.json", "report.html"):
        text = (seed_reports / name).read_text()
        assert str(work) not in text, name
    run = json.loads((seed_reports / "report.json").read_text())["run"]
    assert run["rootdir"] == work.name


@pytest.mark.parametrize(
    ("option", "target", "reason"),
    [
        pytest.param(
            "--claimcheck-report",
            "seeds/000_dd72d843b2731775.txt.md",
            "it is inside the corpus folder seeds/",
            id="report-in-corpus",
        ),
        pytest.param(
            "--claimcheck-report",
            "notes.md",
            "notes.md exists and claimcheck did not write it",
            id="report-over-notes",
        ),
        pytest.param(
            "--claimcheck-json",
            "assertions/casualties.yaml",
            "a YAML name is read as an assertion or settings file",
            id="json-over-assertions",
        ),
        pytest.param(
            "--claimcheck-json",
            "notes.md",
            "notes.md exists and claimcheck did not write it",
            id="json-over-notes",
        ),
    ],
)
def test_a_report_never_replaces_what_the_user_wrote(
    seeds: pytest.Pytester, option: str, target: str, reason: str
) -> None:
    """Nothing the user wrote is overwritten: the run stops before it starts."""
    seeds.path.joinpath("notes.md").write_text("# Notes\n\nfollow up the toll\n")
    before = {p: p.read_bytes() for p in seeds.path.rglob("*") if p.is_file()}
    result = seeds.runpytest("assertions", f"{option}={target}")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        [f"ERROR: {option}={target}: refusing to write there: {reason}*"]
    )
    assert "Traceback" not in result.stdout.str() + result.stderr.str()
    after = {p: p.read_bytes() for p in seeds.path.rglob("*") if p.is_file()}
    assert after == before


def test_a_report_of_an_earlier_run_is_replaced(seeds: pytest.Pytester) -> None:
    for _ in range(2):
        result = seeds.runpytest("assertions", "--claimcheck-report=out/r.md")
        result.assert_outcomes(passed=46, failed=3, skipped=16)
    assert seeds.path.joinpath("out/r.md").read_text().startswith("# claimcheck")
