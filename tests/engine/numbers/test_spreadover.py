"""Over between two counts: the second exact, not a bound."""

from __future__ import annotations

import pytest

from claimcheck.engine.numbers.reader import read_quantities


def _interval(text: str, figure: str) -> tuple[float | None, float | None]:
    q = next(q for q in read_quantities(text) if figure in q.text)
    return q.interval.low, q.interval.high


@pytest.mark.parametrize(
    "text",
    [
        "The ferry had logged about 500 hours over 154 crossings.",
        "The crew made 90 stops over 154 sailings last year.",
        "The striker scored 31 goals over 154 matches.",
    ],
)
def test_over_after_a_count_spreads_it(text: str) -> None:
    assert _interval(text, "154") == (154, 154)


@pytest.mark.parametrize(
    "text",
    [
        "The ferry has made over 154 crossings since May.",
        "Crossings rose from 120 to over 154.",
        "The ferry carried 300 passengers over 154 on its first day.",
        "The port has 40 houses over 154 years old.",
        "Of the 300, over 154 were children.",
    ],
)
def test_over_keeps_its_reading_elsewhere(text: str) -> None:
    assert _interval(text, "154") == (154, None)
