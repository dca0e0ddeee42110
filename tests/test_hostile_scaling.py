"""Hostile articles cost time linear in their size.

A list of thousands of number words, a line with no full stop, one run of
digits, numbers joined by thousands of "and"s, brackets and quotation marks
nested deep (benchmarks/hostile.py builds them): each read at two sizes,
four times apart, must take about four times as long, not sixteen.  A ratio
of CPU times, best of several, so the test holds on a slow or busy machine.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"

SMALL = 6_000
LARGE = 4 * SMALL
#: time per character at LARGE over that at SMALL: quadratic work gives 4
MOST = 2.0


def _hostile() -> ModuleType:
    spec = importlib.util.spec_from_file_location("hostile", BENCHMARKS / "hostile.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("hostile", module)
    spec.loader.exec_module(module)
    return module


HOSTILE = _hostile()


@pytest.fixture(scope="module")
def words() -> Any:
    lexicon = HOSTILE.lexicon()
    for _, text in HOSTILE.hostile_texts(500):  # patterns compile at first use
        HOSTILE.index_seconds(text, lexicon)
    return lexicon


@pytest.mark.slow
@pytest.mark.parametrize("name", list(HOSTILE.INPUTS))
def test_a_hostile_input_takes_time_linear_in_its_size(name: str, words: Any) -> None:
    build = HOSTILE.INPUTS[name]
    small, large = build(SMALL), build(LARGE)
    assert 3.5 < len(large) / len(small) < 4.5
    per_char = []
    for text in (small, large):
        seconds = HOSTILE.index_seconds(text, words, rounds=5)
        per_char.append(seconds / len(text))
    assert per_char[1] <= MOST * per_char[0], (
        f"{name}: {per_char[1] / per_char[0]:.2f} times the time per character"
        f" at {len(large):,} characters as at {len(small):,}"
    )


def test_each_hostile_input_holds_what_it_is_named_for() -> None:
    texts = dict(HOSTILE.hostile_texts(2_000))
    assert texts["number words"].split()[:3] == ["one", "two", "three"]
    assert "." not in texts["one line"] and "\n" not in texts["one line"]
    assert max(len(w) for w in texts["digits"].split()) >= 1_990
    assert texts["ands"].count(" and ") >= 250
    assert "(" * 900 in texts["brackets"]
    assert "\u201c'" * 400 in texts["quotes"]
