"""claimcheck_outdated: what an article right when written, superseded since, does.

The project is the story corpus of ``tests/data/story``: a mine collapse whose
death toll rose from 12 to 31 over a week, with a claim whose history holds
the earlier values.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import MakeProject

STORY = Path(__file__).resolve().parent / "data" / "story"


@pytest.fixture
def story(make_project: MakeProject) -> pytest.Pytester:
    articles = {p.name: p.read_text() for p in (STORY / "articles").iterdir()}
    suite = (STORY / "assertions" / "mine.yaml").read_text()
    return make_project({"mine.yaml": suite}, articles)


def test_an_outdated_article_passes_with_a_note(story: pytest.Pytester) -> None:
    result = story.runpytest("-p", "no:randomly")
    # deaths: 3 outdated + 2 supported pass, 3 contradicted; injured: 4 + 4
    result.assert_outcomes(passed=9, failed=3, skipped=4)
    result.stdout.fnmatch_lines(
        [
            "2 claims x 8 articles: 6 supported, 3 contradicted, 4 missing, 3 outdated",
            "outdated: right when written, superseded since (3):",
            "articles/01_first_report.md:6:1: mine-deaths outdated: 'Twelve' reads 12"
            " for 'killed', within the expected 12 until 2025-03-03; the claim now"
            " expects 31",
            "articles/02_second_day.txt:3:20: mine-deaths outdated: '19'*",
            "articles/03_dateline.md:4:46: mine-deaths outdated: '27'*interim wording:"
            " 'still rising'",
        ]
    )
    # the old figure of an article written after the change, and an undated
    # one: contradicted, saying which earlier value it is
    result.stdout.fnmatch_lines(
        [
            "*05_late_old_figure.md:*: mine-deaths contradicted: '19'*it is the value"
            " until 2025-03-05 (= 19): superseded before the article's date,"
            " 2025-03-07",
            "*06_wrong_figure.txt:*: mine-deaths contradicted: '45'*expected 31",
            "*07_no_year.md:*: mine-deaths contradicted: '27'*the article has no"
            " date to judge it by",
        ]
    )


@pytest.mark.parametrize(
    ("policy", "outcomes"),
    [
        ("fail", {"passed": 6, "failed": 6, "skipped": 4}),
        ("skip", {"passed": 6, "failed": 3, "skipped": 7}),
        ("pass", {"passed": 9, "failed": 3, "skipped": 4}),
    ],
)
def test_the_ini_key_makes_outdated_fail_or_skip(
    story: pytest.Pytester, policy: str, outcomes: dict[str, int]
) -> None:
    story.makeini(
        f"[pytest]\nclaimcheck_corpus = articles\nclaimcheck_outdated = {policy}\n"
    )
    result = story.runpytest("-rs")
    result.assert_outcomes(**outcomes)
    if policy == "fail":
        result.stdout.fnmatch_lines(
            [
                "outdated by articles/02_second_day.txt (2025-03-04)",
                "*mine-deaths outdated: '19'*",
            ]
        )
    if policy == "skip":
        result.stdout.fnmatch_lines(
            ["SKIPPED*mine-deaths: outdated in articles/02_second_day.txt: '19'*"]
        )


def test_a_claimcheck_yaml_default_overrides_the_ini(story: pytest.Pytester) -> None:
    (story.path / "assertions" / "claimcheck.yaml").write_text(
        "defaults:\n  outdated: fail\n"
    )
    story.runpytest().assert_outcomes(passed=6, failed=6, skipped=4)


def test_an_outdated_failure_the_baseline_accepts_is_excused(
    story: pytest.Pytester,
) -> None:
    story.makeini(
        "[pytest]\nclaimcheck_corpus = articles\nclaimcheck_outdated = fail\n"
    )
    story.runpytest("--claimcheck-update-baseline").assert_outcomes(
        passed=6, xfailed=6, skipped=4
    )
    baseline = (story.path / "assertions" / "claimcheck-baseline.yaml").read_text()
    assert "verdict: outdated" in baseline
    story.runpytest().assert_outcomes(passed=6, xfailed=6, skipped=4)


def test_a_bad_value_is_one_clear_line(story: pytest.Pytester) -> None:
    story.makeini(
        "[pytest]\nclaimcheck_corpus = articles\nclaimcheck_outdated = maybe\n"
    )
    result = story.runpytest()
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        ["*claimcheck_outdated = 'maybe': use pass (an outdated article passes*"]
    )


def test_the_reports_show_outdated_results(story: pytest.Pytester) -> None:
    result = story.runpytest(
        "--claimcheck-report=r.md",
        "--claimcheck-report=r.json",
        "--claimcheck-report=r.html",
    )
    result.assert_outcomes(passed=9, failed=3, skipped=4)
    markdown = (story.path / "r.md").read_text()
    assert "## Outdated" in markdown
    assert "| articles/02\\_second\\_day.txt:3:20 | mine-deaths | “19” |" in markdown
    assert "◷ outdated" in markdown
    assert "| claim | supported | contradicted | missing | outdated | accepted |" in (
        markdown
    )
    data = json.loads((story.path / "r.json").read_text())
    assert data["run"]["counts"]["outdated"] == 3
    verdicts = {
        r["article"]: (r["verdict"], r.get("outdated_as"))
        for r in data["results"]
        if r["claim"] == "mine-deaths"
    }
    assert verdicts["articles/01_first_report.md"] == ("outdated", "pass")
    assert verdicts["articles/04_final.md"] == ("supported", None)
    assert '"outdated"' in (story.path / "r.html").read_text()
