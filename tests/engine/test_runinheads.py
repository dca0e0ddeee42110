"""Run-in heads of explainers' paragraphs (claimcheck/engine/runinheads.py)."""

from __future__ import annotations

import pytest

from claimcheck.engine.articles import parse_article
from claimcheck.engine.numbers.reader import read_quantities
from claimcheck.engine.runinheads import run_in_head


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The minimum. Cleaners will earn at least $22 an hour.", True),
        ("Pay. Wages rise by 18 percent over three years.", True),
        # a clause, not a head; a head on a line of its own; a figure
        # counting its own thing
        ("Firefighters were exhausted. Their trucks numbered only 40.", False),
        ("The minimum.\nCleaners will earn at least $22 an hour.", False),
        ("The toll. Rescuers reached 12 galleries on Friday.", False),
        ("Who says what? The agency estimated 670 dead.", False),
    ],
)
def test_run_in_head(body: str, expected: bool) -> None:
    text = "Explainer: what the deal gives\n\n" + body
    article = parse_article(text, path="a.txt")
    q = read_quantities(text)[-1]
    number = next(
        i for i, (start, end) in enumerate(article.sentences) if start <= q.start < end
    )
    assert run_in_head(article, number, q) is expected
