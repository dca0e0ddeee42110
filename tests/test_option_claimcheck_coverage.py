"""Coverage in every report (the claimcheck_coverage ini key): the figures no
claim checks, the claims no article states, on real runs."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from tests.suites import DEAD

MakeProject = Callable[..., pytest.Pytester]

#: the coverage section of the seed suite's Markdown report on the seeds
SEED_COVERAGE = """\
## Coverage

31 figures found, 31 checked, 0 unchecked; 0 of 13 claims never evidenced.

### Unchecked figures

Every figure bound to a measure word is checked by a claim.

### Claims never evidenced

Every claim is stated by at least one article.

### Figures per article

| article | figures | checked | unchecked |
|---|--:|--:|--:|
| seeds/000\\_dd72d843b2731775.txt | 8 | 8 | 0 |
| seeds/001\\_84eaa1e42358b2b3.txt | 5 | 5 | 0 |
| seeds/002\\_0edfad8de7867511.txt | 5 | 5 | 0 |
| seeds/003\\_84d37d8b981e3f31.txt | 6 | 6 | 0 |
| seeds/004\\_b3f48628d776b88c.txt | 7 | 7 | 0 |

"""


def _section(markdown: str) -> str:
    start = markdown.index("## Coverage")
    return markdown[start : markdown.index("\n## ", start + 1) + 1]


@pytest.mark.slow
def test_the_seed_suite_checks_every_figure_of_the_seeds(
    seed_project: pytest.Pytester,
) -> None:
    result = seed_project.runpytest("--claimcheck-report=out/report.md")
    report = (seed_project.path / "out" / "report.md").read_text(encoding="utf-8")
    assert _section(report) == SEED_COVERAGE
    result.stdout.fnmatch_lines(
        [
            "*= claimcheck coverage =*",
            "coverage: 31 figures found, 31 checked, 0 unchecked;"
            " 0 of 13 claims never evidenced",
        ]
    )


@pytest.mark.slow
def test_without_the_troop_claim_its_figures_are_unchecked(
    seed_project: pytest.Pytester,
) -> None:
    seed_project.runpytest("-k", "not nk-troops", "--claimcheck-report=out/report.md")
    report = (seed_project.path / "out" / "report.md").read_text(encoding="utf-8")
    section = _section(report)
    assert (
        "31 figures found, 27 checked, 4 unchecked (deployed 3, fight 1);"
        " 0 of 12 claims never evidenced." in section
    )
    rows = [line.split(" | ")[:3] for line in section.splitlines()]
    assert [
        r for r in rows if len(r) == 3 and r[2] in ("sent", "deployed", "fighting")
    ] == [
        ["| seeds/000\\_dd72d843b2731775.txt:6:22", "at least 11,000", "sent"],
        ["| seeds/001\\_84eaa1e42358b2b3.txt:2:1", "Around 10,000", "fighting"],
        ["| seeds/002\\_0edfad8de7867511.txt:5:78", "over 10,000", "sent"],
        ["| seeds/004\\_b3f48628d776b88c.txt:11:1", "More than 12,000", "deployed"],
    ]


ARRESTS = """\
  - id: arrests
    kind: quantity
    claim: people arrested at the bridge
    measure: [arrested]
    equals: 12
