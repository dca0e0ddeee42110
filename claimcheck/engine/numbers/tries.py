"""Word lists as patterns: tries, factored from the left or from the right."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

import regex

from claimcheck.engine.terms import trie_pattern

__all__ = ["alternation", "pieces"]


def alternation(words: Iterable[str], *, reverse: bool = False) -> str:
    """Alternation of literal phrases, longest first, any whitespace inside.

    Written as a trie ("k(?:m(?:2)?|g)"), so a failing phrase costs one
    character test per branch instead of one test per phrase: the unit list
    alone has some 400 forms.  A pattern matched right to left (``(?r)``)
    takes a trie factored from the right ("(?:(?:U)?S)?[$]"), which it reads
    last character first: a trie factored from the left would let "$" win
    over "US$" there.
    """
    if reverse:
        return _right_trie(pieces(w) for w in words)
    return trie_pattern(pieces(w) for w in words)


def pieces(phrase: str) -> list[str]:
    """A phrase as trie pieces: its characters, any whitespace between words."""
    return [r"\s+" if c == " " else _escape(c) for c in " ".join(phrase.split())]


_escape = cache(regex.escape)  # some 20,000 characters, few of them distinct


def _right_trie(paths: Iterable[list[str]]) -> str:
    """The paths as a trie of their last pieces first, for a pattern read
    right to left: at each node the longer paths are tried before the path
    that ends there, as the longest-first list would try them."""
    root: dict[str, Any] = {}
    for path in paths:
        node = root
        for piece in reversed(path):
            node = node.setdefault(piece, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [emit(child) + piece for piece, child in sorted(node.items()) if piece]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)
