"""The JSON report: every result with its evidence, and the run's metadata.

``--claimcheck-json`` writes the same results without the metadata; both go
through :func:`claimcheck.run.atomic.json_text`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from claimcheck.reports.records import ResultRecord, sorted_records
from claimcheck.reports.summary import RunMetadata
from claimcheck.run.atomic import json_text

__all__ = ["JsonReport", "render_json", "results_json"]


class JsonReport(TypedDict):
    """The JSON report's top level."""

    run: RunMetadata
    results: list[ResultRecord]


def render_json(records: Sequence[ResultRecord], meta: RunMetadata) -> str:
    """The JSON report: ``--claimcheck-json``'s results, with ``run`` metadata."""
    report: JsonReport = {"run": meta, "results": sorted_records(records)}
    return json_text(report)


def results_json(records: Sequence[ResultRecord]) -> dict[str, list[ResultRecord]]:
    """``--claimcheck-json``'s content: the results in a stable order."""
    return {"results": sorted_records(records)}
