"""Figures for one of several events, waves or days
(claimcheck/engine/occasions.py)."""

from __future__ import annotations

import pytest

from claimcheck.engine.numbers.reader import Quantity, read_quantities
from claimcheck.engine.occasions import one_of_several


def _figure(text: str, figure: str) -> Quantity:
    return next(
        q for q in read_quantities(text, article=text) if q.text.endswith(figure)
    )


@pytest.mark.parametrize(
    ("text", "figure", "occasion"),
    [
        ("The first tremor killed 90 people in the valley.", "90", "first tremor"),
        ("The second tremor, shortly before noon, killed 40.", "40", "second tremor"),
        ("28 died in the first blast and 16 in the second.", "28", "first blast"),
        ("The initial blast killed 28 miners at the coal face.", "28", "initial blast"),
        ("The opening day's clashes left 12 dead.", "12", "opening day's"),
        ("The first day of clashes left 12 dead.", "12", "first day of clashes"),
        ("Clashes on the third day killed 9 protesters.", "9", "third day"),
        ("A first wave of arrests on Monday netted 200.", "200", "first wave"),
        ("Police killed 9 people on the second night.", "9", "second night"),
        ("A second, smaller blast killed 16 rescuers.", "16", "second, smaller blast"),
        ("The second of the two crushes killed 43.", "43", "second of the two crushes"),
        (
            "The second of the two crushes killed 43.",
            "two",
            "second of the two crushes",
        ),
    ],
)
def test_one_of_several_occasions(text: str, figure: str, occasion: str) -> None:
    found = one_of_several(text, _figure(text, figure), 0, len(text))
    assert found is not None
    assert text[found[0] : found[1]] == occasion


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The two tremors killed 812 people in all.", "812"),
        ("Police have detained 900 people since the first day.", "900"),
        ("Some 120 miners were trapped after the second blast.", "120"),
        ("The clashes, now in their third day, have killed 70.", "70"),
        ("The first such attack in years killed 30 people.", "30"),
        ("The first attack on the city in decades killed 30 people.", "30"),
        ("For the first time, officials said 812 people had died.", "812"),
        ("On the first day of the festival, a crush killed 21.", "21"),
        ("First responders treated 40 people at the scene.", "40"),
        ("The second killed 43 people.", "43"),
        ("The first tremor and its aftershocks killed 175 people.", "175"),
    ],
)
def test_not_one_of_several(text: str, figure: str) -> None:
    assert one_of_several(text, _figure(text, figure), 0, len(text)) is None


def test_the_subject_reaches_back_past_no_semicolon() -> None:
    text = "The first tremor killed 90; together the two killed 130."
    q = _figure(text, "130")
    assert one_of_several(text, q, text.index("together"), len(text)) is None


def test_the_subject_reaches_back_to_its_sentence_only() -> None:
    text = "The first tremor struck at dawn. Rescuers, working all day, freed 40."
    q = _figure(text, "40")
    assert one_of_several(text, q, text.index("freed"), len(text)) is None


def test_an_elliptical_occasion_after_the_figure() -> None:
    text = "21 died in the first crush and 43 in the second."
    q = _figure(text, "43")
    found = one_of_several(text, q, text.index("and 43"), len(text))
    assert found is not None
    assert text[found[0] : found[1]] == "second"
