"""Grouping: by measure family, by counted noun, one unit per dimension."""

from __future__ import annotations

import time

import pytest

from claimcheck.engine.numbers.interval import Interval
from claimcheck.suggest.figures import Figure
from claimcheck.suggest.grouping import (
    group_figures,
    measure_family,
    noun_family,
    vote_interval,
)


def fig(
    path: str,
    low: float | None,
    high: float | None = None,
    *,
    measure: str | None = None,
    noun: str | None = None,
    unit: str | None = None,
    line: int = 1,
) -> Figure:
    high = low if high is None and low is not None else high
    return Figure(
        path=path,
        line=line,
        column=1,
        text=str(low),
        quote="...",
        interval=Interval(low=low, high=high),
        unit=unit,
        measure=measure,
        noun=noun,
    )


@pytest.mark.parametrize(
    ("words", "family"),
    [
        ("killed", "killed"),
        ("died", "killed"),
        ("deaths", "killed"),
        ("death toll", "killed"),
        ("injured", "wounded"),
        ("sent", "deployed"),
        ("detained", "arrested"),
        ("evacuated", "evacuated"),
        ("defected", "defect"),
    ],
)
def test_measure_family(words: str, family: str) -> None:
    assert measure_family(words) == family


@pytest.mark.parametrize(
    ("noun", "family"),
    [
        ("troops", "soldier"),
        ("soldiers", "soldier"),
        ("persons", "people"),
        ("passengers", "passenger"),
        ("North Koreans", "north korean"),
    ],
)
def test_noun_family(noun: str, family: str) -> None:
    assert noun_family(noun) == family


def test_one_sided_figures_reach_as_far_as_about() -> None:
    more = vote_interval(Interval(low=100, high=None, low_inclusive=False))
    assert (more.low, more.high, more.low_inclusive) == (100, 110, False)
    fewer = vote_interval(Interval(low=None, high=100))
    assert (fewer.low, fewer.high) == (90, 100)


def test_synonyms_share_a_group_and_units_convert() -> None:
    groups = group_figures(
        [
            fig("a", 45, measure="killed", noun="people"),
            fig("b", 45, measure="died"),
            fig("c", 12, measure="affected", unit="km2"),
            fig("d", 4.6, measure="affected", unit="mi2"),
            fig("e", 12, measure="affected", unit="km2"),
        ]
    )
    by_key = {(g.key, g.dimension): g for g in groups}
    assert by_key["killed", "count"].articles == ("a", "b")
    area = by_key["affect", "area"]
    assert area.unit == "km2"
    converted = [m.interval.low for m in area.members if m.figure.path == "d"]
    assert converted == [pytest.approx(11.914, abs=0.001)]


def test_currencies_and_counts_are_kept_apart() -> None:
    groups = group_figures(
        [
            fig("a", 5, measure="charged", unit="currency:USD"),
            fig("b", 5, measure="charged", unit="currency:EUR"),
            fig("c", 5, measure="charged"),
        ]
    )
    assert sorted(g.dimension for g in groups) == [
        "count",
        "currency:EUR",
        "currency:USD",
    ]


def test_a_measureless_figure_joins_the_one_group_counting_its_noun() -> None:
    groups = group_figures(
        [
            fig("a", 11000, None, measure="sent", noun="soldiers"),
            fig("b", 300, measure="killed", noun="soldiers"),
            fig("c", 9000, 11000, noun="troops"),
            # no measure group counts 34,000 of anything
            fig("d", 34000, noun="North Koreans"),
            fig("e", 34000, noun="North Koreans"),
        ]
    )
    by_key = {g.key: g for g in groups}
    deployed = by_key["deployed"]
    assert deployed.articles == ("a", "c")
    assert deployed.terms == ("sent", "troops")
    assert by_key["killed"].articles == ("b",)
    assert by_key["north korean"].kind == "noun"
    assert by_key["north korean"].terms == ("North Koreans",)


def test_a_measureless_figure_with_two_homes_stays_apart() -> None:
    groups = group_figures(
        [
            fig("a", 20, measure="killed", noun="people"),
            fig("b", 20, measure="rescued", noun="people"),
            fig("c", 20, noun="people"),
        ]
    )
    assert sorted((g.key, g.articles) for g in groups) == [
        ("killed", ("a",)),
        ("people", ("c",)),
        ("rescued", ("b",)),
    ]


def test_thousands_of_figures_group_in_linear_time() -> None:
    # an article without a sentence end gave 6,000 figures: grouping compared
    # every pair (36 s); each measureless one still finds its one home
    many = [fig("a", 45, measure="died", noun="people", line=n) for n in range(3000)]
    many += [fig("b", 45, noun="people", line=n) for n in range(3000)]
    took = time.process_time()
    (group,) = group_figures(many)
    assert time.process_time() - took < 3
    assert len(group.members) == 6000
    assert sum(m.by_noun for m in group.members) == 3000
