"""The JSON report: every result with its evidence, and the run's metadata.

``--claimcheck-json`` writes the same results without the metadata; both go
through :func:`claimcheck.run.atomic.json_text`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, NotRequired, TypedDict, cast

from claimcheck.reports.coverage import CoverageReport
from claimcheck.reports.records import ResultRecord, sorted_records
from claimcheck.reports.summary import RunMetadata
from claimcheck.run.atomic import json_text

__all__ = ["JsonReport", "render_json", "results_json"]


class JsonReport(TypedDict):
    """The JSON report's top level."""

    run: RunMetadata
    results: list[ResultRecord]
    #: per-article and per-claim lists, so that reports of parts of a corpus
    #: combine (:func:`claimcheck.reports.coverage.merge_coverage`)
    coverage: NotRequired[CoverageReport]


def render_json(
    records: Sequence[ResultRecord],
    meta: RunMetadata,
    *,
    extra: Mapping[str, Any] | None = None,
) -> str:
    """The JSON report: ``--claimcheck-json``'s results, with ``run`` metadata
    and the run's coverage; ``extra``: other top-level fields to keep (those
    of merged reports that claimcheck does not know)."""
    run = cast(RunMetadata, {k: v for k, v in meta.items() if k != "coverage"})
    report: JsonReport = {"run": run, "results": sorted_records(records)}
    if "coverage" in meta:
        report["coverage"] = meta["coverage"]
    whole: dict[str, Any] = dict(report)
    for key, value in (extra or {}).items():
        whole.setdefault(key, value)
    return json_text(whole)


def results_json(records: Sequence[ResultRecord]) -> dict[str, list[ResultRecord]]:
    """``--claimcheck-json``'s content: the results in a stable order."""
    return {"results": sorted_records(records)}
