"""A sentence opened by "Previously,": an earlier state."""

from __future__ import annotations

import pytest

from claimcheck.engine.earlieropeners import earlier_opener


@pytest.mark.parametrize(
    ("text", "window"),
    [
        # the window is the sentence
        ("Pilots agreed. Previously, the offer was 8%.", "Previously"),
        # the comma cut the clause: the window opens after it
        ("Pilots agreed. Previously, the offer was 8%.", "the offer"),
        ("Earlier, the airline offered 5%.", "the airline"),
    ],
)
def test_the_opener_marks_an_earlier_state(text: str, window: str) -> None:
    assert earlier_opener(text, text.index(window)) is not None


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("Previously secret minutes show a 10% rise.", "Previously"),
        ("The airline had previously refused, but pilots won 8%.", "but"),
        ("Pilots won 8%, the union said.", "the union"),
    ],
)
def test_previously_elsewhere_marks_nothing(text: str, window: str) -> None:
    assert earlier_opener(text, text.index(window)) is None
