"""reports/summary.py: counts, the counts sentence and the terminal summary."""

from __future__ import annotations

import pytest

from claimcheck.reports.summary import (
    RunCounts,
    counts_sentence,
    run_counts,
    run_totals,
    summary_lines,
    totals_lines,
)
from tests.reports.sample import four_results, record


def test_counts_by_verdict_and_by_how_they_count() -> None:
    assert run_counts(four_results()) == {
        "supported": 1,
        "contradicted": 2,
        "missing": 1,
        "outdated": 0,
        "discrepancies": 2,
        "accepted": 1,
    }


def _counts(discrepancies: int, accepted: int) -> RunCounts:
    return {
        "supported": 3,
        "contradicted": 1,
        "missing": 0,
        "outdated": 0,
        "discrepancies": discrepancies,
        "accepted": accepted,
    }


@pytest.mark.parametrize(
    ("claims", "articles", "counts", "sentence"),
    [
        (
            1,
            1,
            _counts(1, 0),
            "1 claim × 1 article: 3 supported, 1 contradicted, 0 missing;"
            " 1 new discrepancy, 0 accepted by the baseline.",
        ),
        (
            2,
            5,
            _counts(0, 2),
            "2 claims × 5 articles: 3 supported, 1 contradicted, 0 missing;"
            " 0 new discrepancies, 2 accepted by the baseline.",
        ),
    ],
)
def test_the_counts_sentence(
    claims: int, articles: int, counts: RunCounts, sentence: str
) -> None:
    assert counts_sentence(claims, articles, counts) == sentence


def test_the_terminal_counts_sentence_is_short_and_plain() -> None:
    assert (
        counts_sentence(1, 2, _counts(1, 0), terminal=True)
        == "1 claim x 2 articles: 3 supported, 1 contradicted, 0 missing"
    )


@pytest.mark.parametrize(
    ("width", "matrix"),
    [(80, True), (9, True), (8, False)],
)
def test_summary_shows_a_matrix_when_it_fits(width: int, matrix: bool) -> None:
    records = [
        record("dead", "a/one.txt", "contradicted"),
        record("dead", "a/two.txt", "supported"),
        record("dam", "a/one.txt", "missing"),
    ]
    lines = list(summary_lines(records, width=width))
    assert lines[0] == "2 claims x 2 articles: 1 supported, 1 contradicted, 1 missing"
    if matrix:
        assert lines[1:6] == [
            "     1 2",
            "dam  -",
            "dead F .",
            ". supported  F contradicted  - missing",
            "1 a/one.txt",
        ]
    else:
        assert lines[1:3] == ["dam  1 missing", "dead 1 supported, 1 contradicted"]
    at = lines.index("discrepancies (1):")
    assert lines[at + 1] == (
        "a/one.txt:3:5: dead contradicted: 'More than 60' reads (60, inf),"
        " outside the expected 45"
    )
    # the totals end the summary: per claim, then per article
    assert lines[at + 2 :] == [
        "per claim  supported  contradicted  missing  accepted",
        "dam                0             0        1         0",
        "dead               1             1        0         0",
        "per article  supported  contradicted  missing  accepted",
        "a/one.txt            0             1        1         0",
        "a/two.txt            1             0        0         0",
    ]


def test_summary_lists_accepted_discrepancies_apart() -> None:
    records = [record(baseline="accepted", note="known outlier")]
    lines = list(summary_lines(records))
    assert "discrepancies (1):" not in lines
    at = lines.index("accepted by the baseline (1):")
    assert lines[at + 1].startswith("a/one.txt:3:5: dead contradicted")
    assert lines[at + 2 : at + 4] == [
        "per claim  supported  contradicted  missing  accepted",
        "dead               0             0        0         1",
    ]


def test_terminal_totals_keep_the_names_with_most_discrepancies() -> None:
    records = [
        record(f"c{n}", "a/one.txt", "contradicted" if n in (3, 7) else "supported")
        for n in range(1, 11)
    ]
    lines = totals_lines(run_totals(records), limit=2)
    assert lines[:4] == [
        "per claim  supported  contradicted  missing  accepted",
        "c3                 0             1        0         0",
        "c7                 0             1        0         0",
        "and 8 more claims (see the reports)",
    ]


def test_an_empty_run_has_no_summary() -> None:
    assert list(summary_lines([])) == []


def test_discrepancies_list_by_article_then_claim_in_natural_order() -> None:
    """Listed in reading order however the run made them, each once, in the
    order the run made them within one article and claim."""
    records = [
        record("dead10", "a/art10.txt", "contradicted"),
        record("dead2", "a/art2.txt", "contradicted"),
        record("dead10", "a/art2.txt", "contradicted"),
        record("dead10", "a/art2.txt", "contradicted"),
        record("dead2", "a/art10.txt", "supported"),
    ]
    records[2]["evidence"][0]["line"] = 7
    records[3]["evidence"][0]["line"] = 1
    lines = [x for x in summary_lines(records) if x.startswith("a/") and ": " in x]
    assert [line.split(": ")[0] for line in lines] == [
        "a/art2.txt:3:5",
        "a/art2.txt:7:5",
        "a/art2.txt:1:5",
        "a/art10.txt:3:5",
    ]
    assert [line.split()[1] for line in lines] == [
        "dead2",
        "dead10",
        "dead10",
        "dead10",
    ]
