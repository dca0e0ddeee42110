"""The number vocabulary and the patterns that find numbers in text.

Number words, scale words, fractions, hedges, vague quantity words, months;
the one pattern that reads an expression (``MASTER``), the cheap one that
finds where numbers are (``TRIGGER``) and the right-to-left one that finds
where an expression opens (``PREFIX``); the words that let a plain number be
read without them (:func:`.reader.read_quantities`'s fast path).
"""

from __future__ import annotations

from enum import IntEnum

import regex

from claimcheck.engine.numbers import units as _units
from claimcheck.engine.numbers.tries import alternation as _alternation
from claimcheck.engine.numbers.tries import pieces as _pieces
from claimcheck.engine.patterns import lazy, lazy_re
from claimcheck.engine.terms import trie_pattern

SMALL: dict[str, int] = {
    w: i
    for i, w in enumerate(
        """zero one two three four five six seven eight nine ten eleven twelve
        thirteen fourteen fifteen sixteen seventeen eighteen nineteen""".split()
    )
} | {"nought": 0, "naught": 0}
TENS: dict[str, int] = {
    w: 10 * i
    for i, w in enumerate(
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
        start=2,
    )
}
SCALES: dict[str, float] = {
    "thousand": 1e3,
    "lakh": 1e5,
    "million": 1e6,
    "crore": 1e7,
    "billion": 1e9,
    "trillion": 1e12,
}
ORDINALS: dict[str, float] = {
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
ORDINAL_UNITS = {"first": 1} | {w: int(v) for w, v in ORDINALS.items() if v < 10}
DENOMS: dict[str, float] = (
    {"half": 2, "halves": 2, "quarter": 4, "quarters": 4}
    | ORDINALS
    | {w + "s": v for w, v in ORDINALS.items()}
)
VULGAR = {
    "½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2,
    "⅖": 0.4, "⅗": 0.6, "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125,
    "⅜": 0.375, "⅝": 0.625, "⅞": 0.875,
}  # fmt: skip
SUFFIX_SCALES = {
    "k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "MM": 1e6, "mn": 1e6, "mln": 1e6,
    "mil": 1e6, "b": 1e9, "B": 1e9, "bn": 1e9, "bln": 1e9, "tn": 1e12,
    "trn": 1e12, "tln": 1e12, "T": 1e12,
}  # fmt: skip


class Hedge(IntEnum):
    """What a quantity's wording makes of its number.

    The interval each gives is in :func:`.ranges.interval_of` and
    docs/numbers.md; RANGE and VAGUE are atoms whose interval is already
    set ("3 to 5", "thousands").
    """

    POINT = 0
    ABOUT = 1
    NEARLY = 2
    AT_LEAST = 3
    MORE = 4
    UP_TO = 5
    LESS = 6
    BETWEEN = 7
    FROM = 8
    AGE = 9
    EQUALS = 10
    RANGE = 11
    VAGUE = 12


POINT, ABOUT, NEARLY, AT_LEAST = Hedge.POINT, Hedge.ABOUT, Hedge.NEARLY, Hedge.AT_LEAST
MORE, UP_TO, LESS, BETWEEN = Hedge.MORE, Hedge.UP_TO, Hedge.LESS, Hedge.BETWEEN
FROM, AGE, EQUALS = Hedge.FROM, Hedge.AGE, Hedge.EQUALS

HEDGES: dict[str, tuple[Hedge, tuple[str, ...]]] = {
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
        EQUALS,
        ("equal to", "equals to", "equals", "equaling to", "equalling to",
         "equaling", "equalling", "exactly", "precisely"),
    ),
    "h_between": (BETWEEN, ("between",)),
    "h_from": (FROM, ("from",)),
    "h_age": (AGE, ("aged", "age")),
}  # fmt: skip
_SYMBOL_HEDGES = {
    "h_least": r">\s?=|≥|=>",
    "h_most": r"<\s?=|≤|=<",
    "h_more": r">",
    "h_less": r"<",
}
# Degree words in front of a comparison: "well over", "far fewer than".
QUALIFIERS = (
    "just", "well", "slightly", "far", "much", "considerably", "significantly",
    "somewhat", "a little", "a bit",
)  # fmt: skip
_QUALIFIER = "(?:(?:" + "|".join(r"\s+".join(q.split()) for q in QUALIFIERS) + r")\s+)?"
_NO_BOUND = (
    r"(?!\s*(?:[\d$€£]|(?:than|or|equal|to|an?|half|the|"
    + "|".join([*SMALL, *TENS])
    + r")\b))"
)
_SUFFIX_HEDGES = {
    # "500 or more", "12 and over" (not "5 and over 10" nor "20 and less
    # than 30": a second bound)
    "p_more": r"\s+(?:or\s+(?:more|greater|higher|above|over|larger|bigger)\b"
    r"(?!\s+than\s+[\p{L}\p{N}$€£])"
    rf"|and\s+(?:more|above|over|up|upwards|higher|greater)\b{_NO_BOUND})",
    "p_less": r"\s+(?:or\s+(?:less|fewer|lower|below|under|smaller)\b"
    r"(?!\s+than\s+[\p{L}\p{N}$€£])"
    rf"|and\s+(?:less|fewer|below|under|lower)\b{_NO_BOUND})",
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
VAGUE: dict[str, tuple[float, float]] = {
    "dozens": (24, 100),
    "scores": (40, 200),
    "hundreds": (200, 1e3),
    # "thousands of" is said of tens of thousands too
    "thousands": (2e3, 1e5),
    "tens of thousands": (2e4, 1e5),
    "hundreds of thousands": (2e5, 1e6),
    "millions": (2e6, 1e9),
    "tens of millions": (2e7, 1e8),
    "hundreds of millions": (2e8, 1e9),
    "billions": (2e9, 1e12),
}


# --------------------------------------------------------------------------
# The pattern.  One compiled expression finds, left to right, things that
# look like numbers but are not counts (dates, times, ordinals, phone
# numbers: consumed and dropped), vague quantity words, and quantities:
# hedge, sign, currency, a chain of number elements, unit, trailing hedge.

_NUMWORD = _alternation([*SMALL, *TENS])
_TENS_RE = _alternation(TENS)
_SMALL_RE = _alternation(SMALL)
_HUND = r"hundreds?"
_SCALE = r"(?:thousand|million|billion|trillion|lakh|crore)s?"
_DOZ = r"(?:dozens?|dozs?|dzs?)"
_DEN = _alternation(DENOMS)
_COMP_DEN = (
    rf"(?:{_TENS_RE})(?:\s*-\s*|\s+)(?:{'|'.join(w + 's?' for w in ORDINAL_UNITS)})"
)
_WORD_EL = (
    rf"\b(?:{_COMP_DEN}|{_NUMWORD}|{_HUND}|{_SCALE}|{_DOZ}|{_DEN}"
    rf"|an?(?=\s+(?:{_HUND}|{_SCALE}|{_DOZ}|{_DEN})\b)"
    rf"|point(?=\s+(?:{_NUMWORD})\b))\b"
)
_VULGAR_RE = "[" + "".join(VULGAR) + "]"
# A digit run never starts inside a word or identifier (COVID-19, F-16, G7)
# nor right after another number's digits, separators or a date's slash; but
# a scale's name joined to its reading by a hyphen is a figure ("a
# magnitude-6.9 quake", "a category-4 storm", "a level-3 alert").
_CODES = "|".join(_units.CURRENCY_CODES)
_SCALE_NAME = r"(?<=(?<![\p{L}_])(?:magnitude|category|force|level|stage|grade)[-‐–])"
_DIGIT_START = (
    r"(?:(?:(?<![\p{L}_][-‐–]?)|(?<=\d(?-i:[kKMB]|bn|mn)[-‐–])"
    rf"|{_SCALE_NAME})(?<![\p{{N}}.,/:\p{{L}}_])"
    rf"|(?<=(?<!\p{{L}})(?-i:{_CODES}))"  # "USD115": a code glued on
    # "22,24,26,31": groups of one or two digits after commas are a list
    r"|(?<=(?<![\d.])(?:\d{1,2},)+)(?=\d{1,2}(?!\d|\.\d)))"
)
_DIGIT_NOT = (
    rf"(?!\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}\b"
    r"|\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.m\.|(?-i:am|pm|AM|PM)\b|o'clock)"
    r"|\d{1,2}:\d{2}|\d{1,4}(?P<dsep>[/.-])\d{1,2}(?P=dsep)\d{1,4}\b)"
)
_DIGITS = (
    r"(?:\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d,])"
    # dot thousands: "3.507.112", "1.234,50" (docs/numbers.md, separators)
    r"|\d{1,3}(?:\.\d{3})+,\d+(?![\d,.]\d|\d)"
    r"|\d{1,3}(?:\.\d{3}){2,}(?![\d.,]\d|\d)"
    # a decimal comma: "58,2", "0,125" (never three digits after a non-zero)
    r"|(?<!\d,)(?:(?:0|[1-9]\d*),\d{1,2}(?![\d,]|\.\d)|0,\d+(?![\d,]|\.\d))"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)"
    r"|\d{1,3}(?:\s\d{3})+(?:\.\d+)?(?!\d)"
    r"|\d+[ \t]+\d+/\d+(?![\d/])"
    r"|\d+/\d+(?![\d/])"
    rf"|\d*{_VULGAR_RE}"
    r"|(?:\d+(?!,\d{3})(?:\.\d+)?|\.\d+)"
    r"(?:\s?[x×]\s?\d+\^[-+]?\d+|\^[-+]?\d+|e[-+]?\d+(?!\p{L})"
    # "2.48×10⁻⁵", "5.5x10-3": an exponent in superscript, or after a dash
    r"|\s?[x×]\s?10(?:[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+|[-−]\d+(?![\d.]))|[x×]10\d(?![\d.]))?(?!\d))"
)
_SUFFIX = (
    r"(?:\s?(?:bn|bln|mn|mln|tn|trn|tln)|mil|(?-i:\s?[kK]|MM|M|b|B|T))(?![\p{L}\p{N}])"
)
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
    # "a 50-million-euro fund", "a $10-million deal"
    rf"|(?<=\d)[-‐‑](?={_SCALE}\b)"
    # "one two three": a word below twenty never goes on to another (each is
    # a number of its own; the chain stops there, not re-read from every word
    # of a long list), but for up to eight digits after "point" ("point zero
    # three")
    rf"|(?<!\b(?:{_SMALL_RE}))\s+|\s+(?!(?:{_SMALL_RE})\b)"
    rf"|(?<=\bpoint(?:\s+(?:{_SMALL_RE})){{1,8}})\s+)"
)
_EL = rf"(?P<el>{_DIGIT_EL}|{_WORD_EL})"
# bounded: a number never runs past a few dozen words, and an unbounded chain
# re-matched from every token of "12 12 12 ..." is quadratic.  24 elements
# hold any number in words below a quadrillion ("one hundred twenty three
# million four hundred fifty six thousand seven hundred and eighty nine" is
# 16).  A join comes before every element but the first: one copy of the
# element pattern.
_CHAIN = rf"(?P<chain>(?:(?(el)(?P<j>{_JOIN})){_EL}){{1,24}})"


