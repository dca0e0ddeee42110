"""Phrases looked up in a table of an article's words.

Most phrases a claim matches start with a plain word (a statement's slot is
one word in its inflections, a measure a word or two, a name).  On the folded
text (:func:`claimcheck.engine.terms.normalize`) a :class:`PhraseScanner
<claimcheck.engine.terms.PhraseScanner>` runs one trie over every position,
once per group of terms; here the text is cut into words once per article
(:class:`WordTable`), each phrase's first word is looked up there, and the
rest of the phrase (its other words, an apostrophe and what follows it, a
trailing ``*``) is matched where it stands, by the same trie the scanner
would run from there.  The result is the same: a phrase matches where its
words stand as whole words, in order, each two parted by spaces and hyphens
only; left to right, the longest phrase at a position wins, and matches do
not overlap.

A phrase can be looked up when it opens with word characters (letters,
digits, ``_``) that a character other than a word character follows, or
nothing: so "north korean*" and "north korea's" can, "korean*" and "'til"
cannot; :meth:`WordPhrases.of` returns None for a set holding one that
cannot, which keeps its trie.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["WORD_GAP", "WordPhrases", "WordTable", "is_word_char", "trie_pattern"]

#: one word, as the trie's word boundaries see it
_WORD = re.compile(r"\w+")
#: what parts two words of a phrase in the folded text (the trie's separator)
WORD_GAP = r"[\s\-]+"


def trie_pattern(paths: Iterable[Sequence[str]]) -> str:
    """An alternation of ``paths`` factored as a trie ("k(?:m(?:2)?|g)").

    Each path is a sequence of pattern pieces (an escaped character, a
    separator class...).  A failing branch costs one test per piece instead of
    one per path, and where one path continues another the longer is tried
    first, so the match is the longest path that fits.
    """
    root: dict[str, Any] = {}
    for path in paths:
        node = root
        for piece in path:
            node = node.setdefault(piece, {})
        node[""] = {}  # a path ends here (no piece is empty)

    def emit(node: dict[str, Any]) -> str:
        alts = [piece + emit(child) for piece, child in sorted(node.items()) if piece]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


@dataclass(frozen=True, slots=True)
class WordPhrases:
    """Phrases by first word: what may follow it, and whether it stands alone."""

    #: first word -> (the trie of what may follow it, as one pattern; whether
    #: the word alone is a phrase)
    first: dict[str, tuple[re.Pattern[str] | None, bool]]
    #: some phrase runs past its first word (matches may then overlap)
    long: bool
    #: the first words
    words: frozenset[str]

    @classmethod
    def of(cls, paths: Iterable[Sequence[str]]) -> WordPhrases | None:
        """The phrases, each given as the pieces of its folded trie path
        (see :func:`claimcheck.engine.terms.PhraseScanner.of`); None when
        one of them cannot be looked up (see the module doc)."""
        rests: dict[str, set[tuple[str, ...]]] = {}
        for pieces in paths:
            n = 0
            while n < len(pieces) and _WORD.fullmatch(pieces[n]):
                n += 1
            if not n or (n < len(pieces) and not _parts_words(pieces[n])):
                return None
            rests.setdefault("".join(pieces[:n]), set()).add(tuple(pieces[n:]))
        first: dict[str, tuple[re.Pattern[str] | None, bool]] = {}
        for word, after in sorted(rests.items()):
            longer = [r for r in after if r]
            # the trie the scanner runs from the end of the word on: where
            # one continuation fails another is tried, then the word alone
            more = re.compile(rf"{trie_pattern(longer)}(?!\w)") if longer else None
            first[word] = (more, () in after)
        _WANTED.update(first)
        return cls(
            first=first,
            long=any(m is not None for m, _ in first.values()),
            words=frozenset(first),
        )

    def spans(self, folded: str, table: WordTable) -> list[tuple[int, int]]:
        """Every (start, end) of a phrase in the text ``table`` holds the
        words of (``folded``, from its start on), left to right."""
        table.holds_any(self.words)  # every first word tabled
        where = table.where
        out: list[tuple[int, int]] = []
        # only the words the text holds (set against set: a few at most)
        for word in self.words & table.present:
            spans = where[word]
            more, alone = self.first[word]
            if more is None:
                out += spans
                continue
            for at, end in spans:
                match = more.match(folded, end)
                if match is not None:
                    out.append((at, match.end()))
                elif alone:
                    out.append((at, end))
        out.sort()
        if not self.long:
            return out  # whole words never overlap
        kept: list[tuple[int, int]] = []
        for span in out:
            if not kept or span[0] >= kept[-1][1]:
                kept.append(span)
        return kept


#: pieces of a trie path that match no word character: a word before them
#: ends there
_NOT_WORD = re.compile(r"\\?\W")


def _parts_words(piece: str) -> bool:
    """Whether the trie piece ``piece`` (the separator, an apostrophe, an
    escaped character) matches only characters that are not word characters."""
    return piece == WORD_GAP or (
        _NOT_WORD.fullmatch(piece) is not None and _WORD.fullmatch(piece[-1]) is None
    )


#: a text cut into runs of word characters and what lies between them
_RUNS = re.compile(r"(\w+)")


#: every first word of the phrases made so far: a table keeps the places of
#: these words only (in a run, every phrase of the suite is made while the
#: first article is matched)
_WANTED: set[str] = set()
#: :data:`_WANTED` frozen, as last frozen (it only grows: the same size is the
#: same set), with each word as the table seeks it: " word "
_FROZEN: list[tuple[frozenset[str], dict[str, str]]] = [(frozenset(), {})]


def _wanted() -> tuple[frozenset[str], dict[str, str]]:
    """Every first word wanted so far, frozen once per change, and each
    word's needle (the word with a space on either side)."""
    frozen = _FROZEN[0]
    if len(frozen[0]) != len(_WANTED):
        frozen = _FROZEN[0] = (frozenset(_WANTED), {w: f" {w} " for w in _WANTED})
    return frozen


