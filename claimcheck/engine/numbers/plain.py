"""The fast path: plain numbers between ordinary words, read without the grammar.

The full pattern (:mod:`.vocabulary`) costs ~30 us a number; the commonest
numbers of all are read here in a few: plain digits between ordinary words
("killed 300 people"), a number word standing alone ("two people"), and
plain digits after nothing but a hedge ("about 300 people").
tests/engine/numbers/test_reader_fast_path.py checks both ways read the same.
"""

from __future__ import annotations

import math
import re
from functools import cache

import regex

from claimcheck.engine.numbers import units as _units
from claimcheck.engine.numbers.ranges import Atom
from claimcheck.engine.numbers.tries import alternation
from claimcheck.engine.numbers.vocabulary import (
    _MONTHS_I,
    _QUALIFIER,
    _SUFFIX,
    _TRIGGER_WORDS,
    HEDGES,
    POINT,
    SCALES,
    SMALL,
    SUFFIX_SCALES,
    TENS,
)
from claimcheck.engine.numbers.words import separator_style
from claimcheck.engine.patterns import lazy


def scale_of(word: str) -> float:
    """The factor of a scale word or letter after a currency code."""
    lower = word.lower().rstrip("s")
    return SCALES.get(lower) or SUFFIX_SCALES.get(word, SUFFIX_SCALES.get(lower, 1.0))


@cache
def unit_of(surface: str) -> str | None:
    """The canonical unit of a surface form, cached."""
    return _units.canonical_unit(surface)


# It takes a number only when nothing around it could change
# its reading: whitespace before it and a word there that cannot open an
# expression (no hedge, sign, currency, month, "a"), and whitespace after it
# then a word that cannot continue one (no number word, unit, scale suffix,
# joining word, month, clock word, trailing hedge).  Anything else goes the
# full way.  tests/engine/numbers/test_reader_fast_path.py checks both ways
# read the same.
def _leading_letters(phrase: str) -> str:
    """The run of letters a phrase opens with ("km/h" -> "km")."""
    m = re.match(r"[^\W\d_]*", phrase)
    return m.group() if m else ""


def _first_letters(phrase: str) -> str:
    """The run of letters a phrase opens with, lower-cased ("km/h" -> "km")."""
    return _leading_letters(phrase).lower()


OPENING_WORDS = frozenset(
    {_first_letters(p.split()[-1]) for _, phrases in HEDGES.values() for p in phrases}
    | {w.lower() for w in regex.findall(r"[^\W\d_]+", _QUALIFIER)}
    | {w.lower() for w in regex.findall(r"[^\W\d_]+", _MONTHS_I)}
    | {"may", "march", "mar", "minus", "negative", "a", "an", "several", "few"}
    | {"of", "tens", "hundreds", "ad"}
    | {_first_letters(c) for c in _units.CURRENCY_PREFIXES if not c.isupper()}
)
# Currency codes open an expression only in capitals: "USD 5", not "try 5".
OPENING_CODES = frozenset(c for c in _units.CURRENCY_PREFIXES if c.isupper()) | {
    p + c for c in _units.CURRENCY_CODES for p in "kM"
}
_CONTINUING_BESIDE_UNITS = frozenset(
    {w.lower() for w in _TRIGGER_WORDS}
    | {s.lower() for s in SUFFIX_SCALES}
    | {w.lower() for w in regex.findall(r"[^\W\d_]+", _MONTHS_I)}
    | {"may", "march", "mar", "and", "or", "plus", "over", "out", "in", "of"}
    | {"a", "an", "point", "x", "am", "pm", "p", "o", "bc", "bce", "ad", "ce"}
    | {"st", "nd", "rd", "th", "feet", "foot", "ft", "inch", "inches", "times"}
    | {p + c.lower() for c in _units.CURRENCY_CODES for p in "km"}
)
CONTINUING_WORDS = (
    _CONTINUING_BESIDE_UNITS
    | {_first_letters(form) for form, _ in _units.surface_forms()}
) - {""}
# Words that continue a number only as the first of a unit of several words
# ("North" of "North Korean won"): ordinary unless such a unit follows.
_SEVERAL_WORDS = [form for form, _ in _units.surface_forms() if " " in form]
FIRST_OF_SEVERAL = (
    frozenset(_first_letters(form) for form in _SEVERAL_WORDS)
    - _CONTINUING_BESIDE_UNITS
    - {_first_letters(form) for form, _ in _units.surface_forms() if " " not in form}
)
#: such units by the run of letters they open with, lower-cased (all ASCII)
_SEVERAL_BY_LEAD: dict[str, list[str]] = {}
for _form in _SEVERAL_WORDS:
    if _first_letters(_form) in FIRST_OF_SEVERAL:
        _SEVERAL_BY_LEAD.setdefault(_first_letters(_form), []).append(_form)
