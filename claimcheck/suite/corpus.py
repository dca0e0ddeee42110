"""Corpus entries in assertion files -> globs below one root directory."""

from __future__ import annotations

import glob
import os
from collections.abc import Sequence
from pathlib import Path

from yaml.nodes import Node, SequenceNode

from claimcheck.engine.articles import ARTICLE_SUFFIXES
from claimcheck.errors import AssertionFileError
from claimcheck.suite.globbing import iglob_once
from claimcheck.suite.problems import RAISE, Problems
from claimcheck.suite.yamlsource import (
    display_path,
    fail,
    read_text,
)

__all__ = ["ARTICLE_GLOBS", "resolve_corpus"]

#: what a corpus entry naming a directory stands for
ARTICLE_GLOBS = tuple(f"**/*{suffix}" for suffix in ARTICLE_SUFFIXES)
_GLOB_CHARS = frozenset("*?[")


def resolve_corpus(
    given: tuple[Node, Path] | None,
    name: str,
    rootdir: Path,
    default_corpus: Sequence[str],
    problems: Problems = RAISE,
) -> tuple[tuple[str, ...], str]:
    """``(globs, root)``: each corpus entry as a glob below one common root.

    A folder or file that does not exist, and a glob that matches no file,
    are mistakes at the entry's line:column (a collecting ``problems`` notes
    each one and leaves the entry out).
    """
    entries: list[tuple[str, Node | None, Path]] = []
    if given is None:
        entries = [(entry, None, rootdir) for entry in default_corpus]
    else:
        node, base = given
        items = node.value if isinstance(node, SequenceNode) else [node]
        if not items:
            fail(node, "'corpus' is an empty list; name at least one directory or glob")
        for item in items:
            with problems.recover():
                entries.append((read_text(item, "an entry of 'corpus'"), item, base))
    located: list[tuple[str, tuple[str, ...]]] = []
    for entry, node_or_none, base in entries:
        with problems.recover():
            located.append(_locate(entry.strip(), node_or_none, base, name, rootdir))
    if not located:
        return (), str(rootdir.resolve())
    root = os.path.commonpath([directory for directory, _ in located])
    globs: list[str] = []
    for directory, patterns in located:
        prefix = Path(os.path.relpath(directory, root)).as_posix()
        for pattern in patterns:
            glob = pattern if prefix == "." else f"{prefix}/{pattern}"
            if glob not in globs:
                globs.append(glob)
    return tuple(globs), root


def _locate(
    entry: str, node: Node | None, base: Path, name: str, rootdir: Path
) -> tuple[str, tuple[str, ...]]:
    """The existing directory an entry starts from, and its globs below it."""
    parts = Path(entry).parts
    literal = 0
    while literal < len(parts) and not _GLOB_CHARS & set(parts[literal]):
        literal += 1
    directory = os.path.normpath(base.resolve().joinpath(*parts[:literal]))
    shown = display_path(Path(directory), rootdir)
    if literal < len(parts):
        patterns: tuple[str, ...] = ("/".join(parts[literal:]),)
        missing = not os.path.isdir(directory)
        if (
            not missing
            and node is not None
            and not _matches_a_file(directory, patterns[0])
        ):
            fail(
                node,
                f"the corpus entry {entry!r} holds no article: the glob matches no "
                f"file in {shown}; fix the pattern or remove the entry",
            )
    elif os.path.isdir(directory):
        patterns = ARTICLE_GLOBS
        missing = False
    else:
        missing = not os.path.isfile(directory)
        directory, file_name = os.path.split(directory)
        patterns = (file_name,)
    if missing:
        if node is None:
            raise AssertionFileError(
                f"{name}: corpus {entry!r} (the claimcheck_corpus setting, relative "
                f"to the rootdir) does not exist; create {shown}, change "
                "claimcheck_corpus, or give 'corpus:' in the file or claimcheck.yaml"
            )
        fail(
            node,
            f"corpus {entry!r} does not exist (looked for {shown}); entries are "
            "relative to the directory of the file that names them",
        )
    return directory, patterns


def _matches_a_file(directory: str, pattern: str) -> bool:
    """Whether ``pattern`` matches a file below ``directory`` (stops at the first)."""
    found = iglob_once(os.path.join(glob.escape(directory), pattern))
    return any(os.path.isfile(path) for path in found)
