"""Unit surface forms, dimensions and conversions."""

from __future__ import annotations

import math

import pytest

from claimcheck.engine.numbers.units import (
    canonical_unit,
    convert,
    dimension,
    surface_forms,
)

SURFACES = [
    ("km²", "km2"),
    ("km2", "km2"),
    ("sq km", "km2"),
    ("sq. km", "km2"),
    ("square kilometres", "km2"),
    ("square kilometers", "km2"),
    ("Square  Kilometre", "km2"),
    ("square miles", "mi2"),
    ("sq mi", "mi2"),
    ("hectares", "ha"),
    ("acres", "acre"),
    ("mm", "mm"),
    ("cm", "cm"),
    ("m", "m"),
    ("metres", "m"),
    ("meters", "m"),
    ("km", "km"),
    ("kilometres", "km"),
    ("inches", "in"),
    ("inch", "in"),
    ("feet", "ft"),
    ("foot", "ft"),
    ("ft", "ft"),
    ("miles", "mi"),
    ("nautical miles", "nmi"),
    ("tonnes", "t"),
    ("metric tons", "t"),
    ("tons", "ton"),
    ("kg", "kg"),
    ("kilograms", "kg"),
    ("pounds", "lb"),
    ("lbs", "lb"),
    ("ounces", "oz"),
    ("litres", "L"),
    ("liters", "L"),
    ("ml", "mL"),
    ("gallons", "gal"),
    ("barrels", "bbl"),
    ("cubic feet", "ft3"),
    ("cubic metres", "m3"),
    ("km/h", "km/h"),
    ("kilometres per hour", "km/h"),
    ("mph", "mph"),
    ("miles per hour", "mph"),
    ("knots", "kn"),
    ("°C", "degC"),
    ("degrees Celsius", "degC"),
    ("°F", "degF"),
    ("degrees Fahrenheit", "degF"),
    ("seconds", "s"),
    ("minute", "min"),
    ("minutes", "min"),
    ("hours", "h"),
    ("days", "d"),
    ("weeks", "wk"),
    ("months", "mo"),
    ("years", "yr"),
    ("%", "%"),
    ("per cent", "%"),
    ("percent", "%"),
    ("percentage points", "pp"),
    ("MB", "MB"),
    ("megawatts", "MW"),
    ("£", "currency:GBP"),
    ("$", "currency:USD"),
    ("€", "currency:EUR"),
    ("euros", "currency:EUR"),
    ("dollars", "currency:USD"),
    ("pounds sterling", "currency:GBP"),
    ("yuan", "currency:CNY"),
    ("SEK", "currency:SEK"),
    ("currency:EUR", "currency:EUR"),
    ("km2", "km2"),
    # a rate as two units: the reader's spelling of "€15 a day"
    ("EUR/day", "currency:EUR/d"),
    ("EUR per day", "currency:EUR/d"),
    ("€ a day", "currency:EUR/d"),
    ("dollars per hour", "currency:USD/h"),
    ("barrels per day", "bbl/d"),
    ("tonnes a year", "t/yr"),
    ("kilometres per hour", "km/h"),
]


@pytest.mark.parametrize(("surface", "canonical"), SURFACES)
def test_surface_form(surface: str, canonical: str) -> None:
    assert canonical_unit(surface) == canonical


@pytest.mark.parametrize(
    "surface",
    [
        "furlongs",
        "",
        "people",
        "M",
        "mb",
        # a rate needs a unit on each side, and a price is not per currency
        "people per day",
        "EUR/",
        "/day",
        "a day",
        "EUR/USD",
        "EUR/km/h",
    ],
)
def test_unknown_surface(surface: str) -> None:
    assert canonical_unit(surface) is None


def test_symbols_are_case_sensitive() -> None:
    assert canonical_unit("MB") == "MB"
    assert canonical_unit("mb") is None  # millibar? megabit? not guessed


DIMENSIONS = [
    ("km2", "area"),
    ("mi2", "area"),
    ("km", "length"),
    ("kg", "mass"),
    ("lb", "mass"),
    ("L", "volume"),
    ("km/h", "speed"),
    ("degC", "temperature"),
    ("min", "time"),
    ("%", "percent"),
    ("pp", "percentage point"),
    ("currency:EUR", "currency:EUR"),
    ("nonsense", None),
    ("currency:XYZ", None),
]


@pytest.mark.parametrize(("unit", "dim"), DIMENSIONS)
def test_dimension(unit: str, dim: str | None) -> None:
    assert dimension(unit) == dim


CONVERSIONS = [
    (380, "mi2", "km2", 984.2),
    (31, "cm", "mm", 310),
    (1, "km", "m", 1000),
    (1, "mi", "km", 1.609344),
    (1, "ft", "in", 12),
    (1, "t", "kg", 1000),
    (1, "lb", "kg", 0.45359237),
    (1, "L", "mL", 1000),
    (66, "Ma", "yr", 66e6),
    (100, "km/h", "mph", 62.137),
    (100, "degC", "degF", 212),
    (32, "degF", "degC", 0),
    (2, "h", "min", 120),
    (1, "d", "h", 24),
    (1, "ha", "m2", 10000),
    (100, "km2", "ha", 10000),
    (5, "%", "%", 5),
    (2, "decade", "yr", 20),
    (1, "century", "decade", 10),
]


@pytest.mark.parametrize(("value", "src", "dst", "want"), CONVERSIONS)
def test_convert(value: float, src: str, dst: str, want: float) -> None:
    got = convert(value, src, dst)
    assert got is not None
    assert math.isclose(got, want, rel_tol=1e-3, abs_tol=1e-9)


def test_380_square_miles_is_984_square_kilometres_within_a_thousandth() -> None:
    got = convert(380, "mi2", "km2")
    assert got is not None
    assert math.isclose(got, 984.2, rel_tol=1e-3)


INCOMPARABLE = [
    ("currency:USD", "currency:EUR"),
    ("currency:GBP", "lb"),
    ("km", "kg"),
    ("%", "pp"),
    ("km2", "km"),
    ("nonsense", "km"),
]


@pytest.mark.parametrize(("src", "dst"), INCOMPARABLE)
def test_incomparable(src: str, dst: str) -> None:
    assert convert(1, src, dst) is None
    assert convert(1, dst, src) is None


def test_same_currency_converts_to_itself() -> None:
    assert convert(5, "currency:EUR", "currency:EUR") == 5


def test_every_canonical_unit_converts_to_itself_and_its_dimension() -> None:
    # Every surface form resolves to a unit with a dimension, and pint knows
    # every non-currency unit (converting to a sibling of the same dimension).
    canon = {canonical_unit(s) for s, _ in surface_forms()}
    assert None not in canon
    by_dim: dict[str, str] = {}
    for unit in sorted(u for u in canon if u):
        dim = dimension(unit)
        assert dim is not None, unit
        if dim.startswith("currency:"):
            continue
        first = by_dim.setdefault(dim, unit)
        there = convert(1.0, unit, first)
        assert there is not None, (unit, first)
        back = convert(there, first, unit)
        assert back is not None and math.isclose(back, 1.0, rel_tol=1e-9), unit
