"""An owner told by a possessive pronoun (see
:mod:`claimcheck.engine.ownerpronouns`); the statements table holds the
verdicts, these tests the words the rule reads."""

from __future__ import annotations

import pytest

from claimcheck.engine.articles import parse_article
from claimcheck.engine.index import build_lexicon, index_article
from claimcheck.engine.ownerpronouns import _owner_slots
from claimcheck.engine.statements import FUNCTION_WORDS, find_statement, parse_sentence
from claimcheck.engine.terms import Terms


@pytest.mark.parametrize(
    ("text", "count", "owner"),
    [
        ("the governor commuted Dalby's sentence", 4, (2, 2)),
        ("the club extended Mira Ostrander's contract", 5, (2, 3)),
        ("Halden's mayor criticised the rail operator", 5, (0, 0)),
        # a noun's owner is no name a pronoun may stand for
        ("the minister's deputy resigned", 3, None),
        # words that do not map one to one onto the slots: nothing read
        ("the governor commuted Dalby's sentence", 5, None),
    ],
)
def test_owner_slots(text: str, count: int, owner: tuple[int, int] | None) -> None:
    assert _owner_slots(text, count, FUNCTION_WORDS) == owner


def _words(claim: str, article: str) -> list[str]:
    sentence = parse_sentence(claim, lambda name: Terms.of((name,)))
    parsed = parse_article(article + "\n", path="a.txt")
    index = index_article(parsed, build_lexicon([]))
    return [
        article[start:end]
        for found in find_statement(index, sentence)
        for start, end in found.words
    ]


def test_the_pronoun_is_the_owners_word() -> None:
    words = _words(
        "the regulator revoked Tessaline's licence",
        "Tessaline missed three audits. The regulator revoked its licence.",
    )
    assert words == ["regulator", "revoked", "its", "licence"]


@pytest.mark.parametrize(
    "article",
    [
        # another name between the owner and the pronoun
        "Dalby and Renner were jailed. The governor commuted his sentence.",
        # the owner named two sentences before
        "Dalby was jailed. The jail was full. The governor commuted his sentence.",
        # no owner named at all
        "The governor commuted his sentence.",
    ],
)
def test_no_owner_told(article: str) -> None:
    assert _words("the governor commuted Dalby's sentence", article) == []
