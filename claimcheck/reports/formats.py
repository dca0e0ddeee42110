"""Verdict records -> report files: Markdown and JSON, and the run's metadata.

The HTML page is in :mod:`claimcheck.reports.html`; :func:`write_reports` picks
the renderer from each path's suffix.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

from claimcheck.engine.match import VerdictKind
from claimcheck.errors import ClaimcheckError
from claimcheck.reports.html import render_html
from claimcheck.reports.records import (
    CONTEXT,
    STATUSES,
    article_paths,
    by_place,
    claim_ids,
    is_discrepancy,
    is_new_discrepancy,
    location,
    plural,
    short_names,
    sorted_records,
    status,
)

__all__ = [
    "REPORT_FORMATS",
    "claimcheck_version",
    "counts_sentence",
    "discrepancy_table",
    "render_json",
    "render_markdown",
    "report_format",
    "run_metadata",
    "write_reports",
]


#: file suffix -> report format
REPORT_FORMATS = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".json": "json",
    ".html": "html",
    ".htm": "html",
}


def report_format(path: str) -> str:
    """The format a report path asks for, from its suffix."""
    suffix = Path(path).suffix.lower()
    try:
        return REPORT_FORMATS[suffix]
    except KeyError:
        raise ClaimcheckError(
            f"--claimcheck-report={path}: unknown report format {suffix or path!r};"
            f" end the path with one of {', '.join(REPORT_FORMATS)}"
        ) from None


def claimcheck_version() -> str:
    """The installed claimcheck's version."""
    try:
        return metadata.version("claimcheck")
    except metadata.PackageNotFoundError:
        return "unknown"


def run_metadata(
    records: Sequence[Mapping[str, Any]],
    *,
    rootdir: str,
    created: str,
    version: str,
) -> dict[str, Any]:
    """What a report says about its run: when, which claimcheck, the counts."""
    counts = Counter(status(r) for r in records)
    return {
        "created": created,
        "claimcheck": version,
        "rootdir": rootdir,
        "claims": len(claim_ids(records)),
        "articles": len(article_paths(records)),
        "results": len(records),
        "counts": {
            **{
                k.value: sum(r["verdict"] == k.value for r in records)
                for k in VerdictKind
            },
            "discrepancies": sum(is_new_discrepancy(r) for r in records),
            "accepted": counts["accepted"],
        },
    }


def render_json(records: Sequence[Mapping[str, Any]], meta: Mapping[str, Any]) -> str:
    """The JSON report: ``--claimcheck-json``'s results, with ``run`` metadata."""
    data = {"run": dict(meta), "results": sorted_records(records)}
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


_SPACES = re.compile(r"\s+")


def _md(text: object) -> str:
    """Text safe in a Markdown table cell: no HTML, no markup, one line."""
    escaped = html.escape(_SPACES.sub(" ", str(text)), quote=False)
    for char in "\\`*_[]|#":
        escaped = escaped.replace(char, "\\" + char)
    return escaped


def counts_sentence(meta: Mapping[str, Any]) -> str:
    """The run's counts in one sentence, from :func:`run_metadata`."""
    counts = meta["counts"]
    parts = [f"{counts[k.value]} {k.value}" for k in VerdictKind]
    return (
        f"{plural(meta['claims'], 'claim')} × {plural(meta['articles'], 'article')}:"
        f" {', '.join(parts)}; {counts['discrepancies']} new"
        f" {'discrepancy' if counts['discrepancies'] == 1 else 'discrepancies'},"
        f" {counts['accepted']} accepted by the baseline."
    )


def discrepancy_table(records: Sequence[Mapping[str, Any]]) -> list[str]:
    """The discrepancies as a Markdown table, new ones first."""
    rows = sorted(
        (r for r in records if is_discrepancy(r)),
        key=lambda r: (status(r) == "accepted", r["article"], r["claim"]),
    )
    if not rows:
        return ["No discrepancies."]
    lines = [
        "| where | claim | verdict | quote | why |",
        "|---|---|---|---|---|",
    ]
    for r in rows:
        where = location(r)
        verdict = r["verdict"] + (" (accepted)" if status(r) == "accepted" else "")
        quote = f"“{_md(where['quote'])}”" if where["quote"] else ""
        why = _md(where["reason"])
        lines.append(
            f"| {_md(r['article'])}:{where['line']}:{where['column']}"
            f" | {_md(r['claim'])} | {verdict} | {quote} | {why} |"
        )
    return lines


def render_markdown(
    records: Sequence[Mapping[str, Any]], meta: Mapping[str, Any]
) -> str:
    """The Markdown report: counts, the discrepancy list with quotes, the matrix."""
    lines = [
        "# claimcheck report",
        "",
        counts_sentence(meta),
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
    lines += ["## Claims × articles", "", *_markdown_matrix(records), ""]
    return "\n".join(lines)


def _discrepancy_detail(record: Mapping[str, Any]) -> list[str]:
    where = location(record)
    head = (
        f"### {_md(record['article'])}:{where['line']}:{where['column']}:"
        f" {_md(record['claim'])} {record['verdict']}"
    )
    lines = [head, ""]
    if record.get("description"):
        lines += [f"Claim: {_md(record['description'])}", ""]
    if status(record) == "accepted":
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
    if not where["quote"]:
        lines += ["The article does not state it. Nearest sentences:", ""]
        lines += [
            f"- {c['line']}:{c['column']}: {_md(c['text'])}"
            for c in record.get("candidates", [])
        ] or ["- none"]
        lines.append("")
    return lines


def _markdown_matrix(records: Sequence[Mapping[str, Any]]) -> list[str]:
    claims = claim_ids(records)
    articles = article_paths(records)
    names = short_names(articles)
    cells = {(r["claim"], r["article"]): STATUSES[status(r)][1] for r in records}
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
        " · ".join(f"{s[1]} {s[2]}" for k, s in STATUSES.items() if k in used),
    ]
    return lines


def write_reports(
    paths: Iterable[str],
    records: Sequence[Mapping[str, Any]],
    meta: Mapping[str, Any],
    write: Callable[[Path, str], None],
) -> None:
    """Render and write each report file; the format comes from the suffix."""
    renderers: dict[
        str, Callable[[Sequence[Mapping[str, Any]], Mapping[str, Any]], str]
    ]
    renderers = {
        "markdown": render_markdown,
        "json": render_json,
        "html": render_html,
    }
    for path in paths:
        write(Path(path), renderers[report_format(path)](records, meta))
