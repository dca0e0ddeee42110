"""Percentage points and basis points: the units, and fractions of a point
in words ("a quarter of a percentage point", "half a point")."""

from __future__ import annotations

import math

import pytest

from claimcheck.engine.numbers.reader import read_quantities
from claimcheck.engine.numbers.units import canonical_unit, convert, dimension


def _reading(text: str, span: str) -> tuple[float | None, str | None]:
    (q,) = [q for q in read_quantities(text) if q.text == span]
    return q.interval.low, q.unit


@pytest.mark.parametrize(
    ("surface", "unit"),
    [
        ("basis points", "bp"),
        ("basis point", "bp"),
        ("Basis Points", "bp"),
        ("bp", "bp"),
        ("bps", "bp"),
        ("percentage points", "pp"),
        ("percent points", "pp"),
        ("pts", "pp"),
    ],
)
def test_point_surfaces(surface: str, unit: str) -> None:
    assert canonical_unit(surface) == unit


def test_bp_is_case_sensitive() -> None:
    # "BP" is an oil company
    assert canonical_unit("BP") is None


def test_basis_points_convert_to_points_not_percent() -> None:
    assert dimension("bp") == dimension("pp") == "percentage point"
    assert dimension("bp") != dimension("%")
    to_points = convert(25.0, "bp", "pp")
    assert to_points is not None and math.isclose(to_points, 0.25)
    to_basis = convert(0.15, "pp", "bp")
    assert to_basis is not None and math.isclose(to_basis, 15.0)
    assert convert(25.0, "bp", "%") is None
    assert convert(25.0, "%", "bp") is None
    assert convert(1.0, "bp", "share") is None


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("The bank cut rates by 25 basis points.", "25 basis points", 25, "bp"),
        ("The bank cut rates by 25bp, as expected.", "25bp", 25, "bp"),
        ("Gilt yields fell 15 bps to 4.1%.", "15 bps", 15, "bp"),
        ("The bank made a 25-basis-point cut.", "25-basis-point", 25, "bp"),
        ("A 50bp hike is priced in.", "50bp", 50, "bp"),
        ("Yields rose 0.25 percentage points.", "0.25 percentage points", 0.25, "pp"),
        ("Unemployment climbed 0,25 points to 5,4%.", "0,25 points", 0.25, "pp"),
    ],
)
def test_points_in_digits(text: str, span: str, value: float, unit: str) -> None:
    low, got = _reading(text, span)
    assert got == unit
    assert low is not None and math.isclose(low, value)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "The bank cut its rate by a quarter of a percentage point to 4.75%.",
            "a quarter of a percentage point",
            0.25,
        ),
        ("The jobless rate rose by a quarter of a point to 5.4%.",
         "a quarter of a point", 0.25),
        ("Support rose half a point to 31%.", "half a point", 0.5),
        ("The party gained half a percentage point.", "half a percentage point", 0.5),
        ("It gained three-quarters of a point, to 31.25%.",
         "three-quarters of a point", 0.75),
        ("Inflation rose two-tenths of a percentage point.",
         "two-tenths of a percentage point", 0.2),
        ("A tenth of a percentage point separates them.",
         "A tenth of a percentage point", 0.1),
        ("VAT rose by a full percentage point, to 21%.",
         "a full percentage point", 1.0),
        ("A three-quarter-point rise took VAT to 20.75%.", "three-quarter-point", 0.75),
        ("The bank made a quarter-point cut, to 4.75%.", "a quarter-point", 0.25),
        ("A half-point cut took the rate to 4.5%.", "A half-point", 0.5),
        ("It was a quarter-percentage-point cut.", "a quarter-percentage-point", 0.25),
        ("A 0.5-percentage-point rise was agreed.", "0.5-percentage-point", 0.5),
        ("Rates rose one-and-a-half percentage points.",
         "one-and-a-half percentage points", 1.5),
        ("It rose by one and a half points to 5%.", "one and a half points", 1.5),
    ],
)  # fmt: skip
def test_fractions_of_a_point(text: str, span: str, value: float) -> None:
    low, unit = _reading(text, span)
    assert unit == "pp"
    assert low is not None and math.isclose(low, value)


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        # a fraction of a whole, a share, stays a share
        ("A quarter of the district voted for the cut.", "A quarter", "share"),
        ("Half the board voted against the 5% rise.", "Half", "share"),
        ("Three-quarters of voters back the rise to 5%.", "Three-quarters", "share"),
        ("The poll found 25% of voters undecided.", "25%", "%"),
        # a level is a percentage
        ("The bank cut its policy rate to 4.75%.", "4.75%", "%"),
    ],
)
def test_shares_and_levels_are_no_points(text: str, span: str, unit: str) -> None:
    assert _reading(text, span)[1] == unit


@pytest.mark.parametrize(
    "text",
    [
        # a score, not a rate: nothing speaks in percentages
        "The champion leads by half a point after six rounds.",
        "She lost a quarter of a point for the landing.",
        # "tenths of a point": how many is not said
        "Rates moved by tenths of a percentage point all week.",
    ],
)
def test_no_points_read(text: str) -> None:
    assert all(q.unit not in ("pp", "bp") for q in read_quantities(text))


def test_cues_stand_in_the_lowered_text() -> None:
    """Every character the case-insensitive cue takes for a letter of
    "point" lowers to that letter alone, but "İ", which lowers to "i" and a
    combining dot: the reader's test in the lowered text holds both."""
    import sys

    import regex

    from claimcheck.engine.numbers.pointwords import _CUES

    any_letter = regex.compile("[point]", regex.IGNORECASE)
    for cp in range(sys.maxunicode + 1):
        char = chr(cp)
        if 0xD800 <= cp <= 0xDFFF or not any_letter.fullmatch(char):
            continue
        for letter in "point":
            if regex.fullmatch(letter, char, regex.IGNORECASE):
                assert char.lower() == letter or (
                    char == "\u0130" and _CUES[1] == "poi\u0307nt"
                ), (hex(cp), letter)
    for text in ("a quarter of a POINT", "half a Point", "a full POİNT"):
        low = text.lower()
        assert any(cue in low for cue in _CUES), text