def _hedge_pattern(named: bool = True) -> str:
    """Every hedge before a number; unnamed, for the right-to-left prefix."""
    parts = []
    for name, (_, phrases) in HEDGES.items():
        qualifier = _QUALIFIER if name in ("h_more", "h_less") else ""
        alt = rf"\b{qualifier}(?:{_alternation(phrases, reverse=not named)})\s+"
        if name in _SYMBOL_HEDGES:
            alt += rf"|(?:{_SYMBOL_HEDGES[name]})\s*"
        parts.append(rf"(?P<{name}>{alt})" if named else alt)
    return "(?P<pre>" + "|".join(parts) + ")" if named else "|".join(parts)


def hedge_pattern() -> str:
    """Every hedge before a number, each in a group named as in HEDGES."""
    return _hedge_pattern()


def _unit_alternation() -> str:
    # "30C" is a temperature, "Section 5 C" is not: bare C/F only glued;
    # so is "t" ("100t" of grain).
    glued = ("C", "F", "t")
    symbols = [
        s for s, sensitive in _units.surface_forms() if sensitive and s not in glued
    ]
    words = [w for w, sensitive in _units.surface_forms() if not sensitive]
    return rf"(?:(?-i:{_alternation(symbols)})|{_alternation(words)})"


#: every unit's surface form, as one alternation
UNIT = _unit_alternation()


