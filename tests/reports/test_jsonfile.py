"""reports/jsonfile.py: the JSON report and ``--claimcheck-json``'s content."""

from __future__ import annotations

import json

from claimcheck.reports.jsonfile import render_json, results_json
from tests.reports.sample import four_results, meta, record


def test_the_report_holds_the_run_and_every_result_in_order() -> None:
    records = four_results()
    text = render_json(records, meta(records))
    data = json.loads(text)
    assert data["run"] == {
        "created": "2025-01-01T00:00:00+00:00",
        "claimcheck": "9",
        "rootdir": "/r",
        "claims": 2,
        "articles": 2,
        "results": 4,
        "counts": {
            "supported": 1,
            "contradicted": 2,
            "missing": 1,
            "outdated": 0,
            "discrepancies": 2,
            "accepted": 1,
        },
        "totals": {
            "claims": {
                "dam": {
                    "supported": 1,
                    "contradicted": 0,
                    "missing": 1,
                    "outdated": 0,
                    "accepted": 0,
                },
                "dead": {
                    "supported": 0,
                    "contradicted": 1,
                    "missing": 0,
                    "outdated": 0,
                    "accepted": 1,
                },
            },
            "articles": {
                "a/one.txt": {
                    "supported": 0,
                    "contradicted": 1,
                    "missing": 1,
                    "outdated": 0,
                    "accepted": 0,
                },
                "a/two.txt": {
                    "supported": 1,
                    "contradicted": 0,
                    "missing": 0,
                    "outdated": 0,
                    "accepted": 1,
                },
            },
        },
    }
    # by assertion file, claim, article; each record whole
    order = [(r["claim"], r["article"]) for r in data["results"]]
    assert order == [
        ("dam", "a/one.txt"),
        ("dam", "a/two.txt"),
        ("dead", "a/one.txt"),
        ("dead", "a/two.txt"),
    ]
    assert data["results"][3] == records[2]
    assert text.startswith('{\n "run": {\n  "created"')
    assert text.endswith("}\n")


def test_text_stays_as_written() -> None:
    records = [record(description="death toll in Zürich — officials")]
    text = render_json(records, meta(records))
    assert "death toll in Zürich — officials" in text


def test_the_verdicts_file_holds_the_results_only() -> None:
    records = four_results()
    assert results_json(records) == {
        "results": json.loads(render_json(records, meta(records)))["results"]
    }


def test_the_given_records_are_left_as_they_were() -> None:
    records = [record(article="b.txt"), record(article="a.txt")]
    render_json(records, meta(records))
    assert [r["article"] for r in records] == ["b.txt", "a.txt"]
