"""An act's other words kept to its objects."""

from __future__ import annotations

import pytest

from claimcheck.engine.actobjects import act_forms
from claimcheck.engine.statements import FUNCTION_WORDS


def _forms(sentence: str, word: str) -> tuple[str, ...]:
    words = sentence.casefold().split()
    return act_forms(words, words.index(word), FUNCTION_WORDS)


@pytest.mark.parametrize(
    ("sentence", "word", "found"),
    [
        ("the ministry lifted the ban on drone flights", "lifted", True),
        ("the court overturned pim sorel's conviction", "overturned", True),
        ("the government lifted the export ban on rice", "lifted", True),
        # no object of the act: another sense
        ("the lorry overturned near the pier", "overturned", False),
        ("the crane lifted the wreck", "lifted", False),
        # the object is past a preposition: not the verb's
        ("the crane lifted the wreck after the ban", "lifted", False),
    ],
)
def test_words_are_kept_to_the_acts_objects(
    sentence: str, word: str, found: bool
) -> None:
    forms = _forms(sentence, word)
    assert ("scrapped" in forms or "quashed" in forms) is found


def test_other_words_are_kept() -> None:
    # the event verbs' own words still come ("detained" for "arrested")
    assert "detained" in _forms("police arrested the captain", "arrested")
