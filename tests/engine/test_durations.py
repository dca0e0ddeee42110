"""A duration a thing's end gives (claimcheck/engine/durations.py): "the walkout
ended after a fortnight", "reopened three weeks after it was closed", "Two weeks
after the collapse, the search was called off"."""

from __future__ import annotations

import pytest

from claimcheck.claims import Claim
from tests.engine.test_steps import load_claims, verdict

SUITE = """
claims:
  - {id: strike, kind: quantity, measure: [strike, walkout], unit: days, equals: 14}
  - {id: shut, kind: quantity, measure: [closed, shut], unit: days, equals: 10}
  - {id: search, kind: quantity, measure: [search], unit: days, equals: 10}
"""


@pytest.fixture(scope="module")
def claims(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Claim]:
    return load_claims(tmp_path_factory.mktemp("durations"), SUITE)


@pytest.mark.parametrize(
    ("claim_id", "text", "expected"),
    [
        # the end, then the duration in a clause of its own
        ("strike", "The walkout at Dunmere ended after two weeks.", "supported"),
        ("strike", "The rail strike was called off after a fortnight.", "supported"),
        ("strike", "The walkout at Dunmere ended after three weeks.", "contradicted"),
        # the undoing, the duration, then the start
        (
            "shut",
            "The school at Hale reopened ten days after it was closed.",
            "supported",
        ),
        (
            "shut",
            "The Orrin road reopened a fortnight after it was shut.",
            "contradicted",
        ),
        # the duration, the start, then the end of the thing measured
        ("search", "Ten days after the flood, the search was called off.", "supported"),
        ("search", "Two weeks after the landslide, the search ended.", "contradicted"),
        # controls: another thing ends, nothing is undone, the end is not the
        # thing measured
        (
            "strike",
            "The inquiry ended after a fortnight, and the strike went on.",
            "missing",
        ),
        ("shut", "Police arrived ten minutes after the shop was closed.", "missing"),
        (
            "search",
            "Ten days after the search was called off, an inquiry opened.",
            "missing",
        ),
        ("search", "Ten days after the flood, the search teams went home.", "missing"),
    ],
)
def test_verdict(
    claims: dict[str, Claim], claim_id: str, text: str, expected: str
) -> None:
    assert verdict(claims, claim_id, text) == expected
