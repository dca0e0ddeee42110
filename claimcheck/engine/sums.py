"""Counts of one noun summed across "and".

"two passenger trains and a freight train" counts three trains: the binding
rule (:mod:`claimcheck.engine.binding`) finds the noun a number counts, and
:func:`summed` adds the count of the same noun that follows after "and".
"""

from __future__ import annotations

import regex

from claimcheck.engine.nouns import STOP
from claimcheck.engine.numbers.interval import Interval
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import lazy
from claimcheck.engine.terms import word_forms

__all__ = ["plus", "summed"]

Span = tuple[int, int]
_TOKEN = lazy(r"[^\W\d_][\w'’-]*")
#: words that end a noun phrase elsewhere but add here ("and 3 more bodies")
_ADDED = frozenset({"more"})
# "and a freight train", "and one recovery vehicle": one more of the same
# noun after "and"; the modifiers between are at most two words
_AND_ONE = lazy(r"\s+(?:and|plus)\s+(?:an?|one)\s+", regex.I)
_AND = lazy(r"\s+(?:and|plus)\s+", regex.I)
_MODIFIERS_AND_NOUN = lazy(r"(?:\s*[^\W\d_][\w'’-]*){1,3}")
# "of wire fraud", "of conspiracy to commit fraud": a kind, up to three words
_OF_KIND = lazy(
    r"\s+of\s+(?!the\b|them\b|those\b)[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2}?(?=\s+(?:and|plus)\b|[\s,.;]*$)",
    regex.I,
)


def summed(
    text: str,
    q: Quantity,
    bound: Span,
    end: int,
    following: Quantity | None,
) -> Quantity | None:
    """The count of ``q``'s noun summed across "and", or None.

    "two passenger trains and a freight train" counts three trains, "39
    passenger vehicles and one recovery vehicle" forty vehicles: when the
    measure word ``q`` counts is followed by "and", a count (``a``, ``one``
    or the next quantity ``following``), at most two modifiers and the same
    noun (either number), the quantity becomes the sum, spanning both.
    """
    # "two counts of wire fraud and five counts of conspiracy": the kind
    # after each noun; "... and five of conspiracy" leaves out the second noun
    kind = _OF_KIND.match(text, bound[1], end)
    after = bound[1] if kind is None else kind.end()
    one = _AND_ONE.match(text, after, end)
    if one is not None:
        add, pos = Interval.point(1.0), one.end()
    else:
        joint = _AND.match(text, after, end)
        if (
            joint is None
            or following is None
            or following.start != joint.end()
            or following.unit is not None
        ):
            return None
        add, pos = following.interval, following.end
    if kind is not None and (other := _OF_KIND.match(text, pos, end)) is not None:
        return _sum(text, q, other.start(), add)
    words = _MODIFIERS_AND_NOUN.match(text, pos, end)
    if words is None:
        return None
    noun = text[bound[0] : bound[1]].casefold()
    found = None
    for m in _TOKEN.finditer(text, pos, words.end()):
        word = m.group().casefold()
        if word in STOP and word not in _ADDED:
            return None
        if word == noun or noun in word_forms(word):
            found = m.end()
            break
    if found is None:
        return None
    return _sum(text, q, found, add)


def _sum(text: str, q: Quantity, end: int, add: Interval) -> Quantity:
    return Quantity(
        start=q.start,
        end=end,
        text=text[q.start : end],
        interval=plus(q.interval, add),
        unit=None,
    )


def plus(a: Interval, b: Interval) -> Interval:
    """The interval of the sum of a value in ``a`` and a value in ``b``."""
    return Interval(
        low=None if a.low is None or b.low is None else a.low + b.low,
        high=None if a.high is None or b.high is None else a.high + b.high,
        low_inclusive=a.low_inclusive and b.low_inclusive,
        high_inclusive=a.high_inclusive and b.high_inclusive,
    )
