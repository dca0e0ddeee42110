"""A claim's "all" against an article's "too few" (claimcheck/engine/quantifiers.py)."""

from __future__ import annotations

import pytest

from claimcheck.engine.articles import parse_article
from claimcheck.engine.index import build_lexicon, index_article
from claimcheck.engine.quantifiers import short_of_all
from claimcheck.engine.statements import find_statement, parse_sentence
from tests.engine.verdicts import no_vocabulary


@pytest.mark.parametrize(
    ("claim", "text", "short"),
    [
        ("all the gates were open", "Experts blamed too few open gates.", {True}),
        ("all the gates were open", "Only some of the gates were open.", {True}),
        ("all the gates were open", "Few of the gates were open.", {True}),
        ("all the gates were open", "All the gates were open.", {False}),
        ("every gate was open", "Every gate was open by noon.", {False}),
        # a claim without "all" or "every"
        ("the gates were open", "Only some of the gates were open.", {False}),
    ],
)
def test_some_is_not_all(claim: str, text: str, short: set[bool]) -> None:
    sentence = parse_sentence(claim, no_vocabulary)
    index = index_article(parse_article(text + "\n", path="a.txt"), build_lexicon([]))
    found = find_statement(index, sentence)
    assert {short_of_all(index, sentence, m) for m in found} == short
