"""The whole a sentence opens with (claimcheck/engine/frontedwholes.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.engine.verdicts import suite_verdict

CLAIMS = """claims:
  - {id: sold, kind: quantity, measure: [flats, homes], context: [sold],
     equals: 30}
  - {id: built, kind: quantity, measure: [flats, homes], context: [built],
     equals: 120}
"""


@pytest.mark.parametrize(
    ("claim_id", "text", "expected"),
    [
        ("sold", "Of the 120 flats, 30 were sold in the first week.", "supported"),
        ("sold", "Of the 120 flats, 45 were sold in the first week.", "contradicted"),
        ("sold", "Of the 120 flats, most were sold in the first week.", "missing"),
        ("built", "Of the 120 flats built, 30 were sold.", "supported"),
        ("built", "Of the 120 flats, 30 were sold.", "missing"),
        ("sold", "Forty of the 120 flats were sold.", "contradicted"),
    ],
)
def test_the_whole_is_not_the_part(
    tmp_path: Path, claim_id: str, text: str, expected: str
) -> None:
    assert suite_verdict(tmp_path, CLAIMS, claim_id, text) == expected
