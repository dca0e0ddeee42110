"""Atoms of a quantity and how neighbouring atoms join.

An atom is one number expression as read (value, hedge kind, unit); a last
pass turns ranges ("3 to 5", "between 3 and 5") and two one-sided bounds
("more than 20 and at most 35") into one interval each, and drops year and
score pairs.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal

import regex

from claimcheck.engine.numbers.interval import Interval
from claimcheck.engine.numbers.vocabulary import (
    ABOUT,
    AT_LEAST,
    BETWEEN,
    EQUALS,
    FROM,
    LESS,
    MORE,
    NEARLY,
    POINT,
    UP_TO,
    Hedge,
)

RANGE, VAGUE_KIND = Hedge.RANGE, Hedge.VAGUE


@dataclass(slots=True)
class Atom:
    """A quantity before ranges and conjunctions are put together."""

    start: int
    end: int
    value: float
    kind: Hedge
    unit: str | None
    scale: float = 1.0
    yearlike: bool = False
    interval: Interval | None = None


def interval_of(value: float, kind: Hedge, unit: str | None = None) -> Interval:
    """The interval a hedge word turns ``value`` (in ``unit``) into
    (docs/numbers.md)."""
    if kind == ABOUT:
        margin = about_margin(value, unit)
        return Interval(low=value - margin, high=value + margin)
    if kind == NEARLY:
        return Interval(low=value - about_margin(value, unit), high=value)
    if kind == AT_LEAST:
        return Interval(low=value, high=None, high_inclusive=False)
    if kind == MORE:
        return Interval(low=value, high=None, low_inclusive=False, high_inclusive=False)
    if kind == UP_TO:
        return Interval(low=None, high=value, low_inclusive=False)
    if kind == LESS:
        return Interval(low=None, high=value, low_inclusive=False, high_inclusive=False)
    return Interval.point(value)


def about_margin(value: float, unit: str | None = None) -> float:
    """How far "about" widens ``value``: 10 % of it, but no further than one
    unit of its last significant digit, the precision the writer gave ("about
    300" is 270-330; "some 21,000" 20,000-22,000; "about $1.5 billion" 1.4
    to 1.6 billion; "some 58.2 per cent" 58.1-58.3).  A fraction ("nearly
    two-thirds") is as rough as its words, whatever its digits."""
    tenth = abs(value) * 0.1
    if value == 0 or unit == "share" or not math.isfinite(value):
        return tenth
    digits = Decimal(repr(value)).normalize().as_tuple()
    if not isinstance(digits.exponent, int) or len(digits.digits) > _WRITTEN_DIGITS:
        return tenth  # a value worked out, not written so
    return min(tenth, 10.0**digits.exponent)


#: significant digits beyond which a value was computed (a fraction, a scale)
_WRITTEN_DIGITS = 7


# --------------------------------------------------------------------------
# Putting neighbouring atoms together

# "3- to 5-kilometre": a hyphen left hanging before the word joins nothing
_RANGE_GAP = regex.compile(
    r"\s*(?P<dash>[-‐‑–—~])\s*|[-‐‑]?\s+(?P<word>to|through|thru|and|or)\s+",
    regex.IGNORECASE,
)
# "45 and 50 mg": the unit after the second number is the first's too
_SHARED_UNIT_GAP = regex.compile(r"\s+(?:and|or)\s+", regex.IGNORECASE)
_PLUS_MINUS = regex.compile(r"\s*(?:±|\+\s?/\s?-)\s*")
_CONJ_GAP = regex.compile(r"\s*(?:,|(?:,\s*)?(?:and|but))\s*", regex.IGNORECASE)
_DROP = Atom(start=0, end=0, value=0, kind=POINT, unit=None)


def _plus_minus(a: Atom, b: Atom, gap: str) -> Atom | None:
    """The range a margin allows: "9.83 ± 0.01 kg", "40 +/- 3"."""
    if (
        not _PLUS_MINUS.fullmatch(gap)
        or a.kind not in (POINT, EQUALS, ABOUT)
        or b.kind != POINT
        or b.value < 0
        or (a.unit and b.unit and a.unit != b.unit)
    ):
        return None
    atom = Atom(start=a.start, end=b.end, value=0, kind=RANGE, unit=a.unit or b.unit)
    atom.interval = Interval(low=a.value - b.value, high=a.value + b.value)
    return atom


# a number whose last groups are thousands: "12,000", "9,500", "1.250.000"
_GROUPED = regex.compile(r"(\d{1,3})(?:[,.]\d{3})+")


def _range(a: Atom, b: Atom, gap: str, b_text: str = "") -> Atom | None:
    """The range "a gap b" states, _DROP for a year or score pair, or None.

    ``b_text`` is how ``b`` is written: "10-12,000" drops the thousands of
    its first end, which is below the second's leading group."""
    if "±" in gap or "/" in gap:
        return _plus_minus(a, b, gap)
    m = _RANGE_GAP.fullmatch(gap)
    if m is None or b.kind != POINT or a.kind not in (POINT, BETWEEN, FROM, ABOUT):
        return None
    word = (m.group("word") or "").lower()
    if a.kind == ABOUT and word not in ("", "to"):
        return None
    # "between 3 and 5"; "between 44 mg to 50 mg" and "between 3-5" too
    if (word == "and") != (a.kind == BETWEEN) and not (
        word in ("", "to") and a.kind == BETWEEN
    ):
        return None
    if word == "or" and (a.kind != POINT or a.value >= b.value):
        return None
    if a.unit and b.unit and a.unit != b.unit:
        return None
    if a.yearlike and (b.yearlike or (m.group("dash") and b.end - b.start <= 2)):
        return _DROP
    low, high = a.value, b.value
    if a.scale == 1 and b.scale > 1 and low * b.scale <= high:
        low *= b.scale
    elif (
        m.group("dash")
        and a.scale == 1 == b.scale
        and low.is_integer()
        and (grouped := _GROUPED.fullmatch(b_text)) is not None
        and low < int(grouped.group(1))
    ):
        # "10-12,000 troops", "8–9,500 homes": the first end in thousands too
        low *= 1000 ** ((len(b_text) - len(grouped.group(1))) // 4)
    if low > high:
        if word in ("", "to") and a.kind == POINT and a.unit is None and b.unit is None:
            return _DROP  # a score, "won 3-1", "carried 41 to 9"
        low, high = high, low
    atom = Atom(start=a.start, end=b.end, value=low, kind=RANGE, unit=b.unit or a.unit)
    if a.kind == ABOUT:  # "about 3 to 5 million": the hedge widens both ends
        low, high = min(low * 0.9, low * 1.1), max(high * 0.9, high * 1.1)
    atom.interval = Interval(low=low, high=high)
    return atom


def _conjoin(a: Atom, b: Atom, text: str) -> Atom | None:
    """One interval from two one-sided ones: "more than 20 and at most 35"."""
    ia, ib = a.interval, b.interval
    if (
        ia is None
        or ib is None
        # one side open in each (most figures are closed on both: no gap read)
        or (ia.low is None) == (ia.high is None)
        or (ib.low is None) == (ib.high is None)
        or not _CONJ_GAP.fullmatch(text, a.end, b.start)
    ):
        return None
    if a.unit and b.unit and a.unit != b.unit:
        return None
    if (
        ia.high is None
        and ia.low is not None
        and ib.low is None
        and ib.high is not None
    ):
        lower, upper = ia, ib
    elif (
        ib.high is None
        and ib.low is not None
        and ia.low is None
        and ia.high is not None
    ):
        # Upper bound first ("at most 100 and at least 20") needs a word: a
        # bare comma there more often separates two facts.
        gap = text[a.end : b.start]
        if not regex.search(r"\b(?:and|but)\b", gap, regex.IGNORECASE):
            return None
        lower, upper = ib, ia
    else:
        return None
    if lower.low is not None and upper.high is not None and lower.low > upper.high:
        return None
    atom = Atom(start=a.start, end=b.end, value=0, kind=RANGE, unit=a.unit or b.unit)
    atom.interval = Interval(
        low=lower.low,
        high=upper.high,
        low_inclusive=lower.low_inclusive,
        high_inclusive=upper.high_inclusive,
    )
    return atom


def _shares_unit(a: Atom, b: Atom, text: str) -> bool:
    """True for "45 and 50 mg": a bare number, then one with a unit after it."""
    return (
        a.unit is None
        and a.kind == POINT
        and b.kind == POINT
        and b.unit is not None
        and text[b.start].isdigit()
        and _SHARED_UNIT_GAP.fullmatch(text, a.end, b.start) is not None
    )


# "the toll passed 200", "crossed the 1,000 mark", "has gone past 50": a
# threshold crossed, so more than the number; "passed 200 bills" counts bills
_CROSSING = regex.compile(
    r"\b(?:pass(?:es|ed|ing)?|cross(?:es|ed|ing)?|breach(?:es|ed|ing)?|tops|top"
    r"|(?:broke|broken|breaks|breaking)\s+through|(?:go(?:es)?|going|gone"
    r"|went|rose|risen|rises|climbed|climbs|moved|crept|edged|surged|soared)"
    r"\s+(?:past|beyond))\s+(?P<the>the\s+)?$",
    regex.IGNORECASE,
)
_CROSSING_AFTER = regex.compile(
    r"\s*(?:$|[,;:.!?)\u2014\u2013]|(?:mark|threshold|milestone|barrier|level|line)\b"
    r"|(?:on|in|by|at|for|after|before|as|and|but|late|early|overnight|yesterday"
    r"|today|this|last|earlier|on|when|while|with|during|since|according|officials"
    r"|the)\b)",
    regex.IGNORECASE,
)
_MARK = regex.compile(
    r"\s+(?:mark|threshold|milestone|barrier|level|line)\b", regex.IGNORECASE
)


#: one of these stands in every match of _CROSSING
_CROSSING_WORDS = ("pass", "cross", "breach", "top", "through", "past", "beyond")


def _crossed(text: str, a: Atom) -> bool:
    """Whether a verb of crossing leads to ``a``: "passed 200", "tops 900"."""
    start = max(0, a.start - 24)
    lead = text[start : a.start]
    # in ASCII text, where lower() folds as the pattern does, a lead without
    # any of its words needs no search
    if lead.isascii():
        lead = lead.lower()
        if not any(word in lead for word in _CROSSING_WORDS):
            return False
    before = _CROSSING.search(text, start, a.start)
    if before is None:
        return False
    if before.group("the"):
        return _MARK.match(text, a.end) is not None
    return _CROSSING_AFTER.match(text, a.end) is not None


# "four cranes in five", "one passenger in three": a share with its noun
# inside; the noun agrees with the part ("cranes" after four)
_SHARE_GAP = regex.compile(r"\s+([^\W\d_]+)\s+in\s+(?:every\s+)?")
_AFTER_WORD = regex.compile(r"\s+([^\W\d_]+)")
#: the largest whole a share with its noun inside is read against ("nine in
#: ten"; "12 schools in 40 villages" counts both), but for one ("one
#: resident in 35", "one patient in every 200": a singular noun inside)
_SHARE_WHOLE = 20
_NOT_PLURAL = frozenset("is was has does says its this thus".split())


def _plural_noun(word: str) -> bool:
    word = word.casefold()
    if word in ("men", "women", "people", "children", "staff"):
        return True
    return (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "ous", "is"))
        and word not in _NOT_PLURAL
    )


