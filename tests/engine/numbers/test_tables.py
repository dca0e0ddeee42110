"""The generated currency and unit tables match CLDR and pint as installed.

benchmarks/make_tables.py writes them; this regenerates the data and
compares, so a table edited by hand or a library update shows here.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path
from typing import Any

import pytest

from claimcheck.engine.numbers import units

ROOT = Path(__file__).resolve().parents[3]
NUMBERS = ROOT / "claimcheck/engine/numbers"


def _generator() -> Any:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import make_tables  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return make_tables


def test_currency_table_is_cldr_as_generated() -> None:
    pytest.importorskip("babel")
    make = _generator()
    stored = (NUMBERS / "currencies.json").read_text(encoding="utf-8")
    assert make.as_json(make.currency_data()) == stored


def test_unit_table_is_pint_as_generated() -> None:
    make = _generator()
    stored = (NUMBERS / "units.json").read_text(encoding="utf-8")
    assert make.as_json(make.unit_data()) == stored


@pytest.mark.parametrize(
    ("amount", "src", "dst", "want"),
    [
        (1.0, "nm", "m", 1e-9),
        (1.0, "GHz", "MHz", 1000.0),
        (1.0, "kWh", "MJ", 3.6),
        (1.0, "eV", "keV", 1e-3),
        (2.0, "mSv", "µSv", 2000.0),
        (1.0, "Ga", "yr", 1e9),
        (1.0, "share", "%", 100.0),
    ],
)
def test_generated_units_convert_through_pint(
    amount: float, src: str, dst: str, want: float
) -> None:
    got = units.convert(amount, src, dst)
    assert got is not None and math.isclose(got, want, rel_tol=1e-9)


def test_reading_and_converting_import_neither_babel_nor_pint() -> None:
    import subprocess

    code = (
        "import sys\n"
        "from claimcheck.engine.numbers.reader import read_quantities\n"
        "from claimcheck.engine.numbers.units import convert\n"
        "read_quantities('It cost 5 € and weighs 3 nm, 40 celsius, $2.1bn.')\n"
        "convert(40, 'degC', 'degF'), convert(3, 'mi2', 'km2')\n"
        "convert(15, 'currency:USD/h', 'currency:USD/min')\n"
        "convert(60, 'mi/h', 'km/h')\n"
        "print(sorted(m for m in ('babel', 'pint') if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_every_canonical_unit_has_its_factors() -> None:
    missing = sorted(units.pint_expressions() - set(units._FACTORS))
    assert missing == []


def _pint_pairs() -> list[tuple[str, str]]:
    """Every two canonical units of one dimension (currencies have none)."""
    by_dimension: dict[str, list[str]] = {}
    for unit in units._UNITS:
        dim = units.dimension(unit)
        if dim is not None and not dim.startswith("currency:"):
            by_dimension.setdefault(dim, []).append(unit)
    return [(a, b) for group in by_dimension.values() for a in group for b in group]


def test_the_factor_table_converts_as_pint_does() -> None:
    pint = pytest.importorskip("pint")
    registry = pint.UnitRegistry()
    multiple = units._MULTIPLE
    pairs = _pint_pairs()
    assert len(pairs) > 1000
    for src, dst in pairs:
        for value in (0.0, 1.0, 37.5, -12.0):
            got = units.convert(value, src, dst)
            there = registry.Quantity(
                value * multiple.get(src, 1.0), units._UNITS[src][1]
            )
            want = there.to(units._UNITS[dst][1]).magnitude / multiple.get(dst, 1.0)
            assert got is not None, (src, dst)
            assert math.isclose(got, want, rel_tol=1e-12, abs_tol=1e-12), (src, dst)


@pytest.mark.parametrize(
    ("src", "dst"),
    [
        ("km/h", "mph"),
        ("mi/h", "km/h"),
        ("m/s", "km/min"),
        ("currency:USD/h", "currency:USD/min"),
        ("L/km", "gal/mi"),
        ("degC/h", "degF/h"),
        ("t/yr", "kg/d"),
        ("km/h/s", "mph/min"),
        ("km/h", "kg/h"),
        ("km/L", "L/km"),
    ],
)
def test_rates_convert_as_pint_does(src: str, dst: str) -> None:
    pint = pytest.importorskip("pint")
    registry = pint.UnitRegistry()

    def expression(unit: str) -> str:
        if unit in units._UNITS:
            return units._UNITS[unit][1]
        top, _, bottom = unit.rpartition("/")
        return f"({expression(top)}) / ({expression(bottom)})"

    got = units.convert(2.5, src, dst)
    if src.startswith("currency:"):
        assert got is not None and math.isclose(got, 2.5 / 60, rel_tol=1e-12)
        return
    try:
        want = registry.Quantity(2.5, expression(src)).to(expression(dst)).magnitude
    except pint.errors.DimensionalityError:
        assert got is None
        return
    assert got is not None and math.isclose(got, want, rel_tol=1e-12)
