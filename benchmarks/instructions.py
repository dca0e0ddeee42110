"""Instructions the engine runs on the seed articles, indexing and matching.

CPU time on a shared machine varies by a tenth or more from run to run;
the number of instructions does not.  This runs the same passes as the
harness's ``matching / indexing time on the seeds`` (every claim of
``assertions/`` against every seed article) under valgrind's cachegrind
and reports instructions per pass::

    python benchmarks/instructions.py            # this tree
    python benchmarks/instructions.py --tree DIR # another checkout
    python benchmarks/instructions.py --synthetic 60  # indexing only, on the
                                                      # first 60 synthetic articles

Each figure is the difference of two runs of the same warm process (one
pass more against one pass less), so the start-up, the suite's loading and
the first compilation of patterns cancel out.  The garbage collector is
stopped after the warm pass: where its collections fall (inside or outside
the counted passes) moved the figures by 2-4 million whatever the change,
and a collection costs about 2.5 % of indexing.  Needs ``valgrind`` on PATH.
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: passes run beyond the warm-up; each figure is divided by it
PASSES = 3


def _passes(tree: Path, what: str, passes: int, synthetic: int = 0) -> None:
    """Index the seed articles ``passes`` times (and match every claim
    against them when ``what`` is ``match``), after one warm pass; with
    ``synthetic``, that many synthetic articles with their suite instead."""
    sys.path.insert(0, str(tree))
    sys.path.insert(0, str(HERE))
    import corpus
    from run import load_suite

    from claimcheck.engine.articles import parse_article
    from claimcheck.engine.index import index_article
    from claimcheck.engine.match import match_claim

    if synthetic:
        with tempfile.TemporaryDirectory() as tmp:
            corpus.write_suite(Path(tmp))
            (Path(tmp) / "corpus").mkdir()
            state = load_suite(Path(tmp))
        texts = [(n, t.encode()) for n, t in corpus.iter_articles(synthetic)]
    else:
        state = load_suite(tree, "seeds")
        texts = [
            (p.name, p.read_bytes()) for p in sorted((tree / "seeds").glob("*.txt"))
        ]
    lexicon = state.collection.lexicon
    claims = state.collection.claims

    def index_all() -> list[object]:
        return [index_article(parse_article(t, path=n), lexicon) for n, t in texts]

    def match_all(indexes: list[object]) -> None:
        for index in indexes:
            for claim in claims:
                match_claim(claim, index)  # type: ignore[arg-type]

    match_all(index_all())
    gc.collect()
    gc.disable()
    for _ in range(passes):
        indexes = index_all()
        if what == "match":
            match_all(indexes)


def _count(tree: Path, what: str, passes: int, synthetic: int = 0) -> int:
    """Instructions of one run of :func:`_passes` under cachegrind."""
    command = [
        "valgrind",
        "--tool=cachegrind",
        "--cache-sim=no",
        "--cachegrind-out-file=/dev/null",
        sys.executable,
        str(Path(__file__).resolve()),
        "--tree",
        str(tree),
        "--run",
        what,
        str(passes),
        "--synthetic",
        str(synthetic),
    ]
    env = dict(os.environ, PYTHONHASHSEED="0")
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if found is None:
        raise SystemExit(f"no instruction count in valgrind's output:\n{done.stderr}")
    return int(found.group(1).replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tree", type=Path, default=HERE.parent)
    parser.add_argument("--run", nargs=2, metavar=("WHAT", "PASSES"))
    parser.add_argument(
        "--synthetic",
        type=int,
        default=0,
        metavar="N",
        help="index N synthetic articles (benchmarks/corpus.py), no matching",
    )
    args = parser.parse_args()
    tree = args.tree.resolve()
    if args.run:
        _passes(tree, args.run[0], int(args.run[1]), args.synthetic)
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not on PATH")
    warm = _count(tree, "index", 0, args.synthetic)
    indexed = _count(tree, "index", PASSES, args.synthetic)
    index = (indexed - warm) / PASSES
    if args.synthetic:
        print(f"instructions per pass on {args.synthetic} synthetic articles ({tree})")
        print(f"  indexing  {index:15,.0f}")
        return
    matched = _count(tree, "match", PASSES)
    match = (matched - indexed) / PASSES
    print(f"instructions per pass on the seed articles ({tree})")
    print(f"  indexing  {index:15,.0f}")
    print(f"  matching  {match:15,.0f}")
    print(f"  matching / indexing  {match / index:.3f}")


if __name__ == "__main__":
    main()
