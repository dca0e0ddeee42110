"""Group -> Consensus: the value most articles support, and who agrees.

The rule, in order:

1. Each figure stands for its interval (docs/numbers.md), a one-sided one
   reaching 10% past its bound (:func:`~claimcheck.suggest.grouping.vote_interval`).
2. The consensus is the value covered by the figures of the most articles
   (an article counts once, however many figures it gives).  Ties go to the
   value more of those articles state with a two-sided figure ("300",
   "about 300", "between 10,000 and 12,000" rather than "more than 300"),
   then to the smaller value; a tie is reported.
3. The supporting figures' written values (300 for "about 300", 11,000 for
   "at least 11,000", both ends of a range) give the expectation: ``equals``
   when they are one value, ``between`` their least and greatest otherwise.
4. The tolerance is the smallest of 0, 1, 2, 5, 10, 20, 50% under which every
   supporting figure is compatible with the expectation as the checker
   reads it (one-sided figures unbounded again).
5. An article *agrees* when one of its figures is compatible with the
   expectation and tolerance, exactly as a check of the drafted claim would
   find it supported; it *disagrees* otherwise.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from claimcheck.engine.numbers.interval import Interval
from claimcheck.engine.numbers.ranges import about_margin
from claimcheck.suggest.grouping import Group, Member, vote_interval

__all__ = ["TOLERANCES", "Consensus", "find_consensus", "written_values"]

#: relative tolerances tried, smallest first
TOLERANCES = (0.0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5)


@dataclass(frozen=True, slots=True, kw_only=True)
class Consensus:
    """What a group's articles agree on, and who does not."""

    group: Group
    #: the expected value (a point) or range, in the group's unit
    expected: Interval
    #: relative tolerance (0.05 is 5%)
    tolerance: float
    #: figures compatible with the expectation
    agreeing: tuple[Member, ...]
    #: other figures of the articles that agree
    also: tuple[Member, ...]
    #: figures of the articles that disagree
    disagreeing: tuple[Member, ...]
    #: another value was supported by as many articles
    tie: bool

    @property
    def agreeing_articles(self) -> tuple[str, ...]:
        return tuple(sorted({m.figure.path for m in self.agreeing}))

    @property
    def disagreeing_articles(self) -> tuple[str, ...]:
        return tuple(sorted({m.figure.path for m in self.disagreeing}))


def find_consensus(group: Group) -> Consensus | None:
    """The consensus of ``group``; ``None`` when no figure states a value."""
    votes = [(m, vote_interval(m.interval)) for m in group.members]
    ranked: list[tuple[tuple[int, int, float], frozenset[str], list[Member]]] = []
    for x in _candidates([v for _, v in votes]):
        supporters = [m for m, v in votes if _contains(v, x)]
        articles = frozenset(m.figure.path for m in supporters)
        stated = {m.figure.path for m in supporters if _two_sided(m.interval)}
        ranked.append(((len(articles), len(stated), -x), articles, supporters))
    if not ranked:
        return None
    best = max(ranked, key=lambda r: r[0])
    tie = any(r[0][0] == best[0][0] and r[1] != best[1] for r in ranked)
    supporters = best[2]
    values = sorted(
        {v for m in supporters for v in written_values(m.interval, m.figure.text)}
    )
    if not values:
        return None
    expected = Interval(low=values[0], high=values[-1])
    tolerance = next(
        (t for t in TOLERANCES if all(_fits(m, expected, t) for m in supporters)),
        TOLERANCES[-1],
    )
    agreeing = [m for m in group.members if _fits(m, expected, tolerance)]
    agree = {m.figure.path for m in agreeing}
    compatible = set(agreeing)
    return Consensus(
        group=group,
        expected=expected,
        tolerance=tolerance,
        agreeing=tuple(agreeing),
        also=tuple(
            m for m in group.members if m.figure.path in agree and m not in compatible
        ),
        disagreeing=tuple(m for m in group.members if m.figure.path not in agree),
        tie=tie,
    )


def _candidates(intervals: Sequence[Interval]) -> list[float]:
    """Every bound, and a value inside each gap between two bounds."""
    bounds = sorted({b for i in intervals for b in (i.low, i.high) if b is not None})
    middles = [(a + b) / 2 for a, b in itertools.pairwise(bounds)]
    return sorted([*bounds, *middles])


def _contains(interval: Interval, x: float) -> bool:
    return interval.overlaps(Interval.point(x))


def _two_sided(interval: Interval) -> bool:
    return interval.low is not None and interval.high is not None


def _fits(member: Member, expected: Interval, tolerance: float) -> bool:
    """The checker's rule: the figure overlaps the expectation, widened."""
    return member.interval.overlaps(expected.widened(relative=tolerance))


def written_values(interval: Interval, text: str = "") -> tuple[float, ...]:
    """The numbers a figure was written with, read back from its interval
    (and its words, ``text``, where the interval alone leaves it open).

    "300" and "about 300" give 300, "nearly 300" and "at least 300" too,
    "between 10,000 and 12,000" both ends; a vague word ("hundreds") none.
    "some 21,000" is read 20,000-22,000 (docs/numbers.md), as "between
    20,000 and 22,000" is: only its words tell the one from the other.
    """
    low, high = interval.low, interval.high
    if low is None:
        return () if high is None else (_clean(high),)
    if high is None:
        return (_clean(low),)
    if low == high:
        return (_clean(low),)
    if not (interval.low_inclusive and interval.high_inclusive):
        return ()
    middle = (low + high) / 2
    hedged = not _RANGE_WORDS.search(text)
    if math.isclose(low, middle * 0.9) and math.isclose(high, middle * 1.1):
        return (_clean(middle),)
    if hedged and math.isclose(high - middle, about_margin(middle)):
        return (_clean(middle),)
    if math.isclose(low, high * 0.9) or (
        hedged and math.isclose(low, high - about_margin(high))
    ):
        return (_clean(high),)
    return (_clean(low), _clean(high))


#: what writes a range: "between 10,000 and 12,000", "10-12", "up to 30"
_RANGE_WORDS = re.compile(r"\b(?:between|from|to|and|or|through)\b|\d\s*[-–—~]\s*\S?\d")


def _clean(value: float) -> float:
    """``value`` without the noise of float arithmetic (300.00000000000006)."""
    return float(f"{value:.9g}")