#: the letters beyond ASCII that match an ASCII letter ignoring case, and
#: whose lower case is not that letter ("K", the Kelvin sign, is "k")
_ASCII_FOLDS = {0x130: "i", 0x17F: "s"}
#: per such run, the pattern of the units it opens
_SEVERAL_PATTERNS: dict[str, regex.Pattern[str]] = {}


def several_word_unit(text: str, end: int, word: str) -> regex.Match[str] | None:
    """Such a unit at ``end`` (white space, then ``word`` opening it), as the
    pattern of them all takes it: longest first, then a boundary.

    Each form's run of letters is followed by a space or a dot, so a form
    matches only where that run is the whole of ``word`` (case aside): one
    pattern per run holds its forms (38 at most, where one of all 616 takes
    0.07 s to compile), made the first time the run is met.  The runs are
    ASCII, and a letter of ``word`` matches one of them ignoring case only
    where its lower case is that letter, or it is one of _ASCII_FOLDS.
    """
    lead = word.translate(_ASCII_FOLDS).lower()
    pattern = _SEVERAL_PATTERNS.get(lead)
    if pattern is None:
        forms = _SEVERAL_BY_LEAD.get(lead)
        if forms is None:
            return None
        pattern = _SEVERAL_PATTERNS[lead] = regex.compile(
            r"\s+(?P<u>"
            + alternation(forms)
            + r")(?P<inv>[-−]1|⁻¹|\^-1)?(?![\p{L}\p{N}])",
            regex.IGNORECASE,
        )
    return pattern.match(text, end)


# Scale suffixes the pattern takes after a space ("5 bn", "3 k") and the
# one-letter ones; "mm" and "mil" scale only glued ("5MM"): spaced, "310 mm"
# is a unit.
_SPACED_SCALES = frozenset(
    s.lower()
    for s in SUFFIX_SCALES
    if len(s) == 1 or regex.fullmatch(_SUFFIX, " " + s, regex.IGNORECASE)
)
# Units of letters either side of a slash, as written ("km/h", "m/s"),
# longest first, not followed by a letter or digit (nor "km/h-1")
SLASHED_UNIT = lazy(
    "(?-i:"
    + alternation(
        f
        for f, sensitive in _units.surface_forms()
        if sensitive and regex.fullmatch(r"[^\W\d_]+/[^\W\d_]+", f)
    )
    + ")(?![\\p{L}\\p{N}]|[-\u2212]1|\u207b\u00b9|\\^-1)"
)
# One-word units a plain number may take on the fast path ("24 hours",
# "5 km"): not a word that is also something else here (a number word, a
# scale suffix such as "m" or "bn", a month, a joining word), nor the first
# word of a longer unit ("miles per hour"), nor C/F, units only when glued.
_NOT_GLUED_UNITS = (
    (CONTINUING_WORDS - {_first_letters(f) for f, _ in _units.surface_forms()})
    | {w.lower() for w in _TRIGGER_WORDS}
    | _SPACED_SCALES
    | {"c", "f", "in", "ft", "feet", "foot", "inch", "inches", "a", "p", "o"}
    # points are percentage points only among percentages (the full way)
    | {"point", "points", "pts", "cent", "cents", "penny", "pennies", "pence"}
    | set(_units.SUBUNITS)
    # a code may take a scale word: "75 USD million"
    | {c.lower() for c in _units.CURRENCY_CODES}
    # a form going on after a hyphen ("km-h")
    | {f.split("-")[0].lower() for f, _ in _units.surface_forms() if "-" in f}
)
# the first words of units of several words ("year of age", "km per hour")
_FIRST_WORDS = frozenset(
    f.split()[0].lower() for f, _ in _units.surface_forms() if " " in f
)
_NOT_PLAIN_UNITS = _NOT_GLUED_UNITS | _FIRST_WORDS