class WordTable:
    """Where the words of a folded text stand, from ``start`` on."""

    __slots__ = (
        "_folded",
        "_start",
        "_tabled",
        "ascii",
        "beyond",
        "present",
        "wanted",
        "where",
    )

    def __init__(self, folded: str, start: int = 0) -> None:
        self._folded = folded
        self._start = start
        #: the sets of words :meth:`holds_any` was asked about
        self._tabled: set[frozenset[str]] = set()
        #: the words tabled at once; any other is looked for when first asked
        wanted, needles = _wanted()
        self.wanted = wanted
        body = folded[start:]
        # the text starts inside a word: that word is not a whole one
        inside = bool(start and body and is_word_char(folded[start - 1]))
        inside = inside and is_word_char(body[0])
        where: dict[str, list[tuple[int, int]]] = {}
        cut = _spaced(body)
        #: the text from ``start`` on with each character beyond ASCII a "?",
        #: and those characters, each once; None when one of them is a word
        #: character (the words are then cut otherwise)
        self.ascii: bytes | None = None
        self.beyond: frozenset[str] | None = None
        spaced = None
        if cut is not None:
            spaced, self.ascii, self.beyond = cut
        if spaced is not None:
            # one space for each character that is not a word character, so
            # that the words are the pieces split at spaces; those kept are
            # found in order as " word " in the spaced text with a space on
            # either side: no other whole word that is wanted stands between
            # one kept and the next, so the first found from the end of one
            # is the next (a search over the gap, where a running sum of the
            # lengths of the pieces costs a step for every piece)
            pieces = spaced.split()
            # (padded with a space more than ``folded`` holds characters
            # before ``start``: the space before a word in the padded text is
            # at the word's place in ``folded``)
            padded = " " * (start + 1) + spaced + " "
            # (the piece the text starts inside is skipped)
            pos = start + (len(pieces[0]) + 1 if inside else 0)
            find = padded.find
            kept = list(filter(wanted.__contains__, pieces[1:] if inside else pieces))
            where = {word: [] for word in kept}
            for word in kept:
                at = find(needles[word], pos)
                pos = at + len(word) + 1
                where[word].append((at, pos - 1))
        else:
            # between, word, between, word, ..., between: each word's place
            # is the length of what precedes it
            parts = _RUNS.split(body)
            ends = list(itertools.accumulate(map(len, parts), initial=start))
            first = 3 if inside else 1
            words = parts[first::2]
            keep = list(map(wanted.__contains__, words))
            for word, at, end in zip(
                itertools.compress(words, keep),
                itertools.compress(ends[first::2], keep),
                itertools.compress(ends[first + 1 :: 2], keep),
                strict=False,
            ):
                where.setdefault(word, []).append((at, end))
        #: each word tabled with the (start, end) of every place it stands
        #: whole
        self.where = where
        #: the words tabled that stand somewhere
        self.present = set(where)

    def holds_any(self, words: frozenset[str]) -> bool:
        """Whether one of ``words`` stands whole in the text."""
        # (a set of words asked before is tabled already: a frozenset keeps
        # its hash, so this test costs one lookup where the next costs one
        # per word)
        if words not in self._tabled:
            if not words <= self.wanted:
                for word in words - self.wanted:
                    self.spans_of(word)  # tabled now
            self._tabled.add(words)
        return not words.isdisjoint(self.present)

    def spans_of(self, word: str) -> list[tuple[int, int]]:
        """The (start, end) of every place ``word`` stands whole, in order."""
        if word in self.wanted:
            return self.where.get(word, [])
        found = self.where.get(word)
        if found is None:
            found = self.where[word] = _find_whole(self._folded, self._start, word)
            if found:
                self.present.add(word)
        return found


