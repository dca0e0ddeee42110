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
