"""Verdicts -> failure text, plain-data results, statuses and the run summary.

Report files build on this module: :mod:`claimcheck.reports.formats` (Markdown,
JSON) and :mod:`claimcheck.reports.html` (the HTML page)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from claimcheck.claims import Claim
from claimcheck.engine.articles import Article
from claimcheck.engine.match import Evidence, Verdict, VerdictKind

__all__ = [
    "STATUSES",
    "article_paths",
    "by_place",
    "claim_ids",
    "discrepancy_line",
    "is_discrepancy",
    "is_new_discrepancy",
    "location",
    "plural",
    "render_failure",
    "render_missing",
    "result_record",
    "short_names",
    "sorted_records",
    "status",
    "summary_lines",
]

#: characters of context shown on each side of a span in a long line
EXCERPT = 70
#: characters of the quoted line kept on each side of a span in a record
CONTEXT = 160


def result_record(
    verdict: Verdict, claim: Claim, article: Article, *, assertion_file: str
) -> dict[str, Any]:
    """The verdict as plain built-in types (JSON, xdist, JUnit)."""
    return {
        "claim": claim.id,
        "kind": claim.kind.value,
        "description": claim.description,
        "file": assertion_file,
        "article": article.path,
        "verdict": verdict.kind.value,
        "required": claim.required,
        "wavering": verdict.wavering,
        "evidence": [_evidence_record(e, article) for e in verdict.evidence],
        "candidates": [
            _span_record(start, end, article) for start, end in verdict.candidates
        ],
    }


def _span_record(start: int, end: int, article: Article) -> dict[str, Any]:
    line, column = article.position(start)
    end_line, end_column = article.position(end)
    return {
        "line": line,
        "column": column,
        "end_line": end_line,
        "end_column": end_column,
        "start": start,
        "end": end,
        "text": article.text[start:end],
    }


def _evidence_record(e: Evidence, article: Article) -> dict[str, Any]:
    record = _span_record(e.start, e.end, article)
    record.update(value=e.value, compatible=e.compatible, reason=e.reason)
    # the rest of the quoted lines, so reports can show the span in its line
    # without the article at hand
    first = article.line_starts[record["line"] - 1]
    last = article.line_starts[record["end_line"] - 1] + len(
        article.line_text(record["end_line"])
    )
    record["before"] = article.text[max(first, e.start - CONTEXT) : e.start]
    record["after"] = article.text[e.end : max(e.end, min(last, e.end + CONTEXT))]
    return record


def _claim_header(claim: Claim) -> str:
    text = f"{claim.id} ({claim.kind.value})"
    if claim.description:
        text += f": {claim.description}"
    return text


def _excerpt(article: Article, start: int, end: int) -> list[str]:
    """Numbered lines around a span, the span marked with carets."""
    line, column = article.position(start)
    text = article.line_text(line)
    span_end = min(end - article.line_starts[line - 1], len(text))
    lo = max(0, column - 1 - EXCERPT)
    hi = min(len(text), span_end + EXCERPT)
    shown = ("…" if lo else "") + text[lo:hi] + ("…" if hi < len(text) else "")
    offset = column - 1 - lo + (1 if lo else 0)
    width = len(str(article.line_count))
    out = []
    if line > 1 and article.line_text(line - 1).strip():
        out.append(f"{line - 1:0{width}d} {_clip(article.line_text(line - 1))}")
    out.append(f"{line:0{width}d} {shown}")
    out.append(" " * (width + 1 + offset) + "^" * max(1, span_end - (column - 1)))
    return out


def _clip(text: str) -> str:
    return text if len(text) <= 2 * EXCERPT else text[: 2 * EXCERPT] + "…"


def render_failure(verdict: Verdict, claim: Claim, article: Article) -> str:
    """A discrepancy as pytest shows it: claim, marked article lines, location."""
    preposition = "in" if verdict.kind is VerdictKind.MISSING else "by"
    lines = [
        _claim_header(claim),
        f"{verdict.kind.value} {preposition} {article.path}",
        "",
    ]
    shown = [e for e in verdict.evidence if e.compatible is False] or list(
        verdict.evidence
    )
    for e in shown:
        lines += _excerpt(article, e.start, e.end)
        lines.append(f"    {e.text!r}: {e.reason}")
        lines.append("")
    if verdict.kind is VerdictKind.MISSING:
        lines += _missing_lines(verdict, article)
    first = shown[0] if shown else None
    lines.append(_location_line(verdict, claim, article, first))
    return "\n".join(lines)


def _missing_lines(verdict: Verdict, article: Article) -> list[str]:
    if not verdict.candidates:
        return ["no sentence of the article comes close to the claim", ""]
    lines = ["nearest sentences:"]
    for start, end in verdict.candidates:
        line, column = article.position(start)
        lines.append(f"  {line}:{column}: {_clip(article.text[start:end])}")
    lines.append("")
    return lines


def _location_line(
    verdict: Verdict, claim: Claim, article: Article, evidence: Evidence | None
) -> str:
    if evidence is not None:
        line, column = article.position(evidence.start)
        return (
            f"{article.path}:{line}:{column}: {claim.id} {verdict.kind.value}:"
            f" {evidence.text!r} {evidence.reason}"
        )
    if verdict.candidates:
        line, column = article.position(verdict.candidates[0][0])
    else:
        line, column = article.position(article.body_start)
    return (
        f"{article.path}:{line}:{column}: {claim.id} {verdict.kind.value}:"
        " the article does not state it"
    )


def render_missing(verdict: Verdict, claim: Claim) -> str:
    """The skip reason of a missing, not required, fact."""
    return f"{claim.id}: not stated in {verdict.article}"


# -- statuses: a verdict as it counts in this run ------------------------------

#: status -> (terminal symbol, Markdown symbol, words), in legend order
STATUSES: dict[str, tuple[str, str, str]] = {
    "supported": (".", "✓", "supported"),
    "contradicted": ("F", "✗", "contradicted"),
    "required": ("M", "∅!", "missing, required"),
    "wavering": ("W", "≠", "wavering (strict)"),
    "accepted": ("x", "(✗)", "accepted by the baseline"),
    "missing": ("-", "∅", "missing"),
}


def status(record: Mapping[str, Any]) -> str:
    """How one result counts: its verdict, or why it fails or is excused."""
    if is_discrepancy(record):
        if record.get("baseline") in ("accepted", "added"):
            return "accepted"
        if record["verdict"] == "missing":
            return "required"
        return "contradicted" if record["verdict"] == "contradicted" else "wavering"
    return str(record["verdict"])


def is_discrepancy(record: Mapping[str, Any]) -> bool:
    """Whether a result fails: contradicted, required and missing, or wavering."""
    verdict = record["verdict"]
    return (
        verdict == "contradicted"
        or (verdict == "missing" and bool(record.get("required")))
        or bool(record.get("strict_failure"))
    )


def is_new_discrepancy(record: Mapping[str, Any]) -> bool:
    """A discrepancy that the baseline does not accept: it fails the run."""
    return is_discrepancy(record) and status(record) != "accepted"


def location(record: Mapping[str, Any]) -> dict[str, Any]:
    """Where a discrepancy shows: its first disagreeing mention, else the
    nearest candidate sentence, else the article's first line.

    Returns ``line``, ``column``, ``end_line``, ``end_column``, ``quote``
    (None when the article does not state the fact), ``reason`` and
    ``message`` (the quote and the reason).
    """
    evidence = [e for e in record["evidence"] if e["compatible"] is False]
    if evidence:
        e = evidence[0]
        return {
            "line": e["line"],
            "column": e["column"],
            "end_line": e["end_line"],
            "end_column": e["end_column"],
            "quote": e["text"],
            "reason": e["reason"],
            "message": f"{e['text']!r} {e['reason']}",
        }
    spans = record.get("candidates") or [
        {"line": 1, "column": 1, "end_line": 1, "end_column": 1}
    ]
    first = spans[0]
    return {
        "line": first["line"],
        "column": first["column"],
        "end_line": first["end_line"],
        "end_column": first["end_column"],
        "quote": None,
        "reason": "the article does not state it",
        "message": "the article does not state it",
    }


def discrepancy_line(record: Mapping[str, Any]) -> str:
    """``path:line:col: claim verdict: quote`` for one discrepancy."""
    where = location(record)
    return (
        f"{record['article']}:{where['line']}:{where['column']}: {record['claim']}"
        f" {record['verdict']}: {where['message']}"
    )


def sorted_records(records: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Results in a stable order: assertion file, claim, article."""
    return sorted(records, key=lambda r: (r["file"], r["claim"], r["article"]))