def _unit_pattern() -> str:
    unit = UNIT
    return (
        r"(?P<unit>"
        # "3 dollars 50 cents", "2 pounds and 20 pence"
        # "thirteen dollars and forty-five cents", "15 dollars 50."
        r"\s*(?P<u>dollars?|euros?|pounds?|(?-i:USD|EUR|GBP))\s+"
        rf"(?:and\s+)?(?P<cent>\d{{1,2}}|(?:{_TENS_RE})(?:[-\s](?:{_NUMWORD}))?"
        rf"|{_NUMWORD})(?:\s*(?:cents?|pence|p)(?![\p{{L}}\p{{N}}])"
        r"|(?=\s*(?:[.,;:!?)]|$)))"
        # "10 $ 30 cents": a symbol after the amount, then its hundredths
        r"|\s*(?P<u>[$€£])\s*(?P<cent>\d{1,2})\s*(?:cents?|pence|p)(?![\p{L}\p{N}])"
        # "120 MEUR", "4 kEUR": a scale letter glued to a currency code
        rf"|\s?(?-i:(?P<mcode>[kM])(?P<code>{_CODES}))(?![\p{{L}}\p{{N}}])"
        r"|(?:\s*[-‐]\s*|\s*)(?:feet|foot|ft)\.?\s*(?:and\s+)?"
        r"(?P<inch>\d+(?:\.\d+)?)\s*(?:inches|inch|in\b|\"|″)"
        r"|\s?(?P<inq>[\"″])(?=\s+(?:long|wide|tall|high|thick|deep|across)\b)"
        # "2 in." or "2 in" closing a clause: inches, not the preposition
        r"|\s(?P<inq>in)\.?(?=\s*(?:[,;:)]|$)|\.?\s+(?:long|wide|tall|high|thick"
        r"|deep|across)\b)"
        # "20 (kg)"; "4e14 s-1", "5 fb−1": an inverse unit.  One copy of
        # the unit list serves both (each copy costs ~0.2 s to compile).
        # "22 millions of dollars", "15 thousands of euros": a scale, "of"
        # and the unit, as writers of other first languages give an amount
        rf"|(?:\s?(?P<br>[(\[{{<])\s?|\s*[-‐]\s*"
        r"|(?<=(?:thousand|million|billion|trillion)s?)\s+of\s+|\s*)"
        rf"(?P<u>{unit})"
        r"(?(br)\s?[)\]}>]|(?P<inv>[-−]1|⁻¹|\^-1)?(?![\p{L}\p{N}]))"
        r"|\s?(?P<u>(?-i:s|h))(?P<inv>[-−]1|⁻¹|\^-1)(?![\p{L}\p{N}])"
        # "four times a week": a frequency
        r"|\s+times\s+(?:per|a|an|each)\s+(?P<freq>second|minute|hour|day|week"
        r"|fortnight|month|year|decade)\b"
        # "(1Ga)", "66 Ma ago": giga- and mega-years, only so
        r"|(?<=\d)(?P<u>(?-i:Ga|Ma|ka))(?![\p{L}\p{N}])"
        r"|\s(?P<u>(?-i:Ga|Ma|ka))(?=\s+ago\b)"
        r"|(?<=\d)(?P<u>(?-i:C|F|t))(?![\p{L}\p{N}])"
        # "30 C outside", "278,000 t": spaced, unless a label ("Section 5 C")
        r"|(?P<lone>\s)(?P<u>(?-i:C|F|t))(?=[\s.,;:!?)]|$)"
        # "2.1 pm" is no clock time (an hour has no one-digit or long
        # fraction): picometres, as "2.123 am" is attometres
        r"|(?<=\.(?:\d|\d{3,}))\s?(?P<u>(?-i:pm|am))(?![\p{L}\p{N}])"
        # '9"', 'Wrench 8"': inches, when the mark opens no quotation
        r'|(?<=\d)(?P<inq>["″])(?![\p{L}\p{N}])'
        r")"
    )


