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
  many trivial tests;
- hostile: characters per second of each hostile input (benchmarks/hostile.py:
  a list of number words, a line with no full stop, deep brackets...), and
  the slowest one's against the seed articles';
- peers: quantulum3, Recognizers-Text and number-parser beside claimcheck,
  reading speed and accuracy (benchmarks/peers.py), in their own
  environment (``--peers-python``; skipped without it).

The table (benchmarks/table.py) shows each figure with its target, met or
missed.

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
import hostile  # noqa: E402
import peers  # noqa: E402
import table  # noqa: E402
from pytest_phases import (  # noqa: E402
    GRANULARITIES,
    measure_claim_mode,
    measure_item_cost,
    measure_memory,
    measure_pytest,
    measure_xdist,
    project,
)

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
    "peer_articles": 20,
    "hostile_chars": 200_000,
}
QUICK = {
    "memory_sizes": [1_000],
    "item_cost_articles": 100,
    "sizes": [200, 500, 1_000],
    "engine_articles": 300,
    "pytest_articles": 50,
    "xdist_articles": 200,
    "claim_articles": 500,
    "peer_articles": 10,
    "hostile_chars": 40_000,
}


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
    parser.add_argument(
        "--granularities",
        metavar="NAMES",
        help="granularities of the memory phase, comma-separated (default:"
        f" {','.join(GRANULARITIES)}; pytest's trivial tests of pair size run"
        " with pair only)",
    )
    parser.add_argument(
        "--peers-python",
        default=peers.DEFAULT_PYTHON,
        metavar="PYTHON",
        help="the Python of the environment holding quantulum3, Recognizers-Text"
        " and number-parser (the peers phase is skipped without it)",
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
    plan["granularities"] = (
        tuple(args.granularities.split(",")) if args.granularities else GRANULARITIES
    )
    if set(plan["granularities"]) - set(GRANULARITIES):
        parser.error(f"unknown granularities: use {', '.join(GRANULARITIES)}")
    plan["peers_python"] = args.peers_python
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
        "peers": lambda: {
            "peers": peers.compare(plan["peers_python"], plan["peer_articles"])
        },
        "growth": lambda: measure_growth(plan["sizes"], work),
        "pytest": lambda: measure_pytest(plan["pytest_articles"], work),
        "items": lambda: measure_item_cost(plan["item_cost_articles"], work),
        "memory": lambda: measure_memory(
            plan["memory_sizes"], work, plan.get("granularities", GRANULARITIES)
        ),
        "xdist": lambda: measure_xdist(plan["xdist_articles"], work),
        "claim": lambda: measure_claim_mode(plan["claim_articles"], work),
        "hostile": lambda: measure_hostile(plan["hostile_chars"]),
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


def measure_hostile(chars: int) -> dict[str, Any]:
    """Characters per second of each hostile input (benchmarks/hostile.py)
    at about ``chars`` characters, and of the slowest beside the seed
    articles' in the same run (both by the wall clock, best of three and of
    five passes)."""
    speeds = hostile.measure(chars, rounds=3, clock=time.perf_counter)
    slowest = min(speeds, key=speeds.__getitem__)
    seeds_cps, _ = measure_engine_on_seeds(rounds=5)
    return {
        "hostile_chars": chars,
        "hostile_chars_per_s": speeds,
        "hostile_slowest": slowest,
        "hostile_slowest_chars_per_s": speeds[slowest],
        "hostile_slowest_vs_seeds": round(speeds[slowest] / seeds_cps, 4),
    }


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


#: the phases, in the order they run
PHASES = (
    "fixed",
    "engine",
    "peers",
    "growth",
    "pytest",
    "items",
    "memory",
    "xdist",
    "claim",
    "hostile",
)


def print_table(results: dict[str, Any]) -> None:
    print("\n".join(table.table_lines(results)))


if __name__ == "__main__":
    raise SystemExit(main())
