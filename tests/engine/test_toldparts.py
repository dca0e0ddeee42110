"""A part told after its whole (claimcheck/engine/toldparts.py) and a sum a
year read as the sum (lexicon.yearly_sum).

Every sentence here is written for this file; names are invented.
"""

from __future__ import annotations

import pytest

from claimcheck.engine.articles import parse_article
from claimcheck.engine.index import ArticleIndex, build_lexicon, index_article
from claimcheck.engine.lexicon import yearly_sum
from claimcheck.engine.match import match_claim
from claimcheck.engine.numbers.interval import Interval
from claimcheck.engine.terms import Terms
from tests.engine.test_match import quantity

LEXICON = build_lexicon(
    [
        (Terms.of(["savings", "save", "costs", "cost"]), "currency:EUR"),
        (Terms.of(["received", "paid", "grant"]), "currency:USD"),
        (Terms.of(["dead", "killed"]), None),
    ]
)


def _index(text: str) -> ArticleIndex:
    return index_article(parse_article(text, path="a.txt"), LEXICON)


def _verdict(
    text: str, measure: list[str], value: float, unit: str, **kw: object
) -> str:
    claim = quantity(measure, Interval.point(value), unit=unit, **kw)  # type: ignore[arg-type]
    return match_claim(claim, _index(text)).kind.value


SAVINGS = (["savings", "save", "costs"], 9e9, "EUR")


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "It will save 9 billion euros, including about 2 billion in staff costs.",
            "supported",
        ),
        (
            "Savings of 9 billion euros are due. Of these, 2 billion are staff costs.",
            "supported",
        ),
        (
            "It will save 9 billion euros, with 2 billion coming from energy costs.",
            "supported",
        ),
        (
            "It will save 9 billion euros, 2 billion euros of it in staff costs.",
            "supported",
        ),
        (
            "It will save 9 billion euros; staff costs are 2 billion euros of that.",
            "supported",
        ),
        # a wrong whole beside its part still contradicts
        (
            "It will save 7 billion euros, including 2 billion euros in staff costs.",
            "contradicted",
        ),
        (
            "It brings savings of 7 billion euros, of which 2 billion in staff costs.",
            "contradicted",
        ),
        # the part alone says nothing of the whole
        ("Some 2 billion euros of the savings will come from staff costs.", "missing"),
    ],
)
def test_a_part_told_after_its_whole(text: str, verdict: str) -> None:
    assert _verdict(text, *SAVINGS) == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "It will save 9 billion euros a year, including 2 billion in staff costs.",
            "supported",
        ),
        ("The merger will save €9bn a year, the board said.", "supported"),
        ("The merger will save €6bn a year, the board said.", "contradicted"),
    ],
)
def test_a_sum_a_year_is_the_sum(text: str, verdict: str) -> None:
    assert _verdict(text, *SAVINGS) == verdict


def test_only_a_yearly_sum_of_money_is_a_sum() -> None:
    assert yearly_sum("currency:EUR/yr") == "currency:EUR"
    assert yearly_sum("currency:USD/h") == "currency:USD/h"
    assert yearly_sum("km/h") == "km/h"


STATE = (["received", "paid"], 8000, "USD")


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Each household received $12,000 in all: $8,000 from the state.",
            "supported",
        ),
        (
            "Each was paid $12,000 in total, of which $8,000 came from the state.",
            "supported",
        ),
        (
            "Each household received $12,000 in all, $5,000 of it from the state.",
            "contradicted",
        ),
        (
            "Each household received $12,000 from donors and the state together.",
            "missing",
        ),
        ("The state paid each household $8,000.", "supported"),
        ("The state paid each household $9,500.", "contradicted"),
    ],
)
def test_a_claim_on_a_part_named_by_its_context(text: str, verdict: str) -> None:
    assert _verdict(text, *STATE, context=["state"]) == verdict


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Each household received $12,000 in all: $8,000 from the state.",
            "supported",
        ),
        (
            "Each household received $15,000 in all, $8,000 of it from the state.",
            "contradicted",
        ),
        (
            "Each household received $12,000 from donors and the state together.",
            "supported",
        ),
    ],
)
def test_a_claim_on_the_whole(text: str, verdict: str) -> None:
    assert _verdict(text, ["received", "paid"], 12000, "USD") == verdict


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a count's parts are the binding rule's: "12 of them were killed"
        # is the whole of the killed
        ("The coach carried 50 people, and 12 of them were killed.", "12"),
        ("The blast killed 30 people, including 9 children.", "9"),
    ],
)
def test_a_count_is_left_to_the_binding_rule(text: str, figure: str) -> None:
    found = {m.quantity.text: m.scope for m in _index(text).mentions}
    assert found[figure] != "subset"
