"""The engine's output, this tree against a git revision: the same, byte for byte?

``python benchmarks/same_output.py [REV] [--synthetic N]``

A change meant only to make the engine faster must not change what it
reads.  This checks REV (default ``main``) out into a temporary worktree and,
in each tree, writes every article's paragraphs, sentences, mentions (each
quantity with its clause, binding, rule, scope and qualifier) and clauses,
and every (claim, article) pair's verdict, evidence and nearest sentences,
for the gold corpora under ``tests/data`` (realistic, heldout, fresh), the
seed articles with the project's assertions, and N synthetic articles
(``benchmarks/corpus.py``) with its suite.  Prints the counts and says
whether the two dumps are the same; exits 1 if not, showing the first line
that differs.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from compare import checked_out, run_in  # noqa: E402

#: runs in the child with the tree's own package first on sys.path
CHILD = r"""
import sys, tempfile
from pathlib import Path
import claimcheck
root = Path(sys.argv[1])
assert Path(claimcheck.__file__).resolve().is_relative_to(root.resolve())
from claimcheck import load_suite
from claimcheck.claims import QuantityClaim
from claimcheck.engine.articles import load_article, parse_article
from claimcheck.engine.index import build_lexicon, index_article
from claimcheck.engine.match import match_claim
from claimcheck.run.session import RunSession
from claimcheck.suite.loader import load_assertion_file
out = open(sys.argv[2], "w", encoding="utf-8")
count = {"articles": 0, "pairs": 0, "mentions": 0}
def dump(name, index, claims):
    a = index.article
    count["articles"] += 1
    out.write(f"## {name} {a.paragraphs} {a.sentences}\n")
    for m in index.mentions:
        count["mentions"] += 1
        out.write(f"M {m.quantity!r} {m.sentence} {m.clause} {m.bound} {m.rule}"
                  f" {m.combined} {m.scope} {m.qualifier}\n")
    for c in claims:
        v = match_claim(c, index)
        count["pairs"] += 1
        out.write(f"V {c.id} {v.kind.value} {v.candidates}\n")
        for e in v.evidence:
            out.write(f"E {e.start} {e.end} {e.text!r} {e.value!r} {e.compatible}"
                      f" {e.reason!r}\n")
    for s in sorted(index._clauses):
        out.write(f"C {s} {index._clauses[s]}\n")
for corpus in ("realistic", "heldout", "fresh"):
    data = root / "tests" / "data" / corpus
    for story in sorted(p.name for p in data.iterdir() if (p / "claims.yaml").exists()):
        claims = list(load_assertion_file(
            data / story / "claims.yaml", rootdir=data, default_corpus=[]).claims)
        lexicon = build_lexicon(
            (c.measure, c.unit) for c in claims if isinstance(c, QuantityClaim))
        for path in sorted((data / story / "articles").glob("*")):
            dump(f"{corpus}/{story}/{path.name}",
                 index_article(load_article(path), lexicon), claims)
paths = sorted(p for p in (root / "assertions").glob("*.yaml")
               if p.name not in ("claimcheck.yaml", "claimcheck-baseline.yaml"))
suite = load_suite(paths, rootdir=root, default_corpus=["seeds"])
claims = [c for f in suite.files for c in f.claims]
lexicon = build_lexicon(
    [(c.measure, c.unit) for c in claims if isinstance(c, QuantityClaim)])
for p in sorted((root / "seeds").glob("*.txt")):
    dump(f"seeds/{p.name}",
         index_article(parse_article(p.read_bytes(), path=p.name), lexicon), claims)
sys.path.insert(0, str(root / "benchmarks"))
import corpus as synthetic
with tempfile.TemporaryDirectory() as tmp:
    folder = Path(tmp)
    synthetic.write_suite(folder)
    (folder / "corpus").mkdir()
    state = RunSession(rootdir=folder, default_corpus=["corpus"])
    for path in sorted((folder / "assertions").glob("*.yaml")):
        if path.name != "claimcheck.yaml":
            state.load_file(path)
for name, text in synthetic.iter_articles(int(sys.argv[3])):
    dump(f"synthetic/{name}",
         index_article(parse_article(text.encode(), path=name),
                       state.collection.lexicon),
         state.collection.claims)
out.close()
print(" ".join(f"{k}={v}" for k, v in count.items()))
"""


def main(argv: list[str] | None = None) -> int:
    """Dump both trees' output and compare them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rev", nargs="?", default="main", help="git revision")
    parser.add_argument("--synthetic", type=int, default=300, metavar="N")
    args = parser.parse_args(argv)
    dumps: list[list[str]] = []
    with checked_out(args.rev) as other, tempfile.TemporaryDirectory() as tmp:
        for name, tree in (("this tree", ROOT), (args.rev, other)):
            dump = Path(tmp) / f"{len(dumps)}.txt"
            counts = run_in(tree, CHILD, str(tree), str(dump), str(args.synthetic))
            print(f"{name}: {counts}")
            dumps.append(dump.read_text(encoding="utf-8").splitlines())
    mine, theirs = dumps
    if mine == theirs:
        print(f"the same: {len(mine):,} lines")
        return 0
    first = next(
        (i for i, (a, b) in enumerate(zip(mine, theirs, strict=False)) if a != b),
        min(len(mine), len(theirs)),
    )
    print(f"they differ at line {first + 1}:")
    print(f"  this tree: {mine[first] if first < len(mine) else '(end)'}")
    print(f"  {args.rev}: {theirs[first] if first < len(theirs) else '(end)'}")
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
