"""The matrix suite (``tests/data/matrix``): nine articles, two assertion
files, every verdict; the shard and merge tests run it whole and in parts."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

MATRIX = Path(__file__).parent / "data" / "matrix"

#: the articles of the matrix corpus, as records name them
ARTICLES = [f"articles/a0{i}.txt" for i in range(1, 10)]

#: the baseline of the matrix example, besides the entry the update writes:
#: one for a pair now supported, one for an article gone
STALE_ENTRIES = """\
- claim: volunteers
  article: articles/a04.txt
  verdict: contradicted
  fingerprint: 0123456789abcdef
  note: counted the soldiers too
- claim: flood-dead
  article: articles/a99.txt
  verdict: contradicted
  fingerprint: fedcba9876543210
  note: an article since withdrawn
"""


def matrix_project(pytester: pytest.Pytester, ini: str = "") -> pytest.Pytester:
    """The matrix suite and corpus in pytester's folder."""
    shutil.copytree(MATRIX / "assertions", pytester.path / "assertions")
    shutil.copytree(MATRIX / "articles", pytester.path / "articles")
    pytester.makeini("[pytest]\nclaimcheck_corpus = articles\n" + ini)
    return pytester


def expected_verdicts() -> dict[tuple[str, str], str]:
    """(claim, article) -> the verdict written down before the engine ran."""
    table: dict[str, Any] = json.loads((MATRIX / "expected.json").read_text())
    words = {"S": "supported", "C": "contradicted", "M": "missing"}
    return {
        (claim, article): words[letter]
        for claim, row in table.items()
        if claim != "_"
        for article, letter in zip(ARTICLES, row.split(), strict=True)
    }


def run_matrix(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    """Pytest in the matrix project, cache off."""
    return pytester.runpytest("-p", "no:cacheprovider", *args)


def terminal_section(lines: list[str], title: str) -> list[str]:
    """The lines of one section of pytest's terminal summary."""
    start = next(i for i, line in enumerate(lines) if f" {title} " in line)
    end = next(
        (i for i in range(start + 1, len(lines)) if lines[i].startswith("====")),
        len(lines),
    )
    return lines[start + 1 : end]


def matrix_with_baseline(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, stale: str
) -> pytest.Pytester:
    """The matrix suite with a baseline: one accepted discrepancy, then the
    ``stale`` entries; under GitHub Actions, with an 80-column terminal."""
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    monkeypatch.setenv("GITHUB_ACTIONS", "false")
    matrix_project(pytester)
    accept = run_matrix(
        pytester, "--claimcheck-update-baseline", "-k", "flood-dead and a02"
    )
    assert accept.ret == 0, accept.stdout.str()
    baseline = pytester.path / "assertions" / "claimcheck-baseline.yaml"
    baseline.write_text(baseline.read_text(encoding="utf-8") + stale)
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    return pytester
