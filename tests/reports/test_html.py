"""reports/html.py: the self-contained HTML page and pytest-html's extras."""

from __future__ import annotations

import html
import json
import re
from typing import Any

import pytest

from claimcheck.reports.html import (
    MATRIX_COLUMNS,
    RESULTS_PAGE,
    evidence_html,
    render_html,
)
from tests.reports.sample import four_results, meta, record, stale, stale_meta


def _data_block(page: str) -> Any:
    match = re.search(r'id="claimcheck-data">(.*?)</script>', page, re.S)
    assert match is not None
    return json.loads(match.group(1))


def test_the_page_heads_with_the_counts_and_the_run() -> None:
    records = four_results()
    page = render_html(records, meta(records))
    assert "<title>claimcheck report: 2 discrepancies</title>" in page
    sentence = (
        "2 claims × 2 articles: 1 supported, 2 contradicted, 1 missing;"
        " 2 new discrepancies, 1 accepted by the baseline."
    )
    assert f'<p id="summary">{html.escape(sentence)}</p>' in page
    assert (
        '<p class="run">Run 2025-01-01T00:00:00+00:00 with claimcheck 9 in /r</p>'
        in page
    )


def test_the_data_block_holds_each_result_with_its_status_and_place() -> None:
    records = four_results()
    data = _data_block(render_html(records, meta(records)))
    assert data["claims"] == ["dam", "dead"]
    assert data["articles"] == ["a/one.txt", "a/two.txt"]
    assert data["labels"] == ["one", "two"]
    shown = [
        (r["claim"], r["article"], r["status"], r["where"], r["message"], r["note"])
        for r in data["results"]
    ]
    quote = "'More than 60' reads (60, inf), outside the expected 45"
    assert shown == [
        (
            "dam",
            "a/one.txt",
            "required",
            "a/one.txt:7:2",
            "the article does not state it",
            None,
        ),
        (
            "dam",
            "a/two.txt",
            "supported",
            "a/two.txt:1:1",
            "the article does not state it",
            None,
        ),
        ("dead", "a/one.txt", "contradicted", "a/one.txt:3:5", quote, None),
        ("dead", "a/two.txt", "accepted", "a/two.txt:3:5", quote, "known outlier"),
    ]
    assert [(r["c"], r["a"]) for r in data["results"]] == [
        (0, 0),
        (0, 1),
        (1, 0),
        (1, 1),
    ]
    assert data["results"][0]["candidates"] == [
        {"line": 7, "column": 2, "text": "The dam *held* at dawn."}
    ]
    assert data["statuses"]["required"] == {
        "symbol": "∅!",
        "words": "missing, required",
    }
    assert data["run"] == meta(records)


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


def test_evidence_extras_mark_the_quote_in_its_line() -> None:
    fragment = evidence_html(record())
    assert fragment == (
        "<div class='claimcheck'><p>dead: contradicted in a/one.txt</p>"
        "<pre>3:5: So: <mark>More than 60</mark> people died.</pre>"
        "<p>reads (60, inf), outside the expected 45</p></div>"
    )


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


def test_the_page_carries_the_totals_and_a_place_to_draw_them() -> None:
    records = four_results()
    page = render_html(records, meta(records))
    totals = _data_block(page)["run"]["totals"]
    assert list(totals["claims"]) == ["dam", "dead"]
    assert totals["articles"]["a/two.txt"]["accepted"] == 1
    assert '<details id="totals-claims">' in page
    assert '<details id="totals-articles">' in page
    assert 'drawTotals("totals-claims", "claim", D.run.totals.claims)' in page


def test_the_page_carries_each_article_source() -> None:
    source = {"outlet": "Courier", "title": "Floods", "url": "https://e.org/f"}
    records = [record(source=source), record("dam", "a/two.txt", "supported")]
    data = _data_block(render_html(records, meta(records)))
    assert data["sources"] == [
        {"text": "Courier: “Floods”", "url": "https://e.org/f"},
        None,
    ]


def test_stale_baseline_entries_have_their_section() -> None:
    records, with_stale = stale_meta(removed=False)
    page = render_html(records, with_stale)
    section = page[page.index('<section id="stale">') : page.index("</section>")]
    assert "<h2>Stale baseline entries</h2>" in section
    assert "remove the entries with --claimcheck-prune-baseline" in section
    assert (
        "<li><code>assertions/claimcheck-baseline.yaml:4:3</code>: dead on"
        " a/one.txt: now supported, no longer a discrepancy</li>"
    ) in section
    assert _data_block(page)["run"]["stale"] == with_stale["stale"]
    assert page.index('id="stale"') < page.index("<h2>Claims × articles</h2>")
    assert 'id="stale"' not in render_html(records, meta(records))


def test_a_stale_entry_with_markup_shows_it_as_text() -> None:
    records = four_results()
    entry = stale("b.yaml:1:3", "<b>dead</b>", "a/<i>x</i>.txt", "article gone")
    page = render_html(records, {**meta(records), "stale": [entry]})
    assert "&lt;b&gt;dead&lt;/b&gt; on a/&lt;i&gt;x&lt;/i&gt;.txt" in page
    assert "<b>" not in page
