"""``claimcheck merge``: a CI matrix's parts, merged, report as one run.

The matrix example runs the matrix suite (``tests/data/matrix``) once whole
and once in three parts, as a GitHub Actions matrix would, merges the parts'
JSON reports, and compares every output with the whole run's.  The only
field allowed to differ is when the run was made (``created``), which each
output shows; it is replaced by one placeholder in both before comparing.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from claimcheck.cli import main
from claimcheck.reports.summary import run_metadata
from tests.matrix import STALE_ENTRIES, matrix_project, matrix_with_baseline
from tests.matrix import run_matrix as _run
from tests.matrix import terminal_section as _section
from tests.reports.sample import record

ROOT = Path(__file__).resolve().parents[2]

#: every report file a run or a merge writes, by its name's ending
ENDINGS = ("json", "md", "comment.md", "html")


def _created(json_path: Path) -> str:
    created: str = json.loads(json_path.read_text(encoding="utf-8"))["run"]["created"]
    return created


def _normalised(path: Path, created: str) -> str:
    """The file's text with the run's time replaced, everywhere it shows."""
    text = path.read_text(encoding="utf-8")
    assert created in text or path.name.endswith(".comment.md")
    return text.replace(created, "<created>")


@pytest.fixture
def matrix(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> pytest.Pytester:
    """The matrix suite with a baseline: one accepted discrepancy, two stale
    entries; under GitHub Actions, with an 80-column terminal."""
    return matrix_with_baseline(pytester, monkeypatch, STALE_ENTRIES)


@pytest.mark.parametrize(
    "granularity",
    [
        "pair",
        pytest.param("claim", marks=pytest.mark.slow),
        pytest.param("article", marks=pytest.mark.slow),
    ],
)
def test_matrix_merges_to_one_run(
    matrix: pytest.Pytester,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    granularity: str,
) -> None:
    out = matrix.path / "out"
    option = f"--claimcheck-granularity={granularity}"
    # the whole run, as one job would make it
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(matrix.path / "one.summary.md"))
    whole = _run(matrix, option, *(f"--claimcheck-report=out/one.{e}" for e in ENDINGS))
    assert whole.ret == 1
    # three jobs of a matrix, each writing its JSON report (the artifact)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY")
    for k in (1, 2, 3):
        part = _run(
            matrix,
            option,
            f"--claimcheck-shard={k}/3",
            f"--claimcheck-report=out/part{k}.json",
        )
        assert part.ret in (0, 1), part.stdout.str()
    capsys.readouterr()
    # the merge job
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(matrix.path / "merged.summary.md"))
    status = main(
        [
            "merge",
            *(f"out/part{k}.json" for k in (1, 2, 3)),
            "--json=out/merged.json",
            "--markdown=out/merged.md",
            "--markdown=out/merged.comment.md",
            "--html=out/merged.html",
            "--github-summary",
        ]
    )
    printed = capsys.readouterr()
    assert (status, printed.err) == (1, "")

    one, merged = _created(out / "one.json"), _created(out / "merged.json")
    # the merged run ends when its last part ended
    assert merged == max(_created(out / f"part{k}.json") for k in (1, 2, 3))
    for ending in ENDINGS:
        assert _normalised(out / f"merged.{ending}", merged) == _normalised(
            out / f"one.{ending}", one
        ), ending
    summary = (matrix.path / "merged.summary.md").read_text(encoding="utf-8")
    assert summary == (matrix.path / "one.summary.md").read_text(encoding="utf-8")
    assert "2 stale" not in summary  # the step summary lists discrepancies only

    # the summary printed is the one run's claimcheck section, with the
    # baseline's stale entries; the run's ::error annotations stay the parts'
    section = [
        line
        for line in _section(whole.outlines, "claimcheck")
        if not line.startswith("::")
    ]
    assert printed.out.splitlines() == section
    assert sum("stale baseline entry" in line for line in section) == 2
    assert "accepted by the baseline (1):" in section


@pytest.mark.parametrize(
    ("keyword", "first_line", "written"),
    [
        # no result fails: exit status 0
        (
            "dam-named",
            "1 claim x 9 articles: 4 supported, 0 contradicted, 5 missing",
            True,
        ),
        # as one run that checked nothing: a pass, and no report to post
        (
            "no-such-claim",
            "claimcheck merge: the runs checked nothing; no report written",
            False,
        ),
    ],
)
def test_parts_that_pass(
    pytester: pytest.Pytester,
    capsys: pytest.CaptureFixture[str],
    keyword: str,
    first_line: str,
    written: bool,
) -> None:
    matrix_project(pytester)
    for k in (1, 2):
        _run(
            pytester,
            "-k",
            keyword,
            f"--claimcheck-shard={k}/2",
            f"--claimcheck-report=p{k}.json",
        )
    capsys.readouterr()
    assert main(["merge", "p1.json", "p2.json", "--markdown=r.md"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == first_line
    assert (pytester.path / "r.md").exists() == written


@pytest.mark.slow
@pytest.mark.parametrize("algorithm", ["duration_based_chunks", "least_duration"])
def test_pytest_split_groups_merge(
    pytester: pytest.Pytester, capsys: pytest.CaptureFixture[str], algorithm: str
) -> None:
    """pytest-split's groups do not overlap, so they merge to the whole run,
    though they read articles in several groups (docs/ci.md)."""
    pytest.importorskip("pytest_split")
    matrix_project(pytester)
    _run(pytester, "--claimcheck-report=one.json")
    for group in (1, 2, 3):
        _run(
            pytester,
            "--splits=3",
            f"--group={group}",
            f"--splitting-algorithm={algorithm}",
            f"--claimcheck-report=g{group}.json",
        )
    capsys.readouterr()
    assert main(["merge", "g1.json", "g2.json", "g3.json", "--json=m.json"]) == 1
    merged = json.loads((pytester.path / "m.json").read_text(encoding="utf-8"))
    whole = json.loads((pytester.path / "one.json").read_text(encoding="utf-8"))
    merged["run"].pop("created")
    whole["run"].pop("created")
    assert merged == whole


# -- usage errors and exit status, on reports written by hand -------------------------


def _write_part(folder: Path, name: str, verdict: str, shard: tuple[int, int]) -> str:
    records = [record("dead", f"articles/{name}.txt", verdict)]
    meta: dict[str, object] = dict(
        run_metadata(
            records, rootdir="project", created="2025-01-01T00:00:00+00:00", version="9"
        )
    )
    meta["shard"] = {"index": shard[0], "count": shard[1]}
    (folder / f"{name}.json").write_text(json.dumps({"run": meta, "results": records}))
    return f"{name}.json"


@pytest.fixture
def parts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Two parts of a run, all supported, in a project folder (the current one)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    (tmp_path / "pytest.ini").write_text("[pytest]\nclaimcheck_corpus = articles\n")
    (tmp_path / "articles").mkdir()
    (tmp_path / "out.json").mkdir()  # a folder where a report would go
    (tmp_path / "notes.md").write_text("# Notes\n")  # the user's own file
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    (tmp_path / "long.json").write_text('{"run": ' + "9" * 10_000 + "}")
    return [
        _write_part(tmp_path, n, "supported", (i, 2)) for i, n in enumerate("ab", 1)
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["a.json"], "claimcheck: part 2 of 2 is missing (given: a.json); merge"),
        (["a.json", "nope.json"], "claimcheck: nope.json: cannot read the report:"),
        (
            ["a.json", "b.json", "--html=r.md"],
            "claimcheck: --html=r.md: end the path with .html",
        ),
        (
            ["a.json", "b.json", "--markdown=r.txt"],
            "claimcheck: --markdown=r.txt: end the path with .md or",
        ),
        (
            ["a.json", "b.json", "--github-summary"],
            "claimcheck: --github-summary: GITHUB_STEP_SUMMARY is not set",
        ),
        (
            ["a.json", "b.json", "--baseline=gone.yaml"],
            "claimcheck: --baseline=gone.yaml: no such file",
        ),
        (
            ["a.json", "b.json", "--json=out.json"],
            "claimcheck: --json=out.json: cannot write there",
        ),
        (
            ["a.json", "b.json", "--markdown=notes.md"],
            "claimcheck: --markdown=notes.md: refusing to write there: notes.md"
            " exists and claimcheck did not write it",
        ),
        (
            ["a.json", "b.json", "--html=articles/r.html"],
            "claimcheck: --html=articles/r.html: refusing to write there: it is"
            " inside the corpus folder articles/",
        ),
        (
            ["a.json", "deep.json"],
            "claimcheck: deep.json: not a claimcheck JSON report (nested too deeply)",
        ),
        (
            ["a.json", "long.json"],
            "claimcheck: long.json: not a claimcheck JSON report (a number thousands",
        ),
    ],
)
def test_usage_errors(
    parts: list[str], capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    """Each is one line naming what to fix, no traceback, and nothing written."""
    before = {p: p.read_bytes() for p in Path.cwd().rglob("*") if p.is_file()}
    assert main(["merge", *args]) == 2
    assert {p: p.read_bytes() for p in Path.cwd().rglob("*") if p.is_file()} == before
    printed = capsys.readouterr()
    assert printed.err.startswith(message), printed.err
    assert len(printed.err.splitlines()) == 1
    assert printed.out == ""


def test_unwritable_step_summary(
    parts: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", "out.json")  # a folder
    assert main(["merge", *parts, "--github-summary"]) == 2
    assert capsys.readouterr().err == (
        "claimcheck: --github-summary: cannot append to out.json"
        " (GITHUB_STEP_SUMMARY): Is a directory\n"
    )


def test_unknown_stale_policy(
    parts: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "pytest.ini").write_text(
        "[pytest]\nclaimcheck_corpus = articles\nclaimcheck_baseline_stale = fial\n"
    )
    (tmp_path / "assertions").mkdir()
    (tmp_path / "assertions" / "claimcheck-baseline.yaml").write_text("accepted: []\n")
    assert main(["merge", *parts]) == 2
    assert capsys.readouterr().err == (
        f"claimcheck: {tmp_path / 'pytest.ini'}: claimcheck_baseline_stale = 'fial':"
        " use warn (list stale baseline entries) or fail (fail the run on them)\n"
    )


def test_nothing_written_when_a_report_does_not_fit(
    parts: list[str], tmp_path: Path
) -> None:
    (tmp_path / "b.json").write_text("{")
    assert main(["merge", *parts, "--markdown=r.md"]) == 2
    assert not (tmp_path / "r.md").exists()


def test_a_new_discrepancy_fails(parts: list[str], tmp_path: Path) -> None:
    _write_part(tmp_path, "b", "contradicted", (2, 2))
    assert main(["merge", *parts, "--markdown=r.md"]) == 1
    assert (
        "| articles/b.txt:3:5 | dead | contradicted |"
        in (tmp_path / "r.md").read_text()
    )


@pytest.mark.parametrize(("policy", "status"), [("warn", 0), ("fail", 1)])
def test_stale_entries_as_the_ini_says(
    parts: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    policy: str,
    status: int,
) -> None:
    (tmp_path / "pytest.ini").write_text(
        "[pytest]\nclaimcheck_corpus = articles\n"
        f"claimcheck_baseline_stale = {policy}\n"
    )
    (tmp_path / "articles" / "a.txt").write_text("45 died.\n")
    (tmp_path / "assertions").mkdir()
    (tmp_path / "assertions" / "claimcheck-baseline.yaml").write_text(
        "version: 1\naccepted:\n"
        "- claim: dead\n  article: articles/a.txt\n  verdict: contradicted\n"
        "  fingerprint: 0123456789abcdef\n"
    )
    assert main(["merge", *parts]) == status
    assert (
        capsys.readouterr()
        .out.splitlines()[-1]
        .startswith(
            "assertions/claimcheck-baseline.yaml:3:3: stale baseline entry dead on"
            " articles/a.txt: now supported, no longer a discrepancy;"
        )
    )


def test_the_documented_matrix() -> None:
    """docs/ci.md's matrix workflow: the parts shard and report as merge reads
    them, and its merge command is one the command line takes."""
    from claimcheck.cli import _parser

    text = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    workflows = [
        yaml.safe_load(block)
        for block in re.findall(r"```yaml\n(.*?)```", text, re.DOTALL)
        if "jobs:" in block
    ]
    matrix = next(w for w in workflows if "part" in w["jobs"])
    runs = {
        job: " ".join(step["run"].split())
        for job in ("part", "report")
        for step in matrix["jobs"][job]["steps"]
        if "claimcheck" in step.get("run", "")
    }
    shards = matrix["jobs"]["part"]["strategy"]["matrix"]["shard"]
    assert runs["part"].startswith("pytest ")
    assert f"--claimcheck-shard=${{{{ matrix.shard }}}}/{len(shards)}" in runs["part"]
    assert "--claimcheck-report=part-${{ matrix.shard }}.json" in runs["part"]
    args = _parser().parse_args(runs["report"].split()[1:])
    assert [str(p) for p in args.reports] == ["parts/part-*.json"]
    assert (args.markdown, args.html, args.github_summary) == (
        ["claimcheck.comment.md"],
        ["claimcheck.html"],
        True,
    )
