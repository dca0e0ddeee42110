"""``claimcheck check``: every mistake in the assertion files, not only the first.

Exit status as ruff's: 0 when every file is clean, 1 when a file has a
mistake, 2 for a usage error (a path that does not exist, no assertion file).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from claimcheck.cli.ini import find_project
from claimcheck.errors import ClaimcheckError
from claimcheck.suite.loader import check_assertion_files, is_assertion_file

__all__ = ["add_parser", "assertion_files"]


def add_parser(commands: Any) -> None:
    """Add ``check`` to the command's subparsers."""
    check = commands.add_parser(
        "check",
        help="report every mistake in the assertion files",
        description="Load every assertion file (folders are searched for them) and"
        " print each mistake as path:line:column: message. Exit status: 0 clean,"
        " 1 mistakes found, 2 usage error.",
    )
    check.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        type=Path,
        help="assertion files or folders (default: the claimcheck_assertions"
        " folders of the pytest configuration, else 'assertions')",
    )
    check.set_defaults(run=_check)


def _check(args: argparse.Namespace, out: TextIO) -> int:
    project = find_project(Path.cwd())
    given: list[Path] = args.paths or [project.rootdir / a for a in project.assertions]
    files = assertion_files(given)
    errors = check_assertion_files(
        files, rootdir=project.rootdir, default_corpus=project.corpus
    )
    for error in errors:
        out.write(f"{error}\n")
    checked = _plural(len(files), "file")
    if errors:
        out.write(f"Found {_plural(len(errors), 'error')} in {checked}.\n")
        return 1
    out.write(f"All checks passed ({checked}).\n")
    return 0


def assertion_files(paths: list[Path]) -> list[Path]:
    """The assertion files named by ``paths``: files as given, folders searched.

    Raises :class:`ClaimcheckError` (a usage error) for a path that does not
    exist, a file that is not YAML, or when no assertion file is found.
    """
    found: dict[Path, None] = {}
    for path in paths:
        if path.is_dir():
            found.update(
                dict.fromkeys(
                    p
                    for p in sorted(path.rglob("*"))
                    if p.is_file() and is_assertion_file(p)
                )
            )
        elif path.is_file():
            if path.suffix not in (".yaml", ".yml"):
                raise ClaimcheckError(
                    f"{path}: not a YAML file; give assertion files (.yaml) or folders"
                )
            found[path] = None
        else:
            # a named pipe, a device, a link that loops or leads nowhere
            what = "not a regular file" if path.exists() else "no such file or folder"
            if path.is_symlink() and not path.exists():
                what = "a link that leads nowhere (or loops)"
            raise ClaimcheckError(
                f"{path}: {what}; give assertion files or folders"
                " (by default, the claimcheck_assertions folders)"
            )
    if not found:
        shown = ", ".join(str(p) for p in paths)
        raise ClaimcheckError(
            f"no assertion files (.yaml) in {shown}; write one (claimcheck init"
            " makes an example) or give their folder"
        )
    return list(found)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")