"""

ARTICLES = {
    "a.txt": "Officials said 45 people died and 30 were evacuated.\n",
    "b.txt": "Police said 45 people were killed; 7 <b>officers</b> were injured.\n",
}


@pytest.fixture
def project(make_project: MakeProject) -> pytest.Pytester:
    return make_project({"flood.yaml": DEAD + ARRESTS}, ARTICLES)


def test_the_terminal_block_names_claims_never_evidenced(
    project: pytest.Pytester,
) -> None:
    result = project.runpytest("assertions")
    result.stdout.fnmatch_lines(
        [
            "*= claimcheck coverage =*",
            "coverage: 4 figures found, 2 checked, 2 unchecked (evacuated 1,"
            " wounded 1); 1 of 2 claims never evidenced",
            "never evidenced: arrests (assertions/flood.yaml)",
            "unchecked figures: -v lists them, as the reports do",
        ]
    )


def test_verbose_lists_each_unchecked_figure_where_editors_jump(
    project: pytest.Pytester,
) -> None:
    result = project.runpytest("-v", "assertions")
    result.stdout.fnmatch_lines(
        [
            "articles/a.txt:1:35: '30' evacuated: “Officials said 45 people died"
            " and 30 were evacuated.”",
            "articles/b.txt:1:36: '7' injured: “Police said 45 people were killed;"
            " 7 <b>officers</b> were injured.”",
        ]
    )


def test_quiet_runs_leave_the_block_out(project: pytest.Pytester) -> None:
    result = project.runpytest("-q", "assertions")
    assert "claimcheck coverage" not in result.stdout.str()
    assert "figures found" not in result.stdout.str()


def test_every_report_holds_the_coverage(project: pytest.Pytester) -> None:
    project.runpytest(
        "assertions",
        "--claimcheck-report=out/r.md",
        "--claimcheck-report=out/r.comment.md",
        "--claimcheck-report=out/r.json",
        "--claimcheck-report=out/r.html",
    )
    out = project.path / "out"
    sentence = (
        "4 figures found, 2 checked, 2 unchecked (evacuated 1, wounded 1);"
        " 1 of 2 claims never evidenced"
    )
    markdown = (out / "r.md").read_text(encoding="utf-8")
    assert "- arrests (assertions/flood.yaml): no article of 2 articles states it" in (
        markdown
    )
    assert (
        "| articles/b.txt:1:36 | 7 | injured | “Police said 45 people were killed;"
        " 7 &lt;b&gt;officers&lt;/b&gt; were injured.” |" in markdown
    )
    comment = (out / "r.comment.md").read_text(encoding="utf-8")
    # the pull-request comment holds the totals line only
    assert f"Coverage: {sentence}." in comment
    assert "evacuated:" not in comment and "| articles/a.txt:1:35" not in comment
    report = json.loads((out / "r.json").read_text(encoding="utf-8"))
    assert "coverage" not in report["run"]
    assert report["coverage"]["totals"] == {
        "figures": 4,
        "checked": 2,
        "unchecked": 2,
        "claims": 2,
        "never_evidenced": 1,
    }
    assert report["coverage"]["claims"] == [
        {
            "claim": "arrests",
            "file": "assertions/flood.yaml",
            "articles": 2,
            "evidenced": 0,
        },
        {
            "claim": "dead",
            "file": "assertions/flood.yaml",
            "articles": 2,
            "evidenced": 2,
        },
    ]
    assert [(a["article"], a["figures"]) for a in report["coverage"]["articles"]] == [
        ("articles/a.txt", 2),
        ("articles/b.txt", 2),
    ]
    page = (out / "r.html").read_text(encoding="utf-8")
    assert f"<p>{sentence}.</p>" in page
    assert "<mark>7</mark> injured" in page
    assert "<b>officers</b>" not in page


def test_coverage_can_be_turned_off(make_project: MakeProject) -> None:
    project = make_project(
        {"flood.yaml": DEAD + ARRESTS}, ARTICLES, ini="claimcheck_coverage = false\n"
    )
    result = project.runpytest(
        "-v",
        "assertions",
        "--claimcheck-report=out/r.md",
        "--claimcheck-report=out/r.json",
    )
    assert "claimcheck coverage" not in result.stdout.str()
    assert "## Coverage" not in (project.path / "out" / "r.md").read_text()
    assert "coverage" not in json.loads((project.path / "out" / "r.json").read_text())


@pytest.mark.slow
@pytest.mark.parametrize(
    ("granularity", "unchecked"),
    # an article item runs every claim: -k names no claim item there
    [("pair", 4), ("claim", 4), ("article", 0)],
)
def test_workers_send_their_coverage_to_the_controller(
    seed_project: pytest.Pytester, granularity: str, unchecked: int
) -> None:
    args = ["-k", "not nk-troops", f"--claimcheck-granularity={granularity}"]
    seed_project.runpytest(*args, "--claimcheck-report=serial.json")
    seed_project.runpytest("-n", "2", *args, "--claimcheck-report=workers.json")
    serial = json.loads((seed_project.path / "serial.json").read_text())
    workers = json.loads((seed_project.path / "workers.json").read_text())
    assert workers["coverage"] == serial["coverage"]
    assert serial["coverage"]["totals"]["unchecked"] == unchecked


def test_a_value_neither_true_nor_false_is_named(make_project: MakeProject) -> None:
    project = make_project(
        {"flood.yaml": DEAD}, ARTICLES, ini="claimcheck_coverage = maybe\n"
    )
    result = project.runpytest("assertions")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        [
            "ERROR: claimcheck_coverage = 'maybe': use true (report the figures no"
            " claim checks and the claims no article states) or false"
        ]
    )


def test_the_ci_step_summary_holds_the_totals_line(
    project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = project.path / "step-summary.md"
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    project.runpytest("assertions")
    assert (
        "\n\nCoverage: 4 figures found, 2 checked, 2 unchecked (evacuated 1,"
        " wounded 1); 1 of 2 claims never evidenced.\n\n"
    ) in summary.read_text(encoding="utf-8")


def test_in_one_process_coverage_goes_to_disk_not_onto_reports(
    project: pytest.Pytester,
) -> None:
    """An article's summary is written away when its last item ends (only an
    xdist worker's ride on reports, see the test above), and the terminal
    block still counts every article's figures."""
    project.makeconftest(
        """
        CARRIED = []

        def pytest_runtest_logreport(report):
            if report.when == "call":
                for part in getattr(report, "claimcheck_coverage", None) or ():
                    CARRIED.append((report.nodeid, part["article"]))

        def pytest_sessionfinish(session):
            with open("carried.txt", "w") as out:
                out.writelines(f"{n} {a}\\n" for n, a in CARRIED)
        """
    )
    result = project.runpytest("assertions")
    assert (project.path / "carried.txt").read_text() == ""
    result.stdout.fnmatch_lines(
        [
            "coverage: 4 figures found, 2 checked, 2 unchecked (evacuated 1,"
            " wounded 1); 1 of 2 claims never evidenced"
        ]
    )
