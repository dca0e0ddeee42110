"""YAML text -> a node tree where every key and value knows its line and column.

Assertion files are composed (:mod:`claimcheck.suite.compose`) rather than
loaded: nodes keep their start marks, so every mistake can be reported at the
exact place, and nothing is ever constructed from a tag.

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
from typing import NoReturn, TypeVar

import regex
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from claimcheck.engine.terms import compile_pattern
from claimcheck.errors import AssertionFileError
from claimcheck.suite.compose import MAX_DEPTH, MAX_NODES, compose_file, compose_text
from claimcheck.suite.keys import Key, Value
from claimcheck.suite.names import broken_name
from claimcheck.suite.syntax import where as _where

__all__ = [
    "DEFAULT_KEYS",
    "MAX_DEPTH",
    "MAX_NODES",
    "NUMBER_SYNTAX",
    "SHARED_CONFIG",
    "SHARED_KEYS",
    "choices",
    "compose_file",
    "compose_mapping",
    "compose_text",
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
    "shorten",
]

SHARED_CONFIG = "claimcheck.yaml"
#: the keys of claimcheck.yaml (an assertion file may give them too)
SHARED_KEYS = {
    "corpus": Key(
        value=Value.CORPUS,
        help="the articles: folders, files or globs, relative to this file",
    ),
    "defaults": Key(value=Value.DEFAULTS, help="claim keys that apply to every claim"),
    "vocabularies": Key(
        value=Value.VOCABULARIES,
        help="named term lists that claims use as '$name'",
    ),
}
#: the claim keys 'defaults' may give (each read as the claim key of that name)
DEFAULT_KEYS = (
    "required",
    "strict",
    "context_scope",
    "tolerance",
    "context",
    "marks",
    "outdated",
)

_STD = "tag:yaml.org,2002:"
_NULL, _BOOL, _INT, _FLOAT, _STR = (
    _STD + t for t in ("null", "bool", "int", "float", "str")
)
_MERGE = _STD + "merge"


def display_path(path: Path, rootdir: Path) -> str:
    """``path`` as messages show it: relative to ``rootdir`` when inside it."""
    try:
        return path.resolve().relative_to(rootdir.resolve()).as_posix()
    except ValueError:
        return str(path)


def fail(node: Node, message: str, cause: BaseException | None = None) -> NoReturn:
    """Raise an :class:`AssertionFileError` for ``node``: ``path:line:col: ...``."""
    raise AssertionFileError(f"{_where(node.start_mark)}: {message}") from cause


def did_you_mean(word: str, choices: Sequence[str]) -> str:
    """`` (did you mean 'x'?)`` for a close match, else the valid choices."""
    close = difflib.get_close_matches(word, list(choices), n=1)
    if close:
        return f" (did you mean {close[0]!r}?)"
    return f" (expected one of: {', '.join(sorted(choices))})"


def describe(node: Node) -> str:
    """How a message shows what was written: a value's repr or its shape."""
    if isinstance(node, SequenceNode):
        return "a list"
    if isinstance(node, MappingNode):
        return "a mapping"
    value = scalar_value(node)
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool) and str(node.value).lower() != str(value).lower():
        # YAML 1.1 reads yes/no/on/off as booleans: say what was written
        return f"{node.value} (which YAML reads as {str(value).lower()})"
    return shorten(repr(value))


#: the longest value a message quotes whole
_SHOWN = 80


def shorten(shown: str) -> str:
    """``shown`` as a message quotes it: a long value by its start and length."""
    if len(shown) <= _SHOWN:
        return shown
    return f"{shown[: _SHOWN - 20]}... ({len(shown):,} characters)"


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


#: how a number may be written (in a pattern, or as text)
NUMBER_SYNTAX = (
    r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+(?:_\d+)*)(?:\.\d+)?(?:[eE][+-]?\d+)?"
    r"|[+-]?\.\d+"
)
_NUMBER = re.compile(NUMBER_SYNTAX)


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
        written = str(node.value).strip().lower().lstrip("+-")
        if _NUMBER.fullmatch(written) or written in {".inf", ".nan"}:
            fail(
                node,
                f"{what} must be a finite number, got {describe(node)}; "
                "write the figure itself in digits (an open end is 'at_least' "
                "or 'at_most')",
            )
    fail(
        node,
        f"{what} must be a number, got {describe(node)}; write it in digits, "
        "such as 300, 2.5 or '2,700' (a unit goes under 'unit:')",
    )


def compose_mapping(
    path: Path, name: str, what: str, *, text: str | None = None
) -> MappingNode | None:
    """The top-level mapping of a YAML file (None when the file is empty);
    with ``text``, of that text instead of the file's."""
    broken = broken_name([name], what)
    if broken is not None:
        raise AssertionFileError(broken)
    root = compose_file(path, name) if text is None else compose_text(text, name)
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


#: the longest regular expression an assertion file may hold
REGEX_LIMIT = 10_000


def read_regex(node: Node, what: str) -> str:
    """The source of a regular expression, checked by compiling it."""
    source = read_text(node, f"a regular expression in {what}")
    shown = shorten(repr(source))
    if len(source) > REGEX_LIMIT:
        # a 10 MB pattern took 4 GB and minutes to compile and match
        fail(
            node,
            f"regular expression {source[:40]!r}... in {what} is {len(source):,}"
            f" characters long (at most {REGEX_LIMIT:,}); write a shorter pattern",
        )
    compiled, cause = _compile(source)
    reason = _reason(cause)
    if cause is None:
        # the engine matches every term of a list in one alternation: a
        # pattern must hold together there too
        _, cause = _compile(f"(?-f:(?:{source})|(?:{source}))")
        reason = (
            "it swallows what follows it when combined with other terms (a '#' "
            "comment under (?x) runs to the end of its line: end it with a "
            "line break)"
        )
    if cause is not None:
        fail(
            node,
            f"invalid regular expression {shown} in {what}: {reason}; fix the "
            "pattern (in YAML, single quotes keep backslashes as written)",
            cause,
        )
    assert compiled is not None
    if compiled.fullmatch(""):
        fail(
            node,
            f"regular expression {shown} in {what} matches empty text, so it "
            "would match everywhere; make it require at least one character",
        )
    return source


def _compile(source: str) -> tuple[regex.Pattern[str] | None, Exception | None]:
    """The compiled pattern, or the error that stops it compiling."""
    try:
        return compile_pattern(source), None
    # ValueError: clashing inline flags such as (?a)(?u); RecursionError:
    # groups nested thousands deep
    except (regex.error, ValueError, RecursionError, OverflowError) as exc:
        return None, exc


def _reason(cause: Exception | None) -> str:
    """Why a pattern does not compile, as a message says it."""
    if isinstance(cause, (RecursionError, OverflowError)):
        return "groups nested too deeply"
    return str(cause)
