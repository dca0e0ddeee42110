"""Wholes told as a count of items times an amount, or as a multiple of
another figure.

Coverage often leaves a whole unwritten and gives what it is made of:

- an amount per item ("four fines of EUR 15 million each", "three
  penalties of 20 million euros apiece"): the amount is one item's, a part
  that never contradicts the whole, when a count of the items stands right
  before ("four fines of"), and the whole is the count times the amount;
  an amount "each" with no such count ("offered compensation of EUR 600
  each") is read as written, since a claim may be on one item's amount;
- a multiple of another figure ("twice the 300 basis points of 2016",
  "three times the 120 homes lost in 2011"): the figure after "the" is the
  other event's (see :mod:`claimcheck.engine.comparisons`); the multiple is
  the story's own.  A hedged multiple ("more than twice the 120", "nearly
  double the 300") is no exact figure, and gives none.

:func:`split_multiples` adds the whole, bound as the amount is, after the
amount's own mention.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import regex

from claimcheck.engine.numbers.interval import Interval
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import BACKWARD, lazy

if TYPE_CHECKING:
    from claimcheck.engine.cues import Cues
    from claimcheck.engine.index import Mention

__all__ = ["split_multiples", "times"]

_SMALL = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
# "each", "each one", "apiece" right after the amount
_EACH = lazy(r"\s*(?:each(?:\s+one)?|apiece|a\s+piece)\b", regex.I)
# "four fines of ", "60 payments of ", "three separate penalties of ": a
# count, at most two more words and a plural noun, then "of", right before
# the amount
_COUNT_OF = lazy(
    r"""(?<![\d,.])\b(?P<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten
        |eleven|twelve)\s+(?:[^\W\d_][\w'’-]*\s+){0,2}?[^\W\d_][\w'’-]*s\s+of\s+$""",
    regex.I | regex.X | BACKWARD,
)
# "twice the ", "three times the ": a multiple of the figure after "the",
# unless a hedge stands before it ("more than twice the", "nearly double the")
_MULTIPLE = lazy(
    r"""(?<!\b(?:than|nearly|almost|about|around|roughly|some|over|under
        |approximately|close\s+to|up\s+to|at\s+least|at\s+most)\s+)
        \b(?P<m>twice|double|triple|treble|half|(?P<k>two|three|four|five|six
        |seven|eight|nine|ten|\d{1,2})\s+times)\s+the\s+$""",
    regex.I | regex.X | BACKWARD,
)
_FACTORS = {"twice": 2, "double": 2, "triple": 3, "treble": 3, "half": 0.5}
#: words every match of the patterns above holds
_EACH_WORDS = ("each", "apiece", "a piece")
_MULTIPLE_WORDS = ("twice", "double", "triple", "treble", "half", "times")


def times(interval: Interval, factor: float) -> Interval:
    """The interval of ``factor`` (positive) times a value in ``interval``."""
    return Interval(
        low=None if interval.low is None else interval.low * factor,
        high=None if interval.high is None else interval.high * factor,
        low_inclusive=interval.low_inclusive,
        high_inclusive=interval.high_inclusive,
    )


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _SMALL[word.casefold()]


def split_multiples(text: str, out: list[Mention], cues: Cues | None) -> None:
    """When the last of a sentence's mentions ``out`` is an amount per item
    or the base of a multiple, mark it so and add the whole it makes."""
    if not out:
        return
    last = out[-1]
    q = last.quantity
    if last.bound is None or last.combined:
        return
    lead = max(0, q.start - 60)
    if cues is None or not cues.lacks(q.end, q.end + 14, _EACH_WORDS):
        each = _EACH.match(text, q.end)
        if each is not None:
            _per_item(text, out, each.span(), lead)
            return
    if (cues is None or not cues.lacks(lead, q.start, _MULTIPLE_WORDS)) and (
        found := _MULTIPLE.search(text, lead, q.start)
    ) is not None:
        k = found.group("k")
        factor = _FACTORS[found.group("m").casefold()] if k is None else _count(k)
        whole = _whole(text, q, found.start(), times(q.interval, factor))
        out.append(replace(last, quantity=whole, scope="", qualifier=None))


def _per_item(text: str, out: list[Mention], each: tuple[int, int], lead: int) -> None:
    last = out[-1]
    q = last.quantity
    count = _COUNT_OF.search(text, lead, q.start)
    if count is None or last.scope not in ("", "part"):
        # (a claim may be on one item's amount: "compensation of EUR 600
        # each" still contradicts EUR 250)
        return
    n = _count(count.group("n"))
    if n < 2:
        return
    if not last.scope:
        # one item's amount, beside the whole: a part, never the whole
        out[-1] = replace(last, scope="part", qualifier=each)
    whole = _whole(text, q, count.start(), times(q.interval, n))
    out.append(replace(last, quantity=whole, scope="", qualifier=None))


def _whole(text: str, q: Quantity, start: int, interval: Interval) -> Quantity:
    return Quantity(
        start=start, end=q.end, text=text[start : q.end], interval=interval, unit=q.unit
    )
