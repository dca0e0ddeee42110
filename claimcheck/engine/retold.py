"""The other sentences that tell a claim's sentence, read as its own.

"No injuries" for "nobody was injured" (:mod:`.nobody`), "the FDA" for its
full name (:mod:`.namings`), "the warehouse's owner" for "the owner of the
warehouse" (:mod:`.ownerphrases`), "the largest strike in US history" for
"the strike was the largest strike in US history" (:mod:`.superlatives`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from claimcheck.engine.agents import first_does
from claimcheck.engine.namings import other_namings
from claimcheck.engine.nobody import restatements
from claimcheck.engine.ownerphrases import owner_possessives
from claimcheck.engine.superlatives import superlative_sentences

if TYPE_CHECKING:
    from claimcheck.engine.statements import Sentence

__all__ = ["retold"]


def retold(
    text: str, parse: Callable[[str], Sentence], function_words: frozenset[str]
) -> list[Sentence]:
    """The sentences, read by ``parse``, that tell ``text`` in other words
    (``function_words`` are those a sentence may leave out)."""
    others = restatements(text) + other_namings(text)
    if first_does(text):
        # (a passive's subject said so is read as the claim's own "Y's X" is,
        # without the test that the article's X does not act itself)
        others += owner_possessives(text, function_words)
    return [parse(other) for other in others] + list(superlative_sentences(text, parse))
