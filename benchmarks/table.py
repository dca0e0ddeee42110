"""The harness's table: every figure with its target, met or missed.

The targets are those of the speed-and-scale work (docs/benchmarks.md);
a target measured at another scale than it names (a quick run) says at
which, and a figure not measured at the size a target names says so.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

#: a figure's verdict against its target, from the figure and every result
Check = Callable[[Any, dict[str, Any]], str]


def _pick(value: Any, at: str | None) -> list[float] | None:
    """The numbers a target applies to: the one figure, the figure at size
    ``at`` of a figure by size, or every one of them."""
    if not isinstance(value, dict):
        return [value]
    if at is not None:
        return [value[at]] if at in value else None
    return list(value.values())


def _scaled(
    verdict: str, results: dict[str, Any], scale: tuple[str, int] | None
) -> str:
    if scale is None or verdict.startswith("not"):
        return verdict
    key, wanted = scale
    measured = results.get(key)
    if measured is None or measured == wanted:
        return verdict
    return f"{verdict} (at {measured:,}, not {wanted:,})"


def at_most(
    limit: float, *, at: str | None = None, scale: tuple[str, int] | None = None
) -> Check:
    """Met when the figure (at size ``at``) is at most ``limit``."""

    def check(value: Any, results: dict[str, Any]) -> str:
        numbers = _pick(value, at)
        if numbers is None:
            return f"not measured at {int(at or 0):,}"
        return _scaled("met" if max(numbers) <= limit else "missed", results, scale)

    return check


def at_least(
    limit: float | str, *, at: str | None = None, scale: tuple[str, int] | None = None
) -> Check:
    """Met when the figure is at least ``limit``, or at least the figure
    named ``limit``."""

    def check(value: Any, results: dict[str, Any]) -> str:
        numbers = _pick(value, at)
        if numbers is None:
            return f"not measured at {int(at or 0):,}"
        floor = results.get(limit) if isinstance(limit, str) else limit
        if floor is None:
            return f"not measured ({limit})"
        return _scaled("met" if min(numbers) >= floor else "missed", results, scale)

    return check


#: (key, label, target, check): the table's rows, in order
TARGETS: list[tuple[str, str, str, Check | None]] = [
    (
        "plugin_import_s",
        "import claimcheck.plugin beyond pytest, s",
        "<= 0.15",
        at_most(0.15),
    ),
    ("first_conversion_ms", "first unit conversion, ms", "<= 50", at_most(50)),
    ("first_article_s", "first article (grammar compiles), s", "", None),
    (
        "engine_chars_per_s",
        "engine chars/s (read+index)",
        ">= 2,500,000",
        at_least(2_500_000),
    ),
    ("engine_articles_per_s", "engine articles/s", "", None),
    (
        "engine_chars_per_s_seeds",
        "engine chars/s on the seed articles",
        ">= 4,000,000",
        at_least(4_000_000),
    ),
    (
        "match_vs_index_seeds",
        "matching / indexing time on the seeds",
        "<= 0.5",
        at_most(0.5),
    ),
    ("match_pairs_per_s", "matching (claim, article) pairs/s", "", None),
    ("regex_limit_chars_per_s", "regex limit chars/s", "", None),
    ("engine_vs_regex_limit", "engine / regex limit", "", None),
    (
        "pytest_item_cost_ratio",
        "pytest claim items / trivial items",
        "<= 1.25",
        at_most(1.25),
    ),
    (
        "pytest_item_cost_ratio_warm_cache",
        "the same, index cache warm",
        "<= 1.25",
        at_most(1.25),
    ),
    (
        "per_article_growth_ratio",
        "time per article, largest / smallest",
        "<= 1.2",
        at_most(1.2),
    ),
    (
        "peak_rss_mb",
        "peak RSS MB by corpus size",
        "<= 1024 at 100k",
        at_most(1024, at="100000"),
    ),
    (
        "xdist_speedup",
        "-n 2 speed-up (pair items)",
        ">= trivial tests'",
        at_least("xdist_speedup_trivial_tests"),
    ),
    ("xdist_speedup_article_mode", "-n 2 speed-up (granularity=article)", "", None),
    ("xdist_speedup_trivial_tests", "-n 2 speed-up of trivial tests", "", None),
    (
        "claim_mode_n2_s",
        "granularity=claim, -n 2, seconds",
        "<= 60 at 10k",
        at_most(60, scale=("claim_mode_articles", 10_000)),
    ),
    ("item_cost_items", "checks, default options (auto, --tb=auto)", "", None),
    (
        "item_cost_ratio",
        "default options / trivial tests",
        "<= 1.3 at 13,000",
        at_most(1.3, scale=("item_cost_items", 13_000)),
    ),
    ("item_cost_ratio_pair", "pair items / trivial tests", "", None),
    ("item_cost_ratio_all_blocks", "the same, every failure a block", "", None),
    (
        "item_cost_ratio_claim",
        "claim items / trivial tests",
        "<= 1.0 at 13,000",
        at_most(1.0, scale=("item_cost_items", 13_000)),
    ),
    ("item_cost_ratio_article", "article items / trivial tests", "", None),
    ("rss_mb_pair", "peak RSS MB, pair items (realistic)", "", None),
    ("rss_mb_trivial", "peak RSS MB, as many trivial tests", "", None),
    (
        "rss_pair_vs_trivial",
        "pair / trivial peak RSS",
        "<= 1.2 at 10k",
        at_most(1.2, at="10000"),
    ),
    (
        "rss_mb_article",
        "peak RSS MB, article items",
        "<= 300 at 10k",
        at_most(300, at="10000"),
    ),
    (
        "rss_mb_claim",
        "peak RSS MB, claim items",
        "<= 300 at 10k",
        at_most(300, at="10000"),
    ),
    (
        "rss_mb_trivial_per_article",
        "peak RSS MB, trivial tests, one an article",
        "",
        None,
    ),
    ("rss_article_vs_trivial", "article items / those trivial tests", "", None),
    ("rss_growth_to_largest", "peak RSS, largest / 10k", "<= 1.2", at_most(1.2)),
    ("rss_growth_trivial_per_article", "the same, those trivial tests", "", None),
    ("hostile_chars_per_s", "hostile inputs, chars/s each", "", None),
    ("hostile_slowest", "slowest hostile input", "", None),
    ("hostile_slowest_chars_per_s", "its chars/s", "", None),
    ("hostile_slowest_vs_seeds", "its chars/s / the seed articles'", "", None),
]


def _shown(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v:,}" for k, v in value.items())
    if isinstance(value, float) and value < 100:
        return f"{value:.3f}"
    return f"{value:,}"


def peer_lines(peers: dict[str, Any]) -> list[str]:
    """The peers beside claimcheck: reading speed per text set, and the
    share of the peer cases read right (value; value and unit)."""
    if "skipped" in peers:
        return [f"  peers: skipped ({peers['skipped']})"]
    lines = [
        "  reading numbers, chars/s (seeds, synthetic) and peer cases right"
        " (value, value+unit):"
    ]
    ours = peers["chars_per_s"]["claimcheck"]
    for name, speeds in peers["chars_per_s"].items():
        counts = peers["accuracy"].get(name)
        if counts is None:
            lines.append(f"    {name:<18} not installed")
            continue
        total, value, both = counts["all"]
        faster = ", ".join(f"{ours[n] / v:.0f}x" for n, v in speeds.items() if v)
        lines.append(
            f"    {name:<18} {speeds['seeds']:>11,} {speeds['synthetic']:>11,}"
            f"   {100 * value / total:5.1f}% {100 * both / total:5.1f}%"
            + ("" if name == "claimcheck" else f"   claimcheck {faster} faster")
        )
    return lines


def table_lines(results: dict[str, Any]) -> list[str]:
    """The whole table, one figure a line: label, value, target, verdict."""
    lines = [f"claimcheck benchmarks ({results['mode']}) on {results['machine']}"]
    for key, label, target, check in TARGETS:
        if key not in results:
            continue
        value = results[key]
        verdict = check(value, results) if check is not None else ""
        lines.append(f"  {label:<40} {_shown(value):<30} {target:<18} {verdict}")
    if "peers" in results:
        lines += peer_lines(results["peers"])
    lines.append(
        f"  (harness took {results['harness_seconds']} s; load average"
        f" {results['load_average_at_start']} at start,"
        f" {results['load_average_at_end']} at end)"
    )
    return lines
