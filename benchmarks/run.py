"""claimcheck's benchmark harness: ``python benchmarks/run.py [--quick] [--json PATH]``.

Builds the synthetic corpus of :mod:`corpus` at several sizes, then measures
in one run, side by side:

- the engine: characters and articles per second for reading and indexing,
  and (claim, article) pairs per second for matching;
- the limit: one pass of a single compiled regular expression for digits
  and number words over the same texts, and the engine's ratio to it;
- pytest: wall time on N claim items against N trivial parametrized tests;
- growth and memory: time per article and peak RSS at each corpus size, each
  size in its own process;
- parallel: the speed-up of ``-n 2`` (pair items), and the wall time of
  ``--claimcheck-granularity=claim`` with ``-n 2``;
- pytest's cost per item with default options: claim items against trivial
  tests, with the discrepancy list in place of failure blocks and with the
  blocks, and the same checks as claim and article items;
- memory: peak RSS of a whole pytest run per granularity over corpora of
  the realistic profile (seed-like lengths and figure density), against as
  many trivial tests.

See docs/benchmarks.md for what each figure means and the targets.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

#: the floor: digits and number words, nothing else
LIMIT_PATTERN = re.compile(
    r"\d+|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand"
    r"|million|billion|trillion|dozens?)\b",
    re.IGNORECASE,
)

FULL = {
    "memory_sizes": [1_000, 10_000, 100_000],
    "item_cost_articles": 650,
    "sizes": [1_000, 10_000, 100_000],
    "engine_articles": 2_000,
    "pytest_articles": 1_000,
    "xdist_articles": 10_000,
    "claim_articles": 10_000,
}
QUICK = {
    "memory_sizes": [1_000],
    "item_cost_articles": 100,
    "sizes": [200, 500, 1_000],
    "engine_articles": 300,
    "pytest_articles": 50,
    "xdist_articles": 200,
    "claim_articles": 500,
}

INI = "[pytest]\nclaimcheck_corpus = corpus\n"


def main(argv: list[str] | None = None) -> int:
    """Run every measurement, print the table, write the JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes (< 2 min)")
    parser.add_argument("--json", metavar="PATH", help="write the figures here")
    parser.add_argument(
        "--phases",
        metavar="NAMES",
        help=f"run only these phases, comma-separated ({', '.join(PHASES)})",
    )
    parser.add_argument(
        "--memory-sizes",
        metavar="N,N",
        help="corpus sizes of the memory phase (default: 1000 quick;"
        " 1000,10000,100000 full)",
    )
    parser.add_argument("--keep", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--engine-child", metavar="DIR", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.engine_child:
        print(json.dumps(engine_child(Path(args.engine_child))))
        return 0
    plan = dict(QUICK if args.quick else FULL)
    if args.memory_sizes:
        plan["memory_sizes"] = [int(n) for n in args.memory_sizes.split(",")]
    plan["phases"] = args.phases.split(",") if args.phases else list(PHASES)
    unknown = set(plan["phases"]) - set(PHASES)
    if unknown:
        parser.error(f"unknown phases {sorted(unknown)}: use {', '.join(PHASES)}")
    work = Path(tempfile.mkdtemp(prefix="claimcheck-bench-"))
    try:
        results = run_all(plan, work, quick=args.quick, json_path=args.json)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print_table(results)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1) + "\n")
    return 0


def project(work: Path, articles: int, profile: str = "synthetic") -> Path:
    """A project folder: the 20-claim suite and a corpus of ``articles``."""
    suffix = "" if profile == "synthetic" else f"-{profile}"
    root = work / f"project-{articles}{suffix}"
    if not root.exists():
        corpus.write_suite(root)
        corpus.write_corpus(root / "corpus", articles, profile=profile)
        (root / "pytest.ini").write_text(INI)
    return root


