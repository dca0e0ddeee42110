"""One figure for two measure words (claimcheck/engine/universals.py)."""

from __future__ import annotations

import pytest

from claimcheck.engine.articles import parse_article
from claimcheck.engine.index import build_lexicon, index_article
from claimcheck.engine.terms import Terms

MEASURES = [
    ["killed", "died", "drowned"],
    ["passengers", "on board"],
    ["residents"],
    ["rescued", "freed"],
    ["trapped"],
    ["crew"],
    ["injured", "hurt"],
    ["evacuated"],
]
LEXICON = build_lexicon(Terms.of(m) for m in MEASURES)


def _readings(text: str) -> set[tuple[str, str, str]]:
    """Each figure with the measure word it counts and its scope."""
    index = index_article(parse_article(text, path="a.txt"), LEXICON)
    return {
        (m.quantity.text, text[m.bound[0] : m.bound[1]], m.scope)
        for m in index.mentions
        if m.bound is not None
    }


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        (
            "All 52 passengers on board were killed.",
            {("52", "killed", "floor"), ("52", "passengers", "")},
        ),
        (
            "All 60 passengers drowned when the ferry capsized.",
            {("60", "passengers", ""), ("60", "drowned", "floor")},
        ),
        (
            "The ferry carried 52 passengers, all of whom drowned.",
            {("52", "passengers", ""), ("52", "drowned", "floor")},
        ),
        (
            "The home's 60 residents were all evacuated.",
            {("60", "evacuated", "floor"), ("60", "residents", "")},
        ),
        (
            "Rescuers freed all 12 trapped miners.",
            {("12", "trapped", ""), ("12", "freed", "floor")},
        ),
        (
            "All 9 crew members died in the crash.",
            {("9", "died", "floor"), ("9", "crew", "")},
        ),
    ],
)
def test_all_of_a_group_counts_the_event_too(
    text: str, readings: set[tuple[str, str, str]]
) -> None:
    assert _readings(text) == readings


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        # a hedge: the group alone
        ("Almost all of the 157 people on board were killed.", ("157", "on board", "")),
        ("Nearly all 52 passengers drowned.", ("52", "passengers", "")),
        # a narrowed group: the event alone
        ("All 14 residents of the top floor died.", ("14", "died", "floor")),
        # a noun after the verb says what they were
        ("The 52 people killed were all passengers.", ("52", "killed", "")),
        ("All 18 people rescued were passengers.", ("18", "rescued", "")),
        # a relative clause names those counted
        ("The 14 people who died were all residents.", ("14", "died", "")),
        ("The 12 miners who were rescued had all been trapped.", ("12", "rescued", "")),
    ],
)
def test_one_measure_word_only(text: str, reading: tuple[str, str, str]) -> None:
    assert _readings(text) == {reading}


def test_no_all_no_second_reading() -> None:
    assert _readings("The bus carried 52 passengers.") == {("52", "passengers", "")}
