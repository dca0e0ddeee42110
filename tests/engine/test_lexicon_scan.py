"""The measure words of a suite, looked up in a table of the article's words
(claimcheck/engine/lexicon.py), are where the trie run over every position
finds them."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.engine.index import build_lexicon
from claimcheck.engine.terms import Terms, normalize

ROOT = Path(__file__).resolve().parents[2]

LEXICON = build_lexicon(
    [
        (Terms.of(["killed", "death toll", "toll", "people dead", "dead"]), None),
        (Terms.of(["evacuated", "moved to shelters", "north-east"]), None),
        (Terms.of(["homes", "home's roof", "hectares"]), "ha"),
        (Terms.of(["turnout", "voters' share"]), "%"),
    ]
)

TEXTS = [
    "The death toll rose to 45; the toll had been 40. Some 12 people dead.",
    "Crews moved to  shelters 300 residents; 1,200 were evacuated north-east.",
    "One home's roof fell, 40 homes burned and 300 hectares were lost.",
    "Turnout was 61%, the voters’ share 40%; TURNOUT fell and Killed rose.",
]
#: words that hold a measure word but are none (parts of longer words)
NEAR_MISSES = "The tollbooth; deadline; a killedx and xkilled; homestead; deadly."


def _both_ways(text: str, start: int) -> int:
    """How many measure words both ways find (the same ones)."""
    folded = normalize(text)
    assert LEXICON.scanner is not None
    assert LEXICON.scanner.words is not None  # the table is used
    scanned = LEXICON.scanner.spans(text, start, folded=folded)
    assert LEXICON.spans(text, start, folded=folded) == scanned
    return len(scanned)


@pytest.mark.parametrize("text", TEXTS)
def test_a_table_of_words_finds_what_the_trie_finds(text: str) -> None:
    found = [_both_ways(text, start) for start in (0, 4, 9)]
    assert found[0] >= 2


def test_no_measure_word_inside_a_longer_word() -> None:
    assert _both_ways(NEAR_MISSES, 0) == 0


def test_the_same_on_the_articles_of_the_test_data() -> None:
    paths = sorted((ROOT / "tests" / "data").rglob("*.txt"))
    assert paths
    found = 0
    for path in paths:
        text = path.read_text(encoding="utf-8")
        found += _both_ways(text, 0) + _both_ways(text, text.find("\n\n") + 1)
    assert found > 100


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("A 40-homes estate and 300-hectares farm burned.", True),
        ("The 12‑home row (a non-breaking hyphen) burned.", True),
        ("The 12‐homes row (a hyphen) burned.", True),
        ("Twelve homes burned; the north-east was spared.", False),
        ("No hyphen at all: 40 homes and 300 hectares.", False),
        ("A stray 40 -homes and a dash - homes: no word before.", False),
    ],
)
def test_a_number_joined_to_a_measure_noun(text: str, joined: bool) -> None:
    assert LEXICON.joins_noun(text, 0, len(text)) is joined
