"""Interval: the set of values a quantity allows, and how intervals compare."""

from __future__ import annotations

import math
from dataclasses import dataclass

from claimcheck.engine.slotinit import slot_init

__all__ = ["Interval"]


@slot_init
@dataclass(frozen=True, slots=True, kw_only=True)
class Interval:
    """A set of real numbers between two bounds; ``None`` is unbounded."""

    low: float | None
    high: float | None
    low_inclusive: bool = True
    high_inclusive: bool = True

    @classmethod
    def point(cls, value: float) -> Interval:
        return cls(low=value, high=value)

    def overlaps(self, other: Interval) -> bool:
        """True when some number lies in both intervals."""
        low, low_inc = _max_low(self, other)
        high, high_inc = _min_high(self, other)
        if low == -math.inf or high == math.inf:
            return low <= high
        if low < high:
            return True
        return low == high and low_inc and high_inc

    def scaled(self, factor: float) -> Interval:
        """The interval with both bounds multiplied by a positive factor."""
        return Interval(
            low=None if self.low is None else self.low * factor,
            high=None if self.high is None else self.high * factor,
            low_inclusive=self.low_inclusive,
            high_inclusive=self.high_inclusive,
        )

    def widened(self, *, absolute: float = 0.0, relative: float = 0.0) -> Interval:
        """Both bounds pushed outwards by ``absolute`` plus ``relative`` of each."""
        low = self.low
        high = self.high
        if low is not None:
            low = low - absolute - abs(low) * relative
        if high is not None:
            high = high + absolute + abs(high) * relative
        return Interval(
            low=low,
            high=high,
            low_inclusive=self.low_inclusive,
            high_inclusive=self.high_inclusive,
        )

    def __str__(self) -> str:
        if self.low is not None and self.low == self.high:
            return _fmt(self.low)
        left = "[" if self.low_inclusive and self.low is not None else "("
        right = "]" if self.high_inclusive and self.high is not None else ")"
        low = "-inf" if self.low is None else _fmt(self.low)
        high = "inf" if self.high is None else _fmt(self.high)
        return f"{left}{low}, {high}{right}"


def _fmt(value: float) -> str:
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    return f"{value:,.6g}"


def _max_low(a: Interval, b: Interval) -> tuple[float, bool]:
    la = -math.inf if a.low is None else a.low
    lb = -math.inf if b.low is None else b.low
    if la > lb:
        return la, a.low_inclusive
    if lb > la:
        return lb, b.low_inclusive
    return la, a.low_inclusive and b.low_inclusive


def _min_high(a: Interval, b: Interval) -> tuple[float, bool]:
    ha = math.inf if a.high is None else a.high
    hb = math.inf if b.high is None else b.high
    if ha < hb:
        return ha, a.high_inclusive
    if hb < ha:
        return hb, b.high_inclusive
    return ha, a.high_inclusive and b.high_inclusive
