"""Currencies: ISO codes, symbols and names (from CLDR), and which one an
ambiguous symbol means in an article.

The CLDR data is ``currencies.json`` beside this module, generated through
babel by benchmarks/make_tables.py; babel is not imported to read text.
"""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import regex

from claimcheck.engine.patterns import lazy

__all__ = [
    "AFTER_AMOUNT",
    "ALL_CODES",
    "AMBIGUOUS_SYMBOLS",
    "CURRENCY_CODES",
    "CURRENCY_PREFIXES",
    "CURRENCY_WORDS",
    "SUBUNITS",
    "article_currency",
    "pounds_are_money",
]

_CLDR: dict[str, Any] = json.loads(
    resources.files(__package__).joinpath("currencies.json").read_text(encoding="utf-8")
)
CLDR_CODES: tuple[str, ...] = tuple(_CLDR["CODES"])
CLDR_NAMES: dict[str, str] = _CLDR["NAMES"]
CLDR_SYMBOLS: dict[str, str] = _CLDR["SYMBOLS"]
AMBIGUOUS: dict[str, tuple[str, ...]] = {
    symbol: tuple(codes) for symbol, codes in _CLDR["AMBIGUOUS"].items()
}
# "Rs" is the rupee of Pakistan, Sri Lanka and Nepal as well as India's
for _rs in ("Rs", "Rs."):
    AMBIGUOUS.setdefault(_rs, ("INR", "PKR", "LKR", "NPR"))

_CURRENCIES = [
    "USD",
    "EUR",
    "GBP",
    "JPY",
    "CNY",
    "INR",
    "RUB",
    "UAH",
    "KRW",
    "KPW",
    "CHF",
    "SEK",
    "NOK",
    "DKK",
    "CAD",
    "AUD",
    "NZD",
    "HKD",
    "SGD",
    "BRL",
    "MXN",
    "ZAR",
    "TRY",
    "PLN",
    "ILS",
    "IRR",
    "SAR",
    "AED",
]

AMBIGUOUS_SYMBOLS = frozenset(AMBIGUOUS)
# Codes a number may carry glued on ("USD115") or take a scale after.
CURRENCY_CODES: tuple[str, ...] = tuple(_CURRENCIES)
_CODES_WRITTEN = frozenset(CLDR_CODES) | frozenset(_CURRENCIES)
# every currency a unit may name ("ALL" is read by name only: "Albanian lekë")
ALL_CODES = (
    _CODES_WRITTEN | frozenset(CLDR_NAMES.values()) | frozenset(CLDR_SYMBOLS.values())
)

# Symbols written before the amount.  A bare "$" is read as US dollars.
CURRENCY_PREFIXES: dict[str, str] = {
    "US$": "USD",
    "$": "USD",
    "A$": "AUD",
    "AU$": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "HK$": "HKD",
    "NZ$": "NZD",
    "S$": "SGD",
    "R$": "BRL",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "₩": "KRW",
    "₽": "RUB",
    "₴": "UAH",
    "₪": "ILS",
} | {code: code for code in _CURRENCIES}
# Letters and signs news copy writes before an amount that CLDR's symbols
# lack: "Tk 200,000" (taka), "Rp 1.5 trillion", "RM 300 million", "KSh
# 10,000", "Dh 500", "₦5 billion"
_NEWS_SYMBOLS = {
    "Tk": "BDT", "Tk.": "BDT", "Rp": "IDR", "Rp.": "IDR", "RM": "MYR",
    "KSh": "KES", "Ksh": "KES", "KShs": "KES", "Kshs": "KES", "USh": "UGX",
    "Ush": "UGX", "TSh": "TZS", "Tsh": "TZS", "Dh": "AED", "Dhs": "AED",
    "₦": "NGN", "₵": "GHS", "E£": "EGP", "PKR": "PKR", "LKR": "LKR",
}  # fmt: skip
CURRENCY_PREFIXES.update(_NEWS_SYMBOLS)
# CLDR's symbols written before an amount: "₡", "zł", "Mex$" (not letters alone)
for _symbol, _code in CLDR_SYMBOLS.items():
    CURRENCY_PREFIXES.setdefault(_symbol, _code)
