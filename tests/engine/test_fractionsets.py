"""The figure of a group a fraction is taken from
(claimcheck/engine/fractionsets.py)."""

from __future__ import annotations

from claimcheck.engine.fractionsets import fraction_set
from claimcheck.engine.numbers.reader import Quantity, read_quantities


def _figure(text: str, figure: str) -> Quantity:
    return next(q for q in read_quantities(text) if q.text == figure)


def _at(text: str, word: str) -> tuple[int, int]:
    at = text.index(word)
    return at, at + len(word)


def _set(text: str, figure: str, measure: str) -> bool:
    q = _figure(text, figure)
    return fraction_set(text, q, 0, _at(text, measure), counts_noun=False) is not None


def test_a_fraction_of_a_places_people() -> None:
    text = "A third of the Lusk valley's 60,000 residents were displaced."
    assert _set(text, "60,000", "displaced")
    assert _set(
        "Most of Pella's 12,000 inhabitants were evacuated.", "12,000", "evacuated"
    )


def test_the_claims_own_noun_after_the_figure_is_the_whole() -> None:
    assert not _set("Half of the 120 dead were children.", "120", "dead")


def test_a_majority_of_a_figure_is_a_margin() -> None:
    assert not _set("Labour won a majority of 172 seats.", "172", "majority")


def test_no_fraction_before_of() -> None:
    assert not _set("Rescuers reached 300 of the 900 villagers.", "900", "reached")
