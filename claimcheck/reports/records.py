"""Verdict records: one (claim, article) result as plain data, and how it counts.

A record is built once, by :func:`result_record`, and never changed after:
a step that knows more (the baseline, pytest's outcome) builds a new one.
Records cross pytest-xdist's wire and land in the JSON files as they are, so
they hold only built-in types; the ``TypedDict`` classes here give them their
shape.  :func:`status` is the one rule that says whether a pair fails.
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal, NotRequired, TypedDict, cast

from claimcheck.claims import Claim, ClaimKind, OutdatedPolicy, QuantityClaim
from claimcheck.engine.articles import Article
from claimcheck.engine.match import Evidence, Verdict, VerdictKind
from claimcheck.reports.evidence_limit import kept_evidence
from claimcheck.reports.natural import NaturalPiece, natural_key, natural_sorted

__all__ = [
    "CONTEXT",
    "DISCREPANCIES",
    "FAILING",
    "QUOTE_LIMIT",
    "SOURCE_FIELDS",
    "BaselineMark",
    "ClaimKindName",
    "EvidenceRecord",
    "Location",
    "Outcome",
    "OutdatedName",
    "ResultRecord",
    "SourceRecord",
    "SpanRecord",
    "Status",
    "VerdictName",
    "article_paths",
    "by_place",
    "claim_ids",
    "claim_order",
    "discrepancy_line",
    "fails",
    "is_discrepancy",
    "location",
    "natural_key",
    "natural_sorted",
    "outcome",
    "plural",
    "quoted_bounds",
    "result_record",
    "short_names",
    "sorted_records",
    "source_record",
    "source_text",
    "status",
    "with_outcome",
    "without_url",
]

#: characters of the quoted line kept on each side of a span in a record
CONTEXT = 160
#: the longest stretch of a sentence a record quotes around a span
QUOTE_LIMIT = 2000

#: a verdict as records spell it (the values of :class:`VerdictKind`)
VerdictName = Literal["supported", "contradicted", "missing", "outdated"]
#: what an outdated verdict does (the values of :class:`OutdatedPolicy`)
OutdatedName = Literal["pass", "fail", "skip"]
#: a claim kind as records spell it (the values of :class:`ClaimKind`)
ClaimKindName = Literal["quantity", "statement", "attribute", "entity"]
#: what the baseline made of a discrepancy: it accepts it, this run adds it,
#: or it accepts the pair for other evidence
BaselineMark = Literal["accepted", "added", "changed"]


class SpanRecord(TypedDict):
    """A stretch of article text, with its 1-based line and column."""

    line: int
    column: int
    end_line: int
    end_column: int
    start: int
    end: int
    text: str


class EvidenceRecord(SpanRecord):
    """One mention behind a verdict, with the rest of its quoted lines."""

    value: str
    compatible: bool | None
    reason: str
    before: str
    after: str
    #: the whole sentence holding the span, and where it starts
    sentence: NotRequired[str]
    sentence_line: NotRequired[int]
    sentence_column: NotRequired[int]


class SourceRecord(TypedDict, total=False):
    """The article's front matter a report shows: who published it, when."""

    outlet: str
    title: str
    date: str
    url: str


#: the front-matter fields reports show, in the order they show them
SOURCE_FIELDS = ("outlet", "date", "title", "url")


class ResultRecord(TypedDict):
    """One (claim, article) result: the verdict, its evidence, how it counts."""

    claim: str
    kind: ClaimKindName
    description: str
    #: the assertion file, as reports show it
    file: str
    article: str
    verdict: VerdictName
    required: bool
    wavering: bool
    #: wavering, and the claim or the run is strict
    strict_failure: bool
    evidence: list[EvidenceRecord]
    #: mentions past the limit a record keeps (reports.evidence_limit)
    evidence_left_out: NotRequired[int]
    candidates: list[SpanRecord]
    #: the baseline's view, on discrepancies only (see reports.baseline)
    fingerprint: NotRequired[str]
    baseline: NotRequired[BaselineMark]
    note: NotRequired[str]
    #: the pytest outcome of the pair, once known
    outcome: NotRequired[str]
    #: the article's outlet, title, date and url from its front matter
    source: NotRequired[SourceRecord]
    #: on an outdated verdict: whether it passes, fails or skips
    outdated_as: NotRequired[OutdatedName]


class Status(enum.StrEnum):
    """How one result counts in the run, in the summary's legend order."""

    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    REQUIRED = "required"
    WAVERING = "wavering"
    #: outdated, where the claim or run makes that fail
    STALE = "stale"
    ACCEPTED = "accepted"
    OUTDATED = "outdated"
    MISSING = "missing"


class Outcome(enum.StrEnum):
    """The pytest outcome a result gives its item."""

    PASSED = "passed"
    FAILED = "failed"
    SKIPPED = "skipped"
    XFAILED = "xfailed"


class Location(TypedDict):
    """Where a discrepancy shows, and what to say there (see :func:`location`)."""

    line: int
    column: int
    end_line: int
    end_column: int
    #: None when the article does not state the fact
    quote: str | None
    reason: str
    message: str


