"""An expert's exact phrases for a statement (``phrases``, ``rival_phrases``).

A phrase keeps its words together, save that a noun in it may carry an
of-phrase of up to four words: "loco pilots were killed" is stated by "the
loco pilots of the Coromandel Express were killed", not by "the pilots said
a driver was killed".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimcheck.engine.patterns import lazy
from claimcheck.engine.terms import _DASHES, Term, Terms, phrase_regex

if TYPE_CHECKING:
    from claimcheck.engine.index import ArticleIndex

__all__ = ["phrase_hits", "phrases_with_of"]


# An expert's exact phrase keeps its words together, save that a noun in it
# may carry an of-phrase of up to four words: "loco pilots were killed" is
# stated by "the loco pilots of the Coromandel Express were killed".
_SEP = r"[\s" + _DASHES + r"]+"
_OF_GAP = rf"(?:{_SEP}of(?:{_SEP}[\w'’.]+){{1,4}}?)?{_SEP}"
_SEP_PATTERN = lazy(_SEP)
_OF_CACHE: dict[tuple[Term, ...], Terms | None] = {}


def phrases_with_of(terms: Terms) -> Terms | None:
    """``terms``' phrases of two words or more, each allowing an of-phrase
    between its words; None when no phrase has two words."""
    key = terms.spellings
    if key in _OF_CACHE:
        return _OF_CACHE[key]
    parts = []
    for term in key:
        words = _SEP_PATTERN.split(term.text.strip())
        if term.is_regex or len(words) < 2:
            continue
        body = _OF_GAP.join(phrase_regex(w) for w in words if w)
        parts.append(Term(text=body, is_regex=True))
    found = Terms(terms=tuple(parts)) if parts else None
    _OF_CACHE[key] = found
    return found


def phrase_hits(index: ArticleIndex, terms: Terms) -> list[tuple[int, int]]:
    """Where ``terms`` match, their phrases' words parted by an of-phrase too
    (see :func:`phrases_with_of`)."""
    found = set(index.hits(terms))
    gapped = phrases_with_of(terms)
    if gapped is not None:
        found.update(index.hits(gapped))
    return sorted(found)
