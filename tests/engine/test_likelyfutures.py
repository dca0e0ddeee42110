"""A likely future: a forecast, where a definite future states the figure."""

from __future__ import annotations

import pytest

from claimcheck.engine.figure_cues import read_quantity_cues


def _suppositions(text: str, figure: str) -> frozenset[str]:
    start = text.index(figure)
    whole = (0, len(text))
    cues = read_quantity_cues(text, sentence=whole, clause=whole, start=start)
    return cues.suppositions


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("He will probably serve 12 years, lawyers said.", "12"),
        ("The repairs will likely cost 55 million euros.", "55"),
        ("The strike would probably cost the port $45 million.", "$45"),
        ("The bill probably will reach 300 million euros.", "300"),
    ],
)
def test_a_hedged_future_is_a_forecast(text: str, figure: str) -> None:
    assert "forecast" in _suppositions(text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The repairs will cost 55 million euros.", "55"),
        ("Ivo Moss, who will probably appeal, was sentenced to 12 years.", "12"),
        ("The repairs cost 55 million euros, probably more than any before.", "55"),
    ],
)
def test_a_definite_future_or_a_hedge_elsewhere_states_it(
    text: str, figure: str
) -> None:
    assert "forecast" not in _suppositions(text, figure)
