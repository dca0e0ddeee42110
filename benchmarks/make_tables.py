"""Generate the reader's currency and unit tables from CLDR and pint.

    python benchmarks/make_tables.py

writes claimcheck/engine/numbers/currencies.json (from CLDR through babel:
ISO codes, English names and plurals, symbols) and
claimcheck/engine/numbers/units.json (from pint's registry: the units below
with their prefixes, symbols and names).  Reading text then loads two small
JSON files: neither babel nor pint is imported to read a number.
tests/engine/numbers/test_tables.py regenerates both and compares.
"""

from __future__ import annotations

import collections
import json
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parents[1] / "claimcheck/engine/numbers"

# Symbols English copy gives a meaning other than CLDR's local one, and
# forms CLDR lacks.  The first code of an ambiguous symbol is its default.
NEWS_SYMBOLS = {
    "C$": "CAD", "Mex$": "MXN", "MX$": "MXN", "NT$": "TWD", "NZ$": "NZD",
    "S$": "SGD", "A$": "AUD", "AU$": "AUD", "HK$": "HKD", "US$": "USD",
    "R$": "BRL", "元": "CNY", "₿": "BTC", "Rs.": "INR", "Rs": "INR",
}  # fmt: skip
AMBIGUOUS_DEFAULT = {
    "$": ("USD", "CAD", "AUD", "NZD", "MXN", "HKD", "SGD", "TWD", "ARS", "CLP",
          "COP"),
    "£": ("GBP", "EGP", "LBP", "SYP"),
    "¥": ("JPY", "CNY"),
    "kr": ("SEK", "NOK", "DKK", "ISK"),
    "kr.": ("DKK", "ISK"),
}  # fmt: skip
# Generic currency words: the currency a bare one means by default.
GENERIC_DEFAULT = {
    "dollar": "USD", "peso": "MXN", "franc": "CHF", "rupee": "INR",
    "krona": "SEK", "krone": "NOK", "kronor": "SEK", "kroner": "NOK",
    "yuan": "CNY", "lira": "TRY", "dinar": "KWD", "riyal": "SAR",
    "shilling": "KES", "rial": "IRR", "yen": "JPY", "euro": "EUR",
    "ruble": "RUB", "rouble": "RUB", "guilder": "NLG", "markka": "FIM",
    "peseta": "ESP", "escudo": "PTE",
}  # fmt: skip
# Words that are English first: never a currency on their own.
NOT_CURRENCY_WORDS = frozenset(
    "mark real won dram pound unit gold silver lek cup top all bob mop sos"
    " rand ounce ton account value rights palladium platinum sol cupon"
    " mvdol mvdols".split()
)
# Codes that are English words in capitals ("ALL 5 MEN").
NOT_CODES = frozenset({"ALL", "TOP", "CUP", "SOS", "MOP", "BOB", "CAT", "AMD"})
EXTRA_CODES = {"BTC": ("bitcoin", "bitcoins"), "RMB": ("renminbi", "renminbi")}
EXTRA_NAMES = {
    "rmb": "CNY", "renminbi": "CNY", "bitcoin": "BTC", "bitcoins": "BTC",
    "btc": "BTC", "kuai": "CNY", "sterling": "GBP", "quid": "GBP",
    "pounds sterling": "GBP", "pound sterling": "GBP", "dutch guilder": "NLG",
    "dutch guilders": "NLG", "french franc": "FRF", "french francs": "FRF",
    "swiss franc": "CHF", "swiss francs": "CHF", "loonie": "CAD",
}  # fmt: skip


def currency_data() -> dict[str, Any]:
    from babel import Locale, UnknownLocaleError
    from babel.core import get_global
    from babel.numbers import get_currency_name, get_currency_symbol, list_currencies

    names: dict[str, str] = {}
    by_last: dict[str, set[str]] = collections.defaultdict(set)
    codes = sorted(c for c in list_currencies() if c.isalpha() and len(c) == 3)
    for code in codes:
        for count in (1, 2):
            name = get_currency_name(code, count=count, locale="en").lower()
            if name == code.lower() or not name.replace(" ", "").isalpha():
                continue
            names.setdefault(name, code)
            by_last[name.split()[-1]].add(code)
    generic = {}
    for word, owners in by_last.items():
        single = word.rstrip("s") if word.endswith("s") else word
        if word in NOT_CURRENCY_WORDS or single in NOT_CURRENCY_WORDS:
            continue
        default = GENERIC_DEFAULT.get(single) or GENERIC_DEFAULT.get(word)
        if default is None and len(owners) == 1:
            default = next(iter(owners))
        if default is not None:
            generic[word] = default
    for word, code in generic.items():
        names.setdefault(word, code)
    names.update(EXTRA_NAMES)
    symbols: dict[str, str] = {}
    english = Locale.parse("en")
    for code in codes:
        symbol = get_currency_symbol(code, english)
        if _usable_symbol(symbol, code):
            symbols.setdefault(symbol, code)
    likely = get_global("likely_subtags")
    for territory, entries in sorted(get_global("territory_currencies").items()):
        tag = likely.get("und_" + territory)
        if tag is None:
            continue
        try:
            local = Locale.parse(tag)
        except UnknownLocaleError:
            continue
        for code, _start, end, tender in entries:
            if end is None and tender:
                symbol = get_currency_symbol(code, local).strip("\u200f\u200b")
                if _usable_symbol(symbol, code):
                    symbols.setdefault(symbol, code)
    symbols.update(NEWS_SYMBOLS)
    for symbol, owners in AMBIGUOUS_DEFAULT.items():
        symbols[symbol] = owners[0]
    all_codes = sorted((set(codes) | set(EXTRA_CODES)) - NOT_CODES)
    return {
        "CODES": tuple(all_codes),
        "NAMES": dict(sorted(names.items())),
        "SYMBOLS": dict(sorted(symbols.items())),
        "AMBIGUOUS": AMBIGUOUS_DEFAULT,
    }


