"""A count of those one person joined (claimcheck/engine/joined.py).

Every sentence here is written for this file; the stories are invented.
"""

from __future__ import annotations

import pytest

from claimcheck.engine.index import Mention, build_lexicon
from claimcheck.engine.numbers.interval import Interval
from claimcheck.engine.terms import Terms
from tests.engine.verdicts import bound_mentions

LEXICON = build_lexicon(
    [(Terms.of(["voted", "voting", "members", "countries", "signed"]), None)]
)


def mentions(text: str) -> dict[str, Mention]:
    return bound_mentions(text, LEXICON)


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        (
            "Governor Lena Ostby joined four colleagues in voting for the cut.\n",
            "four",
            5,
        ),
        (
            "Karl Moe joined three other members in voting to hold the rate.\n",
            "three",
            4,
        ),
        ("Vell joins 40 other countries in signing the pact.\n", "40", 41),
    ],
)
def test_those_joined_in_an_act_count_the_subject_too(
    text: str, figure: str, value: float
) -> None:
    mention = mentions(text)[figure]
    assert mention.quantity.interval == Interval.point(value)
    assert mention.scope == ""


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        # the figure before "joined": those who joined
        ("Two new members joined the committee in May.\n", "Two", 2),
        # no act after the group
        (
            "Four members voted for the cut; Ostby joined four members at lunch.\n",
            "Four",
            4,
        ),
    ],
)
def test_other_counts_are_left_alone(text: str, figure: str, value: float) -> None:
    assert mentions(text)[figure].quantity.interval == Interval.point(value)
