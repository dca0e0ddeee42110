"""A claim's phrasal verb read with its particle
(claimcheck/engine/particleverbs.py).

Every sentence here is written for this file; the stories are invented.
"""

from __future__ import annotations

import pytest

from claimcheck.engine.particleverbs import phrasal_slot
from claimcheck.engine.terms import word_forms


def _matches(verb: str, after: str, text: str) -> bool:
    slot = phrasal_slot(word_forms(verb), verb, after)
    return slot.pattern.search(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "The council voted down the tram plan.",
        "The council voted the tram plan down.",
        "The council votes down every plan.",
    ],
)
def test_the_verb_with_its_particle(text: str) -> None:
    assert _matches("voted", "down", text)


@pytest.mark.parametrize(
    "text",
    [
        "The council voted to approve the tram plan.",
        "The council voted on the plan. Prices went down.",
    ],
)
def test_the_verb_alone_is_not_it(text: str) -> None:
    assert not _matches("voted", "down", text)


def test_a_particle_that_completes_its_verb_keeps_the_verb() -> None:
    assert _matches("shut", "down", "The Kells plant was shut in May.")


def test_no_particle_keeps_the_verb() -> None:
    assert _matches("voted", "to", "The council voted on Tuesday.")
