"""Verdicts -> failure text, plain-data results and the run summary."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from claimcheck.articles import Article
from claimcheck.assertions import Claim
from claimcheck.match import Evidence, Verdict, VerdictKind

__all__ = [
    "render_failure",
    "render_missing",
    "result_record",
    "summary_lines",
]

#: characters of context shown on each side of a span in a long line
EXCERPT = 70


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


_SYMBOL = {"supported": ".", "contradicted": "F", "missing": "-"}


def summary_lines(records: Iterable[Mapping[str, Any]]) -> list[str]:
    """The end-of-run summary: counts, then one line per discrepancy."""
    records = list(records)
    if not records:
        return []
    counts = {k.value: 0 for k in VerdictKind}
    for r in records:
        counts[r["verdict"]] += 1
    claims = {r["claim"] for r in records}
    articles = {r["article"] for r in records}
    lines = [
        f"{_plural(len(claims), 'claim')} x {_plural(len(articles), 'article')}: "
        + ", ".join(f"{n} {k}" for k, n in counts.items())
    ]
    discrepancies = [r for r in records if is_discrepancy(r)]
    if discrepancies:
        lines.append(f"discrepancies ({len(discrepancies)}):")
    for r in sorted(discrepancies, key=lambda r: (r["article"], r["claim"])):
        lines.append(discrepancy_line(r))
    return lines


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def is_discrepancy(record: Mapping[str, Any]) -> bool:
    """Whether a result fails: contradicted, required and missing, or wavering."""
    verdict = record["verdict"]
    return (
        verdict == "contradicted"
        or (verdict == "missing" and bool(record.get("required")))
        or bool(record.get("strict_failure"))
    )


def discrepancy_line(record: Mapping[str, Any]) -> str:
    """``path:line:col: claim verdict: quote`` for one discrepancy."""
    evidence = [e for e in record["evidence"] if e["compatible"] is False]
    if evidence:
        e = evidence[0]
        return (
            f"{record['article']}:{e['line']}:{e['column']}: {record['claim']}"
            f" {record['verdict']}: {e['text']!r} {e['reason']}"
        )
    return f"{record['article']}:1:1: {record['claim']} {record['verdict']}: not stated"
