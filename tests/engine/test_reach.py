"""A number whose clause names no measure reaching further
(claimcheck/engine/reach.py): the rule that binds it, and where it must not.

Every sentence here is written for this file.
"""

from __future__ import annotations

import pytest

from claimcheck.engine.articles import parse_article
from claimcheck.engine.index import Lexicon, build_lexicon, index_article
from claimcheck.engine.terms import Terms

LEXICON = build_lexicon(
    [
        (Terms.of(["killed", "drowned", "dead"]), None),
        (Terms.of(["injured", "hurt"]), None),
        (Terms.of(["arrested"]), None),
        (Terms.of(["rescued"]), None),
    ]
)


def bound_in(lexicon: Lexicon, text: str, number: str) -> tuple[str | None, str]:
    """The measure word ``number`` binds to in ``text``, and the rule."""
    index = index_article(parse_article(text, path="a.txt"), lexicon, read_all=True)
    found = {m.quantity.text: m for m in index.mentions}[number]
    word = None if found.bound is None else text[found.bound[0] : found.bound[1]]
    return word, found.rule


@pytest.mark.parametrize(
    ("text", "number", "word", "rule"),
    [
        # an answer to "How many ...?" in the sentence before
        ("How many were hurt? Twelve, the airline said.", "Twelve", "hurt", "answer"),
        ("How many drowned? At least 40 people.", "At least 40", "drowned", "answer"),
        ("How many were hurt? The airline said 20.", "20", "hurt", "answer"),
        # no question, not the sentence right before, or a verb of its own
        ("Were any arrested? About 300 marched to the gates.", "About 300", None, ""),
        (
            "How many were hurt? It is not clear. Twelve stayed home.",
            "Twelve",
            None,
            "",
        ),
        ("How many were hurt?\n\nTwelve, the airline said.", "Twelve", None, ""),
        # a verb of its own after one that already has its object
        (
            "Coastguards rescued the crew and, in an hour, towed 112 people.",
            "112",
            None,
            "",
        ),
    ],
)
def test_rule(text: str, number: str, word: str | None, rule: str) -> None:
    assert bound_in(LEXICON, text, number) == (word, rule)
