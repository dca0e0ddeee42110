"""``claimcheck init [DIR]``: a project that ``pytest`` passes as it is.

Writes example assertions (one claim of each kind, commented), two example
articles, the pytest configuration that names them, the JSON Schema editors
check assertion files with, a GitHub workflow, and ``.gitignore`` lines. An
existing file is never overwritten: init says which ones it left.
"""

from __future__ import annotations

import argparse
import json
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
    for line in init_project(args.dir):
        out.write(line + "\n")
    return 0


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
    for relative, text in files.items():
        path = folder / relative
        if path.exists():
            report.append(f"left {relative} as it is (it exists)")
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        report.append(f"wrote {relative}")
    report.append(_gitignore(folder / ".gitignore"))
    report.append(
        "next: run pytest here; claimcheck check lists mistakes in assertion files"
    )
    return report


def _gitignore(path: Path) -> str:
    """Add the lines .gitignore lacks (its other lines stay as they are)."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    have = {line.strip() for line in text.splitlines()}
    missing = [line for line in template.GITIGNORE if line not in have]
    if not missing:
        return "left .gitignore as it is (it has claimcheck's lines)"
    if text and not text.endswith("\n"):
        text += "\n"
    path.write_text(text + "\n".join(missing) + "\n", encoding="utf-8")
    added = ", ".join(missing)
    return f"{'added' if have else 'wrote'} .gitignore lines: {added}"