def _usable_symbol(symbol: str, code: str) -> bool:
    """A symbol that cannot be taken for a word, letter or unit in English."""
    if not symbol or symbol in (code, "¤") or symbol.isspace():
        return False
    if symbol.isascii() and symbol.replace(".", "").isalpha():
        return False  # "R", "Ft", "kn", "L": letters and units first
    return not any(c.isspace() for c in symbol)


# pint unit -> the prefixes it takes in copy.  Symbols of one letter, and a
# few that read as something else first, are names only.
PREFIXED = {
    "meter": "atto femto pico nano micro milli centi deci kilo",
    "gram": "nano micro milli kilo",
    "second": "nano micro milli",
    "liter": "micro milli centi deci hecto",
    "watt": "milli kilo mega giga tera",
    "watt_hour": "kilo mega giga tera",
    "joule": "kilo mega giga tera",
    "electron_volt": "kilo mega giga tera",
    "hertz": "kilo mega giga tera",
    "byte": "kilo mega giga tera peta exa kibi mebi gibi tebi",
    "bit": "kilo mega giga tera",
    "gray": "micro milli",
    "sievert": "micro milli",
    "becquerel": "kilo mega giga tera",
    "pascal": "kilo mega giga hecto",
    "newton": "kilo",
    "volt": "milli kilo mega",
    "ampere": "milli kilo",
    "calorie": "kilo",
    "tonne": "kilo mega giga",
    "year": "kilo mega giga",
    "barn": "femto",
    "ohm": "kilo mega",
}
PLAIN = (
    "parsec light_year astronomical_unit angstrom horsepower"
    " british_thermal_unit cup fluid_ounce pint quart carat arcminute arcsecond"
    " millimeter_Hg psi atmosphere bar"
).split()
NOT_SYMBOLS = frozenset("pm am b ph yr min h Pa pt qt cp ct pc au ka Ma Ga fm".split())
# our dimension names (units.py) -> a pint unit of that dimension
DIMENSIONS = {
    "length": "meter",
    "area": "meter ** 2",
    "volume": "meter ** 3",
    "mass": "gram",
    "time": "second",
    "speed": "meter / second",
    "temperature": "kelvin",
    "energy": "joule",
    "power": "watt",
    "information": "bit",
    "angle": "radian",
}
BRITISH = (("meter", "metre"), ("liter", "litre"), ("gram", "gramme"))


def unit_data() -> dict[str, Any]:
    import pint

    registry = pint.UnitRegistry()
    units: dict[str, tuple[str, str]] = {}
    symbols: dict[str, str] = {}
    words: dict[str, str] = {}
    wanted = [(p, base) for base, ps in PREFIXED.items() for p in ["", *ps.split()]]
    wanted += [("", base) for base in PLAIN]
    for prefix, base in wanted:
        name = prefix + base
        try:
            unit = registry.Unit(name)
        except Exception:  # a name this pint lacks
            continue
        symbol = registry.get_symbol(name)
        dimension = str(unit.dimensionality)
        for ours, reference in DIMENSIONS.items():
            if unit.dimensionality == registry.Unit(reference).dimensionality:
                dimension = ours
                break
        if base in ("arcminute", "arcsecond"):
            dimension = "angle"  # pint's angles are dimensionless
        units[symbol] = (dimension, name)
        if len(symbol) > 1 and symbol not in NOT_SYMBOLS and symbol.isprintable():
            symbols[symbol] = symbol
        spoken = name.replace("_", " ").lower()
        forms = {spoken}
        for us, uk in BRITISH:
            if spoken.endswith(us):
                forms.add(spoken[: -len(us)] + uk)
        for form in forms:
            words[form] = symbol
            words[form if form.endswith(("s", "z")) else form + "s"] = symbol
    expressions = {expr for _, expr in units.values()} | _our_expressions()
    return {
        "UNITS": dict(sorted(units.items())),
        "SYMBOLS": dict(sorted(symbols.items())),
        "WORDS": dict(sorted(words.items())),
        "FACTORS": {e: _factor(registry, e) for e in sorted(expressions)},
    }


def _our_expressions() -> set[str]:
    """The pint expressions of the canonical units units.py defines itself."""
    from claimcheck.engine.numbers.units import pint_expressions

    return set(pint_expressions())


def _factor(registry: Any, expression: str) -> tuple[float, float, dict[str, float]]:
    """``expression`` in pint's root units: scale, offset and dimensions.

    A value v is ``v * scale + offset`` root units (an offset only for
    temperatures); the dimensions ({"[length]": 1, "[time]": -1}) tell
    which units convert into each other, as pint's own check does.
    """
    scale, _ = registry.get_root_units(expression)
    zero = registry.Quantity(0.0, expression).to_root_units()
    dimensions = {str(k): float(v) for k, v in zero.dimensionality.items()}
    return float(scale), float(zero.magnitude), dimensions


def as_json(data: dict[str, Any]) -> str:
    """The table as the reader loads it (tuples become lists)."""
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main() -> None:
    (OUT / "currencies.json").write_text(as_json(currency_data()), encoding="utf-8")
    (OUT / "units.json").write_text(as_json(unit_data()), encoding="utf-8")


if __name__ == "__main__":
    main()
