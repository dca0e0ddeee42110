"""The count of events that prompted an inquiry or a recall
(claimcheck/engine/prompted.py).

Every sentence here is written for this file; the stories are invented.
"""

from __future__ import annotations

import pytest

from claimcheck.engine.index import Mention, build_lexicon
from claimcheck.engine.numbers.reader import read_quantities
from claimcheck.engine.prompted import prompted_by
from claimcheck.engine.terms import Terms
from tests.engine.verdicts import bound_mentions

LEXICON = build_lexicon([(Terms.of(["crashes", "complaints", "died"]), None)])


def mentions(text: str) -> dict[str, Mention]:
    return bound_mentions(text, LEXICON)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The board opened its investigation in March after 14 crashes.\n", "14"),
        (
            "The inquiry, opened in May after more than 40 complaints, goes on.\n",
            "more than 40",
        ),
        (
            "The maker recalled scooters after 12 crashes in which brakes failed.\n",
            "12",
        ),
    ],
)
def test_the_events_that_prompted_an_inquiry_are_a_floor(
    text: str, figure: str
) -> None:
    assert mentions(text)[figure].scope == "floor"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # "after" opens a time, not a count
        ("After a year-long inquiry, the board found 12 crashes.\n", "12"),
        # no inquiry before "after"
        ("The storm hit after 12 people had died on the coast.\n", "12"),
        # the inquiry in another sentence
        (
            "The inquiry began in May. After 12 crashes, the maker stopped sales.\n",
            "12",
        ),
    ],
)
def test_other_counts_are_left_alone(text: str, figure: str) -> None:
    q = next(q for q in read_quantities(text) if q.text == figure)
    assert prompted_by(text, q, None) is None


def test_a_length_after_after_is_no_count() -> None:
    text = "The inquiry opened after 11 days of protests."
    q = next(q for q in read_quantities(text) if q.text.startswith("11"))
    assert prompted_by(text, q, None) is None
