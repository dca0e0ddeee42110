"""A place named with its kind as the subject that counts a figure
(claimcheck/engine/placekinds.py)."""

from __future__ import annotations

from claimcheck.engine.numbers.reader import Quantity, read_quantities
from claimcheck.engine.placekinds import kind_subject


def _figure(text: str, figure: str) -> Quantity:
    return next(q for q in read_quantities(text) if q.text == figure)


def _place(text: str, figure: str) -> str | None:
    found = kind_subject(text, _figure(text, figure))
    return None if found is None else text[found[0] : found[1]]


def test_the_state_of_a_name() -> None:
    text = "The northern state of Orvel has recorded 31 flood deaths."
    assert _place(text, "31") == "Orvel"


def test_a_name_and_its_kind() -> None:
    assert _place("Tolm district has reported 1,120 cases.", "1,120") == "Tolm"
    assert _place("Selva County reported 12 storm deaths.", "12") == "Selva"


def test_a_kind_after_the_is_no_name() -> None:
    assert _place("The district has recorded 520 measles cases.", "520") is None


def test_a_source_with_no_kind_is_no_place() -> None:
    assert _place("Reuters reported 212 deaths.", "212") is None
