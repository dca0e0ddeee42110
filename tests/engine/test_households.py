"""A count of households or families moved from their homes
(claimcheck/engine/households.py)."""

from __future__ import annotations

from claimcheck.engine.households import counts_households
from claimcheck.engine.index import build_lexicon
from claimcheck.engine.terms import Terms
from tests.engine.verdicts import bound_mentions


def _counts(text: str, figure: str, *words: str) -> bool:
    lexicon = build_lexicon([(Terms.of(list(words)), None)])
    return counts_households(text, bound_mentions(text, lexicon)[figure])


def test_households_displaced_are_no_people() -> None:
    assert _counts("Some 9,400 households were displaced.", "Some 9,400", "displaced")
    assert _counts("The storm displaced 2,100 farming families.", "2,100", "displaced")


def test_people_from_households_are_people() -> None:
    text = "Some 35,000 people from 9,400 households were displaced."
    assert not _counts(text, "Some 35,000", "displaced")


def test_households_without_power_are_the_measure() -> None:
    text = "Some 215,000 households were without power."
    assert not _counts(text, "Some 215,000", "without power")


def test_a_figure_before_as_families_counts_none() -> None:
    text = "The missing fell to 50 as families were traced."
    assert not _counts(text, "50", "missing")
