"""Verdict records and run metadata written by hand, for the report tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from claimcheck.claims import QuantityClaim
from claimcheck.reports.records import ResultRecord
from claimcheck.reports.summary import RunMetadata, StaleRecord, run_metadata
from claimcheck.suite.loader import load_assertion_file


def dead_claim(tmp_path: Path, extra: str = "") -> QuantityClaim:
    """The claim 'dead' (45 died), loaded from a file written in ``tmp_path``
    with ``extra`` lines of YAML added to it."""
    yaml_file = tmp_path / "x.yaml"
    yaml_file.write_text(
        "claims:\n  - id: dead\n    kind: quantity\n    measure: [died]\n"
        "    equals: 45\n" + extra
    )
    loaded = load_assertion_file(yaml_file, rootdir=tmp_path, default_corpus=["."])
    [claim] = loaded.claims
    assert isinstance(claim, QuantityClaim)
    return claim


def record(
    claim: str = "dead",
    article: str = "a/one.txt",
    verdict: str = "contradicted",
    **extra: Any,
) -> ResultRecord:
    """A verdict record as result_record makes it, with one evidence span
    (none for a missing fact)."""
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
                "compatible": verdict in ("supported", "outdated"),
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
        "evidence": evidence,
        "candidates": [],
        "strict_failure": False,
    }
    base.update(extra)
    return cast(ResultRecord, base)


def meta(records: list[ResultRecord]) -> RunMetadata:
    """The metadata of a run at a fixed time, with claimcheck version 9."""
    return run_metadata(
        records, rootdir="/r", created="2025-01-01T00:00:00+00:00", version="9"
    )


def candidate(line: int, column: int, text: str) -> dict[str, Any]:
    """A nearest sentence of a missing fact."""
    return {
        "line": line,
        "column": column,
        "end_line": line,
        "end_column": column + len(text),
        "start": 0,
        "end": len(text),
        "text": text,
    }


def four_results() -> list[ResultRecord]:
    """Two claims x two articles: one of each status a report shows apart.

    - dead on one: contradicted (a new discrepancy)
    - dam on one: missing while required (a new discrepancy)
    - dead on two: contradicted, accepted by the baseline
    - dam on two: supported
    """
    return [
        record("dead", "a/one.txt", "contradicted"),
        record(
            "dam",
            "a/one.txt",
            "missing",
            required=True,
            description="the dam | held",
            candidates=[candidate(7, 2, "The dam *held* at dawn.")],
        ),
        record(
            "dead",
            "a/two.txt",
            "contradicted",
            fingerprint="f00d",
            baseline="accepted",
            note="known outlier",
        ),
        record("dam", "a/two.txt", "supported", description="the dam | held"),
    ]


def stale(
    place: str, claim: str, article: str, reason: str, *, removed: bool = False
) -> StaleRecord:
    """A stale baseline entry as the run's metadata lists it."""
    return {
        "place": place,
        "claim": claim,
        "article": article,
        "reason": reason,
        "removed": removed,
    }


def stale_meta(*, removed: bool) -> tuple[list[ResultRecord], RunMetadata]:
    """:func:`four_results` and its metadata with two stale baseline entries."""
    records = four_results()
    entries = [
        stale(
            "assertions/claimcheck-baseline.yaml:4:3",
            "dead",
            "a/one.txt",
            "now supported, no longer a discrepancy",
            removed=removed,
        ),
        stale(
            "assertions/claimcheck-baseline.yaml:11:3",
            "dam",
            "a/gone_*.txt",
            "the article no longer exists",
            removed=removed,
        ),
    ]
    return records, {**meta(records), "stale": entries}
