"""The ``claimcheck`` command: see what the engine reads in an article."""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from claimcheck.claims import QuantityClaim
from claimcheck.engine.articles import Article, load_article, parse_article
from claimcheck.engine.index import ArticleIndex, Mention, build_lexicon, index_article
from claimcheck.engine.match import quantity_in_claim_unit
from claimcheck.errors import ClaimcheckError
from claimcheck.suite.loader import is_assertion_file, load_assertion_file

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args, sys.stdout))
    except ClaimcheckError as exc:
        print(f"claimcheck: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimcheck",
        description="Check news articles against the facts you believe.",
    )
    commands = parser.add_subparsers(required=True, metavar="COMMAND")
    extract = commands.add_parser(
        "extract",
        help="print every quantity the engine reads in articles",
        description="Print every quantity read in each FILE, with its line:column,"
        " the quoted text, the interval, the unit, and the measure word it binds"
        " to (and the claims of --assertions that would count it).",
    )
    extract.add_argument(
        "files", nargs="+", metavar="FILE", help="article; - reads stdin"
    )
    extract.add_argument(
        "--json", action="store_true", help="one JSON object per quantity per line"
    )
    extract.add_argument(
        "--assertions",
        metavar="DIR",
        type=Path,
        help="assertion files whose measures compete for numbers and are named",
    )
    extract.set_defaults(run=_extract)
    return parser


def _extract(args: argparse.Namespace, out: TextIO) -> int:
    claims = _load_claims(args.assertions) if args.assertions else []
    lexicon = build_lexicon(c.measure for c in claims)
    for name in args.files:
        article = _read(name)
        index = index_article(article, lexicon, read_all=True)
        for record in _records(index, claims):
            out.write(_json(record) + "\n" if args.json else _line(record) + "\n")
    return 0


def _json(record: dict[str, Any]) -> str:
    """One record as strict JSON: an unbounded side is null, and a bound too
    large for a float (never read, but never printed as Infinity) a string."""
    for key in ("low", "high"):
        value = record[key]
        if value is not None and not math.isfinite(value):
            record[key] = str(value)
    return json.dumps(record, allow_nan=False)


def _read(name: str) -> Article:
    if name == "-":
        return parse_article(sys.stdin.read(), path="<stdin>")
    return load_article(Path(name), display_path=name)


def _load_claims(folder: Path) -> list[QuantityClaim]:
    if not folder.is_dir():
        raise ClaimcheckError(f"{folder}: no such folder of assertion files")
    claims: list[QuantityClaim] = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and is_assertion_file(path):
            loaded = load_assertion_file(path, rootdir=Path.cwd(), default_corpus=["."])
            claims += [c for c in loaded.claims if isinstance(c, QuantityClaim)]
    return claims


def _records(
    index: ArticleIndex, claims: Sequence[QuantityClaim]
) -> Iterator[dict[str, Any]]:
    article = index.article
    for mention in index.mentions:
        q = mention.quantity
        line, column = article.position(q.start)
        measure = None
        if mention.bound is not None:
            measure = article.text[mention.bound[0] : mention.bound[1]]
        yield {
            "path": article.path,
            "line": line,
            "column": column,
            "start": q.start,
            "end": q.end,
            "text": q.text,
            "low": q.interval.low,
            "high": q.interval.high,
            "low_inclusive": q.interval.low_inclusive,
            "high_inclusive": q.interval.high_inclusive,
            "unit": q.unit,
            "measure": measure,
            "claims": [c.id for c in claims if _counts_for(c, mention, index)],
        }


def _counts_for(claim: QuantityClaim, mention: Mention, index: ArticleIndex) -> bool:
    return (
        mention.bound is not None
        and mention.bound in index.hits(claim.measure)
        and quantity_in_claim_unit(mention, claim) is not None
    )


def _line(record: dict[str, Any]) -> str:
    def bound(value: float | None, inclusive: bool, low: bool) -> str:
        if value is None:
            return "(-inf" if low else "inf)"
        text = f"{value:g}"
        return (
            ("[" if inclusive else "(") + text
            if low
            else text + ("]" if inclusive else ")")
        )

    interval = (
        f"{bound(record['low'], record['low_inclusive'], True)},"
        f" {bound(record['high'], record['high_inclusive'], False)}"
    )
    parts = [
        f"{record['path']}:{record['line']}:{record['column']}:",
        repr(record["text"]),
        interval,
    ]
    if record["unit"]:
        parts.append(record["unit"])
    if record["measure"]:
        parts.append(f"-> {record['measure']!r}")
    if record["claims"]:
        parts.append("(" + ", ".join(record["claims"]) + ")")
    return " ".join(parts)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
