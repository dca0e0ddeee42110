"""A change told by its old value and its new one: "raise the retirement age
from 60 to 63", "the fee goes from 180 euros to 240 euros".

The number reader reads "from 60 to 63" as a range of both.  After a verb of
change in its clause the two are no range but two levels, one after the
other: the figure the sentence states is the new one, the old one a level
that held before.  :func:`changed_to` gives the new level alone, its span the
words after "to", so that the verb before the old level ("rises from") is not
read as the size of a change.  Without such a verb ("pupils aged from 16 to
18", "ranging from 10 to 20") the range stays whole, and so do a rate's two
levels in per cent ("raised from 3.25% to 3.75%"), which
:mod:`claimcheck.engine.steps` reads.
"""

from __future__ import annotations

import dataclasses

import regex

from claimcheck.engine.numbers.interval import Interval
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import BACKWARD, lazy

__all__ = ["changed_to"]

#: how far before "from" a verb of change may stand ("raise the
#: school-leaving age from")
_REACH = 60

_LEVELS = lazy(
    r"from\s+(?P<old>[$€£]?(?P<od>\d[\d.,]*)[^\n]*?)\s+to\s+"
    r"(?P<new>[$€£]?(?P<nd>\d[\d.,]*)[^\n]*)",
    regex.I,
)
# a verb of change, then at most a few words (the measure) before "from": "raise
# the legal retirement age", "the fee goes", "passes", "cut its staff"
_CHANGE_VERB = lazy(
    r"\b(?:rais(?:e|es|ed|ing)|ris(?:e|es|en|ing)|rose|lift(?:s|ed|ing)?"
    r"|increas(?:e|es|ed|ing)|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?"
    r"|gr(?:ow|ows|ew|own|owing)|push(?:es|ed|ing)?|bump(?:s|ed|ing)?"
    r"|hik(?:e|es|ed|ing)|extend(?:s|ed|ing)?|go(?:es|ing)?|went|gone"
    r"|pass(?:es|ed|ing)?|mov(?:e|es|ed|ing)|chang(?:e|es|ed|ing)"
    r"|cut(?:s|ting)?|lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|fall(?:s|en|ing)?"
    r"|fell|drop(?:s|ped|ping)?|slash(?:es|ed|ing)?|decreas(?:e|es|ed|ing)"
    r"|shorten(?:s|ed|ing)?|brought|bring(?:s|ing)?)\b"
    r"(?:\s+[\w'’-]+){0,5}?\s+$",
    regex.I | BACKWARD,
)


def _digits(raw: str) -> float | None:
    try:
        return float(
            raw.rstrip(".,").replace(",", "").replace(".", "", raw.count(".") - 1)
        )
    except ValueError:
        return None


def changed_to(text: str, q: Quantity, clause: tuple[int, int]) -> Quantity:
    """``q``'s new level where ``q`` is "from X to Y" after a verb of change
    in ``clause``, else ``q`` itself."""
    if q.text[:4].casefold() != "from" or q.interval.low == q.interval.high:
        return q
    if q.unit == "%":
        # a rate's two levels also state the change in points between them
        # (see :mod:`claimcheck.engine.steps`): they stay a range
        return q
    levels = _LEVELS.fullmatch(q.text)
    if levels is None:
        return q
    if not _CHANGE_VERB.search(text, max(clause[0], q.start - _REACH), q.start):
        return q
    old, new = _digits(levels["od"]), _digits(levels["nd"])
    low, high = q.interval.low, q.interval.high
    if old is None or new is None or low is None or high is None:
        return q
    level = high if old <= new else low
    at = levels.start("new")
    return dataclasses.replace(
        q,
        start=q.start + at,
        text=q.text[at:],
        interval=Interval(low=level, high=level),
    )