def source_record(metadata: Mapping[str, Any]) -> SourceRecord:
    """The front-matter fields a report shows, those set to plain values."""
    source: dict[str, str] = {}
    for field in SOURCE_FIELDS:
        value = metadata.get(field)
        if isinstance(value, str | int | float) and str(value).strip():
            source[field] = " ".join(str(value).split())
    return cast(SourceRecord, source)


def source_text(source: SourceRecord) -> str:
    """``Outlet, 2024-05-01: “Title” <url>``, of the fields present."""
    head = ", ".join(source[f] for f in ("outlet", "date") if f in source)
    text = head + (": " if head and "title" in source else "")
    if "title" in source:
        text += f"“{source['title']}”"
    if "url" in source:
        text += f" <{source['url']}>" if text else source["url"]
    return text


def without_url(source: SourceRecord) -> SourceRecord:
    """The source without its url (for a page that links it)."""
    return cast(SourceRecord, {k: v for k, v in source.items() if k != "url"})


def result_record(
    verdict: Verdict,
    claim: Claim,
    article: Article,
    *,
    assertion_file: str,
    strict: bool = False,
    outdated: OutdatedPolicy = OutdatedPolicy.PASS,
) -> ResultRecord:
    """The verdict as plain built-in types (JSON, xdist, JUnit).

    ``strict`` is the run's ``--claimcheck-strict``; a claim's own
    ``strict: true`` counts too.  ``outdated`` is the run's
    ``claimcheck_outdated``; a claim's own ``outdated:`` wins.
    """
    record = _record(verdict, claim, article, assertion_file, strict=strict)
    if verdict.kind is VerdictKind.OUTDATED:
        own = claim.outdated if isinstance(claim, QuantityClaim) else None
        record["outdated_as"] = (own or outdated).value
    source = source_record(article.metadata)
    if source:
        record["source"] = source
    return record


def _record(
    verdict: Verdict,
    claim: Claim,
    article: Article,
    assertion_file: str,
    *,
    strict: bool,
) -> ResultRecord:
    kept, left_out = kept_evidence(verdict.evidence)
    record: ResultRecord = {
        "claim": claim.id,
        "kind": _KIND_NAMES[claim.kind],
        "description": claim.description,
        "file": assertion_file,
        "article": article.path,
        "verdict": _VERDICT_NAMES[verdict.kind],
        "required": claim.required,
        "wavering": verdict.wavering,
        "evidence": [_evidence_record(e, article) for e in kept],
        "candidates": [
            _span_record(start, end, article) for start, end in verdict.candidates
        ],
        "strict_failure": (claim.strict or strict) and verdict.wavering,
    }
    if left_out:
        record["evidence_left_out"] = left_out
    return record


_KIND_NAMES: dict[ClaimKind, ClaimKindName] = {
    ClaimKind.QUANTITY: "quantity",
    ClaimKind.STATEMENT: "statement",
    ClaimKind.ATTRIBUTE: "attribute",
    ClaimKind.ENTITY: "entity",
}

_VERDICT_NAMES: dict[VerdictKind, VerdictName] = {
    VerdictKind.SUPPORTED: "supported",
    VerdictKind.CONTRADICTED: "contradicted",
    VerdictKind.MISSING: "missing",
    VerdictKind.OUTDATED: "outdated",
}


def _span_record(start: int, end: int, article: Article) -> SpanRecord:
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


def _evidence_record(e: Evidence, article: Article) -> EvidenceRecord:
    span = _span_record(e.start, e.end, article)
    # the rest of the sentence, across hard wraps, so reports can show the
    # span in its sentence without the article at hand
    first, last = quoted_bounds(article, e.start, e.end)
    sentence_line, sentence_column = article.position(first)
    return {
        **span,
        "value": e.value,
        "compatible": e.compatible,
        "reason": e.reason,
        "before": article.text[max(first, e.start - CONTEXT) : e.start],
        "after": article.text[e.end : max(e.end, min(last, e.end + CONTEXT))],
        "sentence": article.text[first:last],
        "sentence_line": sentence_line,
        "sentence_column": sentence_column,
    }


def quoted_bounds(article: Article, start: int, end: int) -> tuple[int, int]:
    """The (start, end) of the text a report quotes around a span: the whole
    sentence holding it, across line breaks, else the span's lines; of a
    sentence or line longer than :data:`QUOTE_LIMIT`, the stretch of that
    length around the span (an article without a sentence end would be
    copied whole into every mention's record).
    """
    first = last = -1
    if article.sentences:
        first, last = article.sentence_at(start)
    if first <= start < last:
        last = max(last, end)
    else:
        line, _ = article.text_position(start)
        end_line, _ = article.text_position(end)
        first = article.line_starts[line - 1]
        last = max(
            end, article.line_starts[end_line - 1] + len(article.line_text(end_line))
        )
    if last - first > QUOTE_LIMIT:
        room = max(0, QUOTE_LIMIT - (end - start)) // 2
        first, last = max(first, start - room), min(last, end + room)
    return first, last


