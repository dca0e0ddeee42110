"""Verdict records -> a self-contained HTML report, and pytest-html extras.

The page holds its data as one JSON block and draws it with a little inline
script: the matrix one page of claims and articles at a time, the results a
hundred at a time, so a suite of 10,000 (claim, article) results keeps a small
DOM.  Nothing is fetched from the network.  Article text reaches the page only
through ``textContent`` (and ``html.escape`` for the static parts), so markup in
an article shows as text.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from claimcheck.reports.coverage import (
    CoverageReport,
    coverage_sentence,
    never_evidenced,
)
from claimcheck.reports.evidence_limit import more_mentions
from claimcheck.reports.records import (
    ResultRecord,
    article_paths,
    location,
    plural,
    short_names,
    sorted_records,
    source_text,
    status,
    without_url,
)
from claimcheck.reports.summary import (
    STATUSES,
    RunMetadata,
    StaleRecord,
    report_sentence,
    stale_sentence,
)
from claimcheck.run.atomic import json_text

__all__ = ["evidence_html", "html_extras", "render_html"]

#: claims and articles shown per page of the matrix; results per "show more"
MATRIX_ROWS = 50
MATRIX_COLUMNS = 40
RESULTS_PAGE = 100
#: articles whose unchecked figures the page lists (the DOM stays small)
COVERAGE_ARTICLES = 200

_KEEP = ("claim", "description", "file", "article", "verdict", "evidence")


def _page_data(records: Sequence[ResultRecord], meta: RunMetadata) -> dict[str, Any]:
    """The data the page script draws: claims, articles and compact results."""
    ordered = sorted_records(records)
    claims = list(dict.fromkeys(r["claim"] for r in ordered))
    articles = article_paths(ordered)
    labels = short_names(articles)
    claim_index = {c: i for i, c in enumerate(claims)}
    article_index = {a: i for i, a in enumerate(articles)}
    sources = {
        r["article"]: {
            "text": source_text(without_url(r["source"])),
            "url": r["source"].get("url"),
        }
        for r in ordered
        if "source" in r
    }
    results = []
    for r in ordered:
        where = location(r)
        result: dict[str, Any] = {k: r.get(k) for k in _KEEP}
        if more := more_mentions(r.get("evidence_left_out", 0)):
            result["more"] = more
        result.update(
            c=claim_index[r["claim"]],
            a=article_index[r["article"]],
            status=status(r),
            where=f"{r['article']}:{where['line']}:{where['column']}",
            message=where["message"],
            note=r.get("note"),
            candidates=[
                {"line": c["line"], "column": c["column"], "text": c["text"]}
                for c in r.get("candidates", [])
            ],
        )
        results.append(result)
    return {
        "run": {k: v for k, v in meta.items() if k != "coverage"},
        "claims": claims,
        "articles": articles,
        "labels": [labels[a] for a in articles],
        "sources": [sources.get(a) for a in articles],
        "statuses": {
            k: {"symbol": v.markdown, "words": v.words} for k, v in STATUSES.items()
        },
        "results": results,
        "pages": {
            "rows": MATRIX_ROWS,
            "columns": MATRIX_COLUMNS,
            "results": RESULTS_PAGE,
        },
    }


def _script_json(data: object) -> str:
    """JSON that cannot end its ``<script>`` element early, whatever it holds."""
    text = json_text(data, compact=True)
    for char, escape in (
        ("&", "\\u0026"),
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escape)
    return text


def render_html(records: Sequence[ResultRecord], meta: RunMetadata) -> str:
    """The HTML report: one file, inline CSS and script, no network fetches."""
    counts = meta["counts"]
    head = report_sentence(meta)
    run = f"Run {meta['created']} with claimcheck {meta['claimcheck']}"
    return _PAGE.format(
        title=html.escape(
            f"claimcheck report: {counts['discrepancies']} discrepancies"
        ),
        summary=html.escape(head),
        run=html.escape(f"{run} in {meta['rootdir']}"),
        stale=_stale_html(meta.get("stale", [])),
        style=_asset("html.css"),
        script=_asset("html.js"),
        data=_script_json(_page_data(records, meta)),
        coverage=_coverage_html(meta["coverage"]) if "coverage" in meta else "",
    )


def _coverage_html(report: CoverageReport) -> str:
    """The coverage section: totals, the claims no article states, and the
    unchecked figures of each article (folded away)."""
    esc = html.escape
    parts = [
        "<section id='coverage'><h2>Coverage</h2>",
        f"<p>{esc(coverage_sentence(report))}.</p>",
    ]
    missing = never_evidenced(report)
    if missing:
        parts.append("<h3>Claims never evidenced</h3><ul>")
        parts += [
            f"<li>{esc(c['claim'])} ({esc(c['file'])}): no article of"
            f" {esc(plural(c['articles'], 'article'))} states it</li>"
            for c in missing
        ]
        parts.append("</ul>")
    with_unchecked = [a for a in report["articles"] if a["unchecked"]]
    if with_unchecked:
        parts.append("<h3>Unchecked figures</h3>")
    for a in with_unchecked[:COVERAGE_ARTICLES]:
        parts.append(
            f"<details><summary>{esc(a['article'])}:"
            f" {len(a['unchecked'])} of {esc(plural(a['figures'], 'figure'))}"
            " unchecked</summary><ul>"
        )
        parts += [
            f"<li>{f['line']}:{f['column']}: <mark>{esc(f['text'])}</mark>"
            f" {esc(f['measure'])}: “{esc(f['quote'])}”</li>"
            for f in a["unchecked"]
        ]
        parts.append("</ul></details>")
    if len(with_unchecked) > COVERAGE_ARTICLES:
        more = len(with_unchecked) - COVERAGE_ARTICLES
        parts.append(
            f"<p>and {esc(plural(more, 'more article'))} with unchecked figures;"
            " the Markdown and JSON reports list them all</p>"
        )
    parts.append("</section>")
    return "\n".join(parts)


def _stale_html(stale: Sequence[StaleRecord]) -> str:
    """The section listing stale baseline entries; none: nothing."""
    if not stale:
        return ""
    items = "".join(
        f"<li><code>{html.escape(s['place'])}</code>: {html.escape(s['claim'])}"
        f" on {html.escape(s['article'])}: {html.escape(s['reason'])}</li>\n"
        for s in stale
    )
    return (
        '<section id="stale">\n<h2>Stale baseline entries</h2>\n'
        f"<p>{html.escape(stale_sentence(stale))}</p>\n<ul>\n{items}</ul>\n</section>\n"
    )


def _asset(name: str) -> str:
    """A file shipped beside this module, inlined so the page stands alone."""
    return Path(__file__).with_name(name).read_text(encoding="utf-8")


def evidence_html(record: ResultRecord) -> str:
    """One result's evidence as an HTML fragment (for pytest-html's extras)."""
    parts = [
        f"<p>{html.escape(record['claim'])}: {html.escape(record['verdict'])}"
        f" in {html.escape(record['article'])}</p>"
    ]
    for e in record["evidence"]:
        parts.append(
            f"<pre>{e['line']}:{e['column']}: {html.escape(e.get('before', ''))}"
            f"<mark>{html.escape(e['text'])}</mark>{html.escape(e.get('after', ''))}"
            f"</pre><p>{html.escape(e['reason'])}</p>"
        )
    if more := more_mentions(record.get("evidence_left_out", 0)):
        parts.append(f"<p>{html.escape(more)}</p>")
    return "<div class='claimcheck'>" + "".join(parts) + "</div>"


def html_extras(record: ResultRecord) -> list[dict[str, Any]]:
    """The evidence as pytest-html ``extras``; none when pytest-html is absent."""
    try:
        from pytest_html import extras
    except ImportError:
        return []
    extra: dict[str, Any] = extras.html(evidence_html(record))
    return [extra]


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy"
 content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>{title}</title>
<style>{style}</style>
</head>
<body>
<header>
<h1>claimcheck report</h1>
<p id="summary">{summary}</p>
<p class="run">{run}</p>
</header>
<noscript><p>The matrix and the evidence are drawn by the page's script;
the Markdown and JSON reports hold the same data.</p></noscript>
<form id="filters" onsubmit="return false">
<label>verdict <select id="f-status">
<option value="discrepancy">discrepancies</option>
<option value="">all results</option>
<option value="contradicted">contradicted</option>
<option value="required">missing, required</option>
<option value="wavering">wavering (strict)</option>
<option value="stale">outdated (failing)</option>
<option value="accepted">accepted by the baseline</option>
<option value="supported">supported</option>
<option value="outdated">outdated</option>
<option value="missing">missing</option>
</select></label>
<label>claim <input id="f-claim" list="claims" placeholder="any claim"></label>
<label>article <input id="f-article" list="articles" placeholder="any article"></label>
<button type="button" id="f-reset">reset</button>
<datalist id="claims"></datalist><datalist id="articles"></datalist>
</form>
{stale}<section>
<h2>Claims × articles</h2>
<div class="pager" id="matrix-pager"></div>
<div class="scroll"><table id="matrix"></table></div>
<p class="legend" id="legend"></p>
</section>
<section>
<h2>Totals</h2>
<details id="totals-claims"><summary>per claim</summary></details>
<details id="totals-articles"><summary>per article</summary></details>
</section>
<section>
<h2 id="results-title">Results</h2>
<ol id="results"></ol>
<button type="button" id="more" hidden>show more</button>
</section>
{coverage}
<script type="application/json" id="claimcheck-data">{data}</script>
<script>{script}</script>
</body>
</html>
"""