#: each byte of ASCII that is not a word character, and each byte beyond
#: ASCII, as a space
_BYTE_GAPS = bytes(
    c if c < 128 and (chr(c).isalnum() or chr(c) == "_") else 32 for c in range(256)
)


#: every byte of ASCII: what is left of UTF-8 without them is the rest
_ASCII = bytes(range(128))


def _spaced(text: str) -> tuple[str, bytes, frozenset[str]] | None:
    """``text`` with each character that is not a word character made a
    space, ``text`` encoded with each character beyond ASCII a "?", and the
    characters beyond ASCII; None when one of those is a word character (the
    fast path, for ASCII, does not cover those)."""
    beyond: frozenset[str] = frozenset()
    if not text.isascii():
        # the characters beyond ASCII, each once (UTF-8 without its ASCII
        # bytes is theirs alone)
        beyond = frozenset(
            text.encode("utf-8", "surrogatepass")
            .translate(None, _ASCII)
            .decode("utf-8", "surrogatepass")
        )
        if any(map(is_word_char, beyond)):
            return None
    # (each character beyond ASCII a "?", which is no word character)
    plain = text.encode("ascii", "replace")
    return plain.translate(_BYTE_GAPS).decode("ascii"), plain, beyond


def _find_whole(folded: str, start: int, word: str) -> list[tuple[int, int]]:
    """Every place in ``folded[start:]`` where ``word`` stands whole."""
    out = []
    n = len(word)
    at = folded.find(word, start)
    while at >= 0:
        end = at + n
        if not (at and is_word_char(folded[at - 1])) and not (
            end < len(folded) and is_word_char(folded[end])
        ):
            out.append((at, end))
        at = folded.find(word, at + 1)
    return out


def is_word_char(char: str) -> bool:
    """Whether ``char`` is a word character (a letter, a digit or ``_``), as
    the table's words are runs of them."""
    return char.isalnum() or char == "_"
