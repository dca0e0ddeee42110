"""The JSON report: every result with its evidence, and the run's metadata.

``--claimcheck-json`` writes the same results without the metadata; both go
through :func:`claimcheck.run.atomic.json_text`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NotRequired, TypedDict, cast

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


def render_json(records: Sequence[ResultRecord], meta: RunMetadata) -> str:
    """The JSON report: ``--claimcheck-json``'s results, with ``run`` metadata
    and the run's coverage."""
    run = cast(RunMetadata, {k: v for k, v in meta.items() if k != "coverage"})
    report: JsonReport = {"run": run, "results": sorted_records(records)}
    if "coverage" in meta:
        report["coverage"] = meta["coverage"]
    return json_text(report)


def results_json(records: Sequence[ResultRecord]) -> dict[str, list[ResultRecord]]:
    """``--claimcheck-json``'s content: the results in a stable order."""
    return {"results": sorted_records(records)}
