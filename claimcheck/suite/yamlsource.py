"""YAML text -> a node tree where every key and value knows its line and column.

Assertion files are read with ``yaml.compose`` rather than ``yaml.safe_load``:
nodes keep their start marks, so every mistake can be reported at the exact
place, and nothing is ever constructed from a tag. Composing is bounded (depth
and node count through aliases), so a hostile file costs little to refuse.

Also here: typed readers for scalar nodes (text, bool, number, enum, regex),
and the ``claimcheck.yaml`` settings layers, cached per process.
"""

from __future__ import annotations

import difflib
import enum
import math
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import regex
import yaml
from yaml.constructor import SafeConstructor
from yaml.events import AliasEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from claimcheck.engine.terms import compile_pattern
from claimcheck.errors import AssertionFileError

__all__ = [
    "DEFAULT_KEYS",
    "MAX_DEPTH",
    "MAX_NODES",
    "SHARED_CONFIG",
    "SHARED_KEYS",
    "choices",
    "compose_file",
    "compose_mapping",
    "describe",
    "did_you_mean",
    "display_path",
    "fail",
    "mapping_items",
    "parse_number",
    "read_bool",
    "read_count",
    "read_enum",
    "read_identifiers",
    "read_number",
    "read_regex",
    "read_text",
    "scalar_value",
]

#: deepest nesting accepted; assertion files need about six levels
MAX_DEPTH = 64
#: most nodes a document may expand to, aliases counted at every use
MAX_NODES = 100_000

SHARED_CONFIG = "claimcheck.yaml"
SHARED_KEYS = ("corpus", "defaults", "vocabularies")
DEFAULT_KEYS = ("required", "strict", "context_scope", "tolerance", "context", "marks")

_STD = "tag:yaml.org,2002:"
_NULL, _BOOL, _INT, _FLOAT, _STR = (
    _STD + t for t in ("null", "bool", "int", "float", "str")
)
_MERGE = _STD + "merge"
# The tags of the YAML 1.1 type repository; any other tag is refused.
_STANDARD_TAGS = frozenset(
    _STD + t
    for t in (
        *("null", "bool", "int", "float", "str", "seq", "map", "merge"),
        *("timestamp", "binary", "set", "omap", "pairs", "value", "yaml"),
    )
)


def display_path(path: Path, rootdir: Path) -> str:
    """``path`` as messages show it: relative to ``rootdir`` when inside it."""
    try:
        return path.resolve().relative_to(rootdir.resolve()).as_posix()
    except ValueError:
        return str(path)


def fail(node: Node, message: str, cause: BaseException | None = None) -> NoReturn:
    """Raise an :class:`AssertionFileError` for ``node``: ``path:line:col: ...``."""
    raise AssertionFileError(f"{_where(node.start_mark)}: {message}") from cause


def _where(mark: Any) -> str:
    return f"{mark.name}:{mark.line + 1}:{mark.column + 1}"


def did_you_mean(word: str, choices: Sequence[str]) -> str:
    """`` (did you mean 'x'?)`` for a close match, else the valid choices."""
    close = difflib.get_close_matches(word, list(choices), n=1)
    if close:
        return f" (did you mean {close[0]!r}?)"
    return f" (expected one of: {', '.join(sorted(choices))})"


class _Refused(Exception):
    def __init__(self, mark: Any, message: str) -> None:
        super().__init__(message)
        self.mark = mark
        self.message = message


