"""Age brackets: "children under five", "most of the dead were over 80",
"the victims were older than 75" (claimcheck/engine/agebrackets.py).

Every sentence here is written for this file; the stories are invented.
"""

from __future__ import annotations

import pytest

from claimcheck.engine.index import build_lexicon
from claimcheck.engine.terms import Terms
from tests.engine.verdicts import bound_mentions

LEXICON = build_lexicon([(Terms.of(["dead", "died", "victims", "injured"]), None)])


@pytest.mark.parametrize(
    "text",
    [
        "Most of the dead were over 80, the ministry said.",
        "Nearly all the victims were older than 75.",
        "Two-thirds of those who died were over 85.",
        "A majority of the injured were under 16.",
        "The dead, most of them younger than 12, were pupils.",
        "The victims were older than 60.",
    ],
)
def test_a_group_s_ages_count_no_one(text: str) -> None:
    assert bound_mentions(text, LEXICON) == {}


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # no quantifier: "over" after a copula counts the group
        ("The injured were over 120 by Sunday.", "over 120"),
        ("The dead were over 700, officials said.", "over 700"),
        ("Over 900 people died in the heat.", "Over 900"),
    ],
)
def test_a_count_after_a_copula_stays_a_count(text: str, number: str) -> None:
    assert number in bound_mentions(text, LEXICON)
