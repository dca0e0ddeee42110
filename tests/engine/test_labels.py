"""Figures that name which one: a thing a capitalised common noun names."""

from __future__ import annotations

import pytest

from claimcheck.engine.labels import named_number
from claimcheck.engine.numbers.reader import read_quantities


def _named(text: str, figure: str) -> bool:
    q = next(q for q in read_quantities(text) if q.text == figure)
    return named_number(text, q)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Residents of Block 14 were evacuated.", "14"),
        ("Fans stood near Gate 12 when the barrier gave way.", "12"),
        ("Smoke rose above Tunnel 3, stewards said.", "3"),
        ("The field clinic in Hall 2 took in the injured.", "2"),
    ],
)
def test_a_common_nouns_number_names_a_thing(text: str, figure: str) -> None:
    assert _named(text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a town's name is no common noun: the figure counts
        ("In Dorval 12 were hurt when a balcony collapsed.", "12"),
        # a noun after the number is what it counts
        ("In Ward 12 patients were moved.", "12"),
        # no capitalised word before it
        ("In the end 14 were evacuated.", "14"),
        # a sentence's first word opens no name here
        ("Yesterday 14 were evacuated.", "14"),
        ("Residents of Block 1,400 were evacuated.", "1,400"),
        # a plural names a side, whose count it is
        ("The Liberals won 412 seats and the Greens 121.", "121"),
    ],
)
def test_other_numbers_count(text: str, figure: str) -> None:
    assert not _named(text, figure)
