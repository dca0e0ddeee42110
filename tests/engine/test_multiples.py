"""Wholes told as a count times an amount, or as a multiple of another."""

from __future__ import annotations

import pytest

from claimcheck.engine.articles import parse_article
from claimcheck.engine.index import build_lexicon, index_article
from claimcheck.engine.multiples import times
from claimcheck.engine.numbers.interval import Interval
from claimcheck.engine.terms import Terms, inflected


def test_times_keeps_open_ends_and_inclusion() -> None:
    got = times(Interval(low=10.0, high=None, low_inclusive=False), 3)
    assert got == Interval(low=30.0, high=None, low_inclusive=False)
    assert times(Interval.point(300.0), 0.5) == Interval.point(150.0)


def _values(text: str, measure: list[str]) -> list[tuple[float | None, str]]:
    lexicon = build_lexicon([(inflected(Terms.of(measure), counted=True), None)])
    index = index_article(parse_article(text, path="a.txt"), lexicon)
    return [(m.quantity.interval.low, m.scope) for m in index.mentions if m.bound]


@pytest.mark.parametrize(
    ("text", "whole", "base"),
    [
        ("The agency imposed four fines of 15 million each on the miner.", 60e6, 15e6),
        ("The council levied 3 penalties of 200 apiece.", 600.0, 200.0),
        ("The storm destroyed three times the 120 homes lost in 2011.", 360.0, 120.0),
        ("The flood destroyed twice the 45 houses of the last flood.", 90.0, 45.0),
    ],
)
def test_the_whole_is_read_beside_its_base(
    text: str, whole: float, base: float
) -> None:
    values = _values(text, ["fines", "penalties", "homes", "houses"])
    assert (whole, "") in values
    # the item's amount, or the other event's figure: never the whole
    assert [scope for low, scope in values if low == base] not in ([], [""])


@pytest.mark.parametrize(
    "text",
    [
        # a hedged multiple is no exact figure
        "The storm destroyed more than twice the 120 homes lost in 2011.",
        "The flood destroyed nearly double the 45 houses of the last flood.",
        # an amount each with no count of items: no whole
        "The families will receive 150,000 each in payments.",
    ],
)
def test_no_whole(text: str) -> None:
    values = _values(text, ["homes", "houses", "payments"])
    assert values
    assert all(low not in (240.0, 90.0, 300000.0) for low, _ in values)
