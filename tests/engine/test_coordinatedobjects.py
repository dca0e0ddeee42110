"""A verb with an object of its own before "and" and another verb
(claimcheck/engine/coordinatedobjects.py)."""

from __future__ import annotations

import pytest

from tests.engine.verdicts import verdicts


@pytest.mark.parametrize(
    ("claim", "text", "expected"),
    [
        (
            "the inspector closed the bakery",
            "The inspector closed the café and warned the bakery.",
            set(),
        ),
        (
            "the inspector closed the bakery",
            "The inspector closed the bakery and warned the café.",
            {True},
        ),
        (
            "the inspector closed the bakery",
            "The inspector visited and closed the bakery.",
            {True},
        ),
        (
            "the inspector closed the bakery",
            "The inspector closed the café and the bakery.",
            {True},
        ),
    ],
)
def test_the_next_verbs_object(claim: str, text: str, expected: set[bool]) -> None:
    assert verdicts(claim, text) == expected
