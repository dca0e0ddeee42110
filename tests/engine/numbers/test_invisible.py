"""Invisible characters inside numbers: read through, positions kept."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from claimcheck.engine.numbers.invisible import visible_digits
from claimcheck.engine.numbers.reader import read_quantities

ZWSP, SHY, WJ, BOM, ZWNJ, ZWJ = (
    "\u200b",
    "\u00ad",
    "\u2060",
    "\ufeff",
    "\u200c",
    "\u200d",
)


@pytest.mark.parametrize("mark", [ZWSP, SHY, WJ, BOM, ZWNJ, ZWJ, "\u200e", "\u200f"])
def test_a_mark_between_digits_joins_them(mark: str) -> None:
    text = f"The blast killed 2{mark}12 people."
    (q,) = read_quantities(text)
    assert q.interval.low == q.interval.high == 212
    assert (q.start, q.end) == (17, 21)
    assert text[q.start : q.end] == q.text == f"2{mark}12"


@pytest.mark.parametrize(
    ("text", "value", "quote"),
    [
        (f"killed 1{ZWSP},{ZWSP}200 people", 1200, f"1{ZWSP},{ZWSP}200"),
        (f"killed 1,{SHY}200 people", 1200, f"1,{SHY}200"),
        (f"a loss of 3.{ZWSP}5 million", 3_500_000, f"3.{ZWSP}5 million"),
        (f"about 2{BOM}1{ZWJ}2 km away", 212, f"about 2{BOM}1{ZWJ}2 km"),
        (f"killed \u0662{ZWSP}\u0661\u0662 people", 212, f"\u0662{ZWSP}\u0661\u0662"),
    ],
)
def test_groups_hedges_and_units_read_through(
    text: str, value: float, quote: str
) -> None:
    (q,) = read_quantities(text)
    low, high = q.interval.low, q.interval.high
    assert low is not None and high is not None
    assert (low + high) / 2 == value  # "about" widens
    assert q.text == quote == text[q.start : q.end]


def test_positions_after_a_mark_stay_exact() -> None:
    text = f"It killed 2{ZWSP}{ZWSP}12 people and wounded 40 more."
    first, second = read_quantities(text, offset=100)
    assert first.text == f"2{ZWSP}{ZWSP}12"
    assert (second.start, second.end) == (
        100 + text.index("40"),
        102 + text.index("40"),
    )
    assert second.interval.low == 40


def test_a_mark_outside_a_number_changes_nothing() -> None:
    text = f"{ZWSP}killed 12{ZWSP} people, {SHY}7 more"
    assert visible_digits(text) is None
    assert [q.text for q in read_quantities(text)] == ["12", "7"]


def test_direction_overrides_do_not_join_digits() -> None:
    # U+202E shows "12" as "21": a number read through it is not the one shown
    text = "killed 1\u202e2 people"
    assert [q.text for q in read_quantities(text)] == ["1", "2"]


def test_text_without_marks_is_read_as_given() -> None:
    assert visible_digits("killed 212 people") is None
    assert visible_digits(f"{BOM}killed 212 people") is None


MARKS = st.sampled_from([ZWSP, SHY, WJ, BOM, ZWNJ, ZWJ])


@given(
    st.integers(min_value=10, max_value=10**9),
    st.lists(st.tuples(st.integers(min_value=1), MARKS), max_size=4),
)
@example(212, [(1, ZWSP)])
def test_marks_between_digits_never_change_the_value(
    value: int, inserts: list[tuple[int, str]]
) -> None:
    digits = f"{value:,}"
    for where, mark in inserts:
        cut = 1 + where % (len(digits) - 1)
        digits = digits[:cut] + mark + digits[cut:]
    text = f"Officials said {digits} people died, and 8 were hurt."
    found = read_quantities(text, offset=3)
    assert [q.interval.low for q in found] == [value, 8]
    for q in found:
        assert text[q.start - 3 : q.end - 3] == q.text
    assert found[0].text == digits
