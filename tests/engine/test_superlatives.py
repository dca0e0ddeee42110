"""A superlative's noun phrase said without its subject; an ordinal before a
superlative."""

from __future__ import annotations

import pytest

from claimcheck.engine.articles import parse_article
from claimcheck.engine.index import build_lexicon, index_article
from claimcheck.engine.statements import (
    Sentence,
    agrees,
    find_statement,
    parse_sentence,
)
from claimcheck.engine.superlatives import superlative_sentences
from tests.engine.verdicts import no_vocabulary


def _parse(text: str) -> Sentence:
    return parse_sentence(text, no_vocabulary)


@pytest.mark.parametrize(
    ("claim", "phrase"),
    [
        (
            "the strike was the largest health care strike in US history",
            "largest health care strike",
        ),
        ("the flood was not the worst flood in the county", "worst flood"),
        ("the fire became the deadliest fire since 1990", "deadliest fire"),
        ("the storm was the most powerful storm of the year", "most powerful storm"),
    ],
)
def test_a_superlative_repeating_its_subject_is_read_without_it(
    claim: str, phrase: str
) -> None:
    (sentence,) = superlative_sentences(claim, _parse)
    assert sentence.slots[0].terms[0].text == phrase
    assert sentence.cues.negated == (" not " in claim)


@pytest.mark.parametrize(
    "claim",
    [
        "the strike was the largest protest in the city",  # another noun
        "the strike was the longest in history",  # no noun after it
        "the strike was the interest of the union",  # no superlative
        "the $union strike was the largest strike",  # a vocabulary
        "the union called the largest strike in history",  # no copula
    ],
)
def test_other_sentences_are_not_read_so(claim: str) -> None:
    assert superlative_sentences(claim, _parse) == ()


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("It was the second largest strike in history.", {False}),
        ("It was the 3rd-largest strike in history.", {False}),
        ("It was the largest strike in history.", {True}),
        ("The second strike was the largest strike in history.", {True}),
    ],
)
def test_an_ordinal_before_a_superlative_denies_it(
    text: str, found: set[bool | None]
) -> None:
    claim = "the strike was the largest strike in history"
    assert _verdicts(claim, text) == found


def _verdicts(claim: str, text: str) -> set[bool | None]:
    (sentence,) = superlative_sentences(claim, _parse)
    index = index_article(parse_article(text + "\n", path="a.txt"), build_lexicon([]))
    return {agrees(sentence, m.cues) for m in find_statement(index, sentence)}
