"""Whether a statement's sentence may stand in an article, before its words
are sought: each slot whose phrases are looked up by first word (see
:mod:`claimcheck.engine.wordsearch`) needs one of its first words in the
article's word table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimcheck.engine.perobject import per_object

if TYPE_CHECKING:
    from claimcheck.engine.index import ArticleIndex
    from claimcheck.engine.statements import Sentence

__all__ = ["may_hold"]


def may_hold(index: ArticleIndex, sentence: Sentence) -> bool:
    """False when a slot of ``sentence`` matches nowhere in the article, as
    the word table tells before any slot's hits are sought (most sentences
    of a suite lack a word in most articles): a slot looked up by first word
    (see :mod:`claimcheck.engine.wordsearch`) none of whose first words
    stands in the body matches nowhere."""
    if len(index.folded) != len(index.article.text):
        return True
    table = None
    for words in _first_words(sentence):
        if words is not None:
            if table is None:
                table = index.words
            if not table.holds_any(words):
                return False
    return True


@per_object
def _first_words(sentence: Sentence) -> tuple[frozenset[str] | None, ...]:
    """Per slot, the first words its phrases are looked up by; None for a
    slot that is not looked up so (worked out once per sentence)."""
    found = []
    for slot in sentence.slots:
        scanner = None if slot.phrases is None else slot.scanner
        words = None if scanner is None else scanner.words
        found.append(None if words is None else words.words)
    return tuple(found)
