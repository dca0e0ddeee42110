"""A side's position in a split vote (claimcheck/engine/votesides.py).

Every sentence here is written for this file; the stories are invented.
"""

from __future__ import annotations

import pytest

from claimcheck.engine.index import Mention, build_lexicon
from claimcheck.engine.terms import Terms
from tests.engine.verdicts import bound_mentions

LEXICON = build_lexicon(
    [(Terms.of(["rate", "interest rate", "tariff"]), "%"), (Terms.of(["age"]), None)]
)


def mentions(text: str) -> dict[str, Mention]:
    return bound_mentions(text, LEXICON)


@pytest.mark.parametrize(
    ("text", "number", "said"),
    [
        (
            "Two members voted to keep the rate at 3.5 per cent.",
            "3.5 per cent",
            "Two members voted to",
        ),
        (
            "The vote was close, and four of the nine wanted to hold the rate at 3%.",
            "3%",
            "four of the nine wanted to",
        ),
        (
            "The other three preferred to leave the interest rate at 3.5%.",
            "3.5%",
            "The other three preferred to",
        ),
        (
            "Only 12 senators voted for a tariff of 40%.",
            "40%",
            "Only 12 senators voted for",
        ),
    ],
)
def test_a_side_of_a_split_vote_is_a_position(
    text: str, number: str, said: str
) -> None:
    mention = mentions(text)[number]
    assert mention.scope == "position"
    assert mention.qualifier is not None
    assert text[mention.qualifier[0] : mention.qualifier[1]].startswith(said[:12])


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a body that voted: the decision itself
        ("The committee voted to cut the rate to 3.25 per cent.", "3.25 per cent"),
        ("The board voted 7-2 to cut the rate to 3.25 per cent.", "3.25 per cent"),
        # a count that is not of voters, before no verb of voting
        ("Three banks cut the rate to 3.25 per cent.", "3.25 per cent"),
    ],
)
def test_the_decision_stays_the_whole(text: str, number: str) -> None:
    assert mentions(text)[number].scope != "position"
