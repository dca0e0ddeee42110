"""A chain of number elements -> its value.

"two hundred and five", "1.2 million", "three and a half", "3 in 10": the
elements the pattern captured are classified (:func:`token`) and put
together (:func:`evaluate`), stopping where the words stop forming one
number.
"""

from __future__ import annotations

import math
import re
from enum import StrEnum
from functools import lru_cache

import regex

from claimcheck.engine.numbers.vocabulary import (
    DENOMS,
    ORDINAL_UNITS,
    SCALES,
    SMALL,
    SUFFIX_SCALES,
    TENS,
    VULGAR,
)

DIGIT_JUNK = str.maketrans("", "", ", \t\n\r\u00a0\u2009\u202f")
# "2bn", "1.2 mln", "450M"; and in capitals, "$2BN", "450MN" (the scale
# looked up in lower case)
SUFFIX_SPLIT = regex.compile(
    r"^(.*?)\s?((?i:bn|bln|mn|mln|tn|trn|tln)|mil|MM|[kKMbBT])$"
)
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺−", "0123456789-+-")
_TIMES_TEN = regex.compile(r"\s?[x×]\s?10")


class Tok(StrEnum):
    """What one element of a chain of number words is."""

    START = ""  # before the first element
    DIGITS = "d"  # "2,700", "2.7k", "3/4"
    SMALL = "n"  # "zero" to "nineteen"
    TENS = "t"  # "twenty" to "ninety"
    HUNDRED = "h"
    SCALE = "s"  # "thousand" to "trillion", "lakh", "crore"
    DOZEN = "z"
    A = "a"  # "a", "an" before a scale or fraction word
    POINT = "p"  # "two point five"
    FRACTION = "f"  # "half", "quarters", "thirds"
    COMPOUND = "c"  # "twenty-firsts"


# (kind, value, extra, plural): extra is a digit suffix scale or the unit
# ordinal of a compound denominator ("twenty-firsts" -> 1).
Token = tuple[Tok, float, float, bool]


# Numbers whose form shows the article's decimal separator.  Each opens
# with a digit not after a digit or separator; the digit comes first (and
# the look back after it) so that the scan skips to digits, ~6x faster.
_COMMA_DECIMAL = re.compile(
    r"\d(?<![\d.,]\d)(?:\d{0,2}(?:\.\d{3})+,\d|\d{0,2}(?:\.\d{3}){2,}(?![\d,])"
    r"|\d*,\d{1,2}(?![\d,]))"
)
_POINT_DECIMAL = re.compile(
    r"\d(?<![\d.,]\d)(?:\d{0,2}(?:,\d{3})+\.\d|\d{0,2}(?:,\d{3}){2,}(?![\d.])"
    r"|\d*\.\d{1,2}(?![\d.]))"
)


# a section's number, written with a point: "Article 49.3", "section 7.2"; a
# label, which shows nothing of the article's decimals (read wherever the
# same number stands again: "the use of the 49.3")
_SECTION = re.compile(
    r"\b(?:articles?|sections?|paragraphs?|chapters?|clauses?|rules?|art\.|sec\.)"
    r"\s+(\d+\.\d+)(?![\d.,]\d)|§\s*(\d+\.\d+)",
    re.IGNORECASE,
)


def _point_decimals(article: str) -> list[str]:
    points = _POINT_DECIMAL.findall(article)
    if points:
        labels = {a or b for a, b in _SECTION.findall(article)}
        if labels:
            return [p for p in points if p not in labels]
    return points


@lru_cache(maxsize=16)
def separator_style(article: str) -> str:
    """The article's decimal separator: "," when more of its numbers show a
    decimal comma ("58,2", "1.234,5", "3.507.112") than a decimal point, else ".".
    A section's number ("Article 49.3") shows neither."""
    commas = len(_COMMA_DECIMAL.findall(article))
    if not commas:
        return "."
    return "," if commas > len(_point_decimals(article)) else "."


@lru_cache(maxsize=16)
def shows_decimal_point(article: str) -> bool:
    """Whether one of the article's numbers shows a decimal point by its form
    ("2.5", "1,234.5", "1,234,567"); a section's number ("Article 49.3") does
    not."""
    return bool(_point_decimals(article))


def separators(raw: str, decimal: str) -> str:
    """Digits with "." as the only separator: "1.234,5" -> "1234.5".

    A separator is decimal when it is the last of two kinds, or a lone one
    followed by other than three digits or after a leading zero.  A lone
    separator before exactly three digits ("2.600", "2,600") is ambiguous:
    it is decimal when it equals ``decimal`` ("." in English copy, "," where
    the article writes decimal commas, "" when the number must be whole).
    """
    dots, commas = raw.count("."), raw.count(",")
    if not commas:
        if dots != 1:
            return raw.replace(".", "")
        mark = "."
    elif not dots:
        mark = ","
        if commas != 1:
            return raw.replace(",", "")
    else:
        last = "." if raw.rfind(".") > raw.rfind(",") else ","
        head, _, tail = raw.rpartition(last)
        return head.replace(".", "").replace(",", "") + "." + tail
    head, _, tail = raw.partition(mark)
    digits = head.strip()
    if len(tail) != 3 or not tail.isdigit() or digits == "0" or mark == decimal:
        return head + "." + tail
    return head + tail


