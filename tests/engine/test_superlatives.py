"""A superlative's noun phrase said without its subject; an ordinal before a
superlative."""

from __future__ import annotations

import pytest

from claimcheck.engine.statements import Sentence, parse_sentence
from claimcheck.engine.superlatives import outranked, superlative_sentences
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
    ("text", "expected"),
    [
        ("It was the second largest strike.", 1),
        ("It was the 3rd-biggest strike.", 1),
        ("It was the largest strike.", 0),
        ("The second strike was the largest.", 0),
    ],
)
def test_an_ordinal_before_a_superlative_outranks_it(text: str, expected: int) -> None:
    start = text.index("larg") if "larg" in text else text.index("bigg")
    end = text.find(" strike", start)
    end = text.index(".", start) if end < 0 else end + len(" strike")
    assert outranked(text, [(start, end)]) == expected
