"""The engine on the seed articles, this tree against a git revision, in one run.

``python benchmarks/compare.py [REV] [--rounds N] [--synthetic N] [--json PATH]``

Checks REV (default ``main``) out into a temporary worktree, then times
indexing (read, number reading, binding) and matching (every claim of the
tree's own ``assertions/`` against every article) of the seed articles in a
child process per round (six passes each, best kept), alternating the two
trees round by round so that load on the machine falls on both alike. Each
tree is measured with the suite it ships, so a rewritten suite counts as part
of its cost. Prints the best round of each and the ratio (this tree / REV):
above 1 is faster than REV.

``--synthetic N`` measures N articles of the synthetic corpus
(``benchmarks/corpus.py``, figure-dense) with its own suite instead, the same
texts for both trees (this tree's corpus module writes them once).  Times are
process CPU time in either case.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

#: runs in the child with the tree's own package first on sys.path
CHILD = r"""
import json, sys, time
from pathlib import Path
root = Path(sys.argv[1])
seeds = Path(sys.argv[2])
suite_root = Path(sys.argv[3]) if len(sys.argv) > 3 else root
import claimcheck
from claimcheck import QuantityClaim, build_lexicon, index_article, match_claim
from claimcheck import load_suite, parse_article
where = Path(claimcheck.__file__).resolve()
assert where.is_relative_to(root.resolve()), where
paths = sorted(
    p for p in (suite_root / "assertions").glob("*.yaml")
    if p.name not in ("claimcheck.yaml", "claimcheck-baseline.yaml")
)
suite = load_suite(paths, rootdir=suite_root, default_corpus=[seeds.name])
claims = [c for f in suite.files for c in f.claims]
quantities = [c for c in claims if isinstance(c, QuantityClaim)]
try:  # units steer binding where the tree's lexicon takes them
    lexicon = build_lexicon([(c.measure, c.unit) for c in quantities])
except (AttributeError, TypeError):
    lexicon = build_lexicon([c.measure for c in quantities])
texts = [(p.name, p.read_bytes()) for p in sorted(seeds.glob("*.txt"))]
chars = sum(len(t.decode("utf-8")) for _, t in texts)
index_s = match_s = float("inf")
for _ in range(6):  # the first pass warms lazy compilation; best of all
    start = time.process_time()
    indexes = [index_article(parse_article(t, path=n), lexicon) for n, t in texts]
    index_s = min(index_s, time.process_time() - start)
    start = time.process_time()
    for index in indexes:
        for claim in claims:
            match_claim(claim, index)
    match_s = min(match_s, time.process_time() - start)
print(json.dumps({"chars": chars, "index_s": index_s, "match_s": match_s}))
"""


def main(argv: list[str] | None = None) -> int:
    """Measure both trees, print the table, write the JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rev", nargs="?", default="main", help="git revision")
    parser.add_argument("--rounds", type=int, default=15, help="rounds per tree")
    parser.add_argument(
        "--synthetic",
        type=int,
        metavar="N",
        help="N articles of the synthetic corpus in place of the seed articles",
    )
    parser.add_argument("--json", metavar="PATH", help="write the figures here")
    args = parser.parse_args(argv)
    with contextlib.ExitStack() as stack:
        other = stack.enter_context(checked_out(args.rev))
        if args.synthetic:
            suite_root = Path(stack.enter_context(tempfile.TemporaryDirectory()))
            seeds = synthetic_corpus(suite_root, args.synthetic)
            results = compare(ROOT, other, seeds, args.rounds, suite_root)
            results["synthetic"] = args.synthetic
        else:
            results = compare(ROOT, other, ROOT / "seeds", args.rounds)
    results["rev"] = args.rev
    for key in ("index", "match", "total"):
        print(
            f"{key:>5}: this tree {results['this'][key + '_chars_per_s']:>12,.0f}"
            f" chars/s, {args.rev} {results['rev_tree'][key + '_chars_per_s']:>12,.0f}"
            f" chars/s, ratio {results[key + '_ratio']:.3f}"
        )
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1) + "\n")
    return 0


def synthetic_corpus(folder: Path, count: int) -> Path:
    """Write ``count`` synthetic articles and their suite under ``folder``;
    the folder of the articles (flat, as the child reads ``*.txt``)."""
    sys.path.insert(0, str(HERE))
    try:
        import corpus  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(HERE))
    corpus.write_suite(folder)
    articles = folder / "corpus"
    articles.mkdir(exist_ok=True)
    for name, text in corpus.iter_articles(count):
        (articles / name).write_text(text, encoding="utf-8")
    return articles


def compare(
    this: Path, other: Path, seeds: Path, rounds: int, suite_root: Path | None = None
) -> dict[str, Any]:
    """Best-of-``rounds`` figures for both trees, measured alternately; each
    tree's own suite unless ``suite_root`` holds one for both."""
    best: dict[str, dict[str, float]] = {"this": {}, "rev_tree": {}}
    chars = 0
    for _ in range(rounds):
        for name, tree in (("this", this), ("rev_tree", other)):
            figures = child(tree, seeds, suite_root)
            chars = figures["chars"]
            mine = best[name]
            for key in ("index_s", "match_s"):
                mine[key] = min(mine.get(key, float("inf")), figures[key])
            total = figures["index_s"] + figures["match_s"]
            mine["total_s"] = min(mine.get("total_s", float("inf")), total)
    out: dict[str, Any] = {"chars": chars, "rounds": rounds}
    for name, mine in best.items():
        out[name] = {
            f"{key[:-2]}_chars_per_s": round(chars / seconds)
            for key, seconds in mine.items()
        }
    for key in ("index", "match", "total"):
        out[f"{key}_ratio"] = round(
            out["this"][f"{key}_chars_per_s"] / out["rev_tree"][f"{key}_chars_per_s"],
            3,
        )
    return out


def child(tree: Path, seeds: Path, suite_root: Path | None = None) -> dict[str, float]:
    """One round in a fresh interpreter that imports ``tree``'s package."""
    extra = [] if suite_root is None else [str(suite_root)]
    result: dict[str, float] = json.loads(
        run_in(tree, CHILD, str(tree), str(seeds), *extra)
    )
    return result


@contextlib.contextmanager
def checked_out(rev: str) -> Iterator[Path]:
    """A temporary git worktree of ``rev``, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="claimcheck-compare-") as tmp:
        other = Path(tmp) / "tree"
        subprocess.run(
            ["git", "worktree", "add", "--detach", "-q", str(other), rev],
            cwd=ROOT,
            check=True,
        )
        try:
            yield other
        finally:
            subprocess.run(
                ["git", "worktree", "remove", "--force", str(other)],
                cwd=ROOT,
                check=False,
            )


def run_in(tree: Path, code: str, *args: str) -> str:
    """The last line ``code`` prints, run in a fresh interpreter that imports
    ``tree``'s package, with ``args``."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=tree,
        check=False,
    )
    if done.returncode:
        raise SystemExit(f"the engine of {tree} failed:\n{done.stderr[-3000:]}")
    return done.stdout.splitlines()[-1]


if __name__ == "__main__":
    raise SystemExit(main())
