"""Nouns of a verb with its particle and in -ing (claimcheck/engine/verbnouns.py)."""

from __future__ import annotations

import pytest

from claimcheck.engine.verbnouns import gerunds, particle_nouns, zero_nouns


@pytest.mark.parametrize(
    ("verb", "particle", "nouns"),
    [
        ("broke", "down", {"breakdown", "breakdowns"}),
        ("laid", "off", {"layoff", "layoffs"}),
        ("walked", "out", {"walkout", "walkouts"}),
        ("shut", "down", {"shutdown", "shutdowns"}),
        ("took", "over", {"takeover", "takeovers"}),
    ],
)
def test_a_verb_joined_to_its_particle_is_a_noun_of_its_act(
    verb: str, particle: str, nouns: set[str]
) -> None:
    assert set(particle_nouns(verb, particle)) == nouns


@pytest.mark.parametrize(
    ("verb", "particle"),
    [
        # no such noun in the word lists
        ("resigned", "down"),
        ("stepped", "down"),
        # not a particle a noun joins
        ("broke", "the"),
        ("collapsed", "on"),
    ],
)
def test_no_noun_where_the_word_lists_know_none(verb: str, particle: str) -> None:
    assert particle_nouns(verb, particle) == ()


def test_a_participle_has_its_gerund() -> None:
    assert gerunds("grounded") == ("grounding",)
    assert gerunds("approved") == ("approving",)
    # only a participle: a noun's verb forms are not its act
    assert gerunds("budget") == ()
    assert gerunds("held") == ()


@pytest.mark.parametrize(
    ("verb", "nouns"),
    [
        ("fined", ("fine", "fines")),
        ("recalled", ("recall", "recalls")),
        # the word lists know no noun "approve" nor "resign"
        ("approved", ()),
        ("resigned", ()),
        # only a participle
        ("fine", ()),
    ],
)
def test_a_participle_s_lemma_may_be_a_noun(verb: str, nouns: tuple[str, ...]) -> None:
    assert zero_nouns(verb) == nouns
