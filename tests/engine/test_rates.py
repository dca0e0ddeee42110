"""Rates are not amounts (claimcheck/engine/rates.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.engine.index import build_lexicon
from claimcheck.engine.rates import per_head_at
from claimcheck.engine.terms import Terms
from claimcheck.suite.loader import load_assertion_file
from tests.engine.test_generality import verdict_of
from tests.engine.test_reach import bound_in

LEXICON = build_lexicon(
    [
        (Terms.of(["losses", "cost"]), "currency:EUR"),
        (Terms.of(["daily losses"]), "currency:EUR"),
        (Terms.of(["killed", "toll"]), None),
    ]
)


@pytest.mark.parametrize(
    ("text", "number", "word", "rule"),
    [
        # the reader reads "a day" as the unit's: EUR per day, no amount in EUR
        ("The strike cost the port €4 million a day.", "€4 million a day", None, ""),
        (
            "Losses run at €4 million for each day of the strike.",
            "€4 million",
            None,
            "rate",
        ),
        ("The hourly toll rose to 40.", "40", None, "rate"),
        ("Crews pulled 3 bodies an hour from the mud.", "3", None, "rate"),
        # a time, not a rate; a noun after a preposition is no counted noun
        ("The storm killed 40 people a week ago.", "40", "killed", "object"),
        ("The storm killed 40 people in a week.", "40", "killed", "object"),
        ("The storm killed 40 people a week before.", "40", "killed", "object"),
        # a figure a year is the amount itself ("600 trainees a year")
        ("The landslides killed 40 people a year.", "40", "killed", "object"),
        # a claim measuring the rate names it: the figure binds to it
        (
            "Daily losses at the port have reached €4 million.",
            "€4 million",
            "Daily losses",
            "nearest",
        ),
        # the amount beside the rate keeps its measure
        (
            "The strike has cost the port €60 million, or €4 million a day.",
            "€60 million",
            "cost",
            "nearest",
        ),
        ("The daily paper said 40 were killed.", "40", "killed", "subject"),
        # a rate per head of population, and its denominator, bind to nothing
        (
            "The flood killed 38 people, or 2.1 per 100,000 inhabitants.",
            "2.1",
            None,
            "rate",
        ),
        (
            "The flood killed 38 people, or 2.1 per 100,000 inhabitants.",
            "100,000",
            None,
            "rate",
        ),
        ("The flood killed 41 people per million residents.", "41", None, "rate"),
        ("The toll was 310 for every million residents.", "310", None, "rate"),
        ("The toll was 310 per capita.", "310", None, "rate"),
        # the count beside it keeps its measure
        (
            "The flood killed 38 people, or 2.1 per 100,000 inhabitants.",
            "38",
            "killed",
            "object",
        ),
        # "per" before no head of population is no such rate
        ("The toll rose to 40 per the official count.", "40", "toll", "nearest"),
    ],
)
def test_rule(text: str, number: str, word: str | None, rule: str) -> None:
    assert bound_in(LEXICON, text, number) == (word, rule)


# A claim may itself be a rate ("unit: EUR/day"): the reader's rate compares
# with it; an amount never does, and pay counted over another period is not
# converted (the days or hours worked are not said).
RATE_SUITE = """
claims:
  - id: wage
    kind: quantity
    measure: [paid, earn, wage]
    unit: EUR/day
    equals: 15
  - id: output
    kind: quantity
    measure: [pumped, output, produced]
    unit: barrels per day
    equals: 1000000
    tolerance: 5%
"""


@pytest.mark.parametrize(
    ("claim_id", "text", "expected"),
    [
        ("wage", "Pickers are paid €15 a day, the union said.", "supported"),
        ("wage", "Pickers are paid €11 a day, the union said.", "contradicted"),
        ("wage", "Pickers earn €450 a month.", "missing"),
        ("wage", "Pickers are paid €15 an hour.", "missing"),
        ("wage", "Pickers were paid €15,000 in back wages.", "missing"),
        ("output", "The field pumped 1 million barrels per day in March.", "supported"),
        ("output", "Output reached 1 million bpd.", "supported"),
        ("output", "The field pumped 365 million barrels per year.", "supported"),
        ("output", "The field pumped 1.4 million barrels per day.", "contradicted"),
        pytest.param(
            "output",
            "The field pumped 1 million barrels a day in March.",
            "supported",
            marks=pytest.mark.xfail(
                strict=True,
                reason="a count 'a day' keeps its unit (barrels) for claims"
                " on the amount: no rate is read",
            ),
        ),
        ("output", "The field has pumped 1 million barrels since March.", "missing"),
    ],
)
def test_a_claim_that_is_a_rate(
    tmp_path: Path, claim_id: str, text: str, expected: str
) -> None:
    path = tmp_path / "rates.yaml"
    path.write_text(RATE_SUITE)
    loaded = load_assertion_file(path, rootdir=tmp_path, default_corpus=["."])
    assert verdict_of({c.id: c for c in loaded.claims}, claim_id, text) == expected


@pytest.mark.parametrize(
    ("text", "start_word", "expected"),
    [
        ("Deaths per 100,000 people: 2.1", "Deaths", True),
        ("cases per million people", "cases", True),
        ("cases for every 1,000 children", "cases", True),
        ("cases per day", "cases", False),
        ("cases reported", "cases", False),
    ],
)
def test_a_rate_per_head_after_a_measure_word(
    text: str, start_word: str, expected: bool
) -> None:
    end = text.index(start_word) + len(start_word)
    assert per_head_at(text, end, len(text)) is expected
