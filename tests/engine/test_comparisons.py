"""Figures of another event that a comparison sets beside the story's
(claimcheck/engine/comparisons.py)."""

from __future__ import annotations

import itertools
import random

import pytest

from claimcheck.engine.comparisons import compared_event, sentence_start
from claimcheck.engine.numbers.reader import Quantity, read_quantities


def _figure(text: str, figure: str) -> Quantity:
    return next(
        q for q in read_quantities(text, article=text) if q.text.endswith(figure)
    )


@pytest.mark.parametrize(
    ("text", "figure", "words"),
    [
        (
            "It was the deadliest mine disaster since Harl in 1988, when 64 died.",
            "64",
            "since Harl in 1988, when 64 died.",
        ),
        (
            "The flood is the worst since the Tessin deluge, which drowned 212.",
            "212",
            "since the Tessin deluge, which drowned 212.",
        ),
        (
            "It is the worst blast since a 2011 explosion that killed 9 miners.",
            "9",
            "since a 2011 explosion that killed 9 miners.",
        ),
        (
            "No storm has done such damage since 2004, when 3,000 homes were lost.",
            "3,000",
            "since 2004, when 3,000 homes were lost.",
        ),
        (
            "The strike cost 90 days, far more than the 40 lost by dockers.",
            "40",
            "than the 40 lost by dockers.",
        ),
        (
            "Compared with the 17 who died in the last ferry sinking, it is grim.",
            "17",
            "Compared with the 17 who died in the last ferry sinking, it is grim.",
        ),
        (
            "The fine is twice the 80 million levied on Orsk Rail.",
            "80 million",
            "twice the 80 million levied on Orsk Rail.",
        ),
        (
            "The last time the river broke its banks, 40 people drowned.",
            "40",
            "The last time",
        ),
        (
            "Some 300 homes were lost the previous time a fire swept the ridge.",
            "300",
            "the previous time",
        ),
    ],
)
def test_a_figure_of_the_event_compared_with(
    text: str, figure: str, words: str
) -> None:
    q = _figure(text, figure)
    found = compared_event(text, q, 0, len(text))
    assert found is not None
    assert text[found[0] : found[1]] == words


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the story's own figure, beside the one compared with
        ("The quake killed 212 people, the worst since 1971, when 90 died.", "212"),
        ("The blast killed 27, far more than the 9 killed in 2011.", "27"),
        # a cleft: "that" opens the story's own clause
        ("It is the first time since 2015 that 300 people have died.", "300"),
        # a bound of the story's own figure, not a comparison with another's
        ("The fire has killed more than 40 people.", "40"),
        ("Rescuers said the toll was higher than 300.", "300"),
        # "since" that dates the whole, with no superlative ranking it
        ("The war, which began in May, has killed 500 since the spring.", "500"),
        ("For the last time, officials said 812 people had died.", "812"),
        # half of the story's own whole
        ("Half the 131 dead were children.", "131"),
    ],
)
def test_no_comparison(text: str, figure: str) -> None:
    assert compared_event(text, _figure(text, figure), 0, len(text)) is None


#: a sentence's ends, as sentence_start reads them
_ENDS = (". ", "! ", "? ", "; ", ".\n", "!\n", "?\n", "\n")


def _sentence_start_by_marks(text: str, pos: int, lookback: int) -> int:
    """sentence_start as a search back for each of its marks."""
    start = max(0, pos - lookback)
    at = start
    for end in _ENDS:
        found = text.rfind(end, start, pos)
        if found >= 0:
            at = max(at, found + len(end))
    while at < pos and text[at].isspace():
        at += 1
    return at


def test_sentence_start_finds_the_last_mark_as_a_search_per_mark_does() -> None:
    # every text of up to four of these characters, and longer random ones
    alphabet = ".!?; \nab"
    texts = [
        "".join(t) for n in range(5) for t in itertools.product(alphabet, repeat=n)
    ]
    rng = random.Random(7)
    texts += ["".join(rng.choice(alphabet) for _ in range(30)) for _ in range(40)]
    for text in texts:
        for pos in range(len(text) + 1):
            for lookback in (0, 2, 200):
                # (a new text object each time: the answers are kept per text)
                fresh = "".join(text)
                assert sentence_start(fresh, pos, lookback) == _sentence_start_by_marks(
                    text, pos, lookback
                ), (text, pos, lookback)
