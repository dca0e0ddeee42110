"""A figure of a thing said to have changed since
(claimcheck/engine/changedsince.py).

Every sentence here is written for this file; the stories are invented.
"""

from __future__ import annotations

import pytest

from claimcheck.engine.changedsince import changed_since
from claimcheck.engine.numbers.reader import read_quantities


def _words(text: str, figure: str) -> str | None:
    q = next(q for q in read_quantities(text) if q.text == figure)
    found = changed_since(text, q, None)
    return None if found is None else text[found[0] : found[1]]


@pytest.mark.parametrize(
    ("text", "figure", "words"),
    [
        (
            "The fund approved a $3 billion programme, since expanded.",
            "$3 billion",
            "since expanded",
        ),
        (
            "It imposed a fine of 3 million euros, later reduced on appeal.",
            "3 million euros",
            "later reduced",
        ),
        (
            "The 4,000 job cuts, since scaled back, hit two plants.",
            "4,000",
            "since scaled back",
        ),
    ],
)
def test_a_change_after_the_figures_noun_phrase(
    text: str, figure: str, words: str
) -> None:
    assert _words(text, figure) == words


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the change before the figure: the figure is the new one
        ("The programme, since expanded, now stands at $6 billion.", "$6 billion"),
        # a relative clause, no change
        (
            "It imposed a fine of 3 million euros, which the bank paid.",
            "3 million euros",
        ),
        # "since" opening a time
        ("It has paid $3 million, since May.", "$3 million"),
    ],
)
def test_other_figures_are_left_alone(text: str, figure: str) -> None:
    assert _words(text, figure) is None
