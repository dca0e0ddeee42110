"""A toll heading a long subject, its level verb after a list."""

from __future__ import annotations

import pytest

from claimcheck.engine.longsubjects import far_subject
from claimcheck.engine.numbers.reader import read_quantities


def _subject(text: str, figure: str, measure: str) -> str | None:
    q = next(q for q in read_quantities(text) if q.text == figure)
    # the figure's clause: from the last ", and" before it
    cut = text.rfind(", and", 0, q.start)
    clause = (cut + 1 if cut >= 0 else 0, len(text))
    start = 0
    hits = []
    while (found := text.find(measure, start)) >= 0:
        hits.append((found, found + len(measure)))
        start = found + 1
    got = far_subject(text, q, clause, (0, len(text)), hits)
    return None if got is None else text[got[0] : got[1]]


@pytest.mark.parametrize(
    "text",
    [
        "The death toll in the crash involving the Harlow Express, the Dunmore"
        " Mail, and a freight train has reached 212.",
        "The death toll from the derailment of the Harlow Express, the night"
        " train, and two wagons climbed to 212 on Monday.",
        "The death toll in the crash involving two trains, and a freight wagon,"
        " stands at 212.",
    ],
)
def test_the_level_verb_takes_the_toll_heading_the_sentence(text: str) -> None:
    assert _subject(text, "212", "death toll") == "death toll"


@pytest.mark.parametrize(
    "text",
    [
        # a verb of the toll's own before the list
        "The death toll in the crash was not known, and the number of"
        " passengers in hospital has risen to 212.",
        # a verb of saying between them
        "Officials who counted the death toll in the crash involving two"
        " trains said the list of passengers has reached 212.",
        # another figure between them
        "The death toll in the crash involving two trains stands at 40, and"
        " the bill has reached 212.",
        # a relative clause of the toll's own
        "The death toll, which stood at 212 on Tuesday, has risen sharply.",
        # no level verb right before the figure
        "The death toll in the crash involving two trains, and 212 passengers"
        " were hurt.",
    ],
)
def test_a_verb_figure_or_no_level_verb_leaves_the_figure(text: str) -> None:
    assert _subject(text, "212", "death toll") is None