_CURRENCY = _alternation(_units.CURRENCY_PREFIXES)
# "C$", "hk $", "NZD$15", "mxn$ 15": letters naming a dollar, any case, a
# space allowed before the "$" (never "a $5" or "it's $5": not these letters)
LETTER_DOLLARS = {
    "c": "CAD", "ca": "CAD", "cad": "CAD", "hk": "HKD", "hkd": "HKD",
    "nz": "NZD", "nzd": "NZD", "us": "USD", "usd": "USD", "au": "AUD",
    "aud": "AUD", "mex": "MXN", "mxn": "MXN", "sgd": "SGD", "nt": "TWD",
    "twd": "TWD",
}  # fmt: skip
# "MEUR 60", "kAUD 4": a scale letter glued to a code before the amount
_SCALED_CODE = rf"[kM](?:{_CODES})\b"
_LETTER_DOLLAR = rf"(?i:\b(?:{_alternation(LETTER_DOLLARS)})\s?\$)"
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
    rf"|(?P<vw>{_alternation(w for w in VAGUE if w != 'scores')}|scores(?=\s+of\b))"
    # counts in words, where they count a noun: "both sides", "a pair of",
    # "a couple of weeks", "a couple (of) hundred", "a trio of"
    r"|(?P<vc>both(?=\s+(?:of\s+(?:the|them|us|you|these|those|their|our|his|her"
    r"|its|my|your)\b|(?:the|these|those|their|our|his|her|its|my|your)\s+\p{L}"
    r"|\p{Ll}+s\b|(?:men|women|children|people|police)\b))"
    r"|a\s+(?:couple(?:\s+of)?(?=\s+(?:hundred|thousand|million|billion)\b)"
    r"|(?:pair|couple|trio)\s+of\b))"
    r"(?:\s+(?P<vcs>hundred|thousand|million|billion))?)\b)"
)
COUNT_WORDS: dict[str, tuple[float, float]] = {
    "both": (2, 2), "pair": (2, 2), "couple": (2, 3), "trio": (3, 3)
}  # fmt: skip
_POST = "(?P<post>" + "|".join(f"(?P<{k}>{v})" for k, v in _SUFFIX_HEDGES.items()) + ")"
# "75 USD million": a scale word after a currency code (tried after a code)
CODE_SCALE = lazy(
    r"\s+(?P<uscale>(?i:thousand|million|billion|trillion)s?\b"
    r"|(?:mn|bn|m|M|k)(?![\p{L}\p{N}]))"
)
_NEG = r"(?:minus|negative)\s+|(?<![\p{L}\p{N}_.,/)\]-]|\d\s)[-−](?=\.?\d)"
_ATOM = (
    rf"(?P<atom>(?:{_hedge_pattern()})?"
    rf"(?P<neg>{_NEG})?"
    # a code never starts inside a word ("ksek 300" is no SEK)
    rf"(?P<cur>(?:{_LETTER_DOLLAR}|(?<!\p{{L}})(?-i:{_CURRENCY}|{_SCALED_CODE}))\s?)?"
    # "$-99.99": the sign after the symbol
    rf"(?(cur)(?(neg)|(?P<neg>[-−](?=\.?\d))?))"
    rf"{_CHAIN}(?:{_unit_pattern()})?{_POST}?"
    r"(?(unit)|(?(post)|(?![\p{L}\p{N}_]))))"
)
MASTER = lazy(f"{_SKIP}|{_VAGUE_RE}|{_ATOM}", regex.IGNORECASE)
#: how far past where it opens MASTER may read: an expression is far shorter,
#: and unbounded it may try a whole run of digits and commas at every number
MASTER_REACH = 400