def _share(a: Atom, b: Atom, text: str) -> Atom | None:
    """A share worded with its noun inside: "four cranes in five", "one
    train in five" (not "two wins in five games", which counts games)."""
    if not (
        a.kind in (POINT, ABOUT)  # "about one resident in 35"
        and b.kind == POINT
        and a.unit is None is b.unit
        and not a.yearlike
        and a.value.is_integer()
        and b.value.is_integer()
        and 1 <= a.value < b.value
        and (b.value <= _SHARE_WHOLE or (a.value == 1 and not b.yearlike))
    ):
        return None
    gap = _SHARE_GAP.fullmatch(text, a.end, b.start)
    if gap is None or _plural_noun(gap.group(1)) != (a.value > 1):
        return None
    after = _AFTER_WORD.match(text, b.end)
    if after is not None and _plural_noun(after.group(1)):
        return None
    atom = Atom(
        start=a.start, end=b.end, value=a.value / b.value, kind=a.kind, unit="share"
    )
    atom.interval = interval_of(atom.value, a.kind, "share")
    return atom


def combine(atoms: list[Atom], text: str) -> list[Atom]:
    out: list[Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if i + 1 < len(atoms) and a.kind != VAGUE_KIND:
            b = atoms[i + 1]
            share = _share(a, b, text)
            if share is not None:
                out.append(share)
                i += 2
                continue
            # (a range or a margin ends with a plain number)
            joined = (
                _range(a, b, text[a.end : b.start], text[b.start : b.end])
                if b.kind == POINT
                else None
            )
            if joined is not None:
                if joined is not _DROP:
                    out.append(joined)
                i += 2
                continue
        if not a.yearlike:
            if i + 1 < len(atoms) and _shares_unit(a, atoms[i + 1], text):
                a.unit = atoms[i + 1].unit
            if a.kind == POINT and _crossed(text, a):
                a.kind = MORE
            if a.interval is None:
                a.interval = interval_of(a.value, a.kind, a.unit)
            if out and (joined := _conjoin(out[-1], a, text)):
                out[-1] = joined
            else:
                out.append(a)
        i += 1
    return out
