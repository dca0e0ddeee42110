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


def test_reading_imports_neither_babel_nor_pint() -> None:
    import subprocess

    code = (
        "import sys\n"
        "from claimcheck.engine.numbers.reader import read_quantities\n"
        "read_quantities('It cost 5 € and weighs 3 nm, 40 celsius, $2.1bn.')\n"
        "print(sorted(m for m in ('babel', 'pint') if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