class _BoundedLoader(yaml.SafeLoader):
    """A SafeLoader whose composer refuses deep, huge or tagged documents."""

    def __init__(self, stream: str, name: str) -> None:
        super().__init__(stream)
        # Marks carry the reader's name; every node then knows its file.
        self.name = name
        self._depth = 0
        self._sizes: dict[int, int] = {}

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        event = self.peek_event()  # type: ignore[no-untyped-call]
        if isinstance(event, AliasEvent):
            node = super().compose_node(parent, index)
            if id(node) not in self._sizes:
                raise _Refused(
                    event.start_mark,
                    f"alias '*{event.anchor}' refers to a node that contains it; "
                    "remove the recursive alias",
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
        if size > MAX_NODES:
            raise _Refused(
                node.start_mark,
                f"YAML expands to more than {MAX_NODES:,} nodes (through aliases); "
                "write the data out without repeated aliases",
            )
        self._sizes[id(node)] = size
        return node


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
        raise _syntax_error(exc, text, name) from exc
    except RecursionError as exc:  # pragma: no cover - MAX_DEPTH comes first
        raise AssertionFileError(f"{name}: YAML nested too deeply") from exc
    finally:
        if loader is not None:
            loader.dispose()


def _syntax_error(exc: yaml.MarkedYAMLError, text: str, name: str) -> Exception:
    mark = exc.problem_mark or exc.context_mark
    if mark is None:  # pragma: no cover - PyYAML always marks syntax errors
        return AssertionFileError(f"{name}: invalid YAML: {exc}")
    tab = _leading_tab(text, mark.line)
    if tab is not None:
        return AssertionFileError(
            f"{name}:{tab[0] + 1}:{tab[1] + 1}: tab character in indentation; "
            "YAML indents with spaces only: replace the tab with spaces"
        )
    problem = exc.problem or "syntax error"
    context = f" {exc.context}" if exc.context else ""
    return AssertionFileError(
        f"{_where(mark)}: invalid YAML: {problem}{context}; "
        "fix the syntax here (check indentation, colons and quotes)"
    )


def _leading_tab(text: str, upto: int) -> tuple[int, int] | None:
    # PyYAML reports a tab in indentation as a token it cannot start, often on
    # a later line; the first tab in leading whitespace is the real culprit.
    for number, line in enumerate(text.splitlines()[: upto + 1]):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            return number, indent.index("\t")
    return None


def describe(node: Node) -> str:
    """How a message shows what was written: a value's repr or its shape."""
    if isinstance(node, SequenceNode):
        return "a list"
    if isinstance(node, MappingNode):
        return "a mapping"
    value = scalar_value(node)
    return "nothing (null)" if value is None else repr(value)


_CONSTRUCT = SafeConstructor()


def scalar_value(node: Node) -> object:
    """The Python value of a scalar node, for the few standard scalar types."""
    assert isinstance(node, ScalarNode)
    if node.tag == _NULL:
        return None
    if node.tag == _BOOL:
        return _CONSTRUCT.construct_yaml_bool(node)
    if node.tag == _INT:
        try:
            return _CONSTRUCT.construct_yaml_int(node)
        except ValueError:  # more digits than Python converts: say it as written
            return str(node.value)
    if node.tag == _FLOAT:
        return _CONSTRUCT.construct_yaml_float(node)
    return str(node.value)


def mapping_items(node: MappingNode, what: str) -> Iterator[tuple[str, Node, Node]]:
    """``(key, key node, value node)`` of a mapping, merges applied.

    Keys must be plain strings and may appear once; ``<<`` merges are
    expanded (explicit keys win), as ``yaml.safe_load`` would.
    """
    seen: dict[str, Node] = {}
    explicit: list[tuple[str, Node, Node]] = []
    merged: dict[str, tuple[str, Node, Node]] = {}
    for key_node, value_node in node.value:
        if key_node.tag == _MERGE:
            sources = (
                value_node.value
                if isinstance(value_node, SequenceNode)
                else [value_node]
            )
            for source in sources:
                if not isinstance(source, MappingNode):
                    fail(
                        source,
                        f"'<<' in {what} must merge a mapping, got {describe(source)}; "
                        "point it at a mapping with an alias such as '*defaults'",
                    )
                for item in mapping_items(source, what):
                    merged.setdefault(item[0], item)
            continue
        if not isinstance(key_node, ScalarNode) or key_node.tag == _NULL:
            fail(
                key_node,
                f"keys in {what} must be names, got {describe(key_node)}; "
                "write a plain name before the ':'",
            )
        key = str(key_node.value)
        if key in seen:
            first = seen[key].start_mark.line + 1
            fail(
                key_node,
                f"duplicate key {key!r} in {what} (first given at line {first}); "
                "keep one of them",
            )
        seen[key] = key_node
        explicit.append((key, key_node, value_node))
    yield from explicit
    yield from (m for key, m in merged.items() if key not in seen)


def read_text(node: Node, what: str) -> str:
    """A non-empty text value; numbers and words are taken as written."""
    if not isinstance(node, ScalarNode) or node.tag == _NULL:
        fail(
            node,
            f"{what} must be text, got {describe(node)}; write the text after "
            "the ':' (quote it if it starts with a YAML symbol)",
        )
    text = str(node.value)
    if not text.strip():
        fail(node, f"{what} must not be empty; write the text or remove the key")
    return text


def read_bool(node: Node, what: str) -> bool:
    """``true`` or ``false``."""
    if isinstance(node, ScalarNode) and node.tag == _BOOL:
        return bool(_CONSTRUCT.construct_yaml_bool(node))
    fail(node, f"{what} must be true or false, got {describe(node)}; write one of them")


_NUMBER = re.compile(
    r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+(?:_\d+)*)(?:\.\d+)?(?:[eE][+-]?\d+)?"
    r"|[+-]?\.\d+"
)


