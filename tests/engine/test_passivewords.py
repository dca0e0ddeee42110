"""A noun-and-verb measure word told in the passive or the active."""

from __future__ import annotations

from claimcheck.engine.activeverbs import active_hits, active_measure
from claimcheck.engine.passivewords import done_to, passive_forms
from claimcheck.engine.terms import Terms, word_forms, word_lemmas


def _passive(phrase: str) -> tuple[str, ...]:
    return passive_forms(phrase, word_lemmas, word_forms)


def test_a_noun_and_its_participle_take_the_auxiliaries_of_a_fact() -> None:
    forms = _passive("flights cancelled")
    assert "flights were cancelled" in forms
    assert "flights have been cancelled" in forms
    assert "flights are being cancelled" in forms
    # a modal states nothing: no spelling holds one
    assert not any(" could " in f or " would " in f for f in forms)


def test_a_participle_the_same_as_its_verb_has_a_passive() -> None:
    assert "jobs were cut" in _passive("jobs cut")


def test_a_phrase_without_a_past_form_has_none() -> None:
    assert _passive("death toll") == ()
    assert _passive("jobs report") == ()
    assert _passive("killed") == ()
    assert _passive("Flights cancelled") == ()
    assert done_to("death toll", word_lemmas, word_forms) is None
    assert done_to("homes destroyed", word_lemmas, word_forms) == ("homes", "destroyed")


def test_the_verb_in_any_form_counts_before_the_claims_noun() -> None:
    measure = Terms.of(["flights cancelled"])
    active = active_measure(measure)
    assert active is not None
    assert {"cancel", "cancelled", "canceled"} <= set(active.nouns_of)
    text = "Airlines cancelled 1,850 flights. Rail firms cancelled 300 trains."
    hits = active.verbs.spans(text)
    assert active_hits(measure, text, tuple(hits)) == [(9, 18)]
    # the noun must be the figure's: not one further on
    text = "Airlines cancelled 12 routes and grounded flights for 3 days."
    assert active_hits(measure, text, tuple(active.verbs.spans(text))) == []


def test_a_measure_of_no_noun_and_verb_has_no_active() -> None:
    assert active_measure(Terms.of(["killed", "death toll"])) is None
