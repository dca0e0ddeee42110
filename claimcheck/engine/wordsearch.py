"""Plain phrases looked up in a table of an article's words.

Most phrases a claim matches are plain words (a statement's slot is one word
in its inflections, a measure a word or two).  On the folded text
(:func:`claimcheck.engine.terms.normalize`) a :class:`PhraseScanner
<claimcheck.engine.terms.PhraseScanner>` runs one trie over every position,
once per group of terms; here the text is cut into words once per article
(:class:`WordTable`), each phrase's first word is looked up there, and the
rest of the phrase is matched where it stands.  The result is the same: a
phrase matches where its words stand as whole words, in order, each two
parted by spaces and hyphens only; left to right, the longest phrase at a
position wins, and matches do not overlap.

Only phrases whose every word is made of word characters (letters, digits,
``_``) and has no trailing ``*`` can be looked up; :meth:`WordPhrases.of`
returns None for any other set, which keeps its trie.
"""

from __future__ import annotations

import collections
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = ["WordPhrases", "WordTable"]

#: one word, as the trie's word boundaries see it
_WORD = re.compile(r"\w+")
#: what parts two words of a phrase (the trie's separator)
_GAP = r"[\s\-]+"


@dataclass(frozen=True, slots=True)
class WordPhrases:
    """Phrases by first word: what may follow it, and whether it stands alone."""

    #: first word -> (the words that may follow it, longest first, as one
    #: pattern; whether the word alone is a phrase)
    first: dict[str, tuple[re.Pattern[str] | None, bool]]
    #: some phrase has more than one word (matches may then overlap)
    long: bool

    @classmethod
    def of(cls, phrases: Iterable[Sequence[str]]) -> WordPhrases | None:
        """The phrases, each given as its folded words; None when one of
        them cannot be looked up so (see the module doc)."""
        rests: dict[str, set[tuple[str, ...]]] = {}
        for words in phrases:
            if not words or not all(_WORD.fullmatch(w) for w in words):
                return None
            rests.setdefault(words[0], set()).add(tuple(words[1:]))
        first: dict[str, tuple[re.Pattern[str] | None, bool]] = {}
        for word, after in sorted(rests.items()):
            longer = sorted((r for r in after if r), key=len, reverse=True)
            more = None
            if longer:
                # the longest that fits wins: a shorter one is tried only if
                # a longer one fails
                alternatives = "|".join(
                    "".join(_GAP + re.escape(w) for w in rest) for rest in longer
                )
                more = re.compile(rf"(?:{alternatives})(?!\w)")
            first[word] = (more, () in after)
        _WANTED.update(first)
        return cls(first=first, long=any(m is not None for m, _ in first.values()))

    def spans(self, folded: str, table: WordTable) -> list[tuple[int, int]]:
        """Every (start, end) of a phrase in the text ``table`` holds the
        words of (``folded``, from its start on), left to right."""
        out: list[tuple[int, int]] = []
        for word, (more, alone) in self.first.items():
            spans = table.spans_of(word)
            if not spans:
                continue
            if more is None:
                out += spans
                continue
            for at, end in spans:
                found = more.match(folded, end)
                if found is not None:
                    out.append((at, found.end()))
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


#: a text cut into runs of word characters and what lies between them
_RUNS = re.compile(r"(\w+)")


#: every first word of the phrases made so far: a table keeps the places of
#: these words only (in a run, every phrase of the suite is made while the
#: first article is matched)
_WANTED: set[str] = set()


class WordTable:
    """Where the words of a folded text stand, from ``start`` on."""

    __slots__ = ("_folded", "_start", "_wanted", "where")

    def __init__(self, folded: str, start: int = 0) -> None:
        self._folded = folded
        self._start = start
        # the words tabled now; any other is looked for when first asked
        self._wanted = wanted = frozenset(_WANTED)
        # between, word, between, word, ..., between: each word's place is
        # the length of what precedes it
        parts = _RUNS.split(folded[start:])
        ends = list(itertools.accumulate(map(len, parts), initial=start))
        first = 1
        if len(parts) > 1 and not parts[0] and start and _is_word(folded[start - 1]):
            first = 3  # the text starts inside a word: not a whole one
        words = parts[first::2]
        keep = list(map(wanted.__contains__, words))
        where: dict[str, list[tuple[int, int]]] = collections.defaultdict(list)
        for word, at, end in zip(
            itertools.compress(words, keep),
            itertools.compress(ends[first::2], keep),
            itertools.compress(ends[first + 1 :: 2], keep),
            strict=False,
        ):
            where[word].append((at, end))
        #: each word tabled with the (start, end) of every place it stands
        #: whole
        self.where = where

    def spans_of(self, word: str) -> list[tuple[int, int]]:
        """The (start, end) of every place ``word`` stands whole, in order."""
        if word in self._wanted:
            return self.where.get(word, [])
        found = self.where.get(word)
        if found is None:
            found = self.where[word] = _find_whole(self._folded, self._start, word)
        return found


def _find_whole(folded: str, start: int, word: str) -> list[tuple[int, int]]:
    """Every place in ``folded[start:]`` where ``word`` stands whole."""
    out = []
    n = len(word)
    at = folded.find(word, start)
    while at >= 0:
        end = at + n
        if not (at and _is_word(folded[at - 1])) and not (
            end < len(folded) and _is_word(folded[end])
        ):
            out.append((at, end))
        at = folded.find(word, at + 1)
    return out


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"
