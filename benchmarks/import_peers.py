"""Convert the English test cases of three peer extractors into claimcheck's form.

    python benchmarks/import_peers.py [--out tests/data/peers]

Reads snapshots (bare git directories) of microsoft/Recognizers-Text,
nielstron/quantulum3 and scrapinghub/number-parser, by default under
/work/.mirror/, and writes one JSONL file per source plus SOURCES.md (each
source's address, commit and licence text).  The files are kept in
tests/data/peers/ as imported data under the sources' MIT and BSD licences;
tests/engine/numbers/test_peers.py scores the reader on them.  Run this again
to import newer snapshots.

One line per expected quantity::

    {"id": "rt-currency-12-0", "source": "recognizers-text", "kind": "currency",
     "text": "...", "surface": "$48.2 million", "low": 48200000.0,
     "high": 48200000.0, "low_inclusive": true, "high_inclusive": true,
     "unit": "USD"}

``unit`` is the source's own unit name (an ISO code where the source gives
one); ``null`` for a plain number.  Kinds: number, range, percent, currency,
dimension, temperature, age.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

MIRROR = Path("/work/.mirror")
RT = ("microsoft/Recognizers-Text", "microsoft+Recognizers-Text")
QU = ("nielstron/quantulum3", "nielstron+quantulum3")
NP = ("scrapinghub/number-parser", "scrapinghub+number-parser")
#: number-parser's English numbers in words (its ordinals are no counts)
NP_FOLDERS = ("tests/data/hundreds", "tests/data/permutations")
RT_FILES = {
    "Specs/Number/English/NumberModel.json": "number",
    "Specs/Number/English/NumberRangeModel.json": "range",
    "Specs/Number/English/PercentModel.json": "percent",
    "Specs/NumberWithUnit/English/CurrencyModel.json": "currency",
    "Specs/NumberWithUnit/English/DimensionModel.json": "dimension",
    "Specs/NumberWithUnit/English/TemperatureModel.json": "temperature",
    "Specs/NumberWithUnit/English/AgeModel.json": "age",
}
QU_FILES = [
    "quantulum3/_lang/en_US/tests/quantities.json",
    "quantulum3/_lang/en_US/tests/quantities.ambiguity.json",
]
QU_MONEY = {"dollar", "euro", "pound sterling", "penny", "cent", "dime"}
QU_TEMPERATURE = {"degree celsius", "degree fahrenheit", "kelvin"}
_RANGE = re.compile(r"([\[(])\s*([^,]*?)\s*,\s*([^,]*?)\s*([\])])")


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", f"--git-dir={repo}", *args],
        check=True,
        capture_output=True,
        text=True,
        encoding="utf-8",
    ).stdout


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def _point(value: float, unit: str | None) -> dict[str, Any]:
    return {
        "low": value,
        "high": value,
        "low_inclusive": True,
        "high_inclusive": True,
        "unit": unit,
    }


def _rt_expected(kind: str, result: dict[str, Any]) -> dict[str, Any] | None:
    res = result.get("Resolution") or {}
    raw = str(res.get("value", ""))
    if kind == "range":
        m = _RANGE.fullmatch(raw)
        if m is None:
            return None
        low, high = _number(m.group(2)), _number(m.group(3))
        if (m.group(2) and low is None) or (m.group(3) and high is None):
            return None
        return {
            "low": low,
            "high": high,
            "low_inclusive": m.group(1) == "[",
            "high_inclusive": m.group(4) == "]",
            "unit": None,
        }
    if kind == "percent":
        value = _number(raw.rstrip("%"))
        return None if value is None else _point(value, "%")
    value = _number(raw)
    if value is None:
        return None
    unit = res.get("isoCurrency") or res.get("unit")
    return _point(value, None if kind == "number" else unit)


def recognizers(repo: Path, commit: str) -> Iterator[dict[str, Any]]:
    """Every English case with a numeric expected result."""
    for path, kind in RT_FILES.items():
        cases = json.loads(_git(repo, "show", f"{commit}:{path}"))
        for n, case in enumerate(cases):
            for r, result in enumerate(case.get("Results") or []):
                expected = _rt_expected(kind, result)
                if expected is None:
                    continue
                yield {
                    "id": f"rt-{kind}-{n}-{r}",
                    "source": "recognizers-text",
                    "kind": kind,
                    "text": case["Input"],
                    "surface": result.get("Text", ""),
                    **expected,
                }


def _qu_kind(unit: str) -> str:
    if unit == "dimensionless":
        return "number"
    if unit == "percentage":
        return "percent"
    if unit in QU_MONEY:
        return "currency"
    if unit.lower() in QU_TEMPERATURE:
        return "temperature"
    return "dimension"


def quantulum(repo: Path, commit: str) -> Iterator[dict[str, Any]]:
    """Every English case of quantulum3's test data."""
    for path in QU_FILES:
        name = Path(path).stem.replace("quantities", "q").replace(".", "-")
        cases = json.loads(_git(repo, "show", f"{commit}:{path}"))
        for n, case in enumerate(cases):
            for r, result in enumerate(case["res"]):
                value = float(result["value"])
                unc = result.get("uncertainty") or 0.0
                unit = result["unit"]
                yield {
                    "id": f"qu-{name}-{n}-{r}",
                    "source": "quantulum3",
                    "kind": _qu_kind(unit),
                    "text": case["req"],
                    "surface": result.get("surface", ""),
                    "low": value - unc,
                    "high": value + unc,
                    "low_inclusive": True,
                    "high_inclusive": True,
                    "unit": None if unit == "dimensionless" else unit,
                }


def number_parser(repo: Path, commit: str) -> Iterator[dict[str, Any]]:
    """Every English number in words of number-parser's test data (CSV files
    of ``number,text``)."""
    for folder in NP_FOLDERS:
        listing = _git(repo, "ls-tree", "--name-only", f"{commit}:{folder}")
        for name in sorted(n for n in listing.split() if n.startswith("en_")):
            rows = _git(repo, "show", f"{commit}:{folder}/{name}").splitlines()
            stem = Path(name).stem.removeprefix("en_")
            for n, row in enumerate(rows[1:]):
                number, _, text = row.partition(",")
                value = float(number)
                yield {
                    "id": f"np-{stem}-{n}",
                    "source": "number-parser",
                    "kind": "number",
                    "text": text.strip(),
                    "surface": text.strip(),
                    **_point(value, None),
                }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mirror", type=Path, default=MIRROR)
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).parents[1] / "tests/data/peers"
    )
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    sources = []
    for (address, folder), convert, out in (
        (RT, recognizers, "recognizers_text.jsonl"),
        (QU, quantulum, "quantulum3.jsonl"),
        (NP, number_parser, "number_parser.jsonl"),
    ):
        repo = args.mirror / folder / "repo"
        commit = _git(repo, "rev-parse", "HEAD").strip()
        records = list(convert(repo, commit))
        with (args.out / out).open("w", encoding="utf-8") as f:
            f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        licence = _git(repo, "show", f"{commit}:LICENSE").strip()
        sources.append(
            f"## {out}\n\nFrom https://github.com/{address} at commit {commit}, "
            f"{len(records)} expected quantities.\n\n```\n{licence}\n```\n"
        )
        print(f"{out}: {len(records)} quantities from {address}@{commit[:12]}")
    (args.out / "SOURCES.md").write_text(
        "# Peer test cases\n\nGenerated by benchmarks/import_peers.py.\n\n"
        + "\n".join(sources),
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
