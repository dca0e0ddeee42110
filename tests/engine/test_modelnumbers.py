"""A model's number: "Avro 310 Vista 8 jets", "the 2017-2023 Model 3"."""

from __future__ import annotations

import pytest

from claimcheck.engine.modelnumbers import model_digits, model_number
from claimcheck.engine.numbers.reader import read_quantities


def _model(text: str, figure: str) -> bool:
    q = next(q for q in read_quantities(text) if q.text == figure)
    return model_number(text, q)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("It grounded all of its Avro 310 Vista 8 jets.", "8"),
        ("It grounded all of its Avro 310 Vista 8 jets.", "310"),
        ("The recall covers the 2017-2023 Model 3 cars.", "3"),
    ],
)
def test_a_number_inside_a_name_is_a_models(text: str, figure: str) -> None:
    assert _model(text, figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a count before the name opens no name
        ("Regulators grounded 64 Avro 310 jets.", "64"),
        # a day or a month before a count names no model
        ("On 5 May 12 flights were cancelled.", "12"),
        ("On Monday 64 jets were grounded.", "64"),
        # a place's name before a count, with no number of the name
        ("In Kessel 12 were hurt.", "12"),
        # a number ending the sentence or the list item before
        ("The ship sank on February 28. All 18 crew were rescued.", "18"),
        ("Deaths: West Bengal 6, Bangladesh 10 (as of Monday)", "10"),
    ],
)
def test_a_count_beside_capitalised_words_still_counts(text: str, figure: str) -> None:
    assert not _model(text, figure)


def test_a_noun_phrase_goes_on_past_a_models_number() -> None:
    text = "more than 170 Avro 310 jets"
    last = text.index("Avro")
    assert model_digits(text, last + 4, len(text), last) == text.index(" jets")
    # after a word in lower case, a number opens a count of its own
    assert model_digits(text, last + 4, len(text), None) is None