for _code in CLDR_CODES:
    CURRENCY_PREFIXES.setdefault(_code, _code)
# Codes typed in lower case before an amount ("rmb 10", "usd 20"); not those
# that are English words ("rub", "cad").
for _lower in "usd eur gbp jpy cny rmb inr aud chf sek nok dkk hkd sgd nzd".split():
    CURRENCY_PREFIXES.setdefault(_lower, "CNY" if _lower == "rmb" else _lower.upper())


# After the amount: codes, and symbols that are not plain letters ("5 €").
AFTER_AMOUNT: dict[str, str] = {code: "currency:" + code for code in _CODES_WRITTEN}
for _symbol, _code in CLDR_SYMBOLS.items():
    if not (_symbol[-1].isalpha() and _symbol.isascii()):
        AFTER_AMOUNT.setdefault(_symbol, "currency:" + _code)

# Names, case-insensitive.  Plain "pounds" is left to the reader (money or
# mass by its neighbours); so are cents and pence (hundredths).
CURRENCY_WORDS: dict[str, str] = {
    "dollar": "currency:USD", "us dollar": "currency:USD", "euro": "currency:EUR",
    "pound sterling": "currency:GBP", "pounds sterling": "currency:GBP",
    "sterling": "currency:GBP", "british pound": "currency:GBP",
    "yen": "currency:JPY", "yuan": "currency:CNY", "renminbi": "currency:CNY",
    "rupee": "currency:INR", "rouble": "currency:RUB", "ruble": "currency:RUB",
    "hryvnia": "currency:UAH", "hryvnias": "currency:UAH",
    "swiss franc": "currency:CHF", "kronor": "currency:SEK",
    "cent": "currency:USD", "penny": "currency:GBP", "pennies": "currency:GBP",
    "pence": "currency:GBP", "dime": "currency:USD", "satoshi": "currency:BTC",
    # plurals news writes as the currency's own country does, which CLDR's
    # English names lack ("250 million reais", "45 million rand", "12
    # million lei", "3.5 million leva")
    "reais": "currency:BRL", "rand": "currency:ZAR", "leu": "currency:RON",
    "lei": "currency:RON", "leva": "currency:BGN",
}  # fmt: skip
for _name, _code in CLDR_NAMES.items():
    CURRENCY_WORDS.setdefault(_name, "currency:" + _code)
# Codes written in lower case after an amount: "20 usd", "10 rmb".
for _lower in (
    "usd eur gbp jpy cny rmb inr cad aud chf sek nok dkk hkd sgd nzd mxn brl zar rub"
).split():
    _code = "CNY" if _lower == "rmb" else _lower.upper()
    CURRENCY_WORDS.setdefault(_lower, "currency:" + _code)


@lru_cache(maxsize=64)
def article_currency(symbol: str, article: str) -> str:
    """The currency an ambiguous symbol ("$", "£", "¥", "kr") stands for.

    Its default (US dollars, sterling, yen, Swedish kronor) unless the
    article names another currency of that symbol ("C$", "CAD", "Canadian
    dollars") and never the default one explicitly.
    """
    owners = AMBIGUOUS.get(symbol)
    if not owners:
        return CURRENCY_PREFIXES.get(symbol, symbol)
    forms, heads = _owners_forms(symbol)
    if forms.search(article) is None:
        folded = _casefolded(article)
        if not any(h in folded for h in heads):
            return owners[0]  # no owner named: the default (most articles)
    counts = {
        code: len(_markers(code).findall(article)) if _named(code, article) else 0
        for code in owners
    }
    default = owners[0]
    if counts[default]:
        return default
    best = max(owners, key=lambda code: counts[code])
    return best if counts[best] else default


