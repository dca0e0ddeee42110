"""Plain phrases found by substring search, as the folded trie finds them.

Most phrases a claim matches are plain words (a statement's slot is one word
in its inflections, a measure a word or two).  On the folded text
(:func:`claimcheck.engine.terms.normalize`) a :class:`PhraseScanner
<claimcheck.engine.terms.PhraseScanner>` runs one trie over every position;
here each phrase's first word is found with ``str.find`` instead (a fast
scan of the text for a fixed string), and the rest of the phrase is matched
where it stands.  The result is the same: a phrase matches where its words
stand as whole words, in order, each two parted by spaces and hyphens only;
left to right, the longest phrase at a position wins, and matches do not
overlap.

Only phrases whose every word is made of word characters (letters, digits,
``_``) and has no trailing ``*`` can be found so; :meth:`WordPhrases.of`
returns None for any other set, which keeps its trie.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = ["WordPhrases", "vocabulary"]

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
        return cls(first=first, long=any(m is not None for m, _ in first.values()))

    def spans(
        self, folded: str, start: int, words: frozenset[str]
    ) -> list[tuple[int, int]]:
        """Every (start, end) of a phrase in ``folded[start:]``, left to right.

        ``words`` is :func:`vocabulary` ``(folded, start)``: a phrase whose
        first word is not among them is not searched for.
        """
        out = []
        size = len(folded)
        for word, (more, alone) in self.first.items():
            if word not in words:
                continue
            n = len(word)
            at = folded.find(word, start)
            while at >= 0:
                end = at + n
                before = folded[at - 1] if at else " "
                after = folded[end] if end < size else " "
                # a whole word: no word character on either side
                if not (before.isalnum() or before == "_") and not (
                    after.isalnum() or after == "_"
                ):
                    found = more.match(folded, end) if more is not None else None
                    if found is not None:
                        out.append((at, found.end()))
                    elif alone:
                        out.append((at, end))
                at = folded.find(word, at + 1)
        out.sort()
        if not self.long:
            return out  # whole words never overlap
        kept: list[tuple[int, int]] = []
        for span in out:
            if not kept or span[0] >= kept[-1][1]:
                kept.append(span)
        return kept


def vocabulary(folded: str, start: int) -> frozenset[str]:
    """Every word of ``folded[start:]`` (and no word that does not stand
    there whole)."""
    return frozenset(_WORD.findall(folded, start))
