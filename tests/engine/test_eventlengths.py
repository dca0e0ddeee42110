"""A length joined by a hyphen to what it measures (engine/eventlengths.py)."""

from __future__ import annotations

import pytest

from claimcheck.engine.eventlengths import joined_length
from claimcheck.engine.numbers.reader import read_quantities


@pytest.mark.parametrize(
    ("text", "unit_word"),
    [
        ("The union called a four-day strike on Monday.", "day"),
        ("The 36-hour blackout ended at noon.", "hour"),
        ("Both sides agreed to a 10-day ceasefire.", "day"),
        ("Crews worked 12-hour shifts.", "hour"),  # a length; whose, the claim asks
        # no noun joined: an age, a length standing alone, a second hyphen
        ("A 12-year-old boy was rescued.", None),
        ("The strike lasted four days.", None),
        ("The strike ended after four days.", None),
    ],
)
def test_joined_length(text: str, unit_word: str | None) -> None:
    q = read_quantities(text)[-1]
    found = joined_length(text, q, (0, len(text)))
    assert (text[found[0] : found[1]] if found else None) == unit_word