def run_all(
    plan: dict[str, Any], work: Path, *, quick: bool, json_path: str | None = None
) -> dict[str, Any]:
    started = time.perf_counter()
    results: dict[str, Any] = {
        "mode": "quick" if quick else "full",
        "machine": f"{platform.machine()}, {os.cpu_count()} cores,"
        f" Python {platform.python_version()}, {platform.system()}",
    }
    results["load_average_at_start"] = [round(x, 2) for x in os.getloadavg()]
    phases = {
        "fixed": measure_fixed_costs,
        "engine": lambda: measure_engine(plan["engine_articles"]),
        "growth": lambda: measure_growth(plan["sizes"], work),
        "pytest": lambda: measure_pytest(plan["pytest_articles"], work),
        "items": lambda: measure_item_cost(plan["item_cost_articles"], work),
        "memory": lambda: measure_memory(plan["memory_sizes"], work),
        "xdist": lambda: measure_xdist(plan["xdist_articles"], work),
        "claim": lambda: measure_claim_mode(plan["claim_articles"], work),
    }
    for name in PHASES:
        if name not in plan["phases"]:
            continue
        results.update(phases[name]())
        if json_path:  # a long run keeps what it has measured so far
            Path(json_path).write_text(json.dumps(results, indent=1) + "\n")
    results["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    results["harness_seconds"] = round(time.perf_counter() - started, 1)
    return results


# -- the engine, in this process ---------------------------------------------


def load_suite(root: Path, corpus_folder: str = "corpus") -> Any:
    from claimcheck.run.session import RunSession

    state = RunSession(rootdir=root, default_corpus=[corpus_folder])
    for path in sorted((root / "assertions").glob("*.yaml")):
        if path.name != "claimcheck.yaml":
            state.load_file(path)
    return state


def measure_engine(count: int) -> dict[str, Any]:
    """Engine and regex-limit throughput over the same in-memory texts."""
    from claimcheck.engine.articles import parse_article
    from claimcheck.engine.index import index_article
    from claimcheck.engine.match import match_claim

    texts = [(n, t.encode()) for n, t in corpus.iter_articles(count)]
    chars = sum(len(t) for _, t in texts)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        corpus.write_suite(root)
        (root / "corpus").mkdir()
        state = load_suite(root)
    lexicon = state.collection.lexicon
    # the number grammar compiles at first use: a fixed cost, measured apart
    index_article(parse_article(texts[0][1], path="warm-up"), lexicon)
    start = time.perf_counter()
    indexes = [index_article(parse_article(t, path=n), lexicon) for n, t in texts]
    engine_s = time.perf_counter() - start
    start = time.perf_counter()
    for index in indexes:
        for claim in state.collection.claims:
            match_claim(claim, index)
    match_s = time.perf_counter() - start
    decoded = [t.decode() for _, t in texts]
    start = time.perf_counter()
    for text in decoded:
        for _ in LIMIT_PATTERN.finditer(text):
            pass
    limit_s = time.perf_counter() - start
    engine_cps = chars / engine_s
    limit_cps = chars / limit_s
    seeds_cps, seeds_match_ratio = measure_engine_on_seeds()
    return {
        "engine_articles": count,
        "engine_chars": chars,
        "engine_chars_per_s": round(engine_cps),
        "engine_articles_per_s": round(count / engine_s, 1),
        "match_pairs_per_s": round(count * len(state.collection.claims) / match_s),
        "regex_limit_chars_per_s": round(limit_cps),
        "engine_vs_regex_limit": round(engine_cps / limit_cps, 4),
        "engine_chars_per_s_seeds": round(seeds_cps),
        "match_vs_index_seeds": round(seeds_match_ratio, 3),
    }


def measure_engine_on_seeds(rounds: int = 20) -> tuple[float, float]:
    """Engine characters per second on the project's own seed articles, and
    matching time over indexing time there.

    Real wire copy holds far fewer numbers than the synthetic corpus (one
    every ~240 characters against ~50), so this is the figure to expect on
    news; best of ``rounds`` passes with the project's own assertions,
    every claim of which is matched against every article.
    """
    from claimcheck.engine.articles import parse_article
    from claimcheck.engine.index import index_article
    from claimcheck.engine.match import match_claim

    root = HERE.parent
    state = load_suite(root, "seeds")
    lexicon = state.collection.lexicon
    claims = state.collection.claims
    texts = [(p.name, p.read_bytes()) for p in sorted((root / "seeds").glob("*.txt"))]
    chars = sum(len(t.decode("utf-8")) for _, t in texts)
    best = best_match = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        indexes = [index_article(parse_article(t, path=n), lexicon) for n, t in texts]
        best = min(best, time.perf_counter() - start)
        start = time.perf_counter()
        for index in indexes:
            for claim in claims:
                match_claim(claim, index)
        best_match = min(best_match, time.perf_counter() - start)
    return chars / best, best_match / best


# -- fixed costs, each in a fresh process -------------------------------------

#: prints, as JSON, what a fresh process pays before its first check
FIXED_CHILD = r"""
import json, time
start = time.perf_counter()
import pytest
pytest_s = time.perf_counter() - start
start = time.perf_counter()
import claimcheck.plugin
plugin_s = time.perf_counter() - start
from claimcheck.engine.numbers.units import convert
start = time.perf_counter()
convert(100.0, "mi2", "km2")
conversion_s = time.perf_counter() - start
from claimcheck import index_article, build_lexicon, parse_article
from claimcheck.engine.terms import Terms
lexicon = build_lexicon([Terms.of(["dead"])])
start = time.perf_counter()
index_article(parse_article("About 40 people are dead.", path="a.txt"), lexicon)
first_index_s = time.perf_counter() - start
import sys
print(json.dumps({"pytest_s": pytest_s, "plugin_s": plugin_s,
    "conversion_s": conversion_s, "first_index_s": first_index_s,
    "pint": "pint" in sys.modules}))
"""


def measure_fixed_costs(rounds: int = 5) -> dict[str, Any]:
    """What every process pays once: importing the plugin (beyond pytest's own
    import), the first unit conversion, the first article (the number
    grammar compiles then).  Best of ``rounds`` fresh processes, with
    bytecode caching on as an installed package has it."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    runs = [
        json.loads(
            subprocess.run(
                [sys.executable, "-c", FIXED_CHILD],
                capture_output=True,
                text=True,
                check=True,
                env=env,
            ).stdout
        )
        for _ in range(rounds + 1)  # the first writes the bytecode caches
    ][1:]
    return {
        "plugin_import_s": round(min(r["plugin_s"] for r in runs), 4),
        "pytest_import_s": round(min(r["pytest_s"] for r in runs), 4),
        "first_conversion_ms": round(min(r["conversion_s"] for r in runs) * 1e3, 3),
        "first_conversion_imports_pint": any(r["pint"] for r in runs),
        "first_article_s": round(min(r["first_index_s"] for r in runs), 4),
    }


# -- growth and memory, one process per size ----------------------------------


def engine_child(root: Path) -> dict[str, Any]:
    """Read, index and check every article of a project, article by article."""
    from claimcheck.run.collection import expand_corpus

    state = load_suite(root)
    paths = expand_corpus(["corpus"], root)
    start = time.perf_counter()
    for path in paths:
        state.expect(path)
        for claim in state.collection.claims:
            state.check(claim, path, assertion_file="assertions/cyclone.yaml")
        state.done(path)
    seconds = time.perf_counter() - start
    return {"articles": len(paths), "seconds": seconds, "rss_mb": peak_rss_kb() / 1024}


def peak_rss_kb() -> int:
    """This process's own peak resident memory, in KiB.

    Linux keeps ``ru_maxrss`` across fork and exec, so a child started by a
    large parent reports the parent's size; the memory map's high-water mark
    (``VmHWM``) starts afresh at exec.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def measure_growth(sizes: list[int], work: Path) -> dict[str, Any]:
    per_article: dict[str, float] = {}
    rss: dict[str, float] = {}
    for size in sizes:
        root = project(work, size)
        out = subprocess.run(
            [sys.executable, __file__, "--engine-child", str(root)],
            check=True,
            capture_output=True,
            text=True,
        )
        child = json.loads(out.stdout)
        per_article[str(size)] = round(child["seconds"] / child["articles"] * 1e3, 4)
        rss[str(size)] = round(child["rss_mb"], 1)
    first, last = per_article[str(sizes[0])], per_article[str(sizes[-1])]
    return {
        "per_article_ms": per_article,
        "per_article_growth_ratio": round(last / first, 3),
        "peak_rss_mb": rss,
    }


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


def measure_pytest(articles: int, work: Path) -> dict[str, Any]:
    root = project(work, articles)
    items = articles * corpus.SUITE.count("  - id:")
    trivial = trivial_project(work, items)
    claim_s = pytest_wall(root, "assertions")
    trivial_s = pytest_wall(trivial)
    # an unchanged corpus: the second run reads every index from the cache
    pytest_wall(root, "assertions", "--cache-clear", cache=True)
    warm_s = pytest_wall(root, "assertions", cache=True)
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
    serial = pytest_wall(root, "assertions")
    parallel = pytest_wall(root, "assertions", "-n", "2")
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
    """Claim items with default options (``--tb=auto``) against as many
    trivial tests; with every failure a block (as before the discrepancy
    list); and the same checks as claim and as article items."""
    root = project(work, articles)
    items = articles * corpus.SUITE.count("  - id:")
    trivial = trivial_project(work, items)
    trivial_s, _ = pytest_run(trivial)
    listed_s, _ = pytest_run(root, "assertions")
    blocks_s, _ = pytest_run(root, "assertions", *ALL_BLOCKS)
    claim_s, _ = pytest_run(root, "assertions", "--claimcheck-granularity=claim")
    article_s, _ = pytest_run(root, "assertions", "--claimcheck-granularity=article")
    return {
        "item_cost_items": items,
        "item_cost_trivial_s": round(trivial_s, 2),
        "item_cost_pair_s": round(listed_s, 2),
        "item_cost_pair_all_blocks_s": round(blocks_s, 2),
        "item_cost_ratio": round(listed_s / trivial_s, 3),
        "item_cost_ratio_all_blocks": round(blocks_s / trivial_s, 3),
        "item_cost_ratio_claim": round(claim_s / trivial_s, 3),
        "item_cost_ratio_article": round(article_s / trivial_s, 3),
    }


def measure_memory(sizes: list[int], work: Path) -> dict[str, Any]:
    """Peak RSS of a whole pytest run, per granularity and corpus size, on
    the realistic profile; pair items only up to 10,000 articles (20 items
    an article), beside as many trivial tests."""
    rss: dict[str, dict[str, float]] = {g: {} for g in (*GRANULARITIES, "trivial")}
    for size in sizes:
        root = project(work, size, "realistic")
        key = str(size)
        for granularity in GRANULARITIES:
            if granularity == "pair" and size > 10_000:
                continue
            _, peak = pytest_run(
                root, "assertions", f"--claimcheck-granularity={granularity}"
            )
            rss[granularity][key] = round(peak, 1)
        if size <= 10_000:
            items = size * corpus.SUITE.count("  - id:")
            _, peak = pytest_run(trivial_project(work, items))
            rss["trivial"][key] = round(peak, 1)
        shutil.rmtree(root, ignore_errors=True)
    results: dict[str, Any] = {f"rss_mb_{g}": v for g, v in rss.items()}
    results["rss_pair_vs_trivial"] = {
        k: round(v / rss["trivial"][k], 3) for k, v in rss["pair"].items()
    }
    if len(sizes) > 1:
        base, last = str(10_000 if 10_000 in sizes[:-1] else sizes[0]), str(sizes[-1])
        results["rss_growth_to_largest"] = {
            g: round(rss[g][last] / rss[g][base], 3) for g in ("article", "claim")
        }
    return results


# -- the table ---------------------------------------------------------------

TARGETS = [
    ("plugin_import_s", "import claimcheck.plugin beyond pytest, s", "<= 0.15"),
    ("first_conversion_ms", "first unit conversion, ms", "<= 50"),
    ("first_article_s", "first article (grammar compiles), s", ""),
    ("engine_chars_per_s", "engine chars/s (read+index)", ">= 2,500,000"),
    ("engine_articles_per_s", "engine articles/s", ""),
    ("engine_chars_per_s_seeds", "engine chars/s on the seed articles", ">= 4,000,000"),
    ("match_vs_index_seeds", "matching / indexing time on the seeds", "<= 0.5"),
    ("match_pairs_per_s", "matching (claim, article) pairs/s", ""),
    ("regex_limit_chars_per_s", "regex limit chars/s", ""),
    ("engine_vs_regex_limit", "engine / regex limit", ""),
    ("pytest_item_cost_ratio", "pytest claim items / trivial items", "<= 1.25"),
    ("pytest_item_cost_ratio_warm_cache", "the same, index cache warm", "<= 1.25"),
    ("per_article_growth_ratio", "time per article, largest / smallest", "<= 1.2"),
    ("peak_rss_mb", "peak RSS MB by corpus size", "<= 1024 at 100k"),
    ("xdist_speedup", "-n 2 speed-up (pair items)", ">= 1.7 at 10k"),
    ("xdist_speedup_article_mode", "-n 2 speed-up (granularity=article)", ""),
    ("xdist_speedup_trivial_tests", "-n 2 speed-up of trivial tests", ""),
    ("claim_mode_n2_s", "granularity=claim, -n 2, seconds", "<= 60 at 10k"),
    ("item_cost_items", "items, default options (--tb=auto)", ""),
    ("item_cost_ratio", "pair items / trivial tests", "<= 1.3 at 13,000"),
    ("item_cost_ratio_all_blocks", "the same, every failure a block", ""),
    ("item_cost_ratio_claim", "claim items / trivial tests", "<= 1.0 at 13,000"),
    ("item_cost_ratio_article", "article items / trivial tests", ""),
    ("rss_mb_pair", "peak RSS MB, pair items (realistic)", ""),
    ("rss_mb_trivial", "peak RSS MB, as many trivial tests", ""),
    ("rss_pair_vs_trivial", "pair / trivial peak RSS", "<= 1.2"),
    ("rss_mb_article", "peak RSS MB, article items", "<= 300 at 10k"),
    ("rss_mb_claim", "peak RSS MB, claim items", "<= 300 at 10k"),
    ("rss_growth_to_largest", "peak RSS, largest / 10k", "<= 1.2"),
]

#: the phases, in the order they run
PHASES = ("fixed", "engine", "growth", "pytest", "items", "memory", "xdist", "claim")


def print_table(results: dict[str, Any]) -> None:
    print(f"claimcheck benchmarks ({results['mode']}) on {results['machine']}")
    for key, label, target in TARGETS:
        if key not in results:
            continue
        value = results[key]
        if isinstance(value, dict):
            shown = ", ".join(f"{k}: {v:,}" for k, v in value.items())
        elif isinstance(value, float) and value < 100:
            shown = f"{value:.3f}"
        else:
            shown = f"{value:,}"
        print(f"  {label:<40} {shown:<30} {target}")
    print(
        f"  (harness took {results['harness_seconds']} s; load average"
        f" {results['load_average_at_start']} at start,"
        f" {results['load_average_at_end']} at end)"
    )


if __name__ == "__main__":
    raise SystemExit(main())
