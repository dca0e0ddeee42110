"""reports/records.py, reports/html.py: records, statuses, summary, Markdown, HTML."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.claims import QuantityClaim
from claimcheck.engine.articles import parse_article
from claimcheck.engine.index import build_lexicon, index_article
from claimcheck.engine.match import match_claim
from claimcheck.errors import ClaimcheckError
from claimcheck.reports.formats import (
    render_json,
    render_markdown,
    report_format,
    run_metadata,
)
from claimcheck.reports.html import MATRIX_COLUMNS, RESULTS_PAGE, render_html
from claimcheck.reports.records import location, result_record, status, summary_lines
from claimcheck.suite.loader import load_assertion_file


def record(
    claim: str = "dead",
    article: str = "a/one.txt",
    verdict: str = "contradicted",
    **extra: Any,
) -> dict[str, Any]:
    """A verdict record as result_record makes it, with one evidence span."""
    evidence = []
    if verdict != "missing":
        evidence.append(
            {
                "line": 3,
                "column": 5,
                "end_line": 3,
                "end_column": 17,
                "start": 40,
                "end": 52,
                "text": "More than 60",
                "value": "(60, inf)",
                "compatible": verdict == "supported",
                "reason": "reads (60, inf), outside the expected 45",
                "before": "So: ",
                "after": " people died.",
            }
        )
    base = {
        "claim": claim,
        "kind": "quantity",
        "description": "people killed",
        "file": "assertions/x.yaml",
        "article": article,
        "verdict": verdict,
        "required": False,
        "wavering": False,
        "strict_failure": False,
        "evidence": evidence,
        "candidates": [],
    }
    base.update(extra)
    return base


def meta(records: list[dict[str, Any]]) -> dict[str, Any]:
    return run_metadata(
        records, rootdir="/r", created="2025-01-01T00:00:00+00:00", version="9"
    )


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"verdict": "supported"}, "supported"),
        ({"verdict": "missing"}, "missing"),
        ({"verdict": "missing", "required": True}, "required"),
        ({"verdict": "contradicted"}, "contradicted"),
        ({"verdict": "supported", "strict_failure": True}, "wavering"),
        ({"verdict": "contradicted", "baseline": "accepted"}, "accepted"),
        ({"verdict": "contradicted", "baseline": "added"}, "accepted"),
        ({"verdict": "contradicted", "baseline": "changed"}, "contradicted"),
        # a baseline entry excuses only a discrepancy
        ({"verdict": "supported", "baseline": "accepted"}, "supported"),
    ],
)
def test_status(fields: dict[str, Any], expected: str) -> None:
    assert status(record(**fields)) == expected


def test_location_of_a_missing_fact_is_its_nearest_sentence() -> None:
    candidate = {"line": 7, "column": 2, "end_line": 7, "end_column": 30, "text": "x"}
    where = location(record(verdict="missing", required=True, candidates=[candidate]))
    assert (where["line"], where["column"], where["quote"]) == (7, 2, None)
    assert location(record(verdict="missing"))["line"] == 1


ARTICLE = (
    "Heavy rain swept the valley on Sunday.\n"
    "Officials said that, after a long night, more than 60 people died when the"
    " river burst its banks.\n"
)


def test_result_record_keeps_the_quoted_lines_context(tmp_path: Path) -> None:
    yaml_file = tmp_path / "x.yaml"
    yaml_file.write_text(
        "claims:\n  - id: dead\n    kind: quantity\n    measure: [died]\n"
        "    equals: 45\n"
    )
    loaded = load_assertion_file(yaml_file, rootdir=tmp_path, default_corpus=["."])
    [claim] = loaded.claims
    article = parse_article(ARTICLE, path="a.txt")
    assert isinstance(claim, QuantityClaim)
    index = index_article(article, build_lexicon([claim.measure]))
    made = result_record(
        match_claim(claim, index), claim, article, assertion_file="x.yaml"
    )
    [e] = made["evidence"]
    assert e["text"] == "more than 60"
    line = article.line_text(e["line"])
    assert e["before"] + e["text"] + e["after"] == line
    assert json.loads(json.dumps(made)) == made


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
    lines = summary_lines(records, width=width)
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
    assert lines[-2:] == [
        "discrepancies (1):",
        "a/one.txt:3:5: dead contradicted: 'More than 60' reads (60, inf),"
        " outside the expected 45",
    ]


def test_summary_lists_accepted_discrepancies_apart() -> None:
    records = [record(baseline="accepted", note="known outlier")]
    lines = summary_lines(records)
    assert "discrepancies (1):" not in lines
    assert lines[-2] == "accepted by the baseline (1):"


@pytest.mark.parametrize(
    ("path", "fmt"),
    [
        ("r.md", "markdown"),
        ("out/R.MARKDOWN", "markdown"),
        ("r.json", "json"),
        ("r.html", "html"),
        ("r.htm", "html"),
    ],
)
def test_report_format_from_suffix(path: str, fmt: str) -> None:
    assert report_format(path) == fmt


@pytest.mark.parametrize("path", ["r.pdf", "report", "r.txt"])
def test_report_format_refuses_other_suffixes(path: str) -> None:
    with pytest.raises(ClaimcheckError, match=re.escape(f"--claimcheck-report={path}")):
        report_format(path)


@given(st.text())
def test_markdown_cells_never_break_the_table_or_hold_html(text: str) -> None:
    records = [record(claim="c", evidence=[], verdict="missing", required=True)]
    records[0]["article"] = text + ".txt"
    out = render_markdown(records, meta(records))
    rows = [
        line for line in out.splitlines() if line.startswith("| ") and ":1:1" in line
    ]
    [row] = rows
    # five cells: every | inside a cell is escaped
    assert len(re.findall(r"(?<!\\)\|", row)) == 6
    assert "<" not in out.replace("\\<", "")


def test_json_report_is_sorted_and_carries_metadata() -> None:
    records = [record(article="b.txt"), record(article="a.txt")]
    data = json.loads(render_json(records, meta(records)))
    assert [r["article"] for r in data["results"]] == ["a.txt", "b.txt"]
    assert data["run"]["counts"]["discrepancies"] == 2
    assert data["run"]["claimcheck"] == "9"


def _data_block(page: str) -> Any:
    match = re.search(r'id="claimcheck-data">(.*?)</script>', page, re.S)
    assert match is not None
    return json.loads(match.group(1))


def test_html_page_escapes_article_text() -> None:
    evil = record()
    evil["evidence"][0]["before"] = "</script><script>alert(1)</script>"
    evil["evidence"][0]["text"] = "<b>60</b> & \u2028"
    page = render_html([evil], meta([evil]))
    assert "alert(1)</script>" not in page
    assert "<b>60" not in page
    assert page.count("</script>") == 2  # the data block's and the script's
    data = _data_block(page)
    assert data["results"][0]["evidence"][0]["text"] == "<b>60</b> & \u2028"


@pytest.mark.slow
def test_html_page_with_ten_thousand_results_keeps_a_small_static_page() -> None:
    # 100 claims x 100 articles: the data is embedded once, and the page
    # draws it a page at a time, so the markup does not grow with the results
    records = [
        record(
            f"claim-{c:03d}",
            f"articles/{a:03d}.txt",
            ("supported", "contradicted")[(c + a) % 7 == 0],
        )
        for c in range(100)
        for a in range(100)
    ]
    page = render_html(records, meta(records))
    data = _data_block(page)
    assert len(data["results"]) == 10_000
    assert len(data["claims"]) == len(data["articles"]) == 100
    markup = page.split('id="claimcheck-data">')[0]
    assert len(markup) < 5_000
    assert "<li" not in markup and "<td" not in markup
    # the script draws bounded pages
    assert data["pages"] == {
        "rows": 50,
        "columns": MATRIX_COLUMNS,
        "results": RESULTS_PAGE,
    }
    # per result, the page holds its record and little more
    assert len(page) < 10_000 * 900
