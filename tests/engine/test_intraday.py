"""A market's figure for a time of the trading day (claimcheck/engine/intraday.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.engine.verdicts import suite_verdict

CLAIMS = """claims:
  - {id: close, kind: quantity, claim: "Fall of the index on 3 March, at the close",
     measure: [index, shares], context: [fell, dropped, closed, down],
     context_scope: sentence,
     unit: "%", direction: down, equals: 6.2, tolerance: 0.05}
  - {id: day, kind: quantity, claim: "Fall of the index on 3 March",
     measure: [index, shares], context: [fell, dropped, closed, down],
     context_scope: sentence,
     unit: "%", direction: down, equals: 9, tolerance: 0.05}
"""


@pytest.mark.parametrize(
    ("claim_id", "text", "expected"),
    [
        ("close", "Shares fell by more than 9 percent by midday.", "missing"),
        ("close", "The index dropped 9 percent in early trading.", "missing"),
        (
            "close",
            "The index fell 9 percent in early trading and closed down 6.2 percent.",
            "supported",
        ),
        ("close", "The index fell 4 percent on Tuesday.", "contradicted"),
        ("day", "The index dropped 9 percent in early trading.", "supported"),
    ],
)
def test_a_moment_before_the_close(
    tmp_path: Path, claim_id: str, text: str, expected: str
) -> None:
    assert suite_verdict(tmp_path, CLAIMS, claim_id, text) == expected
