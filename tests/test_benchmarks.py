"""The benchmark harness runs end to end on a tiny corpus (no timing checks)."""

from __future__ import annotations

import importlib.util
import re
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


def test_the_realistic_profile_has_the_seed_articles_shape() -> None:
    corpus = _load("corpus")
    articles = [t for _, t in corpus.iter_articles(60, seed=3, profile="realistic")]
    assert articles == [
        t for _, t in corpus.iter_articles(60, seed=3, profile="realistic")
    ]
    assert all(2_500 <= len(t) <= 7_000 for t in articles)
    chars = sum(map(len, articles))
    assert 3_800 <= chars / len(articles) <= 4_800
    figures = sum(len(re.findall(r"\d+(?:[.,]\d+)*", t)) for t in articles)
    assert 180 <= chars / figures <= 320  # the seeds: one every ~240 characters
    # the synthetic profile packs figures far closer
    synthetic = [t for _, t in corpus.iter_articles(20, seed=3)]
    assert (
        sum(map(len, synthetic))
        / sum(len(re.findall(r"\d+(?:[.,]\d+)*", t)) for t in synthetic)
        < 100
    )


@pytest.mark.slow
def test_item_cost_and_memory_measurements_have_the_keys(tmp_path: Path) -> None:
    run = _load("run")
    cost = run.measure_item_cost(2, tmp_path)
    assert cost["item_cost_items"] == 40
    assert cost["item_cost_ratio"] > 0 and cost["item_cost_ratio_claim"] > 0
    assert cost["item_cost_ratio_pair"] > 0
    memory = run.measure_memory([2, 3], tmp_path)
    for granularity in ("pair", "article", "claim", "trivial", "trivial_per_article"):
        assert set(memory[f"rss_mb_{granularity}"]) == {"2", "3"}
    assert set(memory["rss_growth_to_largest"]) == {"article", "claim"}
    assert set(memory["rss_article_vs_trivial"]) == {"2", "3"}
    assert memory["rss_growth_trivial_per_article"] > 0
    assert set(memory["rss_bytes_per_added_article"]) == {
        "article",
        "claim",
        "trivial_per_article",
    }
    assert all(v > 10 for v in memory["rss_mb_claim"].values())
    # one granularity: its figures and pytest's own for as many items
    article = run.measure_memory([2, 3], tmp_path, ("article",))
    assert set(article) == {
        "rss_mb_article",
        "rss_mb_trivial_per_article",
        "rss_article_vs_trivial",
        "rss_growth_to_largest",
        "rss_growth_trivial_per_article",
        "rss_bytes_per_added_article",
    }
    assert set(article["rss_bytes_per_added_article"]) == {
        "article",
        "trivial_per_article",
    }


def test_the_table_says_whether_each_target_is_met() -> None:
    table = _load("table")
    results = {
        "mode": "quick",
        "machine": "test",
        "harness_seconds": 1.0,
        "load_average_at_start": [0.0],
        "load_average_at_end": [0.0],
        "plugin_import_s": 0.02,
        "engine_chars_per_s_seeds": 3_000_000,
        "item_cost_items": 2_000,
        "item_cost_ratio": 1.1,
        "rss_mb_claim": {"1000": 90.0},
        "rss_mb_article": {"1000": 90.0, "10000": 310.0},
        "xdist_speedup": 0.6,
        "xdist_speedup_trivial_tests": 0.55,
    }
    lines: list[str] = table.table_lines(results)

    def verdict(label: str) -> str:
        (line,) = [x for x in lines if label in x]
        return line

    assert verdict("import claimcheck.plugin").endswith(" met")
    assert verdict("engine chars/s on the seed").endswith(" missed")
    assert verdict("default options / trivial").endswith("met (at 2,000, not 13,000)")
    assert verdict("peak RSS MB, claim items").endswith("not measured at 10,000")
    assert verdict("peak RSS MB, article items").endswith(" missed")
    assert verdict("-n 2 speed-up (pair items)").endswith(" met")


def test_the_peers_are_skipped_without_their_environment(tmp_path: Path) -> None:
    peers = _load("peers")
    table = _load("table")
    figures = peers.compare(str(tmp_path / "no-python"))
    assert "skipped" in figures
    assert table.peer_lines(figures) == [
        f"  peers: skipped (no peers environment at {tmp_path / 'no-python'})"
    ]


def test_hostile_phase_reports_the_slowest_against_the_seeds() -> None:
    run = _load("run")
    hostile = run.measure_hostile(2_000)
    speeds = hostile["hostile_chars_per_s"]
    assert set(speeds) == set(run.hostile.INPUTS)
    assert all(speed > 0 for speed in speeds.values())
    assert hostile["hostile_slowest_chars_per_s"] == min(speeds.values())
    assert speeds[hostile["hostile_slowest"]] == min(speeds.values())
    assert hostile["hostile_slowest_vs_seeds"] > 0
    table = _load("table")
    lines = table.table_lines(
        {**hostile, "mode": "quick", "machine": "m", "harness_seconds": 1.0,
         "load_average_at_start": [0.0], "load_average_at_end": [0.0]}
    )  # fmt: skip
    assert any("slowest hostile input" in line for line in lines)