def parse_number(text: str) -> float | None:
    """``text`` as a finite number (``2,700`` and ``12_000`` too), else None."""
    text = text.strip()
    if not _NUMBER.fullmatch(text):
        return None
    value = float(text.replace(",", "").replace("_", ""))
    return value if math.isfinite(value) else None


def read_number(node: Node, what: str) -> float:
    """A finite number: ``300``, ``2.5``, ``"2,700"`` or ``12_000``."""
    if isinstance(node, ScalarNode) and node.tag in (_INT, _FLOAT, _STR):
        value = parse_number(str(node.value))
        if value is not None:
            return value
    fail(
        node,
        f"{what} must be a number, got {describe(node)}; write it in digits, "
        "such as 300, 2.5 or '2,700' (a unit goes under 'unit:')",
    )


def compose_mapping(path: Path, name: str, what: str) -> MappingNode | None:
    """The top-level mapping of a YAML file (None when the file is empty)."""
    root = compose_file(path, name)
    if root is None:
        return None
    example = "'vocabularies:'" if what == SHARED_CONFIG else "'claims:'"
    if not isinstance(root, MappingNode):
        fail(
            root,
            f"{what} must be a YAML mapping of top-level keys, got "
            f"{describe(root)}; start lines with keys such as {example}",
        )
    return root


def choices(values: Iterable[str]) -> str:
    """Values as a message lists them: quoted, sorted, comma-separated."""
    return ", ".join(repr(v) for v in sorted(values))


_E = TypeVar("_E", bound=enum.Enum)


def read_enum(node: Node, kind: type[_E], what: str) -> _E:
    """The member of ``kind`` whose value is written."""
    text = read_text(node, what).strip()
    for member in kind:
        if member.value == text:
            return member
    values = [str(m.value) for m in kind]
    close = difflib.get_close_matches(text, values, n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else "; write one of them"
    fail(node, f"{what} must be one of {choices(values)}, got {text!r}{hint}")


def read_identifiers(node: Node, what: str) -> tuple[str, ...]:
    """One plain identifier or a list of them (pytest marker names)."""
    marks: list[str] = []
    for item in node.value if isinstance(node, SequenceNode) else [node]:
        mark = read_text(item, f"a mark in {what}").strip()
        if not mark.isidentifier():
            fail(
                item,
                f"bad pytest marker name {mark!r} in {what}; "
                "use a plain identifier such as 'slow'",
            )
        marks.append(mark)
    return tuple(marks)


def read_count(node: Node, what: str) -> int:
    """A whole number, 0 or more."""
    if isinstance(node, ScalarNode) and node.tag == "tag:yaml.org,2002:int":
        value = scalar_value(node)
        if isinstance(value, int) and value >= 0:
            return value
    fail(
        node,
        f"{what} must be a whole number, 0 or more, got {describe(node)}; "
        "write 0, 1, 2...",
    )


def read_regex(node: Node, what: str) -> str:
    """The source of a regular expression, checked by compiling it."""
    source = read_text(node, f"a regular expression in {what}")
    try:
        compiled = compile_pattern(source)
    except regex.error as exc:
        fail(
            node,
            f"invalid regular expression {source!r} in {what}: {exc}; fix the "
            "pattern (in YAML, single quotes keep backslashes as written)",
            exc,
        )
    if compiled.fullmatch(""):
        fail(
            node,
            f"regular expression {source!r} in {what} matches empty text, so it "
            "would match everywhere; make it require at least one character",
        )
    return source
