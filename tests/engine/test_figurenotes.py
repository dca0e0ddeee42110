"""Notes opened after a figure (claimcheck/engine/figurenotes.py)."""

from __future__ import annotations

import pytest

from claimcheck.engine.figurenotes import in_note
from claimcheck.engine.numbers.reader import read_quantities


@pytest.mark.parametrize(
    ("text", "figure", "word", "noted"),
    [
        ("Homes destroyed: 412 (of 1,050 damaged)", "412", "damaged", True),
        (
            "cut the rate to minus 0.5 per cent to make holding krona dear",
            "0.5",
            "krona",
            True,
        ),
        (
            "lowered the tax to 12 per cent in order to keep petrol prices down",
            "12",
            "petrol",
            True,
        ),
        # a level, a point, a measure word before the figure
        ("the krona rose 4 per cent to its strongest level", "4", "level", False),
        (
            "pushed the rate down to minus 0.75 per cent, the krona jumped",
            "0.75",
            "krona",
            False,
        ),
        (
            "to make holding krona dear, the rate went to 0.5 per cent",
            "0.5",
            "krona",
            False,
        ),
    ],
)
def test_a_note_after_the_figure(
    text: str, figure: str, word: str, noted: bool
) -> None:
    q = next(q for q in read_quantities(text) if figure in q.text)
    at = text.index(word)
    assert in_note(text, q, (at, at + len(word))) is noted
