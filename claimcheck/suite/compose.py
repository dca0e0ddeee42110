"""YAML text -> a node tree, bounded so that a hostile file costs little to refuse.

Composing (not loading) keeps every node's line and column and constructs
nothing from a tag. Depth, tags and the nodes aliases repeat are bounded.
libyaml parses when PyYAML has it; a file it refuses is read again by the
pure-Python reader, whose messages say most precisely what to fix.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.events import AliasEvent
from yaml.nodes import MappingNode, Node, SequenceNode
from yaml.resolver import Resolver

from claimcheck.errors import AssertionFileError
from claimcheck.suite.syntax import syntax_error
from claimcheck.suite.syntax import where as _where

try:
    from yaml._yaml import CParser

    _LIBYAML = True
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    _LIBYAML = False

__all__ = ["MAX_DEPTH", "MAX_NODES", "compose_file", "compose_text"]

#: deepest nesting accepted; assertion files need about six levels
MAX_DEPTH = 64
#: most nodes aliases may add to a document: each use of an alias counts the
#: nodes it repeats (a file without aliases is never refused, however large)
MAX_NODES = 100_000

_STD = "tag:yaml.org,2002:"
# The tags of the YAML 1.1 type repository; any other tag is refused.
_STANDARD_TAGS = frozenset(
    _STD + t
    for t in (
        *("null", "bool", "int", "float", "str", "seq", "map", "merge"),
        *("timestamp", "binary", "set", "omap", "pairs", "value", "yaml"),
    )
)


class _Refused(Exception):
    def __init__(self, mark: Any, message: str) -> None:
        super().__init__(message)
        self.mark = mark
        self.message = message


class _Bounded(Composer):
    """A composer that refuses deep, alias-expanding or tagged documents."""

    def _start_bounds(self) -> None:
        self._depth = 0
        self._sizes: dict[int, int] = {}
        self._repeated = 0

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        event = self.peek_event()  # type: ignore[attr-defined]
        if isinstance(event, AliasEvent):
            node = super().compose_node(parent, index)
            size = self._sizes.get(id(node))
            if size is None:
                raise _Refused(
                    event.start_mark,
                    f"alias '*{event.anchor}' refers to a node that contains it; "
                    "remove the recursive alias",
                )
            self._repeated += size
            if self._repeated > MAX_NODES:
                raise _Refused(
                    event.start_mark,
                    f"YAML expands to more than {MAX_NODES:,} nodes (through "
                    "aliases); write the data out without repeated aliases",
                )
            return node
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise _Refused(
                event.start_mark,
                f"YAML nested more than {MAX_DEPTH} levels deep; flatten the structure",
            )
        node = super().compose_node(parent, index)
        assert node is not None
        self._depth -= 1
        if node.tag not in _STANDARD_TAGS:
            raise _Refused(
                node.start_mark,
                f"tag {_short_tag(node.tag)!r} is not allowed; claimcheck reads "
                "plain YAML only (no tags that build objects): remove the tag",
            )
        size = 1
        if isinstance(node, SequenceNode):
            size += sum(self._sizes[id(c)] for c in node.value)
        elif isinstance(node, MappingNode):
            size += sum(self._sizes[id(k)] + self._sizes[id(v)] for k, v in node.value)
        self._sizes[id(node)] = size
        return node


class _BoundedLoader(_Bounded, yaml.SafeLoader):
    """The pure-Python loader: slow, with the most precise syntax errors."""

    def __init__(self, stream: str, name: str) -> None:
        yaml.SafeLoader.__init__(self, stream)
        # Marks carry the reader's name; every node then knows its file.
        self.name = name
        self._start_bounds()
        #: where each '[' or '{' not yet closed opened, innermost last
        self.open_brackets: list[Any] = []

    def fetch_flow_sequence_start(self) -> None:
        self.open_brackets.append(self.get_mark())
        super().fetch_flow_sequence_start()

    def fetch_flow_mapping_start(self) -> None:
        self.open_brackets.append(self.get_mark())
        super().fetch_flow_mapping_start()

    def fetch_flow_collection_end(self, token_class: Any) -> None:
        if self.open_brackets:
            self.open_brackets.pop()
        super().fetch_flow_collection_end(token_class)


def _fast_node(text: str, name: str) -> Node | None:
    """The node tree parsed by libyaml; raises on any mistake, which the
    pure-Python loader then explains.
    """

    class _FastLoader(_Bounded, CParser, SafeConstructor, Resolver):
        """libyaml's parser (several times faster) under the same bounds."""

    source = io.StringIO(text)
    source.name = name  # libyaml's marks take the stream's name
    loader = _FastLoader.__new__(_FastLoader)
    CParser.__init__(loader, source)
    Composer.__init__(loader)
    SafeConstructor.__init__(loader)
    Resolver.__init__(loader)
    loader._start_bounds()
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


def _short_tag(tag: str) -> str:
    return "!!" + tag[len(_STD) :] if tag.startswith(_STD) else tag


def compose_file(path: Path, name: str) -> Node | None:
    """The composed node tree of the YAML file at ``path`` (None when empty).

    ``name`` is the path that messages show. Unreadable files, bad encodings,
    syntax errors, unsafe tags and oversized documents all raise
    :class:`AssertionFileError`.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise AssertionFileError(
            f"{name}: cannot read file: {reason}; "
            "check that it exists and that you may read it"
        ) from exc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        bad = data[exc.start : exc.start + 1]
        raise AssertionFileError(
            f"{name}:{line}:{column}: file is not valid UTF-8 (byte 0x{bad.hex()}); "
            "save it with UTF-8 encoding"
        ) from exc
    return compose_text(text, name)


def compose_text(text: str, name: str) -> Node | None:
    """The composed node tree of YAML ``text`` (None when empty); ``name`` is
    the path that messages show. Raises :class:`AssertionFileError`."""
    if _LIBYAML:
        try:
            return _fast_node(text, name)
        except (yaml.YAMLError, _Refused):
            pass  # explained below, as precisely as the pure-Python reader can
    loader: _BoundedLoader | None = None
    try:
        # The reader checks every character as it is constructed.
        loader = _BoundedLoader(text, name)
        return loader.get_single_node()
    except _Refused as exc:
        raise AssertionFileError(f"{_where(exc.mark)}: {exc.message}") from exc
    except yaml.reader.ReaderError as exc:
        before = text[: exc.position]
        line = before.count("\n") + 1
        column = exc.position - (before.rfind("\n") + 1) + 1
        char = exc.character
        shown = repr(chr(char) if isinstance(char, int) else char)
        raise AssertionFileError(
            f"{name}:{line}:{column}: character {shown} is not allowed "
            "in YAML; remove it or save the file as plain text"
        ) from exc
    except yaml.MarkedYAMLError as exc:
        assert loader is not None
        raise syntax_error(exc, text, name, loader.open_brackets) from exc
    except RecursionError as exc:  # pragma: no cover - MAX_DEPTH comes first
        raise AssertionFileError(f"{name}: YAML nested too deeply") from exc
    finally:
        if loader is not None:
            loader.dispose()
