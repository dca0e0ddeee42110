"""Acts named by their noun and said, right after it, to be halted."""

from __future__ import annotations

import pytest

from claimcheck.engine.haltedacts import halted_after
from tests.engine.verdicts import verdicts


@pytest.mark.parametrize(
    ("text", "halted"),
    [
        ("The banker's extradition was suspended pending an appeal.", True),
        ("The extradition of the fugitive banker was blocked by a court.", True),
        ("His extradition remains on hold.", True),
        ("The extradition is pending.", True),
        ("The banker's extradition was completed on Friday.", False),
        ("The extradition took place on Friday and was not suspended.", False),
    ],
)
def test_a_noun_of_an_act_said_halted(text: str, halted: bool) -> None:
    end = text.index("extradition") + len("extradition")
    assert halted_after(text, end, len(text)) is halted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The banker's extradition was suspended pending an appeal.", set()),
        ("The extradition of the banker was blocked.", set()),
        ("Varnia requested the extradition of the banker.", set()),
        ("The extradition of the banker took place on Friday.", {True}),
    ],
)
def test_a_halted_or_requested_act_states_nothing(
    text: str, expected: set[bool | None]
) -> None:
    assert verdicts("the banker was extradited", text) == expected
