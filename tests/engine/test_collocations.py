"""A verb and the word after it said in other words."""

from __future__ import annotations

import pytest

from claimcheck.engine.collocations import collocation, pair_words
from claimcheck.engine.statements import FUNCTION_WORDS
from tests.engine.verdicts import verdicts as _verdicts


def test_a_pair_is_found_by_any_form_of_its_verb() -> None:
    assert collocation("pleaded", "guilty") is collocation("pleads", "guilty")
    assert collocation("pleaded", "innocent") is None
    assert collocation("went", "strike") is not None
    assert collocation("admitted", "wrongdoing") is not None


def test_the_second_word_of_a_pair_is_the_next_content_word() -> None:
    words = "the union went on strike".split()
    assert list(pair_words(words, FUNCTION_WORDS).items()) == [
        (2, (4, collocation("went", "strike")))
    ]
    assert pair_words("the union went home".split(), FUNCTION_WORDS) == {}


@pytest.mark.parametrize(
    ("claim", "text", "verdicts"),
    [
        # other verbs with the same word, the word's family
        ("the firm pleaded guilty", "The firm admitted its guilt.", {True}),
        ("the firm pleaded guilty", "The firm declared itself guilty.", {True}),
        ("the firm pleaded guilty", "The firm declared itself not guilty.", {False}),
        ("the firm pleaded guilty", "The firm admitted the charge.", set()),
        ("the firm admitted wrongdoing", "The firm recognised its wrongdoing.", {True}),
        ("the bank admitted liability", "The bank acknowledged liability.", {True}),
        # a light verb: its phrase and its nouns where the act is done
        ("the dockers went on strike", "The dockers' walkout began at dawn.", {True}),
        ("the dockers went on strike", "The dockers walked off the job.", {True}),
        ("the dockers went on strike", "The dockers have not gone on strike.", {False}),
        ("the dockers went on strike", "The dockers went home.", set()),
        ("the dockers went on strike", "The dockers voted to hold a strike.", set()),
        # a phrase of a plain verb ("close": shut)
        ("the mill will close", "Owners will shut the mill.", {True}),
        ("the mill will close", "The mill will not shut down.", {False}),
    ],
)
def test_a_pair_in_other_words(
    claim: str, text: str, verdicts: set[bool | None]
) -> None:
    assert _verdicts(claim, text) == verdicts


@pytest.mark.parametrize(
    ("claim", "text", "expected"),
    [
        ("the union filed an appeal", "The union appealed on Monday.", {True}),
        ("the union filed an appeal", "The union lodged an appeal.", {True}),
        ("the union filed an appeal", "The union has not appealed.", {False}),
        ("the union filed an appeal", "The union dropped its appeal.", set()),
        (
            "the town filed a lawsuit against the smelter",
            "The town sued the smelter in May.",
            {True},
        ),
        (
            "the town filed a lawsuit against the smelter",
            "The smelter sued the town in May.",
            set(),
        ),
        (
            "the brewer issued a recall of its lager",
            "The brewer recalled its lager.",
            {True},
        ),
    ],
)
def test_an_act_told_by_a_light_verb_and_its_noun_is_stated_by_its_verb(
    claim: str, text: str, expected: set[bool | None]
) -> None:
    assert _verdicts(claim, text) == expected
