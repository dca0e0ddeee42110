"""Rates are not amounts (claimcheck/engine/rates.py)."""

from __future__ import annotations

import pytest

from claimcheck.engine.index import build_lexicon
from claimcheck.engine.terms import Terms
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
    ],
)
def test_rule(text: str, number: str, word: str | None, rule: str) -> None:
    assert bound_in(LEXICON, text, number) == (word, rule)
