"""Settings: the layers of claimcheck.yaml and a file's own top-level keys."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from yaml.nodes import MappingNode, Node

from claimcheck.suite.problems import RAISE, Problems
from claimcheck.suite.yamlsource import (
    DEFAULT_KEYS,
    SHARED_CONFIG,
    SHARED_KEYS,
    compose_mapping,
    describe,
    did_you_mean,
    display_path,
    fail,
    mapping_items,
)

__all__ = ["Settings", "read_settings", "shared_settings"]

_VOCAB_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """Vocabularies, defaults and corpus, as nodes still to be interpreted."""

    #: name -> (key node, term list node)
    vocabularies: Mapping[str, tuple[Node, Node]] = field(default_factory=dict)
    defaults: Mapping[str, Node] = field(default_factory=dict)
    #: the corpus node and the directory its entries are relative to
    corpus: tuple[Node, Path] | None = None

    def overridden_by(self, nearer: Settings) -> Settings:
        """These settings with ``nearer`` ones taking precedence."""
        return Settings(
            vocabularies={**self.vocabularies, **nearer.vocabularies},
            defaults={**self.defaults, **nearer.defaults},
            corpus=nearer.corpus or self.corpus,
        )


# Shared configs are read once per process, keyed by what identifies a version.
_SHARED_CACHE: dict[tuple[str, str, int, int], Settings] = {}


def shared_settings(path: Path, rootdir: Path) -> Iterator[Settings]:
    """Each ``claimcheck.yaml`` from ``rootdir`` down to the file's directory."""
    directory = path.resolve().parent
    root = rootdir.resolve()
    chain = [directory]
    if directory.is_relative_to(root):
        while chain[-1] != root:
            chain.append(chain[-1].parent)
    for folder in reversed(chain):
        shared = folder / SHARED_CONFIG
        try:
            stat = shared.stat()
        except OSError:
            continue
        name = display_path(shared, rootdir)
        key = (str(shared), name, stat.st_mtime_ns, stat.st_size)
        if key not in _SHARED_CACHE:
            node = compose_mapping(shared, name, SHARED_CONFIG)
            # An empty claimcheck.yaml is harmless: it sets nothing.
            _SHARED_CACHE[key] = (
                Settings()
                if node is None
                else read_settings(node, SHARED_KEYS, folder, SHARED_CONFIG)
            )
        yield _SHARED_CACHE[key]


def read_settings(
    root: MappingNode,
    allowed: Collection[str],
    base: Path,
    what: str,
    problems: Problems = RAISE,
) -> Settings:
    """The settings among a file's top-level keys; other keys must be ``allowed``.

    Each key (and each default) is judged apart: with a collecting
    ``problems``, a bad one is noted and left out.
    """
    vocabularies: dict[str, tuple[Node, Node]] = {}
    defaults: dict[str, Node] = {}
    corpus: tuple[Node, Path] | None = None
    for key, key_node, value in mapping_items(root, what):
        with problems.recover():
            if key not in allowed:
                hint = (
                    "; claimcheck.yaml holds shared settings only: move claims to "
                    "an assertion file"
                    if key == "claims"
                    else did_you_mean(key, list(allowed))
                )
                fail(key_node, f"unknown key {key!r} in {what}{hint}")
            if key == "vocabularies":
                vocabularies = _read_vocabularies(value, problems)
            elif key == "defaults":
                defaults = _read_defaults(value, problems)
            elif key == "corpus":
                corpus = (value, base)
    return Settings(vocabularies=vocabularies, defaults=defaults, corpus=corpus)


def _read_defaults(node: Node, problems: Problems) -> dict[str, Node]:
    if not isinstance(node, MappingNode):
        fail(
            node,
            f"'defaults' must be a mapping, got {describe(node)}; "
            "write 'key: value' lines under 'defaults:'",
        )
    defaults: dict[str, Node] = {}
    for name, name_node, default in mapping_items(node, "defaults"):
        with problems.recover():
            if name not in DEFAULT_KEYS:
                fail(
                    name_node,
                    f"unknown key {name!r} in defaults"
                    + did_you_mean(name, DEFAULT_KEYS),
                )
            defaults[name] = default
    return defaults


def _read_vocabularies(node: Node, problems: Problems) -> dict[str, tuple[Node, Node]]:
    if not isinstance(node, MappingNode):
        fail(
            node,
            f"'vocabularies' must be a mapping of name -> term list, "
            f"got {describe(node)}; write 'name: [terms]' lines under "
            "'vocabularies:'",
        )
    vocabularies: dict[str, tuple[Node, Node]] = {}
    for name, name_node, terms in mapping_items(node, "vocabularies"):
        with problems.recover():
            if not _VOCAB_NAME.fullmatch(name):
                fail(
                    name_node,
                    f"bad vocabulary name {name!r}; use letters, digits, '-', '_' "
                    "and '.' (claims refer to it as '$name')",
                )
            vocabularies[name] = (name_node, terms)
    return vocabularies
