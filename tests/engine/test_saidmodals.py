"""A modal in what a noun of the act says, not in the act."""

from __future__ import annotations

import pytest

from claimcheck.engine.saidmodals import said_before


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The county's lawsuit says the utility should have cut power.", True),
        ("The lawsuit, filed in May, claims the firm could have acted.", True),
        ("The resignation, the board said, could come within days.", False),
        ("The resignation, which officials said could come soon, was expected.", False),
        ("The resignation would leave the port without a head.", False),
    ],
)
def test_a_verb_of_saying_before_the_modal_takes_it(text: str, found: bool) -> None:
    start = text.index(
        " ", text.index("lawsuit") if "lawsuit" in text else text.index("resignation")
    )
    modal = min(
        i for i in (text.find(m) for m in (" should", " could", " would")) if i >= 0
    )
    assert said_before(text, start, modal + 1) is found
