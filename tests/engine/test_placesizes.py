"""A place's people told with "of" before the figure
(claimcheck/engine/placesizes.py)."""

from __future__ import annotations

from claimcheck.engine.index import build_lexicon
from claimcheck.engine.numbers.reader import Quantity, read_quantities
from claimcheck.engine.placesizes import place_size
from claimcheck.engine.terms import Terms
from tests.engine.verdicts import bound_mentions


def _figure(text: str, figure: str) -> Quantity:
    return next(q for q in read_quantities(text) if q.text == figure)


def _at(text: str, word: str) -> tuple[int, int]:
    at = text.index(word)
    return at, at + len(word)


def test_a_population_of_is_a_place_size() -> None:
    text = "It killed 1,000 people out of a population of about 34,500."
    found = place_size(text, _figure(text, "about 34,500"), _at(text, "people"))
    assert found is not None
    assert text[found[0] : found[1]].startswith("population of")


def test_a_town_of_with_people_after_is_a_place_size() -> None:
    text = "Cases rose in a country of about 200,000 people."
    assert place_size(text, _figure(text, "about 200,000"), _at(text, "people"))


def test_the_claims_own_population_word_reads_the_figure() -> None:
    text = "Tavira has a population of about 200,000."
    assert (
        place_size(text, _figure(text, "about 200,000"), _at(text, "population"))
        is None
    )


def test_a_noun_of_its_own_after_the_figure_is_counted() -> None:
    text = "The flood reached a town of 5,000 homes."
    assert place_size(text, _figure(text, "5,000"), _at(text, "homes")) is None


def test_no_place_before_of() -> None:
    text = "The agency gave a toll of 290 dead."
    assert place_size(text, _figure(text, "290"), _at(text, "dead")) is None


def test_the_index_reads_a_country_of_people_as_its_people() -> None:
    lexicon = build_lexicon([(Terms.of(["people", "caught the disease"]), None)])
    text = (
        "About one islander in 35 caught the disease,"
        " in a country of about 200,000 people.\n"
    )
    mention = bound_mentions(text, lexicon)["about 200,000"]
    assert mention.scope == "population"
