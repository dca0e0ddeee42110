"""Unit and currency surface forms -> canonical unit + conversion factor.

Canonical units are short symbols (``km2``, ``mi``, ``kg``, ``degC``, ``%``);
currencies are ``currency:<ISO 4217 code>``.  The table of what writers type
lives here; the conversion factors come from pint ahead of time
(benchmarks/make_tables.py writes them into units.json), so neither reading
nor converting imports pint or builds its registry.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

from claimcheck.engine.numbers import points as _points
from claimcheck.engine.numbers.currencies import (
    AFTER_AMOUNT,
    ALL_CODES,
    AMBIGUOUS_SYMBOLS,
    CURRENCY_CODES,
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    SUBUNITS,
    article_currency,
    pounds_are_money,
)
from claimcheck.engine.numbers.interval import Interval

__all__ = [
    "AMBIGUOUS_SYMBOLS",
    "CURRENCY_CODES",
    "CURRENCY_PREFIXES",
    "SUBUNITS",
    "article_currency",
    "canonical_unit",
    "convert",
    "convert_interval",
    "dimension",
    "pounds_are_money",
    "surface_forms",
]

# canonical -> (dimension, pint expression)
_UNITS: dict[str, tuple[str, str]] = {
    "mm": ("length", "millimeter"),
    "cm": ("length", "centimeter"),
    "m": ("length", "meter"),
    "km": ("length", "kilometer"),
    "in": ("length", "inch"),
    "ft": ("length", "foot"),
    "yd": ("length", "yard"),
    "mi": ("length", "mile"),
    "nmi": ("length", "nautical_mile"),
    "mm2": ("area", "millimeter ** 2"),
    "cm2": ("area", "centimeter ** 2"),
    "m2": ("area", "meter ** 2"),
    "km2": ("area", "kilometer ** 2"),
    "ha": ("area", "hectare"),
    "acre": ("area", "acre"),
    "in2": ("area", "inch ** 2"),
    "ft2": ("area", "foot ** 2"),
    "yd2": ("area", "yard ** 2"),
    "mi2": ("area", "mile ** 2"),
    "mL": ("volume", "milliliter"),
    "L": ("volume", "liter"),
    "cm3": ("volume", "centimeter ** 3"),
    "m3": ("volume", "meter ** 3"),
    "km3": ("volume", "kilometer ** 3"),
    "ft3": ("volume", "foot ** 3"),
    "gal": ("volume", "gallon"),
    "bbl": ("volume", "oil_barrel"),
    "tsp": ("volume", "teaspoon"),
    "tbsp": ("volume", "tablespoon"),
    "ug": ("mass", "microgram"),
    "mg": ("mass", "milligram"),
    "g": ("mass", "gram"),
    "kg": ("mass", "kilogram"),
    "t": ("mass", "metric_ton"),
    "ton": ("mass", "short_ton"),
    "lb": ("mass", "pound"),
    "oz": ("mass", "ounce"),
    "st": ("mass", "stone"),
    "km/h": ("speed", "kilometer / hour"),
    "mph": ("speed", "mile / hour"),
    "m/s": ("speed", "meter / second"),
    "kn": ("speed", "knot"),
    "degC": ("temperature", "degree_Celsius"),
    "degF": ("temperature", "degree_Fahrenheit"),
    "K": ("temperature", "kelvin"),
    "s": ("time", "second"),
    "min": ("time", "minute"),
    "h": ("time", "hour"),
    "d": ("time", "day"),
    "wk": ("time", "week"),
    "mo": ("time", "month"),
    "yr": ("time", "year"),
    # pint's "decade" is the logarithmic one; see _MULTIPLE.
    "decade": ("time", "year"),
    "century": ("time", "year"),
    "deg": ("angle", "degree"),
    "rad": ("angle", "radian"),
    "turn": ("angle", "turn"),
    "bit": ("information", "bit"),
    "B": ("information", "byte"),
    "kB": ("information", "kilobyte"),
    "MB": ("information", "megabyte"),
    "GB": ("information", "gigabyte"),
    "TB": ("information", "terabyte"),
    "W": ("power", "watt"),
    "kW": ("power", "kilowatt"),
    "MW": ("power", "megawatt"),
    "GW": ("power", "gigawatt"),
    "kWh": ("energy", "kilowatt_hour"),
    "MWh": ("energy", "megawatt_hour"),
    "GWh": ("energy", "gigawatt_hour"),
    "TWh": ("energy", "terawatt_hour"),
    "%": ("percent", "percent"),
    # A fraction of a whole ("half", "one in eight"): 1 is 100 %.
    "share": ("percent", "dimensionless"),
    # So many times: "three times a week" is 3 1/wk.
    "1": ("count", "dimensionless"),
}

# Canonical units that are a multiple of their pint expression.
_MULTIPLE = {"decade": 10.0, "century": 100.0} | _points.MULTIPLES

# Case-sensitive symbols: "M" is not "m", "MB" is not "mb".
_SYMBOLS: dict[str, str] = {
    "mm": "mm", "cm": "cm", "m": "m", "km": "km", "ft": "ft", "yd": "yd",
    "mi": "mi", "nmi": "nmi",
    "mm2": "mm2", "mm²": "mm2", "cm2": "cm2", "cm²": "cm2", "m2": "m2",
    "m²": "m2", "km2": "km2", "km²": "km2", "km^2": "km2", "m^2": "m2",
    "ha": "ha", "ft2": "ft2", "ft²": "ft2", "mi2": "mi2", "mi²": "mi2",
    "ml": "mL", "mL": "mL", "L": "L", "l": "L", "cl": "cL", "m3": "m3", "m³": "m3",
    "cm3": "cm3", "cm³": "cm3", "cc": "cm3", "km3": "km3", "km³": "km3",
    "ft3": "ft3", "ft³": "ft3", "gal": "gal", "bbl": "bbl", "tsp": "tsp",
    "tbsp": "tbsp",
    "µg": "ug", "μg": "ug", "mcg": "ug", "mg": "mg", "g": "g", "kg": "kg",
    "lb": "lb", "lbs": "lb", "oz": "oz",
    "km/h": "km/h", "kmh": "km/h", "kph": "km/h", "mph": "mph", "m/s": "m/s",
    "°C": "degC", "℃": "degC", "ºC": "degC", "°F": "degF", "℉": "degF",
    "ºF": "degF", "°": "deg",
    "sec": "s", "secs": "s", "min": "min", "mins": "min", "h": "h", "hr": "h",
    "hrs": "h", "yr": "yr", "yrs": "yr",
    "rad": "rad",
    "kB": "kB", "KB": "kB", "MB": "MB", "GB": "GB", "TB": "TB",
    "W": "W", "kW": "kW", "MW": "MW", "GW": "GW",
    "kWh": "kWh", "MWh": "MWh", "GWh": "GWh", "TWh": "TWh",
    "%": "%", "pp": "pp", "¢": "currency:USD", "kb": "kbit",
    # UK papers write temperatures as "30C"; little else in news is "5C".
    "C": "degC", "F": "degF", "t": "t",
}  # fmt: skip

# ISO codes and symbols after the amount: "2mil SEK", "5 €", "100元".
for _symbol, _unit in AFTER_AMOUNT.items():
    _SYMBOLS.setdefault(_symbol, _unit)
# pint's units (benchmarks/make_tables.py): ours first where both name one.
_PINT: dict[str, Any] = json.loads(
    resources.files(__package__).joinpath("units.json").read_text(encoding="utf-8")
)
# a pint expression -> (base units per one, offset, base dimensions)
_FACTORS: dict[str, tuple[float, float, dict[str, float]]] = {
    expr: (scale, offset, dims)
    for expr, (scale, offset, dims) in _PINT.get("FACTORS", {}).items()
}
_BY_PINT = {expr: canon for canon, (_, expr) in _UNITS.items()}
_UNITS.update(_points.UNITS)
_SYMBOLS.update(_points.SYMBOLS)
for _symbol, (_dim, _expr) in _PINT["UNITS"].items():
    if _symbol not in _UNITS and _expr not in _BY_PINT:
        _UNITS[_symbol] = (_dim, _expr)
_PINT_CANON = {s: _BY_PINT.get(expr, s) for s, (_, expr) in _PINT["UNITS"].items()}
for _symbol, _canon in _PINT["SYMBOLS"].items():
    _SYMBOLS.setdefault(_symbol, _PINT_CANON.get(_canon, _canon))

_LENGTH_WORDS = {
    "mm": ("millimetre", "millimeter"),
    "cm": ("centimetre", "centimeter"),
    "m": ("metre", "meter"),
    "km": ("kilometre", "kilometer"),
    "in": ("inch",),
    "ft": ("foot", "feet"),
    "yd": ("yard",),
    "mi": ("mile",),
}

# Case-insensitive words and phrases, singular; plurals are generated.
_WORDS: dict[str, str] = {
    "nautical mile": "nmi",
    "hectare": "ha",
    "acre": "acre",
    "millilitre": "mL", "milliliter": "mL", "litre": "L", "liter": "L",
    "centilitre": "cL", "centiliter": "cL",
    "gallon": "gal", "barrel": "bbl", "teaspoon": "tsp", "tablespoon": "tbsp",
    "microgram": "ug", "milligram": "mg", "gram": "g", "gramme": "g",
    "kilogram": "kg", "kilogramme": "kg", "kilo": "kg",
    "tonne": "t", "metric ton": "t", "metric tonne": "t", "ton": "ton",
    "short ton": "ton", "pound": "lb", "ounce": "oz", "stone": "st",
    "kilometres per hour": "km/h", "kilometers per hour": "km/h",
    "km per hour": "km/h", "miles per hour": "mph", "metres per second": "m/s",
    "meters per second": "m/s", "knot": "kn",
    "degrees celsius": "degC", "degrees centigrade": "degC",
    "degrees fahrenheit": "degF", "degree celsius": "degC",
    "degree fahrenheit": "degF", "kelvin": "K",
    "second": "s", "minute": "min", "hour": "h", "day": "d", "week": "wk",
    "month": "mo", "year": "yr", "decade": "decade", "century": "century",
    "centuries": "century",
    "degree": "deg", "radian": "rad", "turn": "turn",
    "bit": "bit", "byte": "B", "kilobyte": "kB", "megabyte": "MB",
    "gigabyte": "GB", "terabyte": "TB",
    "watt": "W", "kilowatt": "kW", "megawatt": "MW", "gigawatt": "GW",
    "kilowatt hour": "kWh", "kilowatt-hour": "kWh", "megawatt hour": "MWh",
    "megawatt-hour": "MWh", "gigawatt hour": "GWh", "gigawatt-hour": "GWh",
    "terawatt hour": "TWh", "terawatt-hour": "TWh",
    "percent": "%", "per cent": "%", "percentage": "%", "pct": "%",
    # Currencies.  Plain "pounds" is mass (lb); sterling must say so.
    # (currencies.py has the rest)
    # temperatures without "degrees", and the misspellings copy has
    "celsius": "degC", "celcius": "degC", "centigrade": "degC",
    "fahrenheit": "degF", "farenheit": "degF", "deg c": "degC",
    "degrees farenheit": "degF", "degree farenheit": "degF",
    "degrees celcius": "degC", "degree celcius": "degC",
    "deg f": "degF", "deg celsius": "degC", "deg fahrenheit": "degF",
    "deg": "deg",
    # ages
    "yo": "yr", "y.o.": "yr", "years of age": "yr", "year of age": "yr",
    # rates copy writes out
    "miles an hour": "mph", "kilometres an hour": "km/h",
    "kilometers an hour": "km/h", "tpd": "t/d", "bpd": "bbl/d",
    "kbps": "kbit/s", "mbps": "Mbit/s", "gbps": "Gbit/s",
    "gigaannum": "Ga", "megaannum": "Ma", "centigrate": "degC",
} | _points.WORDS  # fmt: skip
for _name, _unit in CURRENCY_WORDS.items():
    _WORDS.setdefault(_name, _unit)
for _canon, _names in _LENGTH_WORDS.items():
    for _name in _names:
        _WORDS[_name] = _canon
        _WORDS["square " + _name] = _canon + "2"
        _WORDS["sq " + _name] = _canon + "2"
        _WORDS["cubic " + _name] = _canon + "3"
for _short in ("km", "m", "mi", "ft", "cm", "mm", "yd"):
    _WORDS["sq " + _short] = _short + "2"
    _WORDS["sq. " + _short] = _short + "2"
    _WORDS["square " + _short] = _short + "2"
    _WORDS["cubic " + _short] = _short + "3"
_WORDS["square feet"] = "ft2"
_WORDS["cubic feet"] = "ft3"
_WORDS["sq feet"] = "ft2"
_UNITS.update(
    {
        "cL": ("volume", "centiliter"),
        "in3": ("volume", "inch ** 3"),
        "yd3": ("volume", "yard ** 3"),
        "mi3": ("volume", "mile ** 3"),
        "mm3": ("volume", "millimeter ** 3"),
    }
)


_NO_PLURAL = frozenset(
    [
        "feet",
        "sterling",
        "yen",
        "yuan",
        "renminbi",
        "kronor",
        "celsius",
        "centigrade",
        "fahrenheit",
        "kelvin",
        "km",
        "mi",
        "ft",
        "cm",
        "mm",
        "yd",
        "m",
    ]
)


def _plural(word: str) -> str:
    head, _, last = word.rpartition(" ")
    if " per " in word or last.endswith("s") or last in _NO_PLURAL:
        return word
    if last == "inch":
        plural = "inches"
    elif last == "foot":
        plural = "feet"
    elif last == "century":
        plural = "centuries"
    else:
        plural = last + "s"
    return f"{head} {plural}" if head else plural


def _lookup_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for surface, canon in list(_WORDS.items()):
        table[surface] = canon
        table.setdefault(_plural(surface), canon)
    # "degrees celsius" is already plural; give its singular-free forms.
    table["degrees c"] = "degC"
    table["degrees f"] = "degF"
    table["percents"] = "%"
    table["percentages"] = "%"
    return table


_WORD_TABLE = _lookup_table()
for _word, _canon in _PINT["WORDS"].items():
    _WORD_TABLE.setdefault(_word, _PINT_CANON.get(_canon, _canon))


@cache
def surface_forms() -> tuple[tuple[str, bool], ...]:
    """Every unit as writers type it, with whether it is case-sensitive.

    The number reader compiles these into its pattern; longest first so a
    longer form ("km2") wins over its prefix ("km").
    """
    forms = [(s, True) for s in _SYMBOLS] + [(w, False) for w in _WORD_TABLE]
    return tuple(sorted(forms, key=lambda f: -len(f[0])))


def canonical_unit(surface: str) -> str | None:
    """The canonical name of a unit as written, or ``None`` when unknown.

    Accepts surface forms ("square miles", "km²", "£"), canonical names
    ("mi2") and currencies as ISO codes or ``currency:EUR``.
    """
    key = " ".join(surface.replace("-", " ").split())
    if key in _SYMBOLS:
        return _SYMBOLS[key]
    if key in _UNITS:
        return key
    if key in CURRENCY_PREFIXES:
        return "currency:" + CURRENCY_PREFIXES[key]
    if key.startswith("currency:") and key[9:] in ALL_CODES:
        return key
    lower = key.lower()
    found = _WORD_TABLE.get(lower) or _WORD_TABLE.get(surface.strip().lower())
    if found is None and lower.upper() in ALL_CODES:
        return "currency:" + lower.upper()
    if found is None and (rate := _RATE_SPLIT.split(surface.strip(), maxsplit=1))[1:]:
        return _rate_unit(*rate)
    return found


# "EUR/day", "dollars per hour", "€ a month", "barrels per day"
_RATE_SPLIT = re.compile(r"\s*/\s*|\s+(?:per|an?)\s+", re.I)


def _rate_unit(top: str, bottom: str) -> str | None:
    """A rate written as two units ("EUR/day" is "currency:EUR/d"); None when
    either side is no unit or a rate, or the lower one a currency."""
    over, under = canonical_unit(top) or "/", canonical_unit(bottom) or "/"
    if "/" in over + under or under.startswith("currency:"):
        return None
    return f"{over}/{under}" if dimension(f"{over}/{under}") else None


def dimension(unit: str) -> str | None:
    """What ``unit`` measures (``"area"``, ``"currency:EUR"``...).

    ``unit`` is a canonical unit; ``None`` when it is not one.  A rate
    ``a/b`` measures ``dimension(a)/dimension(b)`` ("currency:USD/time");
    length over time is "speed", as km/h is.
    """
    if "/" in unit and unit not in _UNITS:
        top, _, bottom = unit.rpartition("/")
        a, b = dimension(top), dimension(bottom)
        if a is None or b is None:
            return None
        return "speed" if (a, b) == ("length", "time") else f"{a}/{b}"
    if unit.startswith("currency:"):
        return unit if unit[9:] in ALL_CODES else None
    entry = _UNITS.get(unit)
    return entry[0] if entry else None


def convert(value: float, from_unit: str, to_unit: str) -> float | None:
    """``value`` in ``from_unit`` expressed in ``to_unit``; ``None`` if incomparable.

    Units of different dimensions, and any two different currencies, are
    incomparable: exchange rates change daily and a fact-check must not
    guess one.
    """
    if from_unit == to_unit:
        return value if dimension(from_unit) is not None else None
    if _is_rate(from_unit) or _is_rate(to_unit):
        return _convert_rate(value, from_unit, to_unit)
    if from_unit.startswith("currency:") or to_unit.startswith("currency:"):
        return None
    a = _UNITS.get(from_unit)
    b = _UNITS.get(to_unit)
    if a is None or b is None or a[0] != b[0]:
        return None
    scale, offset = _affine(from_unit, to_unit)
    return value * scale + offset


def convert_interval(
    interval: Interval, from_unit: str, to_unit: str
) -> Interval | None:
    """``interval`` in ``from_unit`` expressed in ``to_unit``, bound by bound
    (a temperature has an offset as well as a scale: 116.2 °F is 46.8 °C);
    ``None`` if the units are incomparable."""
    low, high = interval.low, interval.high
    low_to = None if low is None else convert(low, from_unit, to_unit)
    high_to = None if high is None else convert(high, from_unit, to_unit)
    if (low is not None and low_to is None) or (high is not None and high_to is None):
        return None
    if low is None and high is None and convert(1.0, from_unit, to_unit) is None:
        return None
    if low_to is not None and high_to is not None and low_to > high_to:
        return None  # no supported conversion reverses order
    return Interval(
        low=low_to,
        high=high_to,
        low_inclusive=interval.low_inclusive,
        high_inclusive=interval.high_inclusive,
    )


@cache
def _affine(from_unit: str, to_unit: str) -> tuple[float, float]:
    # Every supported conversion is affine (temperatures have an offset):
    # through pint's base units, with the factors pint gave ahead of time.
    scale_a, offset_a, _ = _FACTORS[_UNITS[from_unit][1]]
    scale_b, offset_b, _ = _FACTORS[_UNITS[to_unit][1]]
    multiple = _MULTIPLE.get(from_unit, 1.0) / _MULTIPLE.get(to_unit, 1.0)
    return scale_a / scale_b * multiple, (offset_a - offset_b) / scale_b


def _is_rate(unit: str) -> bool:
    return "/" in unit and unit not in _UNITS


#: periods money is counted in that convert exactly ("€15 a day" is no "€450
#: a month": the days worked are not said)
_PAY_PERIODS = ({"s", "min", "h"}, {"mo", "yr"})


def _convert_rate(value: float, from_unit: str, to_unit: str) -> float | None:
    """A rate in another unit: "$15/h" is $0.25/min; 60 mi/h is 60 mph."""
    dim = dimension(from_unit)
    if dim is None or dim != dimension(to_unit):
        return None
    if from_unit.startswith("currency:"):
        # same currency (same dimension): only the denominators differ
        src, dst = from_unit.rpartition("/")[2], to_unit.rpartition("/")[2]
        if dimension(src) == "time" and not any(
            {src, dst} <= periods for periods in _PAY_PERIODS
        ):
            return None
        per = convert(1.0, src, dst)
        return value / per if per else None
    factor = _rate_factor(from_unit, to_unit)
    return None if factor is None else value * factor


def _rate_factor(src: str, dst: str) -> float | None:
    """How many ``dst`` one ``src`` is, for canonical units and rates of them.

    Offsets play no part: a rate of a temperature is a change of it (as in
    pint, 1 degC/h is 1.8 degF/h).  ``None`` when the two measure different
    things in pint's base dimensions.
    """
    scale_a, dims_a = _base(src)
    scale_b, dims_b = _base(dst)
    return scale_a / scale_b if dims_a == dims_b else None


def _base(unit: str) -> tuple[float, dict[str, float]]:
    """Base units per ``unit`` and its base dimensions, rates included."""
    if unit in _UNITS:
        scale, _, dims = _FACTORS[_UNITS[unit][1]]
        return scale * _MULTIPLE.get(unit, 1.0), dims
    top, _, bottom = unit.rpartition("/")
    scale_top, dims_top = _base(top)
    scale_bottom, dims_bottom = _base(bottom)
    dims = dict(dims_top)
    for name, power in dims_bottom.items():
        dims[name] = dims.get(name, 0.0) - power
    return scale_top / scale_bottom, {k: v for k, v in dims.items() if v}


def pint_expressions() -> frozenset[str]:
    """The pint expression of every canonical unit (their factors are in
    units.json, written by benchmarks/make_tables.py)."""
    return frozenset(expr for _, expr in _UNITS.values())