# -- the terminal summary -------------------------------------------------------


def summary_lines(
    records: Iterable[Mapping[str, Any]], *, width: int = 80
) -> list[str]:
    """The end-of-run summary: counts, a claims x articles matrix when it fits
    in ``width`` columns (else per-claim counts), then one line per discrepancy.
    """
    records = list(records)
    if not records:
        return []
    counts = Counter(r["verdict"] for r in records)
    claims = claim_ids(records)
    articles = article_paths(records)
    lines = [
        f"{plural(len(claims), 'claim')} x {plural(len(articles), 'article')}: "
        + ", ".join(f"{counts[k.value]} {k.value}" for k in VerdictKind)
    ]
    lines += _matrix_lines(records, claims, articles, width) or _count_lines(
        records, claims
    )
    new = [r for r in records if is_new_discrepancy(r)]
    accepted = [r for r in records if status(r) == "accepted"]
    if new:
        lines.append(f"discrepancies ({len(new)}):")
        lines += [discrepancy_line(r) for r in by_place(new)]
    if accepted:
        lines.append(f"accepted by the baseline ({len(accepted)}):")
        lines += [discrepancy_line(r) for r in by_place(accepted)]
    return lines


def by_place(records: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    return sorted(records, key=lambda r: (r["article"], r["claim"]))


def claim_ids(records: Sequence[Mapping[str, Any]]) -> list[str]:
    """Claim ids by assertion file, then id."""
    places = sorted({(r["file"], r["claim"]) for r in records})
    return list(dict.fromkeys(claim for _, claim in places))


def article_paths(records: Sequence[Mapping[str, Any]]) -> list[str]:
    return sorted({r["article"] for r in records})


def _matrix_lines(
    records: Sequence[Mapping[str, Any]],
    claims: list[str],
    articles: list[str],
    width: int,
) -> list[str]:
    digits = len(str(len(articles)))
    label = max(len(c) for c in claims)
    if label + 1 + len(articles) * (digits + 1) > width:
        return []
    cells = {(r["claim"], r["article"]): STATUSES[status(r)][0] for r in records}
    column = {a: i for i, a in enumerate(articles)}
    lines = [
        " " * label
        + " "
        + " ".join(f"{i:>{digits}}" for i in range(1, len(articles) + 1))
    ]
    for claim in claims:
        row = [" " * digits] * len(articles)
        for article in articles:
            symbol = cells.get((claim, article))
            if symbol is not None:
                row[column[article]] = f"{symbol:>{digits}}"
        lines.append((f"{claim:<{label}} " + " ".join(row)).rstrip())
    used = {status(r) for r in records}
    lines.append("  ".join(f"{s[0]} {s[2]}" for k, s in STATUSES.items() if k in used))
    lines += [f"{i:>{digits}} {a}" for i, a in enumerate(articles, 1)]
    return lines


def _count_lines(records: Sequence[Mapping[str, Any]], claims: list[str]) -> list[str]:
    per_claim: dict[str, Counter[str]] = {c: Counter() for c in claims}
    for r in records:
        per_claim[r["claim"]][status(r)] += 1
    label = max(len(c) for c in claims)
    return [
        f"{claim:<{label}} "
        + ", ".join(f"{n} {STATUSES[k][2]}" for k in STATUSES if (n := counts[k]))
        for claim, counts in per_claim.items()
    ]


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def short_names(articles: Sequence[str]) -> dict[str, str]:
    """Article labels: the file name without suffix when that is unambiguous."""
    stems = Counter(Path(a).stem for a in articles)
    return {a: Path(a).stem if stems[Path(a).stem] == 1 else a for a in articles}
