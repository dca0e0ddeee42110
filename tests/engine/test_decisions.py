"""A decision's "should" or "must" (claimcheck/engine/decisions.py)."""

from __future__ import annotations

import pytest

from claimcheck.engine.decisions import decided_modal, inverted_condition


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("A judge decided that the company should pay a", True),
        ("The court ruled that Halden Water must pay", True),
        ("Magistrates ordered that the utility should pay a fine of", True),
        ("Campaigners said the company should pay a", False),
        ("The regulator argued that Halden Water should pay", False),
        ("If the court decides that the company should pay a", False),
        ("Should the court rule that the council must pay", False),
        ("The company decided to pay", False),
    ],
)
def test_decided_modal(lead: str, expected: bool) -> None:
    assert decided_modal(lead) is expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("Should the court rule that the council must pay", True),
        ('"Should the fund fall short by', True),
        ("The council should pay", False),
        ("Shoulder injuries kept", False),
    ],
)
def test_inverted_condition(lead: str, expected: bool) -> None:
    assert inverted_condition(lead) is expected
