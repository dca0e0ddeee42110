"""What "all but" leaves (claimcheck/engine/remainders.py)."""

from __future__ import annotations

import pytest

from claimcheck.engine.numbers.interval import Interval
from claimcheck.engine.numbers.reader import read_quantities
from claimcheck.engine.remainders import remainders


def _read(text: str) -> list[tuple[str, Interval]]:
    found = remainders(text, read_quantities(text, article=text), 0, len(text))
    for q in found:
        assert text[q.start : q.end] == q.text
    return [(q.text, q.interval) for q in found]


@pytest.mark.parametrize(
    ("text", "said", "value"),
    [
        ("The storm reached all but two of the 38 districts.", "all but two", 36),
        ("Boats rescued all but 268 of the 480 people stranded.", "all but 268", 212),
        ("All except 14 of the 60 pupils went home.", "All except 14", 46),
        ("It won all but one of its 12 races.", "all but one", 11),
        ("Water reached all but two of the state's 38 districts.", "all but two", 36),
    ],
)
def test_the_rest_of_a_whole_with_a_figure(text: str, said: str, value: int) -> None:
    read = _read(text)
    assert read[0] == (said, Interval.point(value))
    # the whole keeps its own figure
    assert len(read) == 2


def test_a_hedged_whole_leaves_a_range() -> None:
    read = _read("Crews reached all but 20 of some 300 villages.")
    assert read[0][0] == "all but 20"
    low, high = read[0][1].low, read[0][1].high
    assert low is not None and high is not None
    assert low < 280 < high


@pytest.mark.parametrize(
    "text",
    [
        "All but two of the districts reported flooding.",
        "Everyone survived all but two nights in the open.",
    ],
)
def test_a_rest_without_a_whole_counts_nothing(text: str) -> None:
    assert all(said not in ("two",) for said, _ in _read(text))


@pytest.mark.parametrize(
    "text",
    [
        "The storm reached two of the 38 districts.",
        "All 38 districts were hit, but two recovered quickly.",
        "She said all but nothing; 12 people left.",
    ],
)
def test_other_figures_are_read_as_written(text: str) -> None:
    read = remainders(text, read_quantities(text, article=text), 0, len(text))
    assert read == read_quantities(text, article=text)
