"""Number words, separators, scale words and hedges -> Interval."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from claimcheck import units as _units

__all__ = ["Interval", "Quantity", "read_quantities"]


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


@dataclass(frozen=True, slots=True, kw_only=True)
class Quantity:
    """One quantity read from text.

    ``start``/``end`` are character offsets into the text given to
    :func:`read_quantities`, covering the whole expression (hedge, number,
    scale word, unit), so ``text == source[start:end]``.  ``interval`` is in
    ``unit`` as written; ``unit`` is ``None`` for a plain count.
    """

    start: int
    end: int
    text: str
    interval: Interval
    unit: str | None = None


# --------------------------------------------------------------------------
# Lexicon

_SMALL: dict[str, int] = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
} | {"nought": 0, "naught": 0}
_TENS: dict[str, int] = {
    w: 10 * i
    for i, w in enumerate(
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
        start=2,
    )
}
_SCALES: dict[str, float] = {
    "thousand": 1e3,
    "lakh": 1e5,
    "million": 1e6,
    "crore": 1e7,
    "billion": 1e9,
    "trillion": 1e12,
}
_ORDINALS: dict[str, float] = {
    "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
    "eightieth": 80, "ninetieth": 90, "hundredth": 100, "thousandth": 1e3,
    "millionth": 1e6, "billionth": 1e9, "trillionth": 1e12,
}  # fmt: skip
# Denominators that only occur after a tens word ("three twenty-firsts").
# "second" is left out everywhere: "twenty seconds" is a duration.
_ORDINAL_UNITS = {"first": 1} | {w: int(v) for w, v in _ORDINALS.items() if v < 10}
_DENOMS: dict[str, float] = (
    {"half": 2, "halves": 2, "quarter": 4, "quarters": 4}
    | _ORDINALS
    | {w + "s": v for w, v in _ORDINALS.items()}
)
_VULGAR = {
    "½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2,
    "⅖": 0.4, "⅗": 0.6, "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125,
    "⅜": 0.375, "⅝": 0.625, "⅞": 0.875,
}  # fmt: skip
_SUFFIX_SCALES = {
    "k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "MM": 1e6, "mn": 1e6, "mln": 1e6,
    "mil": 1e6, "b": 1e9, "B": 1e9, "bn": 1e9, "bln": 1e9, "tn": 1e12,
    "trn": 1e12,
}  # fmt: skip

# Hedge kinds.  The interval each one gives is in _interval and docs/numbers.md.
POINT, ABOUT, NEARLY, AT_LEAST, MORE, UP_TO, LESS = range(7)
_BETWEEN, _FROM, _AGE, _EQUALS = range(7, 11)

_HEDGES: dict[str, tuple[int, tuple[str, ...]]] = {
    "h_near": (
        NEARLY,
        ("nearly", "almost", "just under", "just below", "close to",
         "just shy of", "not quite", "nigh on", "just short of"),
    ),
    "h_least": (
        AT_LEAST,
        ("at least", "no fewer than", "no less than", "not fewer than",
         "not less than", "a minimum of", "minimum of", "at least or equal to",
         "equal to or more than", "equal to or greater than",
         "more than or equal to", "greater than or equal to",
         "bigger or equal than", "higher or equal than", "larger or equal than",
         "greater or equal than", "more or equal than", "bigger than or equal to",
         "higher than or equal to", "larger than or equal to"),
    ),
    "h_most": (
        UP_TO,
        ("up to", "at most", "no more than", "not more than", "a maximum of",
         "maximum of", "as many as", "as much as", "less than or equal to",
         "fewer than or equal to", "smaller or equal than", "lower or equal than",
         "less or equal than", "equal to or less than", "equal to or fewer than",
         "equal to or smaller than", "smaller than or equal to",
         "lower than or equal to"),
    ),
    "h_more": (
        MORE,
        ("more than", "over", "exceeding", "exceeded", "exceeds", "exceed",
         "surpassing", "surpassed", "surpasses", "surpass", "above",
         "in excess of", "upwards of", "upward of", "greater than",
         "larger than", "higher than", "bigger than", "north of", "topping",
         "topped"),
    ),
    "h_less": (
        LESS,
        ("fewer than", "less than", "under", "below", "smaller than",
         "lower than"),
    ),
    "h_about": (
        ABOUT,
        ("about", "around", "approximately", "approx.", "roughly", "some",
         "an estimated", "estimated", "circa", "an approximate",
         "in the region of", "on the order of", "something like"),
    ),
    "h_eq": (
        _EQUALS,
        ("equal to", "equals to", "equals", "equaling to", "equalling to",
         "equaling", "equalling", "exactly", "precisely"),
    ),
    "h_between": (_BETWEEN, ("between",)),
    "h_from": (_FROM, ("from",)),
    "h_age": (_AGE, ("aged",)),
}  # fmt: skip
_SYMBOL_HEDGES = {
    "h_least": r">\s?=|≥|=>",
    "h_most": r"<\s?=|≤|=<",
    "h_more": r">",
    "h_less": r"<",
}
# Degree words in front of a comparison: "well over", "far fewer than".
_QUALIFIER = (
    r"(?:(?:just|well|slightly|far|much|considerably|significantly|somewhat"
    r"|a\s+little|a\s+bit)\s+)?"
)
_SUFFIX_HEDGES = {
    "p_more": r"\s+or\s+(?:more|greater|higher|above|over|larger|bigger)\b",
    "p_less": r"\s+or\s+(?:less|fewer|lower|below|under|smaller)\b",
    "p_eq": r"\s+or\s+equal(?:\s+to(?:\s+it)?)?\b",
    "p_plus": r"(?:\+(?![\d+])|\s*-\s*plus\b|\s+plus(?!\s*\d))",
    "p_about": r"(?:\s+or\s+so\b|\s*-\s*odd\b)",
}
_MONTHS_I = (
    "january|february|april|june|july|august|september|october|november"
    "|december|jan|feb|apr|jun|jul|aug|sept|sep|oct|nov|dec"
)
# "may" and "march" are verbs too often; only their capitalised forms count.
_MONTHS = rf"(?:(?i:{_MONTHS_I})|(?-i:May|March|Mar|MAY|MARCH))"

# Vague quantity words: (low, high) of the half-open range they stand for.
_VAGUE: dict[str, tuple[float, float]] = {
    "dozens": (24, 100),
    "scores": (40, 200),
    "hundreds": (200, 1e3),
    "thousands": (2e3, 1e4),
    "tens of thousands": (2e4, 1e5),
    "hundreds of thousands": (2e5, 1e6),
    "millions": (2e6, 1e9),
    "tens of millions": (2e7, 1e8),
    "hundreds of millions": (2e8, 1e9),
    "billions": (2e9, 1e12),
}


def _alt(words: Iterable[str], *, reverse: bool = False) -> str:
    """Alternation of literal phrases, longest first, any whitespace inside.

    Written as a trie ("k(?:m(?:2)?|g)"), so a failing phrase costs one
    character test per branch instead of one test per phrase: the unit list
    alone has some 400 forms.  A pattern matched right to left (``(?r)``)
    takes the plain longest-first list: a trie factored from the left would
    let "$" win over "US$" there.
    """
    if reverse:
        items = sorted(words, key=len, reverse=True)
        return "|".join(r"\s+".join(map(regex.escape, w.split())) for w in items)
    return _trie(tuple(w.split()) for w in words)


def _trie(phrases: Iterable[tuple[str, ...]]) -> str:
    """A pattern matching exactly ``phrases`` (words joined by whitespace).

    At each branch the longer continuation is tried first, so the match is
    the longest phrase that fits, as with a longest-first alternation.
    """
    root: dict[str, Any] = {}
    for words in phrases:
        node = root
        for token in [*" ".join(words)]:
            node = node.setdefault(token, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [
            (r"\s+" if ch == " " else regex.escape(ch)) + emit(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


# --------------------------------------------------------------------------
# The pattern.  One compiled expression finds, left to right, things that
# look like numbers but are not counts (dates, times, ordinals, phone
# numbers: consumed and dropped), vague quantity words, and quantities:
# hedge, sign, currency, a chain of number elements, unit, trailing hedge.

_NUMWORD = _alt([*_SMALL, *_TENS])
_TENS_RE = _alt(_TENS)
_HUND = r"hundreds?"
_SCALE = r"(?:thousand|million|billion|trillion|lakh|crore)s?"
_DOZ = r"(?:dozens?|dozs?|dzs?)"
_DEN = _alt(_DENOMS)
_COMP_DEN = (
    rf"(?:{_TENS_RE})(?:\s*-\s*|\s+)(?:{'|'.join(w + 's?' for w in _ORDINAL_UNITS)})"
)
_WORD_EL = (
    rf"\b(?:{_COMP_DEN}|{_NUMWORD}|{_HUND}|{_SCALE}|{_DOZ}|{_DEN}"
    rf"|an?(?=\s+(?:{_HUND}|{_SCALE}|{_DOZ}|{_DEN})\b)"
    rf"|point(?=\s+(?:{_NUMWORD})\b))\b"
)
_VULGAR_RE = "[" + "".join(_VULGAR) + "]"
# A digit run never starts inside a word or identifier (COVID-19, F-16, G7)
# nor right after another number's digits, separators or a date's slash.
_DIGIT_START = r"(?<![\p{L}_][-‐–]?)(?<![\p{N}.,/:\p{L}_])"
_DIGIT_NOT = (
    rf"(?!\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}\b"
    r"|\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.m\.|(?-i:am|pm|AM|PM)\b|o'clock)"
    r"|\d{1,2}:\d{2}|\d{1,4}(?P<dsep>[/.-])\d{1,2}(?P=dsep)\d{1,4}\b)"
)
_DIGITS = (
    r"(?:\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d,])"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)"
    r"|\d{1,3}(?:\s\d{3})+(?:\.\d+)?(?!\d)"
    r"|\d+[ \t]+\d+/\d+(?![\d/])"
    r"|\d+/\d+(?![\d/])"
    rf"|\d*{_VULGAR_RE}"
    r"|(?:\d+(?!,\d{3})(?:\.\d+)?|\.\d+)"
    r"(?:\s?[x×]\s?10\^[-+]?\d+|\^[-+]?\d+|e[-+]?\d+(?!\p{L}))?(?!\d))"
)
_SUFFIX = r"(?:\s?(?:bn|bln|mn|mln|tn|trn)|mil|(?-i:\s?[kK]|MM|M|b|B))(?![\p{L}\p{N}])"
_DIGIT_EL = rf"{_DIGIT_START}{_DIGIT_NOT}{_DIGITS}(?:{_SUFFIX})?"
_FRAC_AHEAD = (
    rf"(?=(?:an?|(?:{_NUMWORD})(?:\s*-\s*(?:{_NUMWORD})|\s+(?:{_NUMWORD}))*)"
    rf"\s*-?\s*(?:{_COMP_DEN}|{_DEN})\b)"
)
_JOIN = (
    rf"(?:\s+and\s+{_FRAC_AHEAD}"
    rf"|(?<=(?:hundred|thousand|million|billion|trillion|lakh|crore)s?)"
    rf"\s+and\s+(?=\d|(?:{_NUMWORD})\b)"
    rf"|\s+(?:over|out\s+of|in)\s+(?=\d|(?:{_NUMWORD}|an?)\b)"
    rf"|\s+of\s+an?\s+(?={_SCALE}|{_DOZ}|{_HUND})"
    r"|(?<=\p{L})\s*[-‐‑]\s*(?=\p{L})"
    r"|\s+)"
)
_EL = rf"(?P<el>{_DIGIT_EL}|{_WORD_EL})"
# bounded: a number never runs past a few dozen words, and an unbounded chain
# re-matched from every token of "12 12 12 ..." is quadratic
_CHAIN = rf"(?P<chain>{_EL}(?:(?P<j>{_JOIN}){_EL}){{0,12}})"


def _hedge_pattern(named: bool = True) -> str:
    """Every hedge before a number; unnamed, for the right-to-left prefix."""
    parts = []
    for name, (_, phrases) in _HEDGES.items():
        qualifier = _QUALIFIER if name in ("h_more", "h_less") else ""
        alt = rf"\b{qualifier}(?:{_alt(phrases, reverse=not named)})\s+"
        if name in _SYMBOL_HEDGES:
            alt += rf"|(?:{_SYMBOL_HEDGES[name]})\s*"
        parts.append(rf"(?P<{name}>{alt})" if named else alt)
    return "(?P<pre>" + "|".join(parts) + ")" if named else "|".join(parts)


def _unit_pattern() -> str:
    # "30C" is a temperature, "Section 5 C" is not: bare C/F only glued.
    glued = ("C", "F")
    symbols = [
        s for s, sensitive in _units.surface_forms() if sensitive and s not in glued
    ]
    words = [w for w, sensitive in _units.surface_forms() if not sensitive]
    unit = rf"(?:(?-i:{_alt(symbols)})|{_alt(words)})"
    return (
        r"(?P<unit>"
        r"(?:\s*[-‐]\s*|\s*)(?:feet|foot|ft)\.?\s*(?:and\s+)?"
        r"(?P<inch>\d+(?:\.\d+)?)\s*(?:inches|inch|in\b|\"|″)"
        r"|\s?(?P<inq>[\"″])(?=\s+(?:long|wide|tall|high|thick|deep|across)\b)"
        rf"|\s?[(\[{{<]\s?(?P<ub>{unit})\s?[)\]}}>]"
        rf"|(?:\s*[-‐]\s*|\s*)(?P<u>{unit})(?![\p{{L}}\p{{N}}])"
        r"|(?<=\d)(?P<u>(?-i:C|F))(?![\p{L}\p{N}])"
        r")"
    )


_CURRENCY = _alt(_units.CURRENCY_PREFIXES)
_SKIP = (
    r"(?P<skip>"
    rf"\b{_MONTHS}\s?\.?\s*(?:\d{{1,2}}(?:st|nd|rd|th)?(?!\d)(?:,?\s*\d{{4}}\b(?![-/.]\d))?"
    r"|\d{4}\b)"
    rf"|(?<![\p{{N}}.,])\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}\b"
    r"(?:,?\s*\d{4}\b)?"
    r"|\b\d{1,4}(?P<ssep>[/.-])\d{1,2}(?P=ssep)\d{1,4}\b"
    r"|\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[ap]\.m\.|(?-i:am|pm|AM|PM)\b))?"
    r"|\b\d{1,2}(?:\.\d{2})?\s*(?:[ap]\.m\.|(?-i:am|pm|AM|PM)\b|o'clock)"
    r"|\b\d+(?:st|nd|rd|th)\b"
    r"|\b\d{3}0'?s\b|'\d0s\b|\b\d0s\b"
    r"|(?:\+\d{1,3}[\s.-]?)?\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b"
    r"|\+\d{1,3}(?:[\s.-]?\d{2,4}){2,5}\b"
    r"|\b0\d{2,4}\s\d{3,4}\s\d{3,4}\b"
    r"|\#\d+|\b(?:24/7|9/11)\b|\b\d{4}/\d{2}(?:\d{2})?\b"
    r"|\b\d{1,4}\s?(?-i:BC|BCE|AD|CE)\b|(?-i:AD)\s?\d{1,4}\b"
    r")"
)
_VAGUE_RE = (
    r"(?P<vague>\b(?:(?:several|a\s+few)\s+(?P<vs>hundred|thousand|million|billion"
    r"|dozen)(?:\s+(?P<vs2>thousand|million))?"
    rf"|(?P<vw>{_alt(w for w in _VAGUE if w != 'scores')}|scores(?=\s+of\b)))\b)"
)
_POST = "(?P<post>" + "|".join(f"(?P<{k}>{v})" for k, v in _SUFFIX_HEDGES.items()) + ")"
_NEG = r"(?:minus|negative)\s+|(?<![\p{L}\p{N}_.,/)\]-])[-−](?=\.?\d)"
_ATOM = (
    rf"(?P<atom>(?:{_hedge_pattern()})?"
    rf"(?P<neg>{_NEG})?"
    rf"(?P<cur>(?-i:{_CURRENCY})\s?)?"
    rf"{_CHAIN}(?:{_unit_pattern()})?{_POST}?"
    r"(?(unit)|(?(post)|(?![\p{L}\p{N}_]))))"
)
_MASTER = regex.compile(f"{_SKIP}|{_VAGUE_RE}|{_ATOM}", regex.IGNORECASE)


# Speed: trying _MASTER at every character costs ~3 us a character.  So a
# cheap pattern finds where a number's core is (a digit run, a number word),
# a reverse-anchored pattern finds how far the words before it that can open
# an expression reach (hedge, sign, currency, "a", month name, "tens of"),
# and _MASTER is then tried at that one place only.  The trigger is the one
# pattern on the stdlib engine: as a trie of the words in three casings
# (lower, Title, UPPER) it scans ~5x faster there than `regex` does.
_TRIGGER_WORDS = [
    *_SMALL, *_TENS, "hundred", "hundreds", "dozen", "dozens", "dz", "dzs", "doz",
    "dozs", "scores", *_DENOMS, *_SCALES, *(w + "s" for w in _SCALES),
]  # fmt: skip
_TRIGGER = re.compile(
    rf"\d+|{_VULGAR_RE}|\b(?:"
    + "|".join(
        _trie((casing(w),) for w in _TRIGGER_WORDS)
        for casing in (str.lower, str.capitalize, str.upper)
    )
    + r")\b"
)
# Lookaheads cannot see past the end of a reverse match, hence _NEG's own
# lookahead is left out here: the trigger already is the digit it asks for.
_PREFIX = regex.compile(
    rf"(?r)\b(?:tens|hundreds)\s+of\s+|\b(?:several|a\s+few)\s+"
    rf"|\b{_MONTHS}\s?\.?\s*|[#'+(]|\b(?-i:AD)\s?"
    rf"|(?:{_hedge_pattern(named=False)})?"
    rf"(?:(?:minus|negative)\s+|(?<![\p{{L}}\p{{N}}_.,/)\]-])[-−])?"
    rf"(?:(?-i:{_alt(_units.CURRENCY_PREFIXES, reverse=True)})\s?)?(?:\ban?\s+|\.)?",
    regex.IGNORECASE,
)


# --------------------------------------------------------------------------
# Reading one match

_RANGE, _VAGUE_KIND = 11, 12
_HEDGE_KIND = {name: kind for name, (kind, _) in _HEDGES.items()}
_END_CLAUSE = regex.compile(r"\s*(?:[.,;:!?)\]]|$)")
_FRACTION_FOLLOW = regex.compile(
    r"\s*(?:[^\w\s]|$)|\s+(?:of|and|or|to|in|were|was|are|is|said|say|have|had"
    r"|has|will|would|could|may|might|did|do|voted|remain|remained)\b",
    regex.IGNORECASE,
)
# A plural count noun after "1.3m" makes the m a million: "1.3m votes".
_MILLION_NOUN = regex.compile(
    r"\s+(?:(?!(?:is|was|has|its|this|thus|plus|less|across|as|unless)\b)"
    r"\p{Ll}+s\b|(?:people|children|men|women)\b)"
)
_NO_ONE = regex.compile(r"(?:\bno|\bevery|\bany)[\s-]*$", regex.IGNORECASE)
_ONE_ANOTHER = regex.compile(r"\s+another\b", regex.IGNORECASE)
_DIGIT_JUNK = str.maketrans("", "", ", \t\n\r\u00a0\u2009\u202f")
_SUFFIX_SPLIT = regex.compile(r"^(.*?)\s?(bn|bln|mn|mln|tn|trn|mil|MM|[kKMbB])$")

# (kind, value, extra, plural): extra is a digit suffix scale or the unit
# ordinal of a compound denominator ("twenty-firsts" -> 1).
Token = tuple[str, float, float, bool]


@dataclass(slots=True)
class _Atom:
    """A quantity before ranges and conjunctions are put together."""

    start: int
    end: int
    value: float
    kind: int
    unit: str | None
    scale: float = 1.0
    yearlike: bool = False
    interval: Interval | None = None


def _digit_value(raw: str) -> tuple[float, float]:
    """Value and suffix scale of one digit element ("2.7k" -> 2700, 1000)."""
    scale = 1.0
    if raw[-1].isalpha():
        m = _SUFFIX_SPLIT.match(raw)
        if m:
            raw, suffix = m.group(1), m.group(2)
            scale = _SUFFIX_SCALES.get(suffix, _SUFFIX_SCALES.get(suffix.lower(), 1.0))
    if raw[-1] in _VULGAR:
        whole = float(raw[:-1]) if raw[:-1] else 0.0
        return (whole + _VULGAR[raw[-1]]) * scale, scale
    if "/" in raw:
        head, _, den = raw.rpartition("/")
        parts = head.split()
        frac = float(parts[-1]) / float(den) if float(den) else 0.0
        whole = float(parts[0]) if len(parts) > 1 else 0.0
        return (whole + frac) * scale, scale
    lower = raw.lower()
    if "^" in lower:
        base, _, exp = lower.partition("^")
        if base[-2:] == "10" and base[:-2].rstrip().endswith(("x", "×")):
            mant = base[:-2].rstrip()[:-1]
            return float(mant.translate(_DIGIT_JUNK)) * 10 ** float(exp) * scale, scale
        return float(base) ** float(exp) * scale, scale
    return float(lower.translate(_DIGIT_JUNK)) * scale, scale


def _token(el: str) -> Token:
    """Classify one chain element: (kind, value, extra)."""
    c = el[0]
    if c.isdigit() or c == "." or c in _VULGAR:
        value, scale = _digit_value(el)
        return ("d", value, scale, False)
    w = el.lower()
    if w in _SMALL:
        return ("n", _SMALL[w], 0, False)
    if w in _TENS:
        return ("t", _TENS[w], 0, False)
    if w in ("hundred", "hundreds"):
        return ("h", 100, 0, False)
    if w.rstrip("s") in _SCALES:
        return ("s", _SCALES[w.rstrip("s")], 0, False)
    if w[0] == "d":
        return ("z", 12, 0, False)
    if w in ("a", "an"):
        return ("a", 1, 0, False)
    if w == "point":
        return ("p", 0, 0, False)
    if w in _DENOMS:
        return ("f", _DENOMS[w], 0, w.endswith("s"))
    parts = regex.split(r"[\s-]+", w)
    tens, unit = parts[0], parts[-1]
    return ("c", _TENS[tens], _ORDINAL_UNITS[unit.rstrip("s")], unit.endswith("s"))


def _join_kind(join: str) -> str:
    j = join.strip().lower()
    if j == "and":
        return "and"
    if j.startswith("over"):
        return "over"
    if j.startswith("out"):
        return "out of"
    if j == "in":
        return "in"
    return "of" if j.startswith("of") else "-"


def _yearlike(toks: list[Token]) -> bool:
    kind, value, _, _ = toks[0]
    return len(toks) == 1 and kind == "d" and 1000 <= value <= 2100


def _is_fraction_ahead(toks: list[Token], joins: list[str], i: int) -> bool:
    for j in range(i, len(toks)):
        kind = toks[j][0]
        if j > i and _join_kind(joins[j - 1]) == "and":
            return False
        if kind in ("f", "c"):
            return True
        if kind not in ("n", "t", "a"):
            return False
    return False


def _evaluate(
    toks: list[Token], joins: list[str], over_ok: bool
) -> tuple[float, int, float, bool] | None:
    """Value of a chain of number elements.

    Returns (value, elements used, last scale word, ends in a singular
    fraction word) or None when not even the first element is a number.
    Reading stops early where the words stop forming one number ("20 30",
    "one thousand and two thousand"); the caller reads the rest afresh.
    """
    total = cur = whole = 0.0
    frac_scale = 0.0
    last_mult = 0.0  # the hundred/scale word just read
    top_scale = math.inf  # smallest scale word already in total
    and_mult = 0.0
    and_at = 0
    and_value = 0.0
    group_start = 0
    scale_seen = 1.0
    singular = False
    prev = ""
    n = len(toks)
    i = 0

    def done(
        at: int, value: float | None = None
    ) -> tuple[float, int, float, bool] | None:
        if at == 0:
            return None
        if value is None:
            value = whole + total + cur
        return value, at, scale_seen, singular and at == n

    while i < n:
        kind, val, extra, plural = toks[i]
        join = _join_kind(joins[i - 1]) if i else ""
        if join in ("over", "out of", "in"):
            rest = _evaluate(toks[i:], joins[i:], False)
            if (
                (join == "over" and not over_ok)
                # "3 in 2018" is a count and a year, "3 in 10" a ratio
                or (
                    join == "in"
                    and (prev not in ("n", "t", "d") or _yearlike(toks[i:]))
                )
                or rest is None
                or rest[1] != n - i
                or rest[0] == 0
            ):
                return done(i)
            return (whole + total + cur) / rest[0], n, 1.0, False
        if join == "and":
            if _is_fraction_ahead(toks, joins, i):
                frac_scale = last_mult if prev == "s" else 0.0
                whole, total, cur, prev, and_at = total + cur, 0.0, 0.0, "", i
            else:
                and_mult, and_at, and_value = last_mult, i, total + cur
        if kind == "d" or kind == "n" or kind == "t":
            if (prev in ("h", "s") and val < last_mult) or (
                prev == "t" and kind == "n" and 0 < val < 10 and cur % 10 == 0
            ):
                cur += val
            elif prev == "":
                cur = val
                if kind == "d" and extra != 1.0:
                    scale_seen = extra
            else:
                return done(i)
        elif kind == "h":
            if and_mult == 100:
                return done(and_at, and_value)
            if prev in ("h", "s", "f", "c", "z", "p") or (cur >= 100 and prev != "d"):
                return done(i)
            cur = (cur if prev else 1) * 100
            last_mult = 100
        elif kind == "s":
            if prev == "s" and cur == 0 and val > last_mult:
                total *= val
            elif and_mult >= 1000 and val >= and_mult:
                return done(and_at, and_value)
            elif total > 0 and val >= top_scale:
                return done(group_start, total)
            else:
                total += (cur if prev else 1) * val
                cur = 0
            top_scale = last_mult = scale_seen = val
            group_start = i + 1
        elif kind == "z":
            if prev in ("h", "s", "z", "p"):
                return done(i)
            cur = (cur if prev else 1) * 12
        elif kind == "a":
            if prev not in ("", "f"):
                return done(i)
            if not cur:
                cur = 1
        elif kind == "f" or kind == "c":
            numerator = total + cur
            if kind == "c":
                if numerator:
                    den = val + extra
                elif plural:
                    numerator, den = val, extra
                else:
                    return done(i)
            else:
                den = val
                if not numerator:
                    nxt = toks[i + 1][0] if i + 1 < n else ""
                    if den not in (2, 4) or (den == 4 and prev != "a" and nxt != "s"):
                        return done(i)
            if prev in ("f", "c", "z", "p"):
                return done(i)
            singular = not plural and den != 2 and (numerator or 1) == 1
            value = (numerator or 1) / den
            if frac_scale:
                total, cur = whole + value * frac_scale, 0.0
            else:
                total, cur = 0.0, whole + value
            whole = frac_scale = 0.0
        elif kind == "p":
            digits = ""
            j = i + 1
            while j < n and toks[j][0] in ("n", "t"):
                v = int(toks[j][1])
                if toks[j][0] == "t" and j + 1 < n and toks[j + 1][0] == "n":
                    v += int(toks[j + 1][1])
                    j += 1
                digits += str(v)
                j += 1
            if not digits or prev in ("p", "f"):
                return done(i)
            cur = total + cur + float("0." + digits)
            total = 0.0
            prev = "p"
            i = j
            continue
        prev = kind
        i += 1
    return done(n)


def _interval(value: float, kind: int) -> Interval:
    """The interval a hedge word turns ``value`` into (docs/numbers.md)."""
    if kind == ABOUT:
        low, high = sorted((value * 0.9, value * 1.1))
        return Interval(low=low, high=high)
    if kind == NEARLY:
        low, high = sorted((value * 0.9, value))
        return Interval(low=low, high=high)
    if kind == AT_LEAST:
        return Interval(low=value, high=None, high_inclusive=False)
    if kind == MORE:
        return Interval(low=value, high=None, low_inclusive=False, high_inclusive=False)
    if kind == UP_TO:
        return Interval(low=None, high=value, low_inclusive=False)
    if kind == LESS:
        return Interval(low=None, high=value, low_inclusive=False, high_inclusive=False)
    return Interval.point(value)


def _suffix_kind(m: regex.Match[str], kind: int) -> int:
    if m.start("p_more") >= 0 or m.start("p_plus") >= 0:
        return AT_LEAST
    if m.start("p_less") >= 0:
        return UP_TO
    if m.start("p_about") >= 0:
        return ABOUT
    # "or equal": the comparison before it becomes inclusive.
    return {MORE: AT_LEAST, LESS: UP_TO}.get(kind, kind)


@cache
def _unit_of(surface: str) -> str | None:
    return _units.canonical_unit(surface)


def _read_atom(m: regex.Match[str], text: str) -> tuple[_Atom | None, int]:
    """The quantity a match states, and where reading goes on."""
    els = m.captures("el")
    spans = m.spans("el")
    joins = m.captures("j")
    toks = [_token(el) for el in els]
    over_ok = bool(
        joins
        and "over" in {_join_kind(j) for j in joins}
        and _END_CLAUSE.match(text, m.end("chain"))
    )
    read = _evaluate(toks, joins, over_ok)
    if read is None:
        return None, spans[0][1]
    value, used, scale, singular = read
    whole = used == len(toks)
    end = m.end() if whole else spans[used - 1][1]
    next_pos = end if whole else spans[used][0]
    start = m.start()
    kind = POINT
    if m.start("pre") >= 0:
        kind = next(k for name, k in _HEDGE_KIND.items() if m.start(name) >= 0)
    if m.start("neg") >= 0:
        value = -value
    unit = None
    has_unit = whole and m.start("unit") >= 0
    if has_unit:
        if m.start("inch") >= 0:
            value += float(m.group("inch")) / 12
            unit = "ft"
        elif m.start("inq") >= 0:
            unit = "in"
        else:
            unit = _unit_of(m.group("u") if m.start("u") >= 0 else m.group("ub"))
    elif singular and not _FRACTION_FOLLOW.match(text, end):
        # "a third person", "one fifth grade": an ordinal, not a fraction.
        return None, next_pos
    if m.start("cur") >= 0:
        code = _units.CURRENCY_PREFIXES[m.group("cur").strip()]
        if unit == "m":  # "£300m": million, not metres
            value *= 1e6
            scale = 1e6
        if unit is None or unit == "m" or not unit.startswith("currency:"):
            unit = "currency:" + code
    if (
        unit == "m"
        and m.start("u") >= 0
        and text[m.start("u") - 1 : m.start("u")].isdigit()
        and _MILLION_NOUN.match(text, end)
    ):
        # "1.3m votes", "2m people": millions of a counted thing, not metres
        value *= 1e6
        unit = None
    if whole and m.start("post") >= 0:
        kind = _suffix_kind(m, kind)
    elif not whole:
        end = spans[used - 1][1]
    if kind == _AGE and unit is None:
        unit = "yr"
    if (
        kind == POINT
        and unit is None
        and used == 1
        and els[0].lower() == "one"
        and (
            _NO_ONE.search(text, max(0, start - 8), start)
            or _ONE_ANOTHER.match(text, end)
        )
    ):
        return None, next_pos
    yearlike = (
        kind in (POINT, _BETWEEN, _FROM)
        and unit is None
        and used == 1
        and m.start("neg") < 0
        and len(els[0]) == 4
        and els[0].isdigit()
        and 1000 <= value <= 2100
    )
    return _Atom(
        start=start,
        end=end,
        value=value,
        kind=kind,
        unit=unit,
        scale=scale,
        yearlike=yearlike,
    ), next_pos


_VAGUE_BASE = _SCALES | {"hundred": 100.0, "dozen": 12.0}


def _read_vague(m: regex.Match[str]) -> _Atom:
    if m.start("vs") >= 0:
        base = _VAGUE_BASE[m.group("vs").lower()]
        if m.start("vs2") >= 0:
            base *= _VAGUE_BASE[m.group("vs2").lower()]
        low, high = 2 * base, 10 * base
    else:
        low, high = _VAGUE[" ".join(m.group("vw").lower().split())]
    atom = _Atom(start=m.start(), end=m.end(), value=low, kind=_VAGUE_KIND, unit=None)
    atom.interval = Interval(low=low, high=high, high_inclusive=False)
    return atom


# --------------------------------------------------------------------------
# Putting neighbouring atoms together

_RANGE_GAP = regex.compile(
    r"\s*(?P<dash>[-‐‑–—~])\s*|\s+(?P<word>to|through|thru|and|or)\s+", regex.IGNORECASE
)
_CONJ_GAP = regex.compile(r"\s*(?:,|(?:,\s*)?(?:and|but))\s*", regex.IGNORECASE)
_DROP = _Atom(start=0, end=0, value=0, kind=POINT, unit=None)


def _range(a: _Atom, b: _Atom, gap: str) -> _Atom | None:
    """The range "a gap b" states, _DROP for a year or score pair, or None."""
    m = _RANGE_GAP.fullmatch(gap)
    if m is None or b.kind != POINT or a.kind not in (POINT, _BETWEEN, _FROM):
        return None
    word = (m.group("word") or "").lower()
    if (word == "and") != (a.kind == _BETWEEN) and not (
        word == "" and a.kind == _BETWEEN
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
    if low > high:
        if m.group("dash") and a.kind == POINT and a.unit is None and b.unit is None:
            return _DROP  # a score, "won 3-1"
        low, high = high, low
    atom = _Atom(
        start=a.start, end=b.end, value=low, kind=_RANGE, unit=b.unit or a.unit
    )
    atom.interval = Interval(low=low, high=high)
    return atom


def _conjoin(a: _Atom, b: _Atom, gap: str) -> _Atom | None:
    """One interval from two one-sided ones: "more than 20 and at most 35"."""
    ia, ib = a.interval, b.interval
    if ia is None or ib is None or not _CONJ_GAP.fullmatch(gap):
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
        if not regex.search(r"\b(?:and|but)\b", gap, regex.IGNORECASE):
            return None
        lower, upper = ib, ia
    else:
        return None
    if lower.low is not None and upper.high is not None and lower.low > upper.high:
        return None
    atom = _Atom(start=a.start, end=b.end, value=0, kind=_RANGE, unit=a.unit or b.unit)
    atom.interval = Interval(
        low=lower.low,
        high=upper.high,
        low_inclusive=lower.low_inclusive,
        high_inclusive=upper.high_inclusive,
    )
    return atom


def _combine(atoms: list[_Atom], text: str) -> list[_Atom]:
    out: list[_Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if i + 1 < len(atoms) and a.kind != _VAGUE_KIND:
            b = atoms[i + 1]
            joined = _range(a, b, text[a.end : b.start])
            if joined is not None:
                if joined is not _DROP:
                    out.append(joined)
                i += 2
                continue
        if not a.yearlike:
            if a.interval is None:
                a.interval = _interval(a.value, a.kind)
            if out and (joined := _conjoin(out[-1], a, text[out[-1].end : a.start])):
                out[-1] = joined
            else:
                out.append(a)
        i += 1
    return out


# A fast path for the commonest number of all: plain digits between ordinary
# words ("killed 300 people").  The full pattern costs ~40 us a number; this
# check a few.  It takes a number only when nothing around it could change
# its reading: whitespace before it and a word there that cannot open an
# expression (no hedge, sign, currency, month, "a"), and whitespace after it
# then a word that cannot continue one (no number word, unit, scale suffix,
# joining word, month, clock word, trailing hedge).  Anything else goes the
# full way.  tests/test_numbers.py checks both ways read the same.
def _first_letters(phrase: str) -> str:
    """The run of letters a phrase opens with, lower-cased ("km/h" -> "km")."""
    m = re.match(r"[^\W\d_]*", phrase)
    return m.group().lower() if m else ""


_OPENING_WORDS = frozenset(
    {_first_letters(p.split()[-1]) for _, phrases in _HEDGES.values() for p in phrases}
    | {w.lower() for w in regex.findall(r"[^\W\d_]+", _QUALIFIER)}
    | {w.lower() for w in regex.findall(r"[^\W\d_]+", _MONTHS_I)}
    | {"may", "march", "mar", "minus", "negative", "a", "an", "several", "few"}
    | {"of", "tens", "hundreds", "ad"}
    | {_first_letters(c) for c in _units.CURRENCY_PREFIXES}
)
_CONTINUING_WORDS = frozenset(
    {w.lower() for w in _TRIGGER_WORDS}
    | {_first_letters(form) for form, _ in _units.surface_forms()}
    | {s.lower() for s in _SUFFIX_SCALES}
    | {w.lower() for w in regex.findall(r"[^\W\d_]+", _MONTHS_I)}
    | {"may", "march", "mar", "and", "or", "plus", "over", "out", "in", "of"}
    | {"a", "an", "point", "x", "am", "pm", "p", "o", "bc", "bce", "ad", "ce"}
    | {"st", "nd", "rd", "th", "feet", "foot", "ft", "inch", "inches"}
) - {""}
# digits, then whitespace or closing punctuation and whitespace, or the end
_PLAIN_DIGITS = re.compile(
    r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?=\s|[.,;:!?)](?:\s|$)|$)"
)
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
_QUIET_BEFORE = frozenset(",;:!?)\"\u201d\u2019'")


def _quiet_before(text: str, core: int) -> bool:
    """True when nothing before ``core`` can open its expression.

    Whitespace before it, and before that a word that opens nothing (no hedge,
    sign, currency, month, "a"), closing punctuation, or the start of text:
    then the expression starts at ``core`` itself.
    """
    if not core:
        return True
    if not text[core - 1].isspace():
        return False
    lead = text[max(0, core - 40) : core].rstrip()
    if lead[-1:] == ".":  # "since 2009. 15 people", not "approx. 15"
        lead = lead[:-1].rstrip()
        if not lead[-1:].isalpha():
            return True
    if not lead:
        return True
    last = lead[-1]
    if not last.isalpha():
        return last in _QUIET_BEFORE
    i = len(lead) - 1
    while i and lead[i - 1].isalpha():
        i -= 1
    return lead[i:].lower() not in _OPENING_WORDS


def _plain_count(text: str, core: int) -> _Atom | None:
    """The atom of plain digits at ``core`` when nothing after it continues it.

    The caller has checked :func:`_quiet_before`.
    """
    digits = _PLAIN_DIGITS.match(text, core)
    if digits is None:
        return None
    end = digits.end()
    if end < len(text) and text[end].isspace():
        after = _NEXT_WORD.match(text, end)
        if after is None or after.group(1).lower() in _CONTINUING_WORDS:
            return None
    raw = digits.group()
    value = float(raw.replace(",", ""))
    return _Atom(
        start=core,
        end=digits.end(),
        value=value,
        kind=POINT,
        unit=None,
        yearlike=len(raw) == 4 and raw.isdigit() and 1000 <= value <= 2100,
    )


def read_quantities(text: str, *, offset: int = 0) -> tuple[Quantity, ...]:
    """Every quantity stated in ``text``, in order of position.

    Each covers its whole expression (hedge, number, scale word, unit) and
    carries the interval the wording allows; see docs/numbers.md for the
    rules.  Years, dates, times, ordinals, phone numbers and identifiers are
    not returned.  ``offset`` is added to every start and end (``text`` being
    a slice of a longer one).
    """
    return _read(text, offset, fast=True)


def _read(text: str, offset: int, *, fast: bool) -> tuple[Quantity, ...]:
    atoms: list[_Atom] = []
    trigger = _TRIGGER.search
    prefix = _PREFIX.match
    master = _MASTER.match
    pos = 0
    while True:
        t = trigger(text, pos)
        if t is None:
            break
        core = t.start()
        quiet = fast and _quiet_before(text, core)
        if quiet and (plain := _plain_count(text, core)) is not None:
            atoms.append(plain)
            pos = plain.end
            continue
        m = None
        before = None if quiet else prefix(text, max(pos, core - 80), core)
        if before is not None and before.start() < core:
            m = master(text, before.start())
            if m is not None and m.end() <= core:
                m = None
        if m is None:
            m = master(text, core)
        if m is None:
            pos = t.end()
            continue
        if m.start("atom") >= 0:
            atom, pos = _read_atom(m, text)
            if atom is not None:
                atoms.append(atom)
        elif m.start("vague") >= 0:
            atoms.append(_read_vague(m))
            pos = m.end()
        else:
            pos = m.end()
        if pos <= m.start():
            pos = m.start() + 1
    return tuple(
        Quantity(
            start=a.start + offset,
            end=a.end + offset,
            text=text[a.start : a.end],
            interval=a.interval or _interval(a.value, a.kind),
            unit=a.unit,
        )
        for a in _combine(atoms, text)
    )
