"""Conformance with the shared English number/range/percent/dimension cases.

The cases (``shared/conformance/number_range_en.jsonl``, from Microsoft
Recognizers-Text, MIT) are authoritative where they speak.  Each case must
yield its expected quantity among those :func:`read_quantities` returns.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from claimcheck.cli import main
from claimcheck.engine.numbers.interval import Interval
from claimcheck.engine.numbers.reader import Quantity, read_quantities

CASES_PATH = (
    # the shared conformance cases lie beside the repository
    Path(__file__).parents[4] / "shared" / "conformance" / "number_range_en.jsonl"
)

# The source's unit names -> ours.  "Ton" is what the source calls both
# "tons" and "tonnes"; we keep short tons and metric tonnes apart.
UNITS: dict[str, frozenset[str]] = {
    "%": frozenset({"%"}),
    "Pound": frozenset({"lb"}),
    "Milliliter": frozenset({"mL"}),
    "Inch": frozenset({"in"}),
    "Mile": frozenset({"mi"}),
    "Barrel": frozenset({"bbl"}),
    "Foot": frozenset({"ft"}),
    "Ounce": frozenset({"oz"}),
    "Acre": frozenset({"acre"}),
    "Gallon": frozenset({"gal"}),
    "Cubic foot": frozenset({"ft3"}),
    "Square meter": frozenset({"m2"}),
    "Ton": frozenset({"ton", "t"}),
    "Metric ton": frozenset({"t"}),
    "Bit": frozenset({"bit"}),
    "Kilometer": frozenset({"km"}),
    "Meter": frozenset({"m"}),
    "Millimeter": frozenset({"mm"}),
    "Megabyte": frozenset({"MB"}),
    "Teaspoon": frozenset({"tsp"}),
    "Kilogram": frozenset({"kg"}),
    "Microgram": frozenset({"ug"}),
    "Degree": frozenset({"deg"}),
    "Radian": frozenset({"rad"}),
    "Turn": frozenset({"turn"}),
}

# Cases we do not pass, and why.  xfail(strict=True): a regression fails
# the case, and so does an unexpected pass (then delete the entry).
EXPECTED_MISSES: dict[str, str] = {
    "- 1 4/5": "a dash and a space before a number is a list bullet in news, "
    "not a minus sign",
}


def _load() -> list[dict[str, Any]]:
    if not CASES_PATH.exists():
        return []
    with CASES_PATH.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


CASES = _load()
needs_cases = pytest.mark.skipif(
    not CASES, reason=f"conformance file absent: {CASES_PATH}"
)


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def _matches(q: Quantity, expected: dict[str, Any]) -> bool:
    iv = q.interval
    if "value" in expected:
        unit = expected.get("unit")
        if unit is not None and q.unit not in UNITS[unit]:
            return False
        return iv.low == iv.high and _close(iv.low, expected["value"])
    return (
        _close(iv.low, expected["low"])
        and _close(iv.high, expected["high"])
        and iv.low_inclusive == expected["low_inclusive"]
        and iv.high_inclusive == expected["high_inclusive"]
    )


def passes(case: dict[str, Any]) -> bool:
    """The expected quantity is among those read from the case's text."""
    return any(_matches(q, case["expected"]) for q in read_quantities(case["text"]))


def _params() -> list[Any]:
    params = []
    for case in CASES:
        marks = []
        if case["text"] in EXPECTED_MISSES:
            marks.append(
                pytest.mark.xfail(reason=EXPECTED_MISSES[case["text"]], strict=True)
            )
        params.append(pytest.param(case, marks=marks, id=case["text"][:60]))
    return params


@needs_cases
@pytest.mark.parametrize("case", _params())
def test_case(case: dict[str, Any]) -> None:
    got = [(q.text, str(q.interval), q.unit) for q in read_quantities(case["text"])]
    assert passes(case), f"expected {case['expected']!r}, read {got!r}"


@needs_cases
def test_pass_rate(record_property: Any) -> None:
    passed = sum(passes(case) for case in CASES)
    # shown at the end of the run by tests/conftest.py
    record_property("conformance", f"{passed}/{len(CASES)} cases pass")
    assert len(CASES) == 263
    assert passed >= 250
    assert passed == len(CASES) - len(EXPECTED_MISSES)


@needs_cases
def test_extract_command_finds_each_passing_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``claimcheck extract --json``, one case a line, reads what the reader does."""
    cases = [c for c in CASES if "\n" not in c["text"].strip()]
    path = tmp_path / "cases.txt"
    path.write_text("".join(c["text"].strip() + "\n" for c in cases), encoding="utf-8")
    assert main(["extract", "--json", str(path)]) == 0
    by_line: dict[int, list[Quantity]] = {}
    for record in map(json.loads, capsys.readouterr().out.splitlines()):
        interval = Interval(
            low=record["low"],
            high=record["high"],
            low_inclusive=record["low_inclusive"],
            high_inclusive=record["high_inclusive"],
        )
        by_line.setdefault(record["line"], []).append(
            Quantity(
                start=record["start"],
                end=record["end"],
                text=record["text"],
                interval=interval,
                unit=record["unit"],
            )
        )
    found = [
        any(_matches(q, case["expected"]) for q in by_line.get(n, []))
        for n, case in enumerate(cases, start=1)
    ]
    missed = [c["text"] for c, ok in zip(cases, found, strict=True) if not ok]
    assert missed == [c["text"] for c in cases if c["text"] in EXPECTED_MISSES]
