"""The ``claimcheck`` command: start a project, check its files, read articles.

``claimcheck init`` writes a project, ``claimcheck check`` lists every
mistake in its assertion files, ``claimcheck schema`` prints the JSON Schema
editors check them with, and ``claimcheck extract`` shows what the engine
reads in an article, and ``claimcheck merge`` combines the JSON reports of a
sharded run. The checks themselves run in ``pytest``.
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from collections.abc import Sequence
from typing import TextIO

from claimcheck.errors import ClaimcheckError

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (2 for a usage error)."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        with warnings.catch_warnings():
            # every note on an article shows (two articles read as cp1252 are
            # two notes), each as one line
            warnings.simplefilter("always", UserWarning)
            warnings.showwarning = _show_note
            return int(args.run(args, sys.stdout))
    except ClaimcheckError as exc:
        print(f"claimcheck: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


def _show_note(  # noqa: PLR0917 (warnings.showwarning's signature)
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: TextIO | None = None,
    line: str | None = None,
) -> None:
    """Show a warning as the one line a user reads (a note on an article that
    was read as cp1252, say), without the source line that raised it."""
    print(f"claimcheck: note: {message}", file=sys.stderr)


def _parser() -> argparse.ArgumentParser:
    from claimcheck.cli import check, extract, merge, scaffold
    from claimcheck.cli.ini import installed_version
    from claimcheck.suggest import add_suggest_command

    parser = argparse.ArgumentParser(
        prog="claimcheck",
        description="Check news articles against the facts you believe.",
    )
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {installed_version()}"
    )
    commands = parser.add_subparsers(required=True, metavar="COMMAND")
    scaffold.add_parser(commands)
    check.add_parser(commands)
    schema = commands.add_parser(
        "schema",
        help="print the JSON Schema of assertion files, claimcheck.yaml or the"
        " baseline",
        description="Print the JSON Schema (draft 2020-12) of one kind of file, for"
        " editors: point a '# yaml-language-server: $schema=PATH' line at it.",
    )
    schema.add_argument(
        "kind",
        nargs="?",
        default="assertions",
        choices=("assertions", "config", "baseline"),
        help="assertions (default), config (claimcheck.yaml) or baseline",
    )
    schema.set_defaults(run=_schema)
    extract.add_parser(commands)
    merge.add_parser(commands)
    add_suggest_command(commands)
    return parser


def _schema(args: argparse.Namespace, out: TextIO) -> int:
    from claimcheck.cli.schema import schema

    out.write(json.dumps(schema(args.kind), indent=2) + "\n")
    return 0
