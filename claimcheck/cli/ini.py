"""The project's pytest configuration, as the command line needs it.

``claimcheck check`` judges assertion files the way ``pytest`` will: from the
same rootdir, with the same default corpus and assertion folders. The
configuration is found as pytest finds it: the first of ``pytest.ini``,
``pyproject.toml`` (with ``[tool.pytest.ini_options]``), ``tox.ini`` (with
``[pytest]``) and ``setup.cfg`` (with ``[tool:pytest]``) in the current folder
or above it.
"""

from __future__ import annotations

import configparser
import re
import shlex
import tomllib
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, final

from claimcheck.errors import ClaimcheckError

__all__ = ["Project", "find_project", "installed_version"]

#: the plugin's defaults for the ini keys read here
DEFAULT_CORPUS = ("seeds",)
DEFAULT_ASSERTIONS = ("assertions",)


@final
@dataclass(frozen=True, slots=True, kw_only=True)
class Project:
    """Where the project lives and what its pytest configuration says."""

    rootdir: Path
    #: the configuration file, when there is one
    inifile: Path | None = None
    corpus: tuple[str, ...] = DEFAULT_CORPUS
    assertions: tuple[str, ...] = DEFAULT_ASSERTIONS
    #: claimcheck_baseline_stale: what stale baseline entries do (warn, fail)
    baseline_stale: str = "warn"


def find_project(start: Path) -> Project:
    """The project around ``start``: its configuration, else ``start`` itself."""
    start = start.resolve()
    for folder in (start, *start.parents):
        for name, section in _SECTIONS:
            path = folder / name
            if path.is_file():
                values = _read(path, section)
                if values is not None:
                    return Project(
                        rootdir=folder,
                        inifile=path,
                        corpus=_args(values, "claimcheck_corpus", DEFAULT_CORPUS),
                        assertions=_args(
                            values, "claimcheck_assertions", DEFAULT_ASSERTIONS
                        ),
                        baseline_stale=str(
                            values.get("claimcheck_baseline_stale", "warn")
                        ).strip(),
                    )
    return Project(rootdir=start)


_SECTIONS = (
    ("pytest.ini", "pytest"),
    ("pyproject.toml", "tool.pytest.ini_options"),
    ("tox.ini", "pytest"),
    ("setup.cfg", "tool:pytest"),
)


def _read(path: Path, section: str) -> dict[str, Any] | None:
    """The pytest section of a configuration file (None when it has none)."""
    try:
        if path.suffix == ".toml":
            table: Any = tomllib.loads(path.read_text(encoding="utf-8"))
            for part in section.split("."):
                table = table.get(part) if isinstance(table, dict) else None
            return table if isinstance(table, dict) else None
        parser = configparser.ConfigParser(interpolation=None)
        parser.read(path, encoding="utf-8")
    except (OSError, UnicodeDecodeError, ValueError, configparser.Error) as exc:
        place, reason = _problem(exc)
        raise ClaimcheckError(
            f"{path}{place}: cannot read the pytest configuration: {reason};"
            " fix the file"
        ) from exc
    # pytest.ini counts even without the section; the others need it
    if not parser.has_section(section):
        return {} if path.name == "pytest.ini" else None
    return dict(parser.items(section))


def _problem(exc: Exception) -> tuple[str, str]:
    """``(":line:column", reason)`` of a configuration file's mistake, in one
    line (configparser's own messages quote the file and the line on more)."""
    if isinstance(exc, OSError):
        return "", str(exc.strerror or exc)
    if isinstance(exc, UnicodeDecodeError):
        return "", f"not UTF-8 text (byte {exc.start})"
    if isinstance(exc, tomllib.TOMLDecodeError):
        found = _TOML_PLACE.search(str(exc))
        if found is None:
            return "", str(exc)
        return f":{found[2]}:{found[3]}", found[1]
    if isinstance(exc, configparser.MissingSectionHeaderError):
        return f":{exc.lineno}", "a line before the first [section]"
    if isinstance(exc, configparser.ParsingError):
        line = exc.errors[0][0] if exc.errors else None
        return (
            f":{line}" if line else ""
        ), "a line that is neither a key nor a section"
    if isinstance(
        exc, configparser.DuplicateSectionError | configparser.DuplicateOptionError
    ):
        found = _INI_REST.search(str(exc))
        where = f":{exc.lineno}" if exc.lineno else ""
        return where, found[1] if found else str(exc)
    return "", " ".join(str(exc).split())


_DUPLICATES = (configparser.DuplicateSectionError, configparser.DuplicateOptionError)
_TOML_PLACE = re.compile(r"^(.*) \(at line (\d+), column (\d+)\)$")
_INI_REST = re.compile(r"\]: (.*)$")


def _args(
    values: dict[str, Any], key: str, default: tuple[str, ...]
) -> tuple[str, ...]:
    value = values.get(key)
    if value is None:
        return default
    if isinstance(value, list):
        return tuple(str(v) for v in value)
    return tuple(shlex.split(str(value)))


def installed_version() -> str:
    """The installed claimcheck's version."""
    try:
        return version("claimcheck")
    except PackageNotFoundError:  # pragma: no cover - run from a source tree
        return "0"
