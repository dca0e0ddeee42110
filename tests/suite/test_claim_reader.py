"""The quantity keys ``exclude`` and ``direction`` as claim_reader reads them."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.claims import Direction, QuantityClaim
from claimcheck.errors import ClaimcheckError
from claimcheck.suite.loader import load_assertion_file


def load(tmp_path: Path, body: str) -> QuantityClaim:
    path = tmp_path / "moves.yaml"
    path.write_text("claims:\n" + body, encoding="utf-8")
    claim = load_assertion_file(path, rootdir=tmp_path, default_corpus=["."]).claims[0]
    assert isinstance(claim, QuantityClaim)
    return claim


def test_exclude_and_direction(tmp_path: Path) -> None:
    claim = load(
        tmp_path,
        "  - {id: move, kind: quantity, measure: [shares], unit: '%', equals: 3.4,\n"
        "     exclude: [Brightwater, rival*], direction: down}\n",
    )
    assert claim.exclude is not None
    assert [t.text for t in claim.exclude.terms] == ["Brightwater", "rival*"]
    assert claim.direction is Direction.DOWN
    assert claim.description.endswith("(down)")


def test_without_them(tmp_path: Path) -> None:
    claim = load(tmp_path, "  - {id: n, kind: quantity, measure: [dead], equals: 3}\n")
    assert claim.exclude is None
    assert claim.direction is None


@pytest.mark.parametrize(
    ("measure", "unit"),
    [
        ("[years]", "yr"),
        ("[hours, hour]", "h"),
        ("[acres]", "acre"),
        ("[kilometres]", "km"),
    ],
)
def test_a_measure_naming_one_unit_is_the_claims_unit(
    tmp_path: Path, measure: str, unit: str
) -> None:
    body = f"  - {{id: n, kind: quantity, measure: {measure}, equals: 8}}\n"
    assert load(tmp_path, body).unit == unit


@pytest.mark.parametrize(
    "measure", ["[dead]", "[years, jail]", "[hours, days]", "[points]", "[pounds]"]
)
def test_a_measure_naming_no_one_unit_leaves_a_count(
    tmp_path: Path, measure: str
) -> None:
    body = f"  - {{id: n, kind: quantity, measure: {measure}, equals: 8}}\n"
    assert load(tmp_path, body).unit is None


def test_a_wrong_direction_names_its_place(tmp_path: Path) -> None:
    with pytest.raises(ClaimcheckError) as info:
        load(
            tmp_path,
            "  - {id: n, kind: quantity, measure: [shares], equals: 3,"
            " direction: dwn}\n",
        )
    message = str(info.value)
    assert message.startswith("moves.yaml:2:")
    assert "'down'" in message


def test_exclude_is_for_quantities(tmp_path: Path) -> None:
    path = tmp_path / "moves.yaml"
    path.write_text(
        "claims:\n  - {id: s, kind: statement, phrases: [the dam held],"
        " exclude: [levee]}\n",
        encoding="utf-8",
    )
    with pytest.raises(ClaimcheckError, match="'exclude' does not apply"):
        load_assertion_file(path, rootdir=tmp_path, default_corpus=["."])
