"""The Markdown report: counts, the discrepancy table with quotes, the matrix.

The discrepancy table is also the body of the CI step summary
(:mod:`claimcheck.reports.github`).
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from claimcheck.reports.coverage import coverage_markdown, coverage_sentence
from claimcheck.reports.evidence_limit import more_mentions
from claimcheck.reports.records import (
    CONTEXT,
    ResultRecord,
    Status,
    article_paths,
    by_place,
    claim_ids,
    fails,
    is_discrepancy,
    location,
    natural_key,
    short_names,
    source_text,
    status,
)
from claimcheck.reports.summary import (
    STATUSES,
    RunMetadata,
    RunTotals,
    StaleRecord,
    report_sentence,
    stale_sentence,
    totals_columns,
)

__all__ = [
    "COMMENT_ROWS",
    "discrepancy_table",
    "outdated_table",
    "render_comment",
    "render_markdown",
    "totals_tables",
]

_SPACES = re.compile(r"\s+")


def _md(text: object) -> str:
    """Text safe in a Markdown table cell: no HTML, no markup, one line."""
    escaped = html.escape(_SPACES.sub(" ", str(text)), quote=False)
    for char in "\\`*_[]|#":
        escaped = escaped.replace(char, "\\" + char)
    return escaped


def discrepancy_table(records: Sequence[ResultRecord]) -> list[str]:
    """The discrepancies as a Markdown table, new ones first."""
    rows = sorted(
        (r for r in records if is_discrepancy(r)),
        key=lambda r: (
            status(r) is Status.ACCEPTED,
            natural_key(r["article"], r["claim"]),
        ),
    )
    if not rows:
        return ["No discrepancies."]
    lines = [
        "| where | claim | verdict | quote | why |",
        "|---|---|---|---|---|",
    ]
    for r in rows:
        where = location(r)
        accepted = status(r) is Status.ACCEPTED
        verdict = r["verdict"] + (" (accepted)" if accepted else "")
        quote = f"“{_md(where['quote'])}”" if where["quote"] else ""
        why = _md(where["reason"])
        lines.append(
            f"| {_md(r['article'])}:{where['line']}:{where['column']}"
            f" | {_md(r['claim'])} | {verdict} | {quote} | {why} |"
        )
    return lines


def outdated_table(records: Sequence[ResultRecord]) -> list[str]:
    """The outdated results that pass or skip, as a section; none: nothing."""
    rows = by_place(r for r in records if status(r) is Status.OUTDATED)
    if not rows:
        return []
    lines = [
        "## Outdated",
        "",
        "Right when written, superseded since: each article states the value"
        " of its own date.",
        "",
        "| where | claim | quote | why |",
        "|---|---|---|---|",
    ]
    for r in rows:
        where = location(r)
        quote = f"“{_md(where['quote'])}”" if where["quote"] else ""
        lines.append(
            f"| {_md(r['article'])}:{where['line']}:{where['column']}"
            f" | {_md(r['claim'])} | {quote} | {_md(where['reason'])} |"
        )
    return [*lines, ""]


def render_markdown(records: Sequence[ResultRecord], meta: RunMetadata) -> str:
    """The Markdown report: counts, the discrepancy list with quotes, the matrix."""
    lines = [
        "# claimcheck report",
        "",
        report_sentence(meta),
        "",
        f"Run {meta['created']} with claimcheck {meta['claimcheck']}"
        f" in `{_md(meta['rootdir'])}`.",
        "",
        "## Discrepancies",
        "",
        *discrepancy_table(records),
        "",
    ]
    for r in by_place(r for r in records if is_discrepancy(r)):
        lines += _discrepancy_detail(r)
    lines += _stale_section(meta.get("stale", []))
    lines += outdated_table(records)
    lines += ["## Claims × articles", "", *_matrix(records), ""]
    lines += ["## Totals", "", *totals_tables(meta["totals"])]
    if "coverage" in meta:
        lines += coverage_markdown(meta["coverage"], _md)
    lines += _sources(records)
    return "\n".join(lines)


def _stale_section(stale: Sequence[StaleRecord]) -> list[str]:
    """The stale baseline entries, as a section with a table; none: nothing."""
    if not stale:
        return []
    lines = [
        "## Stale baseline entries",
        "",
        stale_sentence(stale),
        "",
        "| entry | claim | article | why |",
        "|---|---|---|---|",
    ]
    lines += [
        f"| {_md(s['place'])} | {_md(s['claim'])} | {_md(s['article'])}"
        f" | {_md(s['reason'])} |"
        for s in stale
    ]
    return [*lines, ""]


def _sources(records: Sequence[ResultRecord]) -> list[str]:
    """The articles whose front matter names their outlet, title, date or url."""
    sources = {r["article"]: r["source"] for r in records if "source" in r}
    if not sources:
        return []
    lines = ["## Articles", ""]
    lines += [
        f"- {_md(a)}: {_md(source_text(sources[a]))}"
        for a in article_paths(records)
        if a in sources
    ]
    return [*lines, ""]


def totals_tables(totals: RunTotals) -> list[str]:
    """Per-claim and per-article totals as two Markdown tables."""
    lines: list[str] = []
    columns = totals_columns(totals)
    for title, table in (("claim", totals["claims"]), ("article", totals["articles"])):
        lines += [
            f"| {title} | " + " | ".join(columns) + " |",
            "|---|" + "--:|" * len(columns),
        ]
        lines += [
            f"| {_md(name)} | " + " | ".join(str(t[k]) for k in columns) + " |"
            for name, t in table.items()
        ]
        lines.append("")
    return lines


def _discrepancy_detail(record: ResultRecord) -> list[str]:
    where = location(record)
    head = (
        f"### {_md(record['article'])}:{where['line']}:{where['column']}:"
        f" {_md(record['claim'])} {record['verdict']}"
    )
    lines = [head, ""]
    if "source" in record:
        lines += [f"Article: {_md(source_text(record['source']))}", ""]
    if record.get("description"):
        lines += [f"Claim: {_md(record['description'])}", ""]
    if status(record) is Status.ACCEPTED:
        lines += [f"Accepted by the baseline: {_md(record.get('note') or '')}", ""]
    for e in record["evidence"]:
        if e["compatible"] is not False:
            continue
        before, after = e.get("before", ""), e.get("after", "")
        quote = (
            ("…" if len(before) >= CONTEXT else "")
            + f"{_md(before)}**{_md(e['text'])}**{_md(after)}"
            + ("…" if len(after) >= CONTEXT else "")
        )
        lines += [f"> {e['line']}: {quote}", "", f"{_md(e['reason'])}", ""]
    if more := more_mentions(record.get("evidence_left_out", 0)):
        lines += [more, ""]
    if not where["quote"]:
        lines += ["The article does not state it. Nearest sentences:", ""]
        lines += [
            f"- {c['line']}:{c['column']}: {_md(c['text'])}"
            for c in record.get("candidates", [])
        ] or ["- none"]
        lines.append("")
    return lines


def _matrix(records: Sequence[ResultRecord]) -> list[str]:
    claims = claim_ids(records)
    articles = article_paths(records)
    names = short_names(articles)
    cells = {(r["claim"], r["article"]): STATUSES[status(r)].markdown for r in records}
    lines = [
        "| claim | " + " | ".join(_md(names[a]) for a in articles) + " |",
        "|---|" + ":-:|" * len(articles),
    ]
    for claim in claims:
        row = [cells.get((claim, a), "") for a in articles]
        lines.append(f"| {_md(claim)} | " + " | ".join(row) + " |")
    used = {status(r) for r in records}
    lines += [
        "",
        " · ".join(f"{s.markdown} {s.words}" for k, s in STATUSES.items() if k in used),
    ]
    return lines


#: discrepancy rows of a pull-request comment; the rest are counted
COMMENT_ROWS = 60


def render_comment(records: Sequence[ResultRecord], meta: RunMetadata) -> str:
    """A short Markdown form fit for a pull-request comment: a title line with
    the counts, then the new discrepancies as a table of at most
    :data:`COMMENT_ROWS` rows.  Plain Markdown, no HTML.
    """
    new = sorted(
        (r for r in records if fails(r)),
        key=lambda r: (natural_key(r["article"]), location(r)["line"], r["claim"]),
    )
    mark = "✗" if new else "✓"
    lines = [f"### {mark} claimcheck: {report_sentence(meta)}", ""]
    if "coverage" in meta:
        lines += [f"Coverage: {coverage_sentence(meta['coverage'])}.", ""]
    if not new:
        lines.append("No new discrepancies.")
        return "\n".join(lines) + "\n"
    lines += [
        "| article | line | claim | what it reads |",
        "|---|--:|---|---|",
    ]
    for r in new[:COMMENT_ROWS]:
        where = location(r)
        lines.append(
            f"| {_md(r['article'])} | {where['line']} | {_md(r['claim'])}"
            f" | {_md(where['message'])} |"
        )
    if len(new) > COMMENT_ROWS:
        lines += [
            "",
            f"and {len(new) - COMMENT_ROWS} more; the full report lists them.",
        ]
    return "\n".join(lines) + "\n"
