"""Run-in heads and owned estimates: the readings from the sentence before."""

from __future__ import annotations

import pytest

from claimcheck.engine.articles import parse_article
from claimcheck.engine.numbers.reader import read_quantities
from claimcheck.engine.ownedcounts import owned_count
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Red Cross's estimate of 212 has not changed.", True),
        ("Its own tally of 85 includes two drivers.", True),
        ("The agency's latest count of 670 stands.", True),
        # a noun of its own; no owner; no estimate
        ("The Red Cross's estimate of 40,000 homeless has not changed.", False),
        ("An estimate of 212 has not changed.", False),
        ("The line's timetable of 85 trains a day is suspended.", False),
    ],
)
def test_owned_count(text: str, expected: bool) -> None:
    q = read_quantities(text)[0]
    assert owned_count(text, q, (0, len(text))) is expected
