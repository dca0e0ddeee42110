"""A statement's doer and the one it acts on, swapped: "the utility sued
the city" is no account of "the city sued the utility"."""

from __future__ import annotations

import pytest

from claimcheck.engine.articles import parse_article
from claimcheck.engine.index import build_lexicon, index_article
from claimcheck.engine.roles import swapped
from claimcheck.engine.statements import Sentence, find_statement, parse_sentence
from claimcheck.engine.terms import Terms


def _no_vocabulary(name: str) -> Terms:
    raise AssertionError(name)


def _found(claim: str, text: str) -> bool:
    sentence: Sentence = parse_sentence(claim, _no_vocabulary)
    index = index_article(parse_article(text + "\n", path="a.txt"), build_lexicon([]))
    return bool(find_statement(index, sentence))


@pytest.mark.parametrize(
    ("claim", "text", "found"),
    [
        # the doer first, or named by "by" after a passive
        ("the city sued the utility", "The city sued the utility.", True),
        ("the city sued the utility", "The utility was sued by the city.", True),
        ("the city sued the utility", "The city's suit against the utility.", True),
        (
            "the city sued the utility",
            "The suit the city brought against the utility.",
            True,
        ),
        # the one acted on as the doer: a verb's subject, a noun's owner
        ("the city sued the utility", "The utility sued the city.", False),
        ("the city sued the utility", "The utility has sued the city.", False),
        ("the city sued the utility", "The utility's suit against the city.", False),
        (
            "the city sued the utility",
            "The utility's new lawsuit against the city was filed.",
            False,
        ),
        ("the club paid the fine", "The fine, paid by the club, was small.", True),
        ("the council approved the plan", "The plan approved the council.", False),
        (
            "the council approved the plan",
            "The plan was approved by the council.",
            True,
        ),
        # a sentence whose first word suffers its act is not judged
        ("the driver was charged by police", "Police charged the driver.", True),
    ],
)
def test_the_one_acted_on_is_no_doer(claim: str, text: str, found: bool) -> None:
    assert _found(claim, text) is found


def test_a_passive_without_its_agent_is_not_swapped() -> None:
    sentence = parse_sentence("the tanker lost power", _no_vocabulary)
    text = "Power was lost aboard the tanker."
    tanker, lost, power = (
        (text.index(w), text.index(w) + len(w)) for w in ("tanker", "lost", "Power")
    )
    assert not swapped(text, (tanker, lost, power), sentence)
    text = "Power lost the tanker."
    tanker, lost, power = (
        (text.index(w), text.index(w) + len(w)) for w in ("tanker", "lost", "Power")
    )
    assert swapped(text, (tanker, lost, power), sentence)
