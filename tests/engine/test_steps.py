"""Quantity facts given in another shape than the claim's: a rate's move by its
two levels (claimcheck/engine/steps.py), a fraction sizing a change
(claimcheck/engine/changes.py), a revised forecast, a duration beside a date."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.claims import Claim, QuantityClaim
from claimcheck.engine.articles import parse_article
from claimcheck.engine.index import build_lexicon, index_article
from claimcheck.engine.match import match_claim
from claimcheck.suite.loader import load_assertion_file

SUITE = """
claims:
  - {id: cut, kind: quantity, measure: [cut, lowered, reduced, raised, lifted],
     unit: percentage points, equals: 0.25}
  - {id: hike, kind: quantity, measure: [raised, lifted, hiked],
     unit: basis points, equals: 50}
  - {id: level, kind: quantity, measure: [deposit rate, policy rate],
     unit: "%", equals: 3.75, tolerance: 0.01}
  - {id: guidance, kind: quantity, measure: [cut, trimmed, raised],
     unit: "%", equals: 20, tolerance: 1}
  - {id: shut, kind: quantity, measure: [closed, shut], unit: days, equals: 10}
  - {id: output, kind: quantity, measure: [shrink, fall, cut], equals: 120000,
     tolerance: 1%}
  - {id: rescued, kind: quantity, measure: [rescued], equals: 12}
"""


def load_claims(root: Path, suite: str) -> dict[str, Claim]:
    """The claims of ``suite`` (the text of an assertion file), by id."""
    path = root / "suite.yaml"
    path.write_text(suite, encoding="utf-8")
    loaded = load_assertion_file(path, rootdir=root, default_corpus=["."])
    return {c.id: c for c in loaded.claims}


def verdict(claims: dict[str, Claim], claim_id: str, text: str) -> str:
    """The verdict on ``claim_id`` of an article of ``text``; the claims'
    units steer binding, as in a run."""
    lexicon = build_lexicon(
        (c.measure, c.unit) for c in claims.values() if isinstance(c, QuantityClaim)
    )
    index = index_article(parse_article(text, path="article.txt"), lexicon)
    return match_claim(claims[claim_id], index).kind.value


@pytest.fixture(scope="module")
def claims(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Claim]:
    return load_claims(tmp_path_factory.mktemp("steps"), SUITE)


@pytest.mark.parametrize(
    ("claim_id", "text", "expected"),
    [
        # a rate's two levels state the size of its move
        (
            "cut",
            "The Tessaly bank lowered its deposit rate from 4% to 3.75%.",
            "supported",
        ),
        (
            "cut",
            "Brannock's lenders cut the policy rate, down from 4% to 3.75%.",
            "supported",
        ),
        (
            "cut",
            "The council reduced the levy from 4.5 per cent to 3.75 per cent.",
            "contradicted",
        ),
        (
            "hike",
            "The Varos bank raised its policy rate from 3.25% to 3.75% on Tuesday.",
            "supported",
        ),
        (
            "hike",
            "The Varos bank raised its policy rate from 3.5% to 3.75% on Tuesday.",
            "contradicted",
        ),
        # the levels stay the rate's own figure
        (
            "level",
            "The bank lowered its deposit rate from 4 per cent to 3.75 per cent.",
            "supported",
        ),
        # no measure word of a change before the levels: no move is read
        ("cut", "Inflation eased from 4 per cent to 3.75 per cent in May.", "missing"),
        # a fraction sizing a change is no part of a whole: it contradicts too
        (
            "guidance",
            "Holm Motors cut its profit forecast by a fifth on Monday.",
            "supported",
        ),
        (
            "guidance",
            "Holm Motors cut its profit forecast by a third on Monday.",
            "contradicted",
        ),
        ("guidance", "Arvel trimmed its sales guidance by a quarter.", "contradicted"),
        # the forecast given after "to" is still a forecast
        ("guidance", "Holm Motors cut its forecast to 20 per cent growth.", "missing"),
        # a duration with a subject of its own beside a date is not the closure's
        (
            "shut",
            "The port was closed on 10 June, and the inquiry took ten days.",
            "missing",
        ),
        (
            "shut",
            "The port was shut for ten days, and the inquiry took a year.",
            "supported",
        ),
        # a verb of change sizes its change through "by", whatever noun follows
        (
            "output",
            "Van output at Harrow will shrink by 120,000 vehicles next year.",
            "supported",
        ),
        (
            "output",
            "Arvel said its output fell by 90,000 cars.",
            "contradicted",
        ),
        (
            "output",
            "Its planned output was cut by 120,000 units, Arvel said.",
            "supported",
        ),
        # a thing counted after a verb that is no change counts that thing
        ("rescued", "Coastguards rescued 12 fishing boats off Tarrow.", "missing"),
        ("rescued", "The crew were rescued by 12 fishing boats off Tarrow.", "missing"),
    ],
)
def test_verdict(
    claims: dict[str, Claim], claim_id: str, text: str, expected: str
) -> None:
    assert verdict(claims, claim_id, text) == expected
