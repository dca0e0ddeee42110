"""Shares and percentage points.

Fractions and ratios of a whole are shares (unit ``share``, 1 = 100 %) and
compare with percentages; percentage points are a unit of their own.
"""

from __future__ import annotations

import math

import pytest

from claimcheck.engine.numbers.reader import read_quantities
from claimcheck.engine.numbers.units import convert, dimension

SHARES = [
    ("Floods covered half the district.", "half", 0.5),
    ("three-quarters of members agreed", "three-quarters", 0.75),
    ("two in five households lack heating", "two in five", 0.4),
    ("one in eight adults smokes", "one in eight", 0.125),
    ("two out of three voters stayed home", "two out of three", 2 / 3),
    ("a third of the budget went on wages", "a third", 1 / 3),
    ("Two-thirds of pupils passed.", "Two-thirds", 2 / 3),
    ("1 in 4 children", "1 in 4", 0.25),
    # the noun inside, agreeing with the part
    ("Four cranes in five stood idle.", "Four cranes in five", 0.8),
    ("only one train in five ran", "one train in five", 0.2),
    ("Two people in ten said no.", "Two people in ten", 0.2),
]


@pytest.mark.parametrize(
    "text",
    [
        # a count of a second noun, a part larger than the whole, a noun that
        # does not agree, a whole past twenty
        "two wins in five games",
        "six arrests in four raids",
        "one cranes in five",
        "12 schools in 40 villages",
    ],
)
def test_two_counts_around_in_are_no_share(text: str) -> None:
    assert all(q.unit is None for q in read_quantities(text))


NOT_SHARES = [
    ("half a dozen eggs", "half a dozen", 6),
    ("one and a half million people", "one and a half million", 1.5e6),
    ("two thirds of a million", "two thirds of a million", 2e6 / 3),
]


@pytest.mark.parametrize(("text", "span", "value"), SHARES)
def test_fractions_and_ratios_are_shares(text: str, span: str, value: float) -> None:
    (q,) = [q for q in read_quantities(text) if q.text == span]
    assert q.unit == "share"
    assert q.interval.low is not None and math.isclose(q.interval.low, value)


@pytest.mark.parametrize(("text", "span", "value"), NOT_SHARES)
def test_amounts_with_fractions_stay_counts(text: str, span: str, value: float) -> None:
    (q,) = [q for q in read_quantities(text) if q.text == span]
    assert q.unit is None
    assert q.interval.low is not None and math.isclose(q.interval.low, value)


def test_share_compares_with_percent() -> None:
    assert dimension("share") == dimension("%")
    factor = convert(1.0, "share", "%")
    assert factor is not None and math.isclose(factor, 100)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Labour is on 41%, up six points in a month.", "six points"),
        ("Polls give her 52% and a four-point lead.", "four-point"),
        ("Support rose 3 pp to 45 per cent.", "3 pp"),
        ("Approval fell 2.5 percentage points.", "2.5 percentage points"),
    ],
)
def test_percentage_points(text: str, span: str) -> None:
    (q,) = [q for q in read_quantities(text) if q.text == span]
    assert q.unit == "pp"
    assert dimension("pp") != dimension("%")
    assert convert(1.0, "pp", "%") is None


def test_points_without_percentages_are_a_count() -> None:
    """A score or an index moves in points, not percentage points."""
    (q,) = [
        q for q in read_quantities("He scored 30 points.") if q.text.startswith("30")
    ]
    assert q.unit != "pp"