def with_outcome(record: ResultRecord, outcome: str) -> ResultRecord:
    """A copy of ``record`` that carries its pytest outcome."""
    return {**record, "outcome": outcome}


# -- the one rule: how a result counts ------------------------------------------


def status(record: ResultRecord) -> Status:
    """How one result counts: the one rule for whether a pair fails.

    A pair fails when the article contradicts the claim, when it lacks a
    fact the claim says is required, when a mention disagrees beside one
    that agrees and the claim or run is strict (wavering), or when it is
    outdated and the claim or run says an outdated article fails (stale).
    A failing pair the baseline accepts (or this run adds to it) is excused
    as *accepted*.  Anything else counts as its verdict.
    """
    verdict = record["verdict"]
    if verdict == "contradicted":
        fault = Status.CONTRADICTED
    elif verdict == "missing" and record.get("required"):
        fault = Status.REQUIRED
    elif verdict == "outdated" and record.get("outdated_as") == "fail":
        fault = Status.STALE
    elif record.get("strict_failure"):
        fault = Status.WAVERING
    else:
        return Status(verdict)
    if record.get("baseline") in ("accepted", "added"):
        return Status.ACCEPTED
    return fault


#: statuses that fail the run, and the discrepancies among all statuses
FAILING = frozenset(
    {Status.CONTRADICTED, Status.REQUIRED, Status.WAVERING, Status.STALE}
)
DISCREPANCIES = FAILING | {Status.ACCEPTED}

_OUTCOMES = {
    Status.SUPPORTED: Outcome.PASSED,
    Status.MISSING: Outcome.SKIPPED,
    Status.ACCEPTED: Outcome.XFAILED,
}


def outcome(record: ResultRecord) -> Outcome:
    """The pytest outcome :func:`status` gives a pair."""
    counted = status(record)
    if counted is Status.OUTDATED:
        skip = record.get("outdated_as") == "skip"
        return Outcome.SKIPPED if skip else Outcome.PASSED
    return _OUTCOMES.get(counted, Outcome.FAILED)


def is_discrepancy(record: ResultRecord) -> bool:
    """Whether a result fails, or would fail without the baseline."""
    return status(record) in DISCREPANCIES


def fails(record: ResultRecord) -> bool:
    """A discrepancy that the baseline does not accept: it fails the run."""
    return status(record) in FAILING


# -- where a result shows --------------------------------------------------------


def location(record: ResultRecord) -> Location:
    """Where a discrepancy shows: its first disagreeing mention (for an
    outdated one, the first that states its period's value), else the
    nearest candidate sentence, else the article's first line.
    """
    shown = record["verdict"] == "outdated"
    evidence = [e for e in record["evidence"] if e["compatible"] is shown]
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
    first = record["candidates"][0] if record["candidates"] else None
    return {
        "line": first["line"] if first else 1,
        "column": first["column"] if first else 1,
        "end_line": first["end_line"] if first else 1,
        "end_column": first["end_column"] if first else 1,
        "quote": None,
        "reason": "the article does not state it",
        "message": "the article does not state it",
    }


def discrepancy_line(record: ResultRecord) -> str:
    """``path:line:col: claim verdict: quote`` for one discrepancy."""
    where = location(record)
    return (
        f"{record['article']}:{where['line']}:{where['column']}: {record['claim']}"
        f" {record['verdict']}: {where['message']}"
    )


# -- orders and labels -----------------------------------------------------------


def sorted_records(records: Iterable[ResultRecord]) -> list[ResultRecord]:
    """Results in a stable order: assertion file, claim, article."""
    return sorted(
        records, key=lambda r: natural_key(r["file"], r["claim"], r["article"])
    )


def by_place(records: Iterable[ResultRecord]) -> list[ResultRecord]:
    """Results by article, then claim: as a reader goes through the corpus."""
    return sorted(records, key=lambda r: natural_key(r["article"], r["claim"]))


def claim_ids(records: Sequence[ResultRecord]) -> list[str]:
    """Claim ids by assertion file, then id."""
    return claim_order({(r["file"], r["claim"]) for r in records})


def claim_order(places: Iterable[tuple[str, str]]) -> list[str]:
    """The claim ids of (assertion file, claim id) pairs by file, then id."""
    return list(dict.fromkeys(claim for _, claim in sorted(places, key=_pair_key)))


def _pair_key(pair: tuple[str, str]) -> tuple[tuple[NaturalPiece, ...], ...]:
    return natural_key(*pair)


def article_paths(records: Sequence[ResultRecord]) -> list[str]:
    """The articles of the results, in natural order."""
    return sorted({r["article"] for r in records}, key=natural_key)


def plural(n: int, word: str, words: str | None = None) -> str:
    """``1 claim``, ``2 claims``; ``words`` for an irregular plural."""
    return f"{n} {word}" if n == 1 else f"{n} {words or word + 's'}"


def short_names(articles: Sequence[str]) -> dict[str, str]:
    """Article labels: the file name without suffix when that is unambiguous."""
    stems = Counter(Path(a).stem for a in articles)
    return {a: Path(a).stem if stems[Path(a).stem] == 1 else a for a in articles}
