"""GitHub Actions: ::error workflow commands on article lines, and the step summary."""

from __future__ import annotations

import re
from typing import Any, cast

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.reports.github import (
    MAX_ERRORS,
    escape_data,
    escape_property,
    step_summary,
    workflow_commands,
)
from claimcheck.reports.records import ResultRecord
from tests.reports.sample import four_results, record


@pytest.mark.parametrize(
    ("text", "data", "prop"),
    [
        ("plain", "plain", "plain"),
        ("50%", "50%25", "50%25"),
        ("a\nb\r\n", "a%0Ab%0D%0A", "a%0Ab%0D%0A"),
        ("x: 1, y", "x: 1, y", "x%3A 1%2C y"),
        ("%0A", "%250A", "%250A"),
    ],
)
def test_escaping_follows_the_runner(text: str, data: str, prop: str) -> None:
    assert escape_data(text) == data
    assert escape_property(text) == prop


def _unescape(text: str) -> str:
    """What the runner does with an escaped value."""
    return re.sub(
        "%(25|0D|0A|3A|2C)",
        lambda m: {"25": "%", "0D": "\r", "0A": "\n", "3A": ":", "2C": ","}[m[1]],
        text,
    )


@given(st.text())
def test_escaped_property_round_trips_and_holds_no_separator(text: str) -> None:
    escaped = escape_property(text)
    assert not set(escaped) & set(",:\r\n")
    assert _unescape(escaped) == text


def _record(n: int, **extra: Any) -> ResultRecord:
    return cast(
        ResultRecord,
        {
            "claim": f"c{n}",
            "article": f"a/{n:02d}.txt",
            "verdict": "contradicted",
            "required": False,
            "strict_failure": False,
            "description": "",
            "evidence": [
                {
                    "line": 2,
                    "column": 3,
                    "end_line": 2,
                    "end_column": 9,
                    "text": "12,000",
                    "value": "12000",
                    "compatible": False,
                    "reason": "is outside",
                }
            ],
            "candidates": [],
            **extra,
        },
    )


def test_errors_stop_at_the_platform_limit_and_skip_accepted_ones() -> None:
    records = [_record(n) for n in range(MAX_ERRORS + 3)]
    records.append(_record(99, baseline="accepted"))
    lines = workflow_commands(records)
    errors = [line for line in lines if line.startswith("::error ")]
    assert len(errors) == MAX_ERRORS
    assert not any("a/99.txt" in line for line in lines)
    assert lines[0] == (
        "::error file=a/00.txt,line=2,col=3,endColumn=9,title=c0 contradicted::"
        "'12,000' is outside"
    )
    assert lines[-1] == (
        "::notice title=claimcheck::3 more discrepancies; the step summary lists"
        " them all"
    )


def test_step_summary_is_cut_before_the_platform_refuses_it() -> None:
    records = [_record(n, claim="x" * 5000 + str(n)) for n in range(400)]
    text = step_summary(records, "counts")
    assert len(text.encode()) < 1024 * 1024
    assert "more rows; the Markdown, JSON and HTML reports" in text


@pytest.fixture
def seeds(seed_project: pytest.Pytester) -> pytest.Pytester:
    """The seed suite (assertions and articles) in a fresh directory."""
    return seed_project


def test_seed_run_annotates_the_troop_count_on_its_article_line(
    seeds: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = seeds.path / "step-summary.md"
    summary.write_text("## an earlier step\n")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    result = seeds.runpytest("assertions", "seeds")
    result.assert_outcomes(passed=46, failed=3, skipped=16)
    result.stdout.fnmatch_lines(
        [
            "::error file=seeds/004_b3f48628d776b88c.txt,line=11,col=1,endColumn=17,"
            "title=nk-troops contradicted::'More than 12,000' reads (12,000, inf)*",
        ]
    )
    errors = [line for line in result.outlines if line.startswith("::error ")]
    assert len(errors) == 3
    assert any("file=seeds/002_0edfad8de7867511.txt,line=8,col=96" in e for e in errors)
    text = summary.read_text()
    assert text.startswith("## an earlier step\n## claimcheck\n")
    assert (
        "| seeds/004\\_b3f48628d776b88c.txt:11:1 | nk-troops | contradicted |" in text
    )


def test_no_workflow_commands_outside_github_actions(
    seeds: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    result = seeds.runpytest("assertions", "seeds")
    assert "::error" not in result.stdout.str()


def test_commands_point_at_each_new_discrepancy_by_article_and_line() -> None:
    assert workflow_commands(four_results()) == [
        "::error file=a/one.txt,line=3,col=5,endColumn=17,title=dead contradicted::"
        "'More than 60' reads (60, inf), outside the expected 45"
        " (claim: people killed)",
        "::error file=a/one.txt,line=7,col=2,endColumn=25,title=dam missing::"
        "the article does not state it (claim: the dam | held)",
    ]


def test_a_changed_baseline_entry_says_so() -> None:
    [line] = workflow_commands([_record(1, baseline="changed")])
    assert line.endswith(
        "::'12,000' is outside; the baseline accepted other evidence: the article"
        " changed"
    )


def test_step_summary_holds_the_counts_and_the_table() -> None:
    assert (
        step_summary(four_results(), "the counts.")
        == "\n".join(
            [
                "## claimcheck",
                "",
                "the counts.",
                "",
                "| where | claim | verdict | quote | why |",
                "|---|---|---|---|---|",
                "| a/one.txt:7:2 | dam | missing |  | the article does not state it |",
                "| a/one.txt:3:5 | dead | contradicted | “More than 60” | reads (60,"
                " inf), outside the expected 45 |",
                "| a/two.txt:3:5 | dead | contradicted (accepted) | “More than 60” |"
                " reads (60, inf), outside the expected 45 |",
            ]
        )
        + "\n\n"
    )


def test_an_outdated_result_is_a_notice_after_the_errors() -> None:

    records = [
        *four_results(),
        record("dead", "a/three.txt", "outdated", outdated_as="pass"),
        record("dead", "a/four.txt", "outdated", outdated_as="fail"),
    ]
    lines = workflow_commands(records)
    assert [line.split(" ", 1)[0] for line in lines] == [
        "::error",
        "::error",
        "::error",
        "::notice",
    ]
    assert lines[-1].startswith("::notice file=a/three.txt,line=3,col=5,")
    assert "title=dead outdated" in lines[-1]
