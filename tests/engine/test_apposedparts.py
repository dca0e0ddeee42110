"""A figure set off after a fraction or a quantifier of a group
(claimcheck/engine/apposedparts.py)."""

from __future__ import annotations

from claimcheck.engine.apposedparts import apposed_part
from claimcheck.engine.numbers.reader import Quantity, read_quantities


def _figure(text: str, figure: str) -> Quantity:
    return next(q for q in read_quantities(text) if q.text == figure)


def _part(text: str, figure: str) -> str | None:
    found = apposed_part(text, _figure(text, figure), 0)
    return None if found is None else text[found[0] : found[1]]


def test_most_of_the_dead_after_a_comma() -> None:
    text = "Most of the dead, some 610, were in Ostra."
    assert _part(text, "some 610") == "Most of the dead"


def test_a_fraction_before_a_bracket_and_a_dash() -> None:
    assert _part("A third of those killed (31) were fishermen.", "31")
    assert _part("Half of the dead — 43 people — drowned.", "43")


def test_a_figure_set_off_after_a_plain_noun_is_none() -> None:
    assert _part("The most deaths, 2,950, were in the north.", "2,950") is None


def test_a_figure_with_no_mark_before_it_is_none() -> None:
    assert _part("Most of the 610 dead were in Ostra.", "610") is None
