"""A yes-no question and the answer that follows it."""

from __future__ import annotations

import pytest

from claimcheck.engine.answers import answered, asked_above, follows, heads
from claimcheck.engine.articles import parse_article
from claimcheck.engine.index import build_lexicon, index_article


@pytest.mark.parametrize(
    ("text", "negations"),
    [
        ("Did the dam hold? Yes.", 0),
        ("Did the dam hold? It did, engineers said.", 0),
        ("Did the dam hold? It did not.", 1),
        ("Did the dam hold? It didn't.", 1),
        ("Has the bridge reopened? Not yet.", 1),
        ("Has the bridge reopened? No, officials said.", 1),
        ("Has the bridge reopened?\n\nNo. Repairs go on.", 1),
        ("Did the firm deny it? Of course.", 0),
        ("Did the firm deny it? Of course not.", 1),
        ("Did any of them ask for asylum? None did.", 1),
        ("Did any of them ask for asylum? Both did.", 0),
        # no answer: a verb of its own, no yes-no question, two choices,
        # another paragraph after a sentence that goes on
        ("Did the dam hold? No one knows.", None),
        ("Did the dam hold? They did not say.", None),
        ("Why did the dam hold? It did.", None),
        ("Should the dam be raised? Yes.", None),
        ("Did the dam hold or fail? It did.", None),
        ("Did the dam hold? Engineers say so.\n\nNo. It failed.", None),
        ("Engineers asked whether the dam held. No.", None),
    ],
)
def test_an_answer_says_yes_or_no(text: str, negations: int | None) -> None:
    index = index_article(parse_article(text + "\n", path="a.txt"), build_lexicon([]))
    first = index.article.sentences[0]
    found = answered(index, first)
    assert (None if found is None else found.negations) == negations


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        # a question standing as its own paragraph heads the next
        ("How many died?\n\nForty-one, police said.", True),
        ("How much will it pay?\n\nAbout $240 million.", True),
        # a question closing a longer paragraph, or a statement, does not
        ("Police met on Monday. How many died?\n\nForty-one, police said.", False),
        ("Forty died.\n\nSix more were hurt.", False),
    ],
)
def test_a_question_heading_its_paragraph(text: str, heading: bool) -> None:
    article = parse_article(text, path="a.txt")
    second = article.paragraphs[-1][0]
    number = [s[0] for s in article.sentences].index(second)
    assert asked_above(text, second) == text[:second].rstrip().endswith("?")
    assert heads(article, number - 1) == heading
    assert follows(article, number) == heading
