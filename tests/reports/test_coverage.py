"""reports/coverage.py: coverage parts merged, claims counted, the totals."""

from __future__ import annotations

from claimcheck.reports.coverage import (
    ArticleCoverage,
    CoverageReport,
    FigureRecord,
    claim_coverage,
    coverage_lines,
    coverage_report,
    coverage_sentence,
    merge_articles,
    merge_coverage,
    unchecked_families,
)
from claimcheck.reports.html import COVERAGE_ARTICLES, render_html
from claimcheck.reports.records import ResultRecord
from tests.reports.sample import meta


def _figure(line: int, measure: str, text: str = "12") -> FigureRecord:
    return {
        "line": line,
        "column": 1,
        "text": text,
        "measure": measure,
        "quote": f"{text} were {measure}.",
    }


def _part(article: str, figures: int, *unchecked: FigureRecord) -> ArticleCoverage:
    return {"article": article, "figures": figures, "unchecked": list(unchecked)}


def _record(claim: str, article: str, verdict: str) -> ResultRecord:
    record = {
        "claim": claim,
        "kind": "quantity",
        "description": "",
        "file": "assertions/a.yaml",
        "article": article,
        "verdict": verdict,
        "required": False,
        "wavering": False,
        "strict_failure": False,
        "evidence": [],
        "candidates": [],
    }
    return record  # type: ignore[return-value]


def test_a_figure_stays_unchecked_only_when_every_part_left_it_so() -> None:
    # two workers each ran some of the claims on the same article
    first = _part("a.txt", 3, _figure(1, "arrested"), _figure(2, "injured"))
    second = _part("a.txt", 3, _figure(2, "injured"), _figure(3, "missing"))
    assert merge_articles([first, second]) == [_part("a.txt", 3, _figure(2, "injured"))]


def test_articles_come_in_natural_order_each_once() -> None:
    merged = merge_articles([_part("10.txt", 1), _part("2.txt", 0), _part("10.txt", 1)])
    assert [a["article"] for a in merged] == ["2.txt", "10.txt"]


def test_a_claim_is_evidenced_where_its_verdict_is_not_missing() -> None:
    records = [
        _record("toll", "a.txt", "supported"),
        _record("toll", "b.txt", "missing"),
        _record("arrests", "a.txt", "missing"),
        _record("arrests", "b.txt", "missing"),
        _record("dam", "b.txt", "contradicted"),
    ]
    assert claim_coverage(records) == [
        {
            "claim": "arrests",
            "file": "assertions/a.yaml",
            "articles": 2,
            "evidenced": 0,
        },
        {"claim": "dam", "file": "assertions/a.yaml", "articles": 1, "evidenced": 1},
        {"claim": "toll", "file": "assertions/a.yaml", "articles": 2, "evidenced": 1},
    ]


def _report() -> CoverageReport:
    return coverage_report(
        [
            _part("a.txt", 4, _figure(1, "arrested"), _figure(5, "detained")),
            _part("b.txt", 2, _figure(3, "deaths", "9")),
        ],
        [_record("toll", "a.txt", "supported"), _record("arrests", "a.txt", "missing")],
    )


def test_totals_count_figures_and_claims() -> None:
    assert _report()["totals"] == {
        "figures": 6,
        "checked": 3,
        "unchecked": 3,
        "claims": 2,
        "never_evidenced": 1,
    }


def test_unchecked_figures_are_counted_by_what_they_count() -> None:
    # the families claimcheck suggest groups figures by
    assert unchecked_families(_report()) == [("arrested", 2), ("killed", 1)]
    assert coverage_sentence(_report()) == (
        "6 figures found, 3 checked, 3 unchecked (arrested 2, killed 1);"
        " 1 of 2 claims never evidenced"
    )


def test_the_terminal_block_is_short_unless_verbose() -> None:
    assert coverage_lines(_report()) == [
        "coverage: 6 figures found, 3 checked, 3 unchecked (arrested 2, killed 1);"
        " 1 of 2 claims never evidenced",
        "never evidenced: arrests (assertions/a.yaml)",
        "unchecked figures: -v lists them, as the reports do",
    ]
    verbose = coverage_lines(_report(), verbose=True)
    assert verbose[2:] == [
        "a.txt:1:1: '12' arrested: “12 were arrested.”",
        "a.txt:5:1: '12' detained: “12 were detained.”",
        "b.txt:3:1: '9' deaths: “9 were deaths.”",
    ]


def test_reports_of_parts_of_a_corpus_merge() -> None:
    left = coverage_report(
        [_part("a.txt", 2, _figure(1, "arrested"))],
        [_record("toll", "a.txt", "missing")],
    )
    right = coverage_report(
        [_part("b.txt", 1)], [_record("toll", "b.txt", "supported")]
    )
    merged = merge_coverage([left, right])
    assert merged["totals"] == {
        "figures": 3,
        "checked": 2,
        "unchecked": 1,
        "claims": 1,
        "never_evidenced": 0,
    }
    assert merged["claims"] == [
        {"claim": "toll", "file": "assertions/a.yaml", "articles": 2, "evidenced": 1}
    ]
    assert [a["article"] for a in merged["articles"]] == ["a.txt", "b.txt"]


def test_a_run_without_figures_reads_plainly() -> None:
    report = coverage_report([_part("a.txt", 0)], [_record("t", "a.txt", "supported")])
    assert coverage_lines(report) == [
        "coverage: 0 figures found, 0 checked, 0 unchecked; 0 of 1 claim never"
        " evidenced"
    ]


def test_the_html_page_lists_a_bounded_number_of_articles() -> None:
    parts = [_part(f"{i}.txt", 1, _figure(1, "arrested")) for i in range(205)]
    records = [_record("toll", "0.txt", "supported")]
    page_meta = meta(records)
    page_meta["coverage"] = coverage_report(parts, records)
    page = render_html(records, page_meta)
    assert page.count("<details><summary>") == COVERAGE_ARTICLES
    assert "and 5 more articles with unchecked figures" in page
    # the coverage is drawn once, not also in the script's data
    assert page.count("</mark> arrested:") == COVERAGE_ARTICLES
