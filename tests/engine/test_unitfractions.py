"""A fraction of one unit read in that unit (claimcheck/engine/unitfractions.py),
and the words that turn a compound measure word round
(claimcheck/engine/turnedwords.py).

Every sentence here is written for this file.
"""

from __future__ import annotations

import pytest

from claimcheck.engine.numbers.reader import read_quantities
from claimcheck.engine.terms import Terms, inflected
from claimcheck.engine.timeparts import joined_parts


def read(text: str) -> list[tuple[str, float | None, str | None]]:
    found = joined_parts(text, read_quantities(text))
    return [(q.text, q.interval.high, q.unit) for q in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The crew dug half a mile.", [("half a mile", 0.5, "mi")]),
        ("It ran a quarter of a mile.", [("a quarter of a mile", 0.25, "mi")]),
        ("The shaft is a mile and a half deep.", [("a mile and a half", 1.5, "mi")]),
        (
            "They walked three quarters of a mile.",
            [("three quarters of a mile", 0.75, "mi")],
        ),
        ("Half a kilometre of road washed away.", [("Half a kilometre", 0.5, "km")]),
        ("The ferry was half an hour late.", [("half an hour", 0.5, "h")]),
        ("It weighed half a tonne.", [("half a tonne", 0.5, "t")]),
    ],
)
def test_a_fraction_of_one_unit_is_read_in_it(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Half the miners went home.",
        "Nearly half of the town was flooded.",
        "About half a million people fled.",
        "Half a dozen boats sank.",
    ],
)
def test_a_share_or_a_scale_stays_what_it_was(text: str) -> None:
    assert read(text) == [
        (q.text, q.interval.high, q.unit) for q in read_quantities(text)
    ]


def test_two_nouns_turn_round_with_of() -> None:
    spellings = {
        t.text for t in inflected(Terms.of(["repair costs"]), counted=True).spellings
    }
    assert {
        "costs of repair",
        "costs of the repair",
        "costs of the repairs",
    } <= spellings


@pytest.mark.parametrize(
    "phrase", ["physical damage", "lost revenue", "death", "Red Cross"]
)
def test_no_noun_pair_no_turn(phrase: str) -> None:
    spellings = {t.text for t in inflected(Terms.of([phrase]), counted=True).spellings}
    assert not any(" of " in s for s in spellings)