def digit_value(raw: str, decimal: str = ".") -> tuple[float, float]:
    """Value and suffix scale of one digit element ("2.7k" -> 2700, 1000).

    ``decimal`` reads an ambiguous lone separator (:func:`separators`).
    """
    scale = 1.0
    if raw[-1].isalpha():
        m = SUFFIX_SPLIT.match(raw)
        if m:
            raw, suffix = m.group(1), m.group(2)
            scale = SUFFIX_SCALES.get(suffix, SUFFIX_SCALES.get(suffix.lower(), 1.0))
    if raw[-1] in VULGAR:
        whole = float(raw[:-1]) if raw[:-1] else 0.0
        return (whole + VULGAR[raw[-1]]) * scale, scale
    if "/" in raw:
        head, _, den = raw.rpartition("/")
        parts = head.split()
        frac = float(parts[-1]) / float(den) if float(den) else 0.0
        whole = float(parts[0]) if len(parts) > 1 else 0.0
        return (whole + frac) * scale, scale
    lower = raw.lower()
    if "10" in lower and ("x" in lower or "×" in lower) and "^" not in lower:
        # "2.48×10⁻⁵", "5.5x10-3", "3x102": the power of ten written plainly
        mant, power = _TIMES_TEN.split(lower, maxsplit=1)
        lower = f"{mant}x10^{power.translate(_SUPERSCRIPT)}"
    if "^" in lower:
        base, _, exp = lower.partition("^")
        power = float(exp)
        mant = "1"
        if "x" in base or "×" in base:  # "1.3x10^6", "8x2^10"
            mant, _, base = base.replace("×", "x").partition("x")
        try:
            power_of = float(base) ** power
            return float(mant.translate(DIGIT_JUNK)) * power_of * scale, scale
        except (OverflowError, ZeroDivisionError):
            return math.inf, scale
    if "," in lower or "." in lower:
        lower = separators(lower, decimal)
    return float(lower.translate(DIGIT_JUNK)) * scale, scale


def token(el: str, decimal: str = ".") -> Token:
    """Classify one chain element: (kind, value, extra)."""
    c = el[0]
    if c.isdigit() or c == "." or c in VULGAR:
        value, scale = digit_value(el, decimal)
        return (Tok.DIGITS, value, scale, False)
    w = el.lower()
    if w in SMALL:
        return (Tok.SMALL, SMALL[w], 0, False)
    if w in TENS:
        return (Tok.TENS, TENS[w], 0, False)
    if w in ("hundred", "hundreds"):
        return (Tok.HUNDRED, 100, 0, False)
    if w.rstrip("s") in SCALES:
        return (Tok.SCALE, SCALES[w.rstrip(Tok.SCALE)], 0, False)
    if w[0] == "d":
        return (Tok.DOZEN, 12, 0, False)
    if w in ("a", "an"):
        return (Tok.A, 1, 0, False)
    if w == "point":
        return (Tok.POINT, 0, 0, False)
    if w in DENOMS:
        return (Tok.FRACTION, DENOMS[w], 0, w.endswith("s"))
    parts = regex.split(r"[\s-]+", w)
    tens, unit = parts[0], parts[-1]
    return (
        Tok.COMPOUND,
        TENS[tens],
        ORDINAL_UNITS[unit.rstrip("s")],
        unit.endswith("s"),
    )


def join_kind(join: str) -> str:
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


def yearlike(toks: list[Token]) -> bool:
    kind, value, _, _ = toks[0]
    return len(toks) == 1 and kind == Tok.DIGITS and 1000 <= value <= 2100


def is_fraction_ahead(toks: list[Token], joins: list[str], i: int) -> bool:
    for j in range(i, len(toks)):
        kind = toks[j][0]
        if j > i and join_kind(joins[j - 1]) == "and":
            return False
        if kind in (Tok.FRACTION, Tok.COMPOUND):
            return True
        if kind not in (Tok.SMALL, Tok.TENS, Tok.A):
            return False
    return False


Reading = tuple[float, int, float, bool, bool]


