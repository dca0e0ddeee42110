"""A thing named by what it belongs to, said with the owner's possessive."""

from __future__ import annotations

import pytest

from claimcheck.engine.ownerphrases import owner_possessives
from claimcheck.engine.statements import FUNCTION_WORDS


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "the owner of the warehouse was arrested",
            ("the warehouse's owner was arrested",),
        ),
        (
            "the central bank of Valdoria raised interest rates",
            ("Valdoria's central bank raised interest rates",),
        ),
        (
            "the chief executive of Korrin Foods was dismissed",
            ("Korrin Foods' chief executive was dismissed",),
        ),
        (
            "the families of the victims sued the city",
            ("the victims' families sued the city",),
        ),
        (
            "police arrested the owner of the clothing factory at the border",
            ("police arrested the clothing factory's owner at the border",),
        ),
    ],
)
def test_an_of_phrase_is_said_as_a_possessive(
    text: str, found: tuple[str, ...]
) -> None:
    assert owner_possessives(text, FUNCTION_WORDS) == found


@pytest.mark.parametrize(
    "text",
    [
        "the rest of the crew was rescued",  # a part, not a thing owned
        "a third of the staff were laid off",  # an amount
        "the head of the company quit",  # "quit" may be the owner's word
        "the minister resigned",  # no "of"
        "most of the prisoners were released",  # no "the" before the head
    ],
)
def test_other_phrases_are_left(text: str) -> None:
    assert owner_possessives(text, FUNCTION_WORDS) == ()
