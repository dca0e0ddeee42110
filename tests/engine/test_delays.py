"""A figure of time told as a delay (claimcheck/engine/delays.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.suite.loader import load_assertion_file
from tests.engine.test_generality import verdict_of

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
    path = tmp_path / "c.yaml"
    path.write_text(CLAIMS, encoding="utf-8")
    loaded = load_assertion_file(path, rootdir=tmp_path, default_corpus=["."])
    claims = {c.id: c for c in loaded.claims}
    assert verdict_of(claims, claim_id, text + "\n") == expected
