"""Terms that match their inflections."""

from __future__ import annotations

import pytest

from claimcheck.engine.terms import Terms, inflected, phrase_forms, word_forms


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("kill", {"kill", "kills", "killed", "killing"}),
        ("killed", {"kill", "kills", "killed", "killing"}),
        ("death", {"death", "deaths"}),
        ("held", {"hold", "holds", "held", "holding"}),
        ("sought", {"seek", "seeks", "sought", "seeking"}),
    ],
)
def test_word_forms_hold_every_inflection(word: str, expected: set[str]) -> None:
    assert expected <= set(word_forms(word))


@pytest.mark.parametrize("word", ["Kursk", "NIS", "defect*", "People's", "2,700"])
def test_names_and_patterns_are_not_inflected(word: str) -> None:
    assert word_forms(word) == (word,)


def test_phrase_forms_inflect_each_word() -> None:
    forms = set(phrase_forms("death toll"))
    assert {"death toll", "death tolls", "deaths toll"} <= forms


def test_inflected_terms_keep_the_analysts_words_and_match_the_others() -> None:
    terms = inflected(Terms.of(["killed", "death toll"], name="killed"))
    assert [t.text for t in terms.terms] == ["killed", "death toll"]
    assert terms.name == "killed"
    assert terms.spellings[:2] == terms.terms
    text = "Storms are killing dozens; death tolls rise; one kill."
    found = [text[s:e] for s, e in terms.spans(text)]
    assert found == ["killing", "death tolls", "kill"]
    assert Terms.of(["killed"]).spans(text) == []


def test_a_counted_plural_keeps_its_number() -> None:
    assert word_forms("trains", counted=True) == ("trains",)
    assert "train" in word_forms("trains")
    assert {"death", "deaths"} <= set(word_forms("death", counted=True))
    measure = inflected(Terms.of(["trains"]), counted=True)
    assert measure.spans("187 train crash victims; 3 trains") == [(27, 33)]
