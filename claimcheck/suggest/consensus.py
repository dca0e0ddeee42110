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

import bisect
import functools
import hashlib
import itertools
import math
import re
from collections import Counter
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
    found = _best_value(votes)
    if found is None:
        return None
    best, tie = found
    supporters = [m for m, v in votes if _contains(v, best)]
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


def _best_value(votes: Sequence[tuple[Member, Interval]]) -> tuple[float, bool] | None:
    """The candidate value covered by the figures of the most articles (rule
    2), and whether another set of as many articles covers another value.

    One sweep over the sorted candidates: each vote covers a run of them, so
    it enters once and leaves once, and the work grows with the number of
    figures times its logarithm, not its square (60,000 figures of one group
    differing in value would take hours compared pairwise).
    """
    candidates = _candidates([v for _, v in votes])
    if not candidates:
        return None
    entering: list[list[int]] = [[] for _ in candidates]
    leaving: list[list[int]] = [[] for _ in range(len(candidates) + 1)]
    for k, (_, vote) in enumerate(votes):
        first, stop = _covered(vote, candidates)
        if first < stop:
            entering[first].append(k)
            leaving[stop].append(k)
    covering = _Articles()
    stating = _Articles()
    keys: list[tuple[int, int]] = []  # (articles, their hash) at each candidate
    best_key: tuple[int, int, float] | None = None
    best = 0
    for i, x in enumerate(candidates):
        for k in leaving[i]:
            member = votes[k][0]
            covering.remove(member.figure.path)
            if _two_sided(member.interval):
                stating.remove(member.figure.path)
        for k in entering[i]:
            member = votes[k][0]
            covering.add(member.figure.path)
            if _two_sided(member.interval):
                stating.add(member.figure.path)
        keys.append((covering.size, covering.digest))
        key = (covering.size, stating.size, -x)
        if best_key is None or key > best_key:
            best_key, best = key, i
    tie = any(n == keys[best][0] and h != keys[best][1] for n, h in keys)
    return candidates[best], tie


def _covered(vote: Interval, candidates: Sequence[float]) -> tuple[int, int]:
    """The run ``candidates[first:stop]`` of the values ``vote`` contains."""
    first, stop = 0, len(candidates)
    if vote.low is not None:
        side = bisect.bisect_left if vote.low_inclusive else bisect.bisect_right
        first = side(candidates, vote.low)
    if vote.high is not None:
        side = bisect.bisect_right if vote.high_inclusive else bisect.bisect_left
        stop = side(candidates, vote.high)
    return first, stop


class _Articles:
    """The articles of the figures covering a value, counted as figures come
    and go, with an order-free digest telling one set of articles from another."""

    def __init__(self) -> None:
        self.figures: Counter[str] = Counter()
        self.size = 0
        self.digest = 0

    def add(self, path: str) -> None:
        self.figures[path] += 1
        if self.figures[path] == 1:
            self.size += 1
            self.digest = (self.digest + _path_hash(path)) % _MODULUS

    def remove(self, path: str) -> None:
        self.figures[path] -= 1
        if self.figures[path] == 0:
            self.size -= 1
            self.digest = (self.digest - _path_hash(path)) % _MODULUS


_MODULUS = 2**64


@functools.cache
def _path_hash(path: str) -> int:
    return int.from_bytes(hashlib.blake2b(path.encode(), digest_size=8).digest())


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