def evaluate(
    toks: list[Token], joins: list[str], over_ok: bool, ratio_ok: bool = True
) -> Reading | None:
    """Value of a chain of number elements.

    Returns (value, elements used, last scale word, ends in a singular
    fraction word, is a share of a whole) or None when not even the first
    element is a number.  "3 in 10" and "2 out of 5" are ratios only when
    ``ratio_ok`` (no currency or unit on the chain) and the part is at most
    the whole: "$10,000 in 3 years" and "12 in six boxes" are not.
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
    share = False
    prev = Tok.START
    n = len(toks)
    i = 0

    def done(at: int, value: float | None = None) -> Reading | None:
        if at == 0:
            return None
        if value is None:
            value = whole + total + cur
        return value, at, scale_seen, singular and at == n, share and at == n

    while i < n:
        kind, val, extra, plural = toks[i]
        if kind in {Tok.HUNDRED, Tok.SCALE, Tok.DOZEN}:
            share = False  # "half a dozen", "two thirds of a million"
        join = join_kind(joins[i - 1]) if i else ""
        if join in ("over", "out of", "in"):
            rest = evaluate(toks[i:], joins[i:], False)
            part = whole + total + cur
            if (
                (join == "over" and not over_ok)
                or (join != "over" and not (ratio_ok and rest and part <= rest[0]))
                # "3 in 2018" is a count and a year, "3 in 10" a ratio
                or (
                    join == "in"
                    and (
                        prev not in (Tok.SMALL, Tok.TENS, Tok.DIGITS)
                        or yearlike(toks[i:])
                    )
                )
                or rest is None
                or rest[1] != n - i
                or rest[0] == 0
            ):
                # "about a third in 2018": the fraction read is a share still
                before = done(i)
                return before and (*before[:4], share)
            return part / rest[0], n, 1.0, False, join != "over"
        if join == "and":
            if is_fraction_ahead(toks, joins, i):
                frac_scale = last_mult if prev == Tok.SCALE else 0.0
                whole, total, cur, prev, and_at = total + cur, 0.0, 0.0, Tok.START, i
            else:
                and_mult, and_at, and_value = last_mult, i, total + cur
        if kind in {Tok.DIGITS, Tok.SMALL, Tok.TENS}:
            if (prev in (Tok.HUNDRED, Tok.SCALE) and val < last_mult) or (
                prev == Tok.TENS
                and kind == Tok.SMALL
                and 0 < val < 10
                and cur % 10 == 0
            ):
                cur += val
            elif prev == Tok.START:
                cur = val
                if kind == Tok.DIGITS and extra != 1.0:
                    scale_seen = extra
            else:
                return done(i)
        elif kind == Tok.HUNDRED:
            if and_mult == 100:
                return done(and_at, and_value)
            if prev in (
                Tok.HUNDRED,
                Tok.SCALE,
                Tok.FRACTION,
                Tok.COMPOUND,
                Tok.DOZEN,
                Tok.POINT,
            ) or (cur >= 100 and prev != Tok.DIGITS):
                return done(i)
            cur = (cur if prev else 1) * 100
            last_mult = 100
        elif kind == Tok.SCALE:
            if prev == Tok.SCALE and cur == 0 and val > last_mult:
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
        elif kind == Tok.DOZEN:
            if prev in (Tok.HUNDRED, Tok.SCALE, Tok.DOZEN, Tok.POINT):
                return done(i)
            cur = (cur if prev else 1) * 12
        elif kind == Tok.A:
            if prev not in (Tok.START, Tok.FRACTION):
                return done(i)
            if not cur:
                cur = 1
        elif kind in {Tok.FRACTION, Tok.COMPOUND}:
            numerator = total + cur
            if kind == Tok.COMPOUND:
                if numerator:
                    den = val + extra
                elif plural:
                    numerator, den = val, extra
                else:
                    return done(i)
            else:
                den = val
                if not numerator:
                    nxt = toks[i + 1][0] if i + 1 < n else Tok.START
                    if den not in (2, 4) or (
                        den == 4 and prev != Tok.A and nxt != Tok.SCALE
                    ):
                        return done(i)
            if prev in (Tok.FRACTION, Tok.COMPOUND, Tok.DOZEN, Tok.POINT):
                return done(i)
            singular = not plural and den != 2 and (numerator or 1) == 1
            share = not whole and not frac_scale
            value = (numerator or 1) / den
            after = toks[i + 1] if i + 1 < n else None
            if frac_scale and after and after[0] == Tok.SCALE and after[1] < frac_scale:
                # "one billion and a half million": half of the smaller scale
                total, cur = whole + value * after[1], 0.0
                whole = frac_scale = 0.0
                top_scale = last_mult = after[1]
                prev = Tok.SCALE
                i += 2
                continue
            if frac_scale:
                total, cur = whole + value * frac_scale, 0.0
            else:
                total, cur = 0.0, whole + value
            whole = frac_scale = 0.0
        elif kind == Tok.POINT:
            digits = ""
            j = i + 1
            while j < n and toks[j][0] in (Tok.SMALL, Tok.TENS):
                v = int(toks[j][1])
                if toks[j][0] == Tok.TENS and j + 1 < n and toks[j + 1][0] == Tok.SMALL:
                    v += int(toks[j + 1][1])
                    j += 1
                digits += str(v)
                j += 1
            if not digits or prev in (Tok.POINT, Tok.FRACTION):
                return done(i)
            cur = total + cur + float("0." + digits)
            total = 0.0
            prev = Tok.POINT
            i = j
            continue
        prev = kind
        i += 1
    return done(n)


def cents_value(words: str) -> float:
    """The value of "50", "forty-five" or "forty five"."""
    if words.isdigit():
        return float(words)
    return float(
        sum(
            SMALL.get(w, 0) + TENS.get(w, 0)
            for w in words.lower().replace("-", " ").split()
        )
    )
