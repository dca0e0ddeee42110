"""Counts of one noun summed across "and" (claimcheck/engine/sums.py)."""

from __future__ import annotations

import pytest

from claimcheck.engine.numbers.interval import Interval
from claimcheck.engine.numbers.reader import read_quantities
from claimcheck.engine.sums import summed


def _sum(text: str, noun: str) -> tuple[str, Interval] | None:
    quantities = read_quantities(text, offset=0, article=text)
    q = quantities[0]
    start = text.index(noun, q.end)
    following = quantities[1] if len(quantities) > 1 else None
    found = summed(text, q, (start, start + len(noun)), len(text), following)
    if found is None:
        return None
    assert text[found.start : found.end] == found.text
    return found.text, found.interval


@pytest.mark.parametrize(
    ("text", "noun", "quoted", "total"),
    [
        (
            "Two passenger trains and a freight train collided.",
            "trains",
            "Two passenger trains and a freight train",
            Interval.point(3),
        ),
        (
            "Police counted 39 cars and one burnt-out car.",
            "cars",
            "39 cars and one burnt-out car",
            Interval.point(40),
        ),
        (
            "Divers found 12 bodies and 3 more bodies.",
            "bodies",
            "12 bodies and 3 more bodies",
            Interval.point(15),
        ),
        # a kind after each noun, or after the count when the noun is left out
        (
            "He was convicted on two counts of wire fraud and five counts of"
            " conspiracy.",
            "counts",
            "two counts of wire fraud and five counts",
            Interval.point(7),
        ),
        (
            "She faces 3 charges of theft and 4 of assault.",
            "charges",
            "3 charges of theft and 4",
            Interval.point(7),
        ),
        (
            "Some 30 homes and an empty home burned.",
            "homes",
            "Some 30 homes and an empty home",
            Interval(low=28.0, high=34.0),
        ),
    ],
)
def test_a_count_of_the_same_noun_adds(
    text: str, noun: str, quoted: str, total: Interval
) -> None:
    found = _sum(text, noun)
    assert found is not None
    assert found[0] == quoted
    low, high = found[1].low, found[1].high
    assert low is not None and high is not None
    assert total.low is not None and total.high is not None
    assert low == pytest.approx(total.low, abs=0.6)
    assert high == pytest.approx(total.high, abs=0.6)


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # another noun
        ("Two lorries and a van collided.", "lorries"),
        ("The blast killed 3 soldiers and 2 civilians.", "soldiers"),
        # the noun too far past "and", or past a word that ends the phrase
        ("Two trains and a bus full of tourists from the train station.", "trains"),
        ("Two trains and then a train.", "trains"),
        # no count after "and"
        ("Two trains and the train crew.", "trains"),
        # a kind, then another noun; a part of a whole, not a kind
        ("He was convicted on two counts of fraud and five years in jail.", "counts"),
        ("It killed 12 people of the village and 5 of them were children.", "people"),
    ],
)
def test_other_nouns_do_not_add(text: str, noun: str) -> None:
    assert _sum(text, noun) is None