@cache
def _marker_forms(code: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """One currency's code and symbols (as written), and its full names."""
    forms = [code] + [
        s
        for s, c in CLDR_SYMBOLS.items()
        if c == code and len(s) > 1 and s not in AMBIGUOUS
    ]
    names = [n for n, c in CLDR_NAMES.items() if c == code and " " in n]
    return tuple(forms), tuple(names)


@cache
def _owners_forms(symbol: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The codes and symbols of every currency an ambiguous symbol may
    stand for (as one pattern: one pass over an article), and words one of
    which each of their full names holds, case folded ("dollar", "peso"):
    where none of these stands in an article, :func:`_named` says no to
    each of them."""
    forms: list[str] = []
    words: set[str] = set()
    for code in AMBIGUOUS[symbol]:
        own, names = _marker_forms(code)
        forms += own
        words.update(n.casefold().split()[-1] for n in names)
    # a word holding another is found wherever the other is not
    heads = sorted(w for w in words if not any(o != w and o in w for o in words))
    either = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(either), tuple(heads)


def _named(code: str, article: str) -> bool:
    """Whether a marker of ``code`` may stand in ``article``: a cheap test
    that skips the scan (no marker matches where its letters are absent;
    names match in any case, and case folding keeps every such match)."""
    forms, names = _marker_forms(code)
    return any(f in article for f in forms) or any(
        n.casefold() in _casefolded(article) for n in names
    )


@lru_cache(maxsize=4)
def _casefolded(article: str) -> str:
    return article.casefold()


@cache
def _markers(code: str) -> regex.Pattern[str]:
    """What names one currency unambiguously: its code, symbols, full names."""
    forms, names = _marker_forms(code)
    alternation = "|".join(
        regex.escape(f) for f in sorted(forms, key=len, reverse=True)
    )
    words = "|".join(regex.escape(n) for n in sorted(names, key=len, reverse=True))
    pattern = rf"(?<![\p{{L}}$])(?:{alternation})(?![\p{{L}}])"
    if words:
        pattern += rf"|(?i:\b(?:{words})\b)"
    return regex.compile(pattern)


# Money in hundredths: "50 cents" is half a US dollar, "20 pence" 0.20 GBP.
SUBUNITS = {
    "cent": ("USD", 0.01), "cents": ("USD", 0.01), "¢": ("USD", 0.01),
    "penny": ("GBP", 0.01), "pennies": ("GBP", 0.01), "pence": ("GBP", 0.01),
    "dime": ("USD", 0.1), "dimes": ("USD", 0.1),
    "satoshi": ("BTC", 1e-8), "satoshis": ("BTC", 1e-8),
}  # fmt: skip

# Pounds are money, not weight, next to words about money or sterling.
_MONEY_WORDS = lazy(
    r"\b(?:profits?|revenues?|sales|spen[dt]|spending|cost|costs|paid|pay|price"
    r"|budget|loss|losses|earnings|fund|funding|deal|worth|invest\w*|salary"
    r"|fines?|fined|debts?|bill|tax|income|turnover|raised?|bid|valued|sold|bought"
    r"|penalty|penalties|compensation|damages|settlement|payouts?|ransom|fees?"
    r"|loans?|bailout|subsid(?:y|ies)|grants?|bonus(?:es)?|wages?|donations?)\b",
    regex.IGNORECASE,
)
_STERLING = lazy(r"£|\bsterling\b|\bpence\b|\bGBP\b", regex.IGNORECASE)
_POUNDS_OF = lazy(r"\s+of\b")


def pounds_are_money(text: str, start: int, end: int) -> bool:
    """True when "pounds" at text[start:end] are sterling: money words or
    sterling written within 80 characters, and not "pounds of"."""
    if not text[start:end].lower().endswith(("pounds", "pound")):
        return False
    if _POUNDS_OF.match(text, end):
        return False
    near = text[max(0, start - 80) : end + 80]
    return bool(_MONEY_WORDS.search(near) or _STERLING.search(near))
