"""The harness's pytest phases: whole ``pytest`` runs in a child process.

Claim items over a project of the synthetic (or realistic) corpus against
as many trivial tests: wall time cold and with the index cache warm, with
``-n 2``, with default options and every granularity, and peak memory.
See docs/benchmarks.md for the figures.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import corpus

INI = "[pytest]\nclaimcheck_corpus = corpus\n"


def project(work: Path, articles: int, profile: str = "synthetic") -> Path:
    """A project folder: the 20-claim suite and a corpus of ``articles``."""
    suffix = "" if profile == "synthetic" else f"-{profile}"
    root = work / f"project-{articles}{suffix}"
    if not root.exists():
        corpus.write_suite(root)
        corpus.write_corpus(root / "corpus", articles, profile=profile)
        (root / "pytest.ini").write_text(INI)
    return root


# -- pytest ------------------------------------------------------------------


def pytest_wall(root: Path, *args: str, cache: bool = False) -> float:
    """Seconds of one pytest run in ``root``, cold unless ``cache``.

    ``--tb=line``: pytest's long failure summary looks up every failure's
    teardown among all reports (quadratic in the run's size), a cost of
    pytest's, not of the items; one line per failure is linear.
    """
    off = [] if cache else ["-p", "no:cacheprovider"]
    command = [sys.executable, "-m", "pytest", "-q", "--tb=line", *off, *args]
    start = time.perf_counter()
    done = subprocess.run(
        command, cwd=root, capture_output=True, text=True, check=False
    )
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        sys.stderr.write(done.stdout[-3000:] + done.stderr[-3000:])
        raise SystemExit(f"pytest {' '.join(args)} in {root} exited {done.returncode}")
    return seconds


def trivial_project(work: Path, items: int) -> Path:
    """A project of ``items`` parametrized tests that pass: pytest's own floor."""
    trivial = work / f"trivial-{items}"
    trivial.mkdir(exist_ok=True)
    (trivial / "pytest.ini").write_text("[pytest]\n")
    (trivial / "test_trivial.py").write_text(
        "import pytest\n\n\n"
        f"@pytest.mark.parametrize('i', range({items}))\n"
        "def test_ok(i):\n    pass\n"
    )
    return trivial


#: one item per (claim, article) pair, whatever the default granularity
PAIR = "--claimcheck-granularity=pair"


def measure_pytest(articles: int, work: Path) -> dict[str, Any]:
    root = project(work, articles)
    items = articles * corpus.SUITE.count("  - id:")
    trivial = trivial_project(work, items)
    claim_s = pytest_wall(root, "assertions", PAIR)
    trivial_s = pytest_wall(trivial)
    # an unchanged corpus: the second run reads every index from the cache
    pytest_wall(root, "assertions", PAIR, "--cache-clear", cache=True)
    warm_s = pytest_wall(root, "assertions", PAIR, cache=True)
    # against trivial tests under the same plugins: pytest's cache provider
    # has a cost per item of its own
    pytest_wall(trivial, "--cache-clear", cache=True)
    trivial_cache_s = pytest_wall(trivial, cache=True)
    return {
        "pytest_items": items,
        "pytest_claim_items_s": round(claim_s, 2),
        "pytest_claim_items_warm_cache_s": round(warm_s, 2),
        "pytest_trivial_items_s": round(trivial_s, 2),
        "pytest_trivial_items_cache_on_s": round(trivial_cache_s, 2),
        "pytest_item_cost_ratio": round(claim_s / trivial_s, 3),
        "pytest_item_cost_ratio_warm_cache": round(warm_s / trivial_cache_s, 3),
    }


def measure_xdist(articles: int, work: Path) -> dict[str, Any]:
    root = project(work, articles)
    serial = pytest_wall(root, "assertions", PAIR)
    parallel = pytest_wall(root, "assertions", PAIR, "-n", "2")
    by_article = "--claimcheck-granularity=article"
    article_serial = pytest_wall(root, "assertions", by_article)
    article_parallel = pytest_wall(root, "assertions", by_article, "-n", "2")
    # xdist's own floor: as many trivial tests, serial and with -n 2
    items = articles * corpus.SUITE.count("  - id:")
    trivial = trivial_project(work, items)
    trivial_serial = pytest_wall(trivial)
    trivial_parallel = pytest_wall(trivial, "-n", "2")
    return {
        "xdist_articles": articles,
        "xdist_serial_s": round(serial, 2),
        "xdist_n2_s": round(parallel, 2),
        "xdist_speedup": round(serial / parallel, 3),
        "xdist_speedup_article_mode": round(article_serial / article_parallel, 3),
        "xdist_article_mode_serial_s": round(article_serial, 2),
        "xdist_article_mode_n2_s": round(article_parallel, 2),
        "xdist_speedup_trivial_tests": round(trivial_serial / trivial_parallel, 3),
    }


def measure_claim_mode(articles: int, work: Path) -> dict[str, Any]:
    root = project(work, articles)
    wall = pytest_wall(root, "assertions", "--claimcheck-granularity=claim", "-n", "2")
    return {"claim_mode_articles": articles, "claim_mode_n2_s": round(wall, 2)}


# -- pytest's cost per item and peak memory, with default options --------------

#: the discrepancy list's threshold set out of reach: every failure a block
ALL_BLOCKS = ("-o", "claimcheck_max_failure_blocks=1000000000")
GRANULARITIES = ("pair", "article", "claim")


def pytest_run(root: Path, *args: str) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one pytest run in ``root`` with
    default options (pytest's cache off, so every run is cold).

    The peak is the child's own (``wait4``), not this process's.
    """
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args]
    start = time.perf_counter()
    with open(root / "pytest.out", "wb") as out:
        child = subprocess.Popen(command, cwd=root, stdout=out, stderr=out)
        _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    child.returncode = code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.stderr.write((root / "pytest.out").read_text()[-3000:])
        raise SystemExit(f"pytest {' '.join(args)} in {root} exited {code}")
    return seconds, usage.ru_maxrss / 1024


def measure_item_cost(articles: int, work: Path) -> dict[str, Any]:
    """The checks with default options (granularity ``auto``, ``--tb=auto``)
    against as many trivial tests; as pair items, with the discrepancy list
    and with every failure a block (as before the list); and as claim and as
    article items."""
    root = project(work, articles)
    items = articles * corpus.SUITE.count("  - id:")
    trivial = trivial_project(work, items)
    trivial_s, _ = pytest_run(trivial)
    default_s, _ = pytest_run(root, "assertions")
    listed_s, _ = pytest_run(root, "assertions", PAIR)
    blocks_s, _ = pytest_run(root, "assertions", PAIR, *ALL_BLOCKS)
    claim_s, _ = pytest_run(root, "assertions", "--claimcheck-granularity=claim")
    article_s, _ = pytest_run(root, "assertions", "--claimcheck-granularity=article")
    return {
        "item_cost_items": items,
        "item_cost_trivial_s": round(trivial_s, 2),
        "item_cost_default_s": round(default_s, 2),
        "item_cost_pair_s": round(listed_s, 2),
        "item_cost_pair_all_blocks_s": round(blocks_s, 2),
        "item_cost_ratio": round(default_s / trivial_s, 3),
        "item_cost_ratio_pair": round(listed_s / trivial_s, 3),
        "item_cost_ratio_all_blocks": round(blocks_s / trivial_s, 3),
        "item_cost_ratio_claim": round(claim_s / trivial_s, 3),
        "item_cost_ratio_article": round(article_s / trivial_s, 3),
    }


def measure_memory(
    sizes: list[int], work: Path, granularities: tuple[str, ...] = GRANULARITIES
) -> dict[str, Any]:
    """Peak RSS of a whole pytest run, per granularity and corpus size, on
    the realistic profile; pair items only up to 10,000 articles (20 items
    an article), beside as many trivial tests; as many trivial tests as
    article items at every size.  ``granularities``: those measured (the
    trivial tests of pair size only with ``pair``)."""
    rss: dict[str, dict[str, float]] = {
        g: {} for g in (*granularities, "trivial", "trivial_per_article")
    }
    for size in sizes:
        root = project(work, size, "realistic")
        key = str(size)
        for granularity in granularities:
            if granularity == "pair" and size > 10_000:
                continue
            _, peak = pytest_run(
                root, "assertions", f"--claimcheck-granularity={granularity}"
            )
            rss[granularity][key] = round(peak, 1)
        if size <= 10_000 and "pair" in granularities:
            items = size * corpus.SUITE.count("  - id:")
            _, peak = pytest_run(trivial_project(work, items))
            rss["trivial"][key] = round(peak, 1)
        # pytest's own memory for as many items as article granularity makes
        _, peak = pytest_run(trivial_project(work, size))
        rss["trivial_per_article"][key] = round(peak, 1)
        shutil.rmtree(root, ignore_errors=True)
    results: dict[str, Any] = {f"rss_mb_{g}": v for g, v in rss.items() if v}
    if "pair" in rss:
        results["rss_pair_vs_trivial"] = {
            k: round(v / rss["trivial"][k], 3) for k, v in rss["pair"].items()
        }
    if "article" in rss:
        results["rss_article_vs_trivial"] = {
            k: round(v / rss["trivial_per_article"][k], 3)
            for k, v in rss["article"].items()
        }
    grown = [g for g in ("article", "claim") if g in rss]
    if len(sizes) > 1:
        base, last = str(10_000 if 10_000 in sizes[:-1] else sizes[0]), str(sizes[-1])
        results["rss_growth_to_largest"] = {
            g: round(rss[g][last] / rss[g][base], 3) for g in grown
        }
        trivial = rss["trivial_per_article"]
        results["rss_growth_trivial_per_article"] = round(
            trivial[last] / trivial[base], 3
        )
        # what each article past the smallest size adds to the peak: for
        # article items and as many trivial tests, bytes an item
        first, added = str(sizes[0]), sizes[-1] - sizes[0]
        results["rss_bytes_per_added_article"] = {
            g: round((rss[g][last] - rss[g][first]) * 2**20 / added)
            for g in (*grown, "trivial_per_article")
        }
    return results
