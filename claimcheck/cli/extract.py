"""``claimcheck extract``: see what the engine reads in an article."""

from __future__ import annotations

import argparse
import os
import stat
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Literal, TextIO, TypedDict

from claimcheck.claims import QuantityClaim, StatementClaim
from claimcheck.engine.articles import (
    Article,
    file_kind,
    load_article,
    noting_warnings,
    parse_article,
)
from claimcheck.engine.index import ArticleIndex, Mention, build_lexicon, index_article
from claimcheck.engine.match import match_claim, quantity_in_claim_unit
from claimcheck.errors import ArticleError
from claimcheck.run.atomic import json_text
from claimcheck.suggest.command import add_size_limit
from claimcheck.suite.loader import claims_in_folder
from claimcheck.suite.names import broken_name

__all__ = ["QuantityRecord", "StatementRecord", "add_parser"]


class QuantityRecord(TypedDict):
    """One quantity ``extract`` read: a line of its ``--json`` output."""

    path: str
    line: int
    column: int
    start: int
    end: int
    text: str
    #: the interval's bounds; None where it is open-ended
    low: float | None
    high: float | None
    low_inclusive: bool
    high_inclusive: bool
    unit: str | None
    #: the measure word the quantity binds to, if any
    measure: str | None
    #: ids of the ``--assertions`` claims that would count it
    claims: list[str]


class StatementRecord(TypedDict):
    """One statement ``extract`` found: a line of its ``--json`` output."""

    path: str
    line: int
    column: int
    start: int
    end: int
    kind: Literal["statement"]
    #: the id of the ``--assertions`` claim whose sentence it is
    claim: str
    text: str
    #: how the article puts it: "affirmed", "negated", "hypothetical (...)"
    reading: str
    bearing: Literal["supports", "contradicts", "neither"]
    reason: str


def add_parser(commands: Any) -> None:
    """Add ``extract`` to the command's subparsers."""
    extract = commands.add_parser(
        "extract",
        help="print every quantity the engine reads in articles",
        description="Print every quantity read in each FILE, with its line:column,"
        " the quoted text, the interval, the unit, and the measure word it binds"
        " to (and the claims of --assertions that would count it); with"
        " --assertions, also every statement of their claims found in the file,"
        " with how the file puts it (affirmed, negated, hypothetical).",
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
        help="assertion files whose measures compete for numbers and are named,"
        " and whose statements are looked for",
    )
    add_size_limit(extract, "refuse an article file over N bytes")
    extract.set_defaults(run=_extract)


def _extract(args: argparse.Namespace, out: TextIO) -> int:
    loaded = claims_in_folder(args.assertions) if args.assertions else []
    claims = [c for c in loaded if isinstance(c, QuantityClaim)]
    statements = [c for c in loaded if isinstance(c, StatementClaim)]
    lexicon = build_lexicon((c.measure, c.unit) for c in claims)
    for name in args.files:
        article = _read(name, args.max_article_bytes or None)
        index = index_article(article, lexicon, read_all=True)
        for record in _records(index, claims):
            out.write(
                (json_text(record, compact=True) if args.json else _line(record)) + "\n"
            )
        for statement in _statement_records(index, statements):
            text = (
                json_text(statement, compact=True)
                if args.json
                else _statement_line(statement)
            )
            out.write(text + "\n")
    return 0


def _read(name: str, max_bytes: int | None) -> Article:
    if name == "-":
        return parse_article(_stdin_text(max_bytes), path="<stdin>")
    broken = broken_name([name], "article")
    if broken is not None:
        raise ArticleError(broken)
    path = Path(name)
    _check_regular(path, name)
    notes: list[str] = []
    article = noting_warnings(
        lambda: load_article(
            path,
            display_path=name,
            max_bytes=max_bytes,
            limit_name="--max-article-bytes",
        ),
        notes,
    )
    for note in notes:
        print(f"claimcheck: note: {note}", file=sys.stderr)
    return article


def _stdin_text(max_bytes: int | None) -> str:
    """Standard input's text, refused past ``max_bytes`` (read no further)."""
    if max_bytes is None:
        return sys.stdin.read()
    text = sys.stdin.read(max_bytes + 1)
    if len(text.encode("utf-8", "surrogateescape")) > max_bytes:
        raise ArticleError(
            f"<stdin>: article is over the limit of {max_bytes:,} bytes; split it,"
            " or raise --max-article-bytes"
        )
    return text


def _check_regular(path: Path, name: str) -> None:
    """Refuse what is not a regular file: reading a device could never end."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return  # reading it says what is wrong
    if stat.S_ISREG(mode):
        return
    kind = file_kind(mode)
    via = f" (a link to {os.path.realpath(path)})" if path.is_symlink() else ""
    raise ArticleError(
        f"{name}{via} is {kind}, not an article file; give the path of a text,"
        " Markdown or HTML file (or - to read standard input)"
    )


_BEARING: dict[bool | None, Literal["supports", "contradicts", "neither"]] = {
    True: "supports",
    False: "contradicts",
    None: "neither",
}


def _statement_records(
    index: ArticleIndex, claims: Sequence[StatementClaim]
) -> Iterator[StatementRecord]:
    """Each place a statement claim is found, with how the article puts it."""
    article = index.article
    for claim in claims:
        for evidence in match_claim(claim, index).evidence:
            line, column = article.position(evidence.start)
            yield {
                "path": article.path,
                "line": line,
                "column": column,
                "start": evidence.start,
                "end": evidence.end,
                "kind": "statement",
                "claim": claim.id,
                "text": evidence.text,
                "reading": evidence.value,
                "bearing": _BEARING[evidence.compatible],
                "reason": evidence.reason,
            }


def _statement_line(record: StatementRecord) -> str:
    return (
        f"{record['path']}:{record['line']}:{record['column']}:"
        f" [{record['claim']}] {record['bearing']} ({record['reading']}):"
        f" {record['reason']}: {record['text']!r}"
    )


def _records(
    index: ArticleIndex, claims: Sequence[QuantityClaim]
) -> Iterator[QuantityRecord]:
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


def _line(record: QuantityRecord) -> str:
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
