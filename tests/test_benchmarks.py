"""The benchmark harness runs end to end on a tiny corpus (no timing checks)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def _load(name: str) -> ModuleType:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCHMARKS))


def test_the_corpus_is_the_same_for_the_same_seed() -> None:
    corpus = _load("corpus")
    first = list(corpus.iter_articles(5, seed=7))
    assert first == list(corpus.iter_articles(5, seed=7))
    assert first != list(corpus.iter_articles(5, seed=8))
    assert all(len(text) > 1000 for _, text in first)


@pytest.mark.slow
def test_engine_measurement_has_the_keys(tmp_path: Path) -> None:
    run = _load("run")
    engine = run.measure_engine(3)
    assert engine["engine_articles"] == 3
    assert engine["engine_chars_per_s"] > 0
    assert engine["engine_vs_regex_limit"] > 0
    assert engine["engine_chars_per_s_seeds"] > 0
    assert engine["match_vs_index_seeds"] > 0
    fixed = run.measure_fixed_costs(rounds=1)
    assert fixed["plugin_import_s"] > 0
    assert fixed["first_conversion_imports_pint"] is False
    assert fixed["first_article_s"] > 0
    growth = run.measure_growth([2, 3], tmp_path)
    assert set(growth) == {"per_article_ms", "per_article_growth_ratio", "peak_rss_mb"}
    assert set(growth["peak_rss_mb"]) == {"2", "3"}
