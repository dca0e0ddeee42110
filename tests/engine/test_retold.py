"""The other sentences that tell a claim's sentence."""

from __future__ import annotations

from claimcheck.engine.retold import retold
from claimcheck.engine.statements import FUNCTION_WORDS, Sentence, parse_sentence
from tests.engine.verdicts import no_vocabulary


def _parse(text: str) -> Sentence:
    return parse_sentence(text, no_vocabulary)


def _first_words(claim: str) -> list[str]:
    """The first spelling of each retold sentence's first slot."""
    return [s.slots[0].terms[0].text for s in retold(claim, _parse, FUNCTION_WORDS)]


def test_each_reading_gives_its_sentences() -> None:
    assert retold("nobody was injured", _parse, FUNCTION_WORDS)
    assert _first_words("the owner of the warehouse sued the city")[0].startswith(
        "warehouse"
    )
    # (a passive's subject is not said so: see retold)
    assert _first_words("the owner of the warehouse was arrested") == []
    assert _first_words("the strike was the largest strike in history") == [
        "largest strike"
    ]
    assert _first_words("the minister resigned") == []
