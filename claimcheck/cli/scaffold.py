"""``claimcheck init [DIR]``: a project that ``pytest`` passes as it is.

Writes example assertions (one claim of each kind, commented), two example
articles, the pytest configuration that names them, the JSON Schema editors
check assertion files with, a GitHub workflow, and ``.gitignore`` lines. An
existing file is never overwritten: init says which ones it left.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any, TextIO

from claimcheck.cli import template
from claimcheck.cli.ini import find_project, installed_version
from claimcheck.cli.schema import SchemaName, schema
from claimcheck.errors import ClaimcheckError

__all__ = ["add_parser", "init_project"]


def add_parser(commands: Any) -> None:
    """Add ``init`` to the command's subparsers."""
    init = commands.add_parser(
        "init",
        help="start a project: example assertions, articles and configuration",
        description="Write a working claimcheck project into DIR (default: the"
        " current folder): assertions/ with an example of each claim kind,"
        " articles/ with two example articles, pytest.ini, a GitHub workflow and"
        " .gitignore lines. Existing files are left as they are.",
    )
    init.add_argument("dir", nargs="?", default=".", type=Path, metavar="DIR")
    init.set_defaults(run=_init)


def _init(args: argparse.Namespace, out: TextIO) -> int:
    status = 0
    for line in init_project(args.dir):
        if line.startswith(UNWRITTEN):
            print(f"claimcheck: {line}", file=sys.stderr)
            status = 2
        else:
            out.write(line + "\n")
    return status


#: how a line of :func:`init_project` starts for a file it could not write
UNWRITTEN = "could not write "


def init_project(folder: Path) -> list[str]:
    """Write the project's files into ``folder``; one line per file says what
    was done with it."""
    if folder.exists() and not folder.is_dir():
        raise ClaimcheckError(f"{folder}: not a folder; give the project's folder")
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        path: text.replace("{version}", installed_version())
        for path, text in template.FILES.items()
    }
    schemas: dict[str, SchemaName] = {
        template.ASSERTIONS_SCHEMA: "assertions",
        template.CONFIG_SCHEMA: "config",
    }
    for relative, name in schemas.items():
        files[relative] = json.dumps(schema(name), indent=2) + "\n"
    report: list[str] = []
    configured = find_project(folder).inifile
    if configured is not None and configured.parent == folder.resolve():
        del files["pytest.ini"]
        report.append(
            f"left {configured.name} as it is: it configures pytest already; add"
            " claimcheck_corpus = articles to its pytest section"
        )
    if any((folder / "assertions").glob("*.y*ml")):
        files = {
            p: t
            for p, t in files.items()
            if not p.startswith(("assertions/", "articles/"))
        }
        report.append("left assertions/ as it is: it holds assertion files already")
    inside = folder.resolve()
    for relative, text in files.items():
        path = folder / relative
        if path.exists():
            report.append(f"left {relative} as it is (it exists)")
            continue
        report.append(_written(path, relative, inside, text))
    report.append(_gitignore(folder / ".gitignore", inside))
    report.append(
        "next: run pytest here; claimcheck check lists mistakes in assertion files"
    )
    return report


def _written(path: Path, relative: str, inside: Path, text: str) -> str:
    """Write ``text`` at ``path``; what was done, in a line."""
    try:
        refused = _refused(path, relative, inside)
        if refused is not None:
            return refused
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        return _unwritten(relative, exc)
    return f"wrote {relative}"


def _gitignore(path: Path, inside: Path) -> str:
    """Add the lines .gitignore lacks (its other lines stay as they are)."""
    try:
        refused = _refused(path, ".gitignore", inside)
        if refused is not None:
            return refused
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        have = {line.strip() for line in text.splitlines()}
        missing = [line for line in template.GITIGNORE if line not in have]
        if not missing:
            return "left .gitignore as it is (it has claimcheck's lines)"
        if text and not text.endswith("\n"):
            text += "\n"
        path.write_text(text + "\n".join(missing) + "\n", encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return _unwritten(".gitignore", exc)
    added = ", ".join(missing)
    return f"{'added' if have else 'wrote'} .gitignore lines: {added}"


def _refused(path: Path, relative: str, inside: Path) -> str | None:
    """Why ``path`` is not written, if it is not (its folders are made).

    A link, even to nothing yet, and a folder that leads out of the project
    are left alone: the project's files are written in the project, never
    through a link onto a file elsewhere.
    """
    if path.is_symlink():
        return f"left {relative} as it is: it is a link to {os.readlink(path)}"
    folder = path.parent.resolve()  # through the links on the way, if any
    if not folder.is_relative_to(inside):
        return (
            f"{UNWRITTEN}{relative}: its folder leads out of the project (to"
            f" {folder}); make it a folder of the project"
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    return None


def _unwritten(relative: str, exc: OSError | UnicodeDecodeError) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return f"{UNWRITTEN}{relative}: it is not UTF-8 text; add the lines by hand"
    where = Path(exc.filename).as_posix() if exc.filename else relative
    return (
        f"{UNWRITTEN}{relative}: {where}: {exc.strerror}; fix it, then run init again"
    )
