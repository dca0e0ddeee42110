"""The set a count is taken from (claimcheck/engine/sets.py), the part that
counts the set's noun (partitives.whole_noun) and a sum before the noun it
counts (mentionfacts).

Each sentence is read by the index with a small lexicon; every sentence
here is written for this file.
"""

from __future__ import annotations

import pytest

from claimcheck.engine.articles import parse_article
from claimcheck.engine.index import ArticleIndex, build_lexicon, index_article
from claimcheck.engine.match import match_claim
from claimcheck.engine.numbers.interval import Interval
from claimcheck.engine.terms import Terms
from tests.engine.test_match import quantity

LEXICON = build_lexicon(
    [
        (Terms.of(["provinces", "districts", "wards", "votes", "dead", "died"]), None),
        (Terms.of(["passengers", "aboard", "children"]), None),
        (Terms.of(["loss", "losses", "deficit"]), "currency:USD"),
    ]
)


def _index(text: str) -> ArticleIndex:
    return index_article(parse_article(text, path="a.txt"), LEXICON)


def _mentions(text: str) -> dict[str, tuple[str, str]]:
    """The measure word and scope of each bound figure, by its words."""
    index = _index(text)
    said = index.article.text
    return {
        m.quantity.text: (said[m.bound[0] : m.bound[1]], m.scope)
        for m in index.mentions
        if m.bound
    }


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        ("Orsa won the most votes in 36 of the country's 38 provinces.", "36", "38"),
        ("The Greens came first in 14 of Tarlow's 19 wards.", "14", "19"),
        ("Teams dug wells in 7 of its 12 districts.", "7", "12"),
        ("Orsa came first in all but two of the 38 provinces.", None, "38"),
        (
            "She took a fifth of the vote in more than half of the 38 provinces.",
            None,
            "38",
        ),
        ("She led in a majority of the 19 wards, officials said.", None, "19"),
    ],
)
def test_the_set_a_count_is_taken_from(text: str, part: str | None, whole: str) -> None:
    found = _mentions(text)
    noun, scope = found[whole]
    assert scope == "set"
    if part is not None:
        # the part counts the set's noun, and is the count itself
        assert found[part] == (noun, "")


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        # the part has a verb or a kind of its own: the whole is its noun's
        ("Some 140 of the 175 dead were children.", "175"),
        ("Twelve of the 40 passengers died.", "40"),
        ("The ferry had 40 passengers aboard.", "40"),
        ("The country has 38 provinces, and Orsa won 36 of them.", "38"),
        ("Of the 38 provinces, Orsa carried 36.", "38"),
    ],
)
def test_no_set(text: str, whole: str) -> None:
    assert _mentions(text)[whole][1] != "set"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Tervik Bank sold bonds at a $1.8 billion loss.", "supported"),
        ("The fund booked a $1.8 billion loss on the sale.", "supported"),
        ("The city ran a $1.8 billion deficit last year.", "supported"),
        ("The fund booked a $2.9 billion loss on the sale.", "contradicted"),
    ],
)
def test_a_sum_before_its_noun_is_no_change(text: str, verdict: str) -> None:
    claim = quantity(["loss", "deficit"], Interval.point(1_800_000_000), unit="USD")
    assert match_claim(claim, _index(text)).kind.value == verdict
