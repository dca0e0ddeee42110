"""Analysts' words and phrases -> one compiled regular expression."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import regex

__all__ = ["APOSTROPHES", "Term", "Terms", "compile_pattern", "normalize"]

# Curly and modifier apostrophes read as the ASCII one, so "People's" written
# by an analyst matches "People’s" typeset by an outlet.
APOSTROPHES = "'\u2019\u2018\u02bc\u0060\u00b4"
_APOS_CLASS = "[" + regex.escape(APOSTROPHES) + "]"
_DASHES = "-\u2010\u2011\u2012\u2013\u2014"

FLAGS = regex.IGNORECASE | regex.UNICODE | regex.VERSION1


def normalize(text: str) -> str:
    """Lower-case ``text`` with apostrophes and dashes made plain."""
    table = {ord(c): "'" for c in APOSTROPHES} | {ord(c): "-" for c in _DASHES}
    return text.translate(table).casefold()


@dataclass(frozen=True, slots=True, kw_only=True)
class Term:
    """One word or phrase, or a regular expression when ``is_regex``.

    A phrase matches case-insensitively at word boundaries; spaces and hyphens
    between its words match any run of spaces or hyphens, apostrophes match
    any apostrophe, and a trailing ``*`` matches any word ending.
    """

    text: str
    is_regex: bool = False

    def to_regex(self) -> str:
        if self.is_regex:
            return self.text
        return phrase_regex(self.text)


def phrase_regex(phrase: str) -> str:
    """The regular expression source a literal phrase compiles to."""
    words = regex.split(r"[\s" + _DASHES + r"]+", phrase.strip())
    parts: list[str] = []
    for word in words:
        if not word:
            continue
        stem = word[:-1] if word.endswith("*") and len(word) > 1 else word
        src = "".join(
            _APOS_CLASS if c in APOSTROPHES else regex.escape(c) for c in stem
        )
        if stem is not word:
            src += r"\w*"
        parts.append(src)
    body = (r"[\s" + _DASHES + r"]+").join(parts)
    return rf"(?<!\w){body}(?!\w)"


@dataclass(frozen=True, slots=True, kw_only=True)
class Terms:
    """The words that name one idea, matched as one regular expression."""

    terms: tuple[Term, ...]
    name: str | None = None
    _cache: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def pattern(self) -> regex.Pattern[str]:
        """The compiled alternation of every term (compiled once)."""
        compiled = self._cache.get("pattern")
        if compiled is None:
            compiled = compile_pattern(
                "|".join(f"(?:{t.to_regex()})" for t in self.terms)
            )
            self._cache["pattern"] = compiled
        return compiled

    def __str__(self) -> str:
        if self.name:
            return f"${self.name}"
        return ", ".join(t.text for t in self.terms)

    @classmethod
    def of(cls, words: Iterable[str], *, name: str | None = None) -> Terms:
        """Terms from literal phrases."""
        return cls(terms=tuple(Term(text=w) for w in words), name=name)


def compile_pattern(source: str) -> regex.Pattern[str]:
    """Compile an analyst's pattern with claimcheck's flags.

    Raises ``regex.error`` for a broken pattern; callers turn that into an
    error that names the assertion file and line.
    """
    return regex.compile(source, FLAGS)
