"""The ``claimcheck suggest`` command: draft claims from what the coverage says."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, TextIO

from claimcheck.claims import QuantityClaim
from claimcheck.engine.articles import (
    ARTICLE_SUFFIXES,
    MAX_ARTICLE_BYTES,
    Article,
    load_article,
)
from claimcheck.errors import ArticleError, ArticleSkipped, ClaimcheckError
from claimcheck.suggest.drafting import draft
from claimcheck.suggest.render import render_json, render_yaml
from claimcheck.suite.loader import claims_in_folder
from claimcheck.suite.names import broken_name

__all__ = [
    "add_size_limit",
    "add_suggest_command",
    "article_paths",
    "load_articles",
    "run_suggest",
]

DESCRIPTION = """\
Read every article of CORPUS (folders are searched for .txt, .md and .markdown
files), group the figures outlets report by what they count, and print a draft
assertion file: one quantity claim per figure reported by at least
--min-articles articles, holding the value most of them agree on, with
comments quoting the articles that agree and those that disagree. Save it
under assertions/, review it, and run pytest.
"""


def add_suggest_command(commands: Any) -> None:
    """Register ``suggest`` on the sub-command parsers of ``claimcheck``."""
    parser = commands.add_parser(
        "suggest",
        help="draft claims from the figures the articles agree on",
        description=DESCRIPTION,
    )
    parser.add_argument(
        "corpus",
        nargs="+",
        metavar="CORPUS",
        help="an article file, or a folder searched for articles",
    )
    parser.add_argument(
        "--assertions",
        metavar="DIR",
        type=Path,
        help="skip what the assertion files in DIR already claim (and let their"
        " measure words compete for numbers)",
    )
    parser.add_argument(
        "--min-articles",
        metavar="N",
        type=int,
        default=2,
        help="draft a claim for a figure reported by N articles or more"
        " (default 2; 1 drafts one for every figure)",
    )
    add_size_limit(parser, "skip, with a note, every article file over N bytes")
    parser.add_argument(
        "--json", action="store_true", help="print the groups and figures as JSON"
    )
    parser.set_defaults(run=run_suggest)


def run_suggest(args: argparse.Namespace, out: TextIO) -> int:
    """Run ``claimcheck suggest`` with parsed arguments; returns the exit status."""
    if args.min_articles < 1:
        raise ClaimcheckError(
            f"--min-articles must be 1 or more, got {args.min_articles}"
        )
    claims = _quantity_claims(args.assertions) if args.assertions else []
    drafted = draft(
        load_articles(
            article_paths(args.corpus), max_bytes=args.max_article_bytes or None
        ),
        claims=claims,
        min_articles=args.min_articles,
    )
    if args.json:
        out.write(render_json(drafted))
    else:
        out.write(render_yaml(drafted, sources=args.corpus))
    return 0


def load_articles(
    paths: Iterable[tuple[Path, str]], *, max_bytes: int | None = None
) -> list[Article]:
    """Each article of ``paths`` ((file, path shown) pairs).

    A file that cannot be an article (binary, over ``max_bytes``, unreadable,
    a line break in its name) is skipped with a note on stderr naming it and what to do.
    """
    articles = []
    for path, shown in paths:
        broken = broken_name([shown], "article")
        if broken is not None:
            # its name would break the draft's comments, and the YAML itself
            print(f"claimcheck: {broken} (skipped)", file=sys.stderr)
            continue
        try:
            articles.append(
                load_article(
                    path,
                    display_path=shown,
                    max_bytes=max_bytes,
                    limit_name="--max-article-bytes",
                )
            )
        except ArticleSkipped as exc:
            print(f"claimcheck: {exc}", file=sys.stderr)
        except ArticleError as exc:
            print(f"claimcheck: {exc} (skipped)", file=sys.stderr)
    return articles


def add_size_limit(parser: argparse.ArgumentParser, what: str) -> None:
    """Add ``--max-article-bytes N``: ``what`` is done to larger articles."""
    parser.add_argument(
        "--max-article-bytes",
        metavar="N",
        type=_byte_count,
        default=MAX_ARTICLE_BYTES,
        help=f"{what} (default {MAX_ARTICLE_BYTES:,}, as the"
        " claimcheck_max_article_bytes ini key; 0: no limit)",
    )


def _byte_count(given: str) -> int:
    """A number of bytes as written on the command line ("10_000_000")."""
    try:
        value = int(given.replace("_", "").replace(",", "").strip())
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(
            f"{given!r}: write a whole number of bytes, such as 10000000 (0: no limit)"
        )
    return value


def article_paths(entries: Sequence[str]) -> list[tuple[Path, str]]:
    """Each article file of ``entries`` (files and folders), with its shown path."""
    found: dict[str, Path] = {}
    for entry in entries:
        path = Path(entry)
        if path.is_dir():
            for file in path.rglob("*"):
                if file.suffix in ARTICLE_SUFFIXES and file.is_file():
                    found.setdefault(file.as_posix(), file)
        elif path.is_file():
            found.setdefault(path.as_posix(), path)
        else:
            raise ClaimcheckError(
                f"{entry}: no such article file or folder; name the folders that"
                " hold the articles (e.g. claimcheck suggest seeds)"
            )
    return [(found[shown], shown) for shown in sorted(found)]


def _quantity_claims(folder: Path) -> list[QuantityClaim]:
    return [c for c in claims_in_folder(folder) if isinstance(c, QuantityClaim)]
