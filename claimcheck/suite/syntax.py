"""PyYAML's syntax errors -> one message that names the place to fix.

PyYAML reports where parsing stopped; an unclosed bracket or quote is fixed
where it opened, often lines before, and a tab in indentation is reported on
a later line than the tab. These messages name both places.
"""

from __future__ import annotations

from typing import Any

import yaml

from claimcheck.errors import AssertionFileError

__all__ = ["syntax_error", "where"]


def where(mark: Any) -> str:
    """``path:line:column`` of a PyYAML mark (1-based)."""
    return f"{mark.name}:{mark.line + 1}:{mark.column + 1}"


def syntax_error(
    exc: yaml.MarkedYAMLError, text: str, name: str, open_brackets: list[Any]
) -> AssertionFileError:
    """The error to show for a syntax error; ``open_brackets`` are unclosed marks."""
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
    opened = exc.context_mark
    opener = _opener(text, opened) if opened is not None else None
    if opener is None and open_brackets:
        # PyYAML names the construct it was parsing, not always the bracket
        # left open; the scanner's own count of brackets knows it.
        opened = open_brackets[-1]
        opener = _opener(text, opened)
    if opened is not None and opener is not None and opened != mark:
        closer = _CLOSERS[opener]
        hint = (
            f"or quote the value if the {opener!r} belongs to the text"
            if opener in "[{"
            else "or write a quote inside the text twice ('') or as \\\""
        )
        return AssertionFileError(
            f"{where(opened)}: invalid YAML: this {opener!r} is never closed "
            f"(parsing stopped at {where(mark)}: {problem}); close it with "
            f"{closer!r} where the value ends, {hint}"
        )
    context = f" {exc.context}" if exc.context else ""
    return AssertionFileError(
        f"{where(mark)}: invalid YAML: {problem}{context}; "
        "fix the syntax here (check indentation, colons and quotes)"
    )


# what opens a construct that must be closed, and what closes it
_CLOSERS = {"[": "]", "{": "}", '"': '"', "'": "'"}


def _opener(text: str, mark: Any) -> str | None:
    """The bracket or quote at ``mark`` when it opened a flow value or a string."""
    lines = text.splitlines()
    if mark.line >= len(lines) or mark.column >= len(lines[mark.line]):
        return None
    char = lines[mark.line][mark.column]
    return char if char in _CLOSERS else None


def _leading_tab(text: str, upto: int) -> tuple[int, int] | None:
    # PyYAML reports a tab in indentation as a token it cannot start, often on
    # a later line; the first tab in leading whitespace is the real culprit.
    for number, line in enumerate(text.splitlines()[: upto + 1]):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            return number, indent.index("\t")
    return None
