"""Corpus globs with ``**`` that walk each real folder once.

``glob.iglob("articles/**/*.txt", recursive=True)`` follows links to
folders, and a folder holding two links to itself (``a -> .``, ``b -> .``)
is walked along every path of links the system resolves (``a/b/a/b/...``,
up to forty deep): two to the fortieth paths, a collection that never ends.
Here ``**`` walks the folders below its start through links, as glob does,
but enters each real folder once, so a loop of links costs one visit.
Other patterns go to :func:`glob.iglob` as they are.
"""

from __future__ import annotations

import fnmatch
import functools
import glob
import os
from collections.abc import Iterator

__all__ = ["iglob_once"]


def iglob_once(pattern: str) -> Iterator[str]:
    """What ``glob.iglob(pattern, recursive=True)`` finds, each real folder
    below a ``**`` walked once; paths as glob spells them."""
    parts = pattern.split(os.sep)
    if "**" not in parts:
        yield from glob.iglob(pattern, recursive=True)
        return
    first = parts.index("**")
    head, rest = os.sep.join(parts[:first]), tuple(parts[first:])
    hidden = any(p.startswith(".") for p in rest)
    seen: set[str] = set()
    starts = glob.iglob(head) if glob.has_magic(head) else iter([head])
    for start in starts:
        if not os.path.isdir(start or "."):
            continue
        if start and _matches((), rest):  # "x/**" names x/ itself too
            yield os.path.join(start, "")
        for path in _walk(start, seen, hidden):
            relative = os.path.relpath(path, start or ".").split(os.sep)
            if _matches(tuple(relative), rest):
                yield path


def _walk(start: str, seen: set[str], hidden: bool) -> Iterator[str]:
    """Every file and folder below ``start``, through links to folders,
    each real folder entered once (``seen``); hidden folders only when the
    pattern names one (``**`` matches none, as in glob)."""
    for folder, folders, files in os.walk(start or ".", followlinks=True):
        real = os.path.realpath(folder)
        if real in seen:
            folders[:] = []
            continue
        seen.add(real)
        if not hidden:
            folders[:] = [f for f in folders if not f.startswith(".")]
        for name in (*folders, *files):
            path = os.path.join(folder, name)
            yield path if start else path[2:]  # "./x" as glob spells it: "x"


def _matches(names: tuple[str, ...], patterns: tuple[str, ...]) -> bool:
    """Whether the path ``names`` matches the glob ``patterns``, one part
    each, ``**`` standing for any number of parts; a hidden name only
    matches a part that starts with a dot, as in glob."""

    @functools.cache
    def match(i: int, j: int) -> bool:
        if j == len(patterns):
            return i == len(names)
        if patterns[j] == "**":
            if match(i, j + 1):
                return True
            return i < len(names) and not names[i].startswith(".") and match(i + 1, j)
        return i < len(names) and _part(names[i], patterns[j]) and match(i + 1, j + 1)

    return match(0, 0)


def _part(name: str, pattern: str) -> bool:
    if name.startswith(".") and not pattern.startswith("."):
        return False
    return fnmatch.fnmatchcase(name, pattern)
