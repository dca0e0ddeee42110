"""Drafting: which groups become claims, and the nouns left out."""

from __future__ import annotations

from claimcheck.engine.articles import parse_article
from claimcheck.suggest.drafting import draft

STORY = [
    "The blaze killed 9 workers, and 40 workers were evacuated.",
    "Officials said 9 workers were among the dead; the plant employs 300 workers.",
    "The plant, with 300 workers, said 9 workers were dead and 38 evacuated.",
]


def test_a_noun_that_would_take_another_claims_number_is_left_out() -> None:
    articles = [parse_article(t, path=f"{n}.txt") for n, t in enumerate(STORY)]
    found = draft(articles)
    keys = [c.group.key for c in found.claims]
    # "300 workers" counts nothing else, but "workers" as a measure word
    # would take "9 workers were among the dead" from the dead ("9 workers
    # died" it would not: what befell them is what the figure counts)
    assert keys == ["evacuated", "killed"]
    (left,) = found.left_out
    assert left.noun == "workers"
    assert left.owner == "killed"
    assert left.taken.path == "1.txt"


def test_min_articles_counts_articles_not_figures() -> None:
    twice = "The storm killed 4 people. Later, 4 people died in the floods."
    articles = [parse_article(twice, path="only.txt")]
    assert draft(articles).claims == ()
    assert [c.group.key for c in draft(articles, min_articles=1).claims] == ["killed"]
