"""A figure of time told as a delay (claimcheck/engine/delays.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.engine.verdicts import suite_verdict

CLAIMS = """claims:
  - {id: search, kind: quantity, claim: "Hours the search of the hills lasted",
     measure: [hours], context: [search, searched], context_scope: sentence,
     equals: 6}
  - {id: late, kind: quantity, claim: "Hours the search team arrived late",
     measure: [hours], context: [search], context_scope: sentence, equals: 2}
"""


@pytest.mark.parametrize(
    ("claim_id", "text", "expected"),
    [
        ("search", "The search team arrived two hours late.", "missing"),
        ("search", "The search began three hours ahead of schedule.", "missing"),
        ("search", "The search ended two hours early, after six hours.", "supported"),
        ("search", "The search lasted nine hours.", "contradicted"),
        ("late", "The search team arrived two hours late.", "supported"),
        ("late", "The search team arrived five hours late.", "contradicted"),
    ],
)
def test_a_delay_is_no_duration(
    tmp_path: Path, claim_id: str, text: str, expected: str
) -> None:
    assert suite_verdict(tmp_path, CLAIMS, claim_id, text) == expected