def _units_but(excluded: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The one-word units but ``excluded``: symbols as written, words in
    lower case."""
    forms = [(f, sensitive) for f, sensitive in _units.surface_forms() if f.isalpha()]
    symbols = frozenset(s for s, sens in forms if sens and s.lower() not in excluded)
    words = frozenset(
        w.lower() for w, sens in forms if not sens and w.lower() not in excluded
    )
    return symbols, words


UNIT_SYMBOLS, UNIT_WORDS = _units_but(_NOT_PLAIN_UNITS)
# after a hyphen ("45-year-old") the first word of a longer unit is one too,
# unless whitespace and the rest of the longer one may follow
GLUED_SYMBOLS, GLUED_WORDS = _units_but(_NOT_GLUED_UNITS)
# digits, then whitespace, or closing punctuation (and closing quotes) then
# whitespace, or the end; or the first of a range ("300-400"), unless a
# date or a telephone number goes on ("12-05-2024", "555-123 4567")
PLAIN_DIGITS = re.compile(
    r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
    r"(?=\s|[.,;:!?)][.,;:!?)\"'\u201d\u2019]*(?:\s|$)|$"
    r"|[-\u2010\u2013]\d+(?!\d|[\s./-]\d))"
)
#: dashes between the two numbers of a range the fast path reads
RANGE_DASHES = "-\u2010\u2013"
# after closing punctuation: closing quotes, then whitespace or the end
CLOSED = re.compile(r"[.,;:!?)\"'\u201d\u2019]*(?:\s|$)")
# after a unit: whitespace and an opening bracket ("984 km (380 miles)")
_BRACKET_NEXT = re.compile(r"\s+\(")
# the same, then a percent sign, or a hyphen and a word ("45-year-old")
GLUED_DIGITS = re.compile(
    r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?=%|[-\u2010][^\W\d_])"
)
_LETTERS = re.compile(r"[^\W\d_]+")
NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
_DOTTED_CURRENCIES = tuple(c for c in _units.CURRENCY_PREFIXES if c.endswith("."))
QUIET_BEFORE = frozenset(",;:!?)\"\u201d\u2019'")


def quiet_before(text: str, core: int) -> bool:
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
        if lead.endswith(_DOTTED_CURRENCIES):
            return False  # "B/. 12": balboas
        lead = lead[:-1].rstrip()
        if not lead[-1:].isalpha():
            return True
    if not lead:
        return True
    last = lead[-1]
    if not last.isalpha():
        return last in QUIET_BEFORE
    i = len(lead) - 1
    while i and lead[i - 1].isalpha():
        i -= 1
    word = lead[i:]
    return word.lower() not in OPENING_WORDS and word not in OPENING_CODES


def plain_count(text: str, core: int, article: str | None = None) -> Atom | None:
    """The atom of plain digits at ``core`` when nothing after it continues it.

    The caller has checked :func:`_quiet_before`.  A lone separator before
    three digits that may be decimal ("2.600"; "2,600" where the article
    writes decimal commas; "0,702" anywhere) goes the full way.
    """
    digits = PLAIN_DIGITS.match(text, core)
    glued = digits is None
    # or glued to a percent sign or a unit: "40%", "45-year-old"
    digits = digits or GLUED_DIGITS.match(text, core)
    if digits is None:
        return None
    raw = digits.group()
    if "." in raw:
        if len(raw) - raw.index(".") == 4:
            return None
    elif raw.count(",") == 1 and (
        # "0,702 gram": no group of thousands follows a lone zero
        raw.startswith("0,") or separator_style(article or text) == ","
    ):
        return None
    tail = glued_tail(text, digits.end()) if glued else plain_tail(text, digits.end())
    if tail is None:
        return None
    value = float(raw.replace(",", ""))
    if not math.isfinite(value):
        return None
    unit, end = tail
    return Atom(
        start=core,
        end=end,
        value=value,
        kind=POINT,
        unit=unit,
        yearlike=unit is None
        and len(raw) == 4
        and raw.isdigit()
        and 1000 <= value <= 2100,
    )


def plain_tail(text: str, end: int) -> tuple[str | None, int] | None:
    """What follows a plain number ending at ``end``: its unit (or ``None``)
    and where the expression ends; ``None`` when a word there may continue
    the expression, so that it must go the full way."""
    if end == len(text) or not text[end].isspace():
        return None, end
    after = NEXT_WORD.match(text, end)
    if after is None:
        return None
    word = after.group(1)
    lower = word.lower()
    if lower in FIRST_OF_SEVERAL:
        # "250 square kilometres", "17 North Korean won"; "17 North Korean
        # soldiers" has none
        several = several_word_unit(text, end, word)
        if several is None:
            return None, end
        surface = several.group("u")
        unit = unit_of(surface)
        if (
            several.start("inv") >= 0
            or unit in (None, "lb", "pp")
            or surface.lower() in _units.SUBUNITS
        ):
            return None
        stop = several.end()
    elif lower in CONTINUING_WORDS and text.startswith("/", after.end()):
        # a unit written with a slash: "185 km/h", "3 m/s"
        slashed = SLASHED_UNIT.match(text, after.start(1))
        if slashed is None:
            return None
        unit = unit_of(slashed.group())
        stop = slashed.end()
    elif lower in CONTINUING_WORDS and not _ordinary_join(text, after):
        # a one-word unit that nothing continues: "24 hours", "5 km."
        if not (word in UNIT_SYMBOLS or lower in UNIT_WORDS):
            return None
        unit = unit_of(word)
        stop = after.end()
    else:
        return None, end
    if not ends_plainly(text, stop):
        return None
    if (
        unit is not None
        and unit.startswith("currency:")
        and (more := NEXT_WORD.match(text, stop))
        and more.group(1).lower() in _CENTS_OPENERS
    ):
        return None  # "15 dollars and 50", "15 dollars fifty"
    if unit is not None and _FOR_TIME.match(text, stop):
        return None  # "25 dollars for hour": a rate, which the full way reads
    return unit, stop


# "for hour", "for day": the unit of a rate as other first languages write it
_FOR_TIME = re.compile(r"\s+for\s+(?:day|hour|week|month)\b", re.IGNORECASE)


def glued_tail(text: str, end: int) -> tuple[str | None, int] | None:
    """What is glued to a number ending at ``end``: a percent sign ("40%")
    or a one-word unit after a hyphen ("45-year-old", "a 45-day wait"), and
    where the expression ends; ``None`` for anything else, or when more may
    follow ("45-year-plus", "a 40-hour a week job"), to go the full way."""
    if text[end] == "%":
        return ("%", end + 1) if ends_plainly(text, end + 1) else None
    word = _LETTERS.match(text, end + 1)
    if word is None:
        return None
    surface = word.group()
    if not (surface in GLUED_SYMBOLS or surface.lower() in GLUED_WORDS):
        return None
    unit = unit_of(surface)
    if unit is None or unit in ("lb", "pp") or unit.startswith("currency:"):
        return None
    stop = word.end()
    if surface.lower() in _FIRST_WORDS and text[stop : stop + 1].isspace():
        return None  # "45-year of age"
    if text.startswith(("-", "\u2010"), stop):
        # "-old": a hyphen and a word that is no trailing hedge ("-odd")
        then = _LETTERS.match(text, stop + 1)
        if then is None or then.group().lower() in ("plus", "odd"):
            return None
        return unit, stop
    return (unit, stop) if ends_plainly(text, stop) else None


def _ordinary_join(text: str, after: re.Match[str]) -> bool:
    """True for "of" before an ordinary word ("300 of the troops"), which
    continues no number (as "of a million" or "of May" do), and for "a"
    before one ("45 a day", not "45 a hundred", "9 a.m."), and for "and"
    before digits ("between 120 and 150": no fraction, no "and more")."""
    word = after.group(1).lower()
    if word == "and":
        return _DIGITS_NEXT.match(text, after.end()) is not None
    if word in ("a", "an"):
        then = NEXT_WORD.match(text, after.end())
        return then is not None and then.group(1).lower() not in _NUMBER_WORDS
    if word != "of":
        return False
    then = NEXT_WORD.match(text, after.end())
    return then is not None and then.group(1).lower() not in CONTINUING_WORDS


# the words "a" may open a number with ("a hundred", "a third", "a dozen")
_NUMBER_WORDS = frozenset(w.lower() for w in _TRIGGER_WORDS)


_DIGITS_NEXT = re.compile(r"\s+[0-9]")


# words after "dollars" that may open its cents
_CENTS_OPENERS = frozenset({"and", *SMALL, *TENS})
# after a unit: a trailing hedge ("or more") or a rate ("per hour", "a day")
_GOES_ON = frozenset({"or", "and", "plus", "per", "a", "an"})


def ends_plainly(text: str, at: int) -> bool:
    """True when nothing at ``at`` extends a unit or adds a trailing hedge."""
    if at == len(text):
        return True
    char = text[at]
    if char in ".,;:!?)":
        return CLOSED.match(text, at + 1) is not None
    if not char.isspace():
        return False
    after = NEXT_WORD.match(text, at)
    if after is None:
        return _BRACKET_NEXT.match(text, at) is not None
    return after.group(1).lower() not in _GOES_ON


def one_word_unit(text: str, at: int) -> tuple[str, int] | None:
    """The one-word unit after ``at`` ("weeks", "km"), and where it ends."""
    after = NEXT_WORD.match(text, at)
    if after is None:
        return None
    word = after.group(1)
    if not (word in UNIT_SYMBOLS or word.lower() in UNIT_WORDS):
        return None
    unit = unit_of(word)
    return None if unit is None else (unit, after.end())