# Speed: trying MASTER at every character costs ~3 us a character.  So a
# cheap pattern finds where a number's core is (a digit run, a number word),
# a reverse-anchored pattern finds how far the words before it that can open
# an expression reach (hedge, sign, currency, "a", month name, "tens of"),
# and MASTER is then tried at that one place only.  The trigger is the one
# pattern on the stdlib engine: as a trie of the words in three casings
# (lower, Title, UPPER) it scans ~5x faster there than `regex` does.
_TRIGGER_WORDS = [
    *SMALL, *TENS, "hundred", "hundreds", "dozen", "dozens", "dz", "dzs", "doz",
    "dozs", "scores", *DENOMS, *SCALES, *(w + "s" for w in SCALES),
]  # fmt: skip
# "a gallon of milk", "an acre of land": one of a measure (not a currency,
# nor a word that is something else first: "a bit of luck", "a bar of soap")
_NOT_ONE_OF = frozenset(
    "bit turn knot degree deg point percent percentage pct ton stone second bar"
    " barn gray yo tpd bpd pascal newton fahrenheit farenheit centigrade"
    " centigrate kelvin feet".split()
)
ONE_OF_UNITS = [
    w
    for w, sensitive in _units.surface_forms()
    if not sensitive
    and w.isalpha()
    and not w.endswith("s")
    and w not in _NOT_ONE_OF
    and not (_units.canonical_unit(w) or "currency:").startswith("currency:")
]
TRIGGER = lazy_re(
    rf"\d+|{_VULGAR_RE}|\b(?:(?:"
    + "|".join(
        trie_pattern(_pieces(casing(w)) for w in (*_TRIGGER_WORDS, *COUNT_WORDS))
        for casing in (str.lower, str.capitalize, str.upper)
    )
    + r")\b"
    rf"|(?P<one>[Aa]n?\s+)(?=(?:{trie_pattern(map(_pieces, ONE_OF_UNITS))})\s+of\b))"
)
# Lookaheads cannot see past the end of a reverse match, hence _NEG's own
# lookahead is left out here: the trigger already is the digit it asks for.
_CURRENCY_RIGHT_TO_LEFT = _alternation(_units.CURRENCY_PREFIXES, reverse=True)
PREFIX = lazy(
    rf"(?r)\b(?:tens|hundreds)\s+of\s+|\b(?:several|a\s+few)\s+"
    rf"|\b{_MONTHS}\s?\.?\s*|[#'+(]|\b(?-i:AD)\s?"
    rf"|(?:{_hedge_pattern(named=False)})?"
    rf"(?:(?:minus|negative)\s+|(?<![\p{{L}}\p{{N}}_.,/)\]-]|\d\s)[-−])?"
    rf"(?:(?:{_LETTER_DOLLAR}|(?<!\p{{L}})(?-i:{_SCALED_CODE}|{_CURRENCY_RIGHT_TO_LEFT}))\s?[-−]?)?"
    rf"(?:\ban?\s+|\.)?",
    regex.IGNORECASE,
)
