"""A figure set beside the one before (claimcheck/engine/beside.py)."""

from __future__ import annotations

import pytest

from claimcheck.engine.beside import set_beside
from claimcheck.engine.numbers.reader import Quantity, read_quantities


def _figure(text: str, figure: str) -> Quantity:
    return next(
        q for q in read_quantities(text, article=text) if q.text.endswith(figure)
    )


def _clause(text: str, figure: str) -> tuple[int, int]:
    """The figure's clause: from the last comma or "while" before it."""
    at = text.index(figure)
    start = max(text.rfind(", ", 0, at) + 2, text.rfind(" while ", 0, at) + 1)
    return start, len(text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("In Selo, 940 cases were confirmed, against 2,310 in Harn.", "2,310"),
        ("Flu cases in Brenn reached 1,200, compared with 5,600 in Keldor.", "5,600"),
        ("The fires killed 74 people in Lanza, against some 12 in Tirel.", "12"),
        ("Brenn logged 1,200 cases while Keldor's count reached 5,600.", "5,600"),
    ],
)
def test_set_beside(text: str, figure: str) -> None:
    assert set_beside(text, _figure(text, figure), _clause(text, figure))


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a time, not another place
        ("In Selo, 940 cases were confirmed, against 610 in March.", "610"),
        ("Cases reached 940, against 610 a year earlier.", "610"),
        # a clause of its own
        ("Cases reached 940, and rescuers found 12 in Harn.", "12"),
    ],
)
def test_not_set_beside(text: str, figure: str) -> None:
    assert not set_beside(text, _figure(text, figure), _clause(text, figure))
