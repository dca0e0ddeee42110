"""Consensus: the value most articles support, its tolerance, who agrees."""

from __future__ import annotations

import itertools
import math
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.engine.numbers.interval import Interval
from claimcheck.suggest.consensus import _best_value, find_consensus, written_values
from claimcheck.suggest.grouping import Group, Member, vote_interval
from tests.suggest.test_grouping import fig


def group(*members: tuple[str, Interval]) -> Group:
    figures = [
        Member(
            figure=fig(path, iv.low, iv.high, measure="killed", line=n),
            interval=iv,
        )
        for n, (path, iv) in enumerate(members, 1)
    ]
    return Group(
        key="killed",
        kind="measure",
        dimension="count",
        unit=None,
        members=tuple(figures),
    )


def point(value: float) -> Interval:
    return Interval.point(value)


def about(value: float) -> Interval:
    return Interval(low=value * 0.9, high=value * 1.1)


def more_than(value: float) -> Interval:
    return Interval(low=value, high=None, low_inclusive=False, high_inclusive=False)


def at_least(value: float) -> Interval:
    return Interval(low=value, high=None, high_inclusive=False)


@pytest.mark.parametrize(
    ("interval", "text", "values"),
    [
        (point(300), "300", (300,)),
        (about(300), "about 300", (300,)),
        (Interval(low=270, high=300), "nearly 300", (300,)),
        (at_least(300), "at least 300", (300,)),
        (Interval(low=None, high=50, low_inclusive=False), "fewer than 50", (50,)),
        (Interval(low=10000, high=12000), "between 10,000 and 12,000", (10000, 12000)),
        (Interval(low=10000, high=12000), "10,000-12,000", (10000, 12000)),
        # "about" widens no further than the figure's precision
        (Interval(low=20000, high=22000), "some 21,000", (21000,)),
        (Interval(low=20000, high=21000), "nearly 21,000", (21000,)),
        (Interval(low=200, high=1000, high_inclusive=False), "hundreds", ()),
    ],
)
def test_written_values(
    interval: Interval, text: str, values: tuple[float, ...]
) -> None:
    assert written_values(interval, text) == values


def test_one_value_agreed_is_equals() -> None:
    found = find_consensus(
        group(
            ("a", point(300)), ("b", about(300)), ("c", at_least(300)), ("d", point(38))
        )
    )
    assert found is not None
    assert (found.expected.low, found.expected.high) == (300, 300)
    assert found.tolerance == 0
    assert found.agreeing_articles == ("a", "b", "c")
    assert found.disagreeing_articles == ("d",)
    assert not found.tie


def test_values_agreed_differently_are_between() -> None:
    found = find_consensus(
        group(
            ("a", at_least(11000)),
            ("b", about(10000)),
            ("c", more_than(10000)),
            ("d", more_than(12000)),
        )
    )
    assert found is not None
    assert (found.expected.low, found.expected.high) == (10000, 11000)
    assert found.agreeing_articles == ("a", "b", "c")
    assert found.disagreeing_articles == ("d",)


def test_an_open_bound_gets_the_tolerance_it_needs() -> None:
    found = find_consensus(group(("a", more_than(300)), ("b", more_than(300))))
    assert found is not None
    assert (found.expected.low, found.tolerance) == (300, 0.01)


def test_an_article_counts_once_and_its_other_figures_are_listed() -> None:
    found = find_consensus(
        group(
            ("a", point(45)),
            ("a", point(45)),
            ("a", point(3)),
            ("b", point(45)),
            ("c", point(3)),
            ("d", point(3)),
        )
    )
    assert found is not None
    # three articles give 3, two give 45 (article a twice)
    assert found.expected.low == 3
    assert found.agreeing_articles == ("a", "c", "d")
    assert [m.figure.path for m in found.also] == ["a", "a"]
    assert found.disagreeing_articles == ("b",)


def test_a_tie_goes_to_the_value_stated_exactly_and_is_reported() -> None:
    found = find_consensus(
        group(("a", point(40)), ("b", at_least(50)), ("c", point(50)), ("d", about(40)))
    )
    assert found is not None
    # 40 is stated by a and d, 50 by b and c, one of them one-sided
    assert found.expected.low == 40
    assert found.tie


def test_vague_figures_alone_give_no_claim() -> None:
    hundreds = Interval(low=200, high=1000, high_inclusive=False)
    assert find_consensus(group(("a", hundreds), ("b", hundreds))) is None


values = st.integers(min_value=1, max_value=10_000).map(float)
intervals = st.one_of(
    values.map(point), values.map(about), values.map(at_least), values.map(more_than)
)


@given(st.lists(st.tuples(st.sampled_from("abcde"), intervals), min_size=1))
def test_articles_agree_exactly_when_the_claim_would_pass(
    figures: list[tuple[str, Interval]],
) -> None:
    found = find_consensus(group(*figures))
    assert found is not None
    assert set(found.agreeing_articles).isdisjoint(found.disagreeing_articles)
    assert set(found.agreeing_articles) | set(found.disagreeing_articles) == {
        path for path, _ in figures
    }
    low, high = found.expected.low, found.expected.high
    assert low is not None and high is not None
    assert math.isfinite(low) and low <= high
    expected = found.expected.widened(relative=found.tolerance)
    for member in found.agreeing:
        assert member.interval.overlaps(expected)
    for member in [*found.also, *found.disagreeing]:
        assert not member.interval.overlaps(expected)
    # the consensus keeps at least the articles that a plurality supports
    assert len(found.agreeing_articles) >= 1


def _pairwise_choice(figures: list[tuple[str, Interval]]) -> tuple[float, bool]:
    """Rule 2 read literally: every candidate value against every figure."""
    votes = [(path, vote_interval(iv), iv) for path, iv in figures]
    bounds = sorted({b for _, v, _ in votes for b in (v.low, v.high) if b is not None})
    middles = [(a + b) / 2 for a, b in itertools.pairwise(bounds)]
    ranked = []
    for x in sorted([*bounds, *middles]):
        covering = [(p, iv) for p, v, iv in votes if v.overlaps(Interval.point(x))]
        articles = frozenset(p for p, _ in covering)
        stated = {p for p, iv in covering if iv.low is not None and iv.high is not None}
        ranked.append(((len(articles), len(stated), -x), articles))
    best = max(ranked, key=lambda r: r[0])
    tie = any(r[0][0] == best[0][0] and r[1] != best[1] for r in ranked)
    return -best[0][2], tie


ranges = st.tuples(values, values).map(
    lambda ab: Interval(low=min(ab), high=max(ab), low_inclusive=ab[0] <= ab[1])
)


@given(
    st.lists(
        st.tuples(st.sampled_from("abcde"), st.one_of(intervals, ranges)), min_size=1
    )
)
def test_the_sweep_chooses_as_comparing_every_value_with_every_figure(
    figures: list[tuple[str, Interval]],
) -> None:
    members = group(*figures).members
    votes = [(m, vote_interval(m.interval)) for m in members]
    assert _best_value(votes) == _pairwise_choice(figures)


def test_many_figures_of_different_values_are_weighed_in_linear_time() -> None:
    # 20,000 figures, each value its own: compared pairwise, 800 million tests
    figures = [(f"a{n % 50}", point(float(n * 7 % 20_000 + 1))) for n in range(20_000)]
    started = time.process_time()
    found = find_consensus(group(*figures))
    assert found is not None and found.tie
    assert time.process_time() - started < 5
