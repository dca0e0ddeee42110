"""The hits of a statement's slots in an article, kept with its index.

:func:`claimcheck.engine.statements.find_statement` reads a slot's hits
less the words that only say whose something is (:func:`own_hits`), the
sentences they stand in (:func:`sentences_of`), and one hit of every slot
inside a clause (:func:`words_in`).
"""

from __future__ import annotations

import bisect
import sys
from typing import TYPE_CHECKING, Any

from claimcheck.engine.agents import owned_hits
from claimcheck.engine.nearest import sentence_bounds

if TYPE_CHECKING:
    from claimcheck.engine.index import ArticleIndex
    from claimcheck.engine.statements import Sentence
    from claimcheck.engine.terms import Terms

__all__ = ["own_hits", "sentences_of", "words_in"]


def sentences_of(
    index: ArticleIndex,
    slot: Terms,
    sentence: Sentence,
    own: tuple[tuple[int, int], ...],
) -> set[tuple[int, int]]:
    """The sentences the own hits of ``slot``, ``own``, stand in (kept with
    the index)."""
    memo: dict[Any, set[tuple[int, int]]] = index._memo.setdefault("slot sentences", {})
    # as the index keeps hits
    # (a possessor's hits are all its hits, see Sentence.owners)
    key = (slot.phrases or id(slot), sentence.nominals, sentence.zero, len(own))
    found = memo.get(key)
    if found is None:
        found = memo[key] = _sentences_at(index, own)
    return found


def _sentences_at(
    index: ArticleIndex, spans: tuple[tuple[int, int], ...]
) -> set[tuple[int, int]]:
    """The sentences ``spans`` start in: the last to start at a span's start
    or before, as Article.sentence_at finds it, by the starts alone."""
    sentences = index.article.sentences
    starts = sentence_bounds(index)[0]
    found = set()
    # (a span inside the stretch of the span before, from its sentence's start
    # to the next's, is in that sentence: hits come in runs, a few a sentence)
    first = stop = 0
    for at, _ in spans:
        if first <= at < stop:
            continue
        i = bisect.bisect_right(starts, at)
        found.add(sentences[i - 1 if i else 0])
        first = starts[i - 1] if i else at
        stop = starts[i] if i < len(starts) else sys.maxsize
    return found


def own_hits(
    index: ArticleIndex, slot: Terms, sentence: Sentence
) -> tuple[tuple[int, int], ...]:
    """The hits of ``slot`` less the words that only say whose something is,
    unless a noun of the sentence's act follows (see
    :func:`claimcheck.engine.agents.owns_act`; kept with the index:
    sentences share slots)."""
    memo: dict[Any, tuple[tuple[int, int], ...]] = index._memo.setdefault(
        "own hits", {}
    )
    acts, zero = sentence.nominals, sentence.zero
    key = (slot.phrases or id(slot), acts, zero)  # as the index keeps hits
    found = memo.get(key)
    if found is None:
        found = memo[key] = owned_hits(index, index.hits(slot), acts, zero)
    return found


def words_in(
    hits: list[tuple[tuple[int, int], ...]], clause: tuple[int, int], own: int
) -> tuple[tuple[int, int], ...] | None:
    """One hit of every slot inside ``clause``, in the slots' order, none
    shared, the first from ``own`` on where there is one; None if a slot
    lacks."""
    chosen: list[tuple[int, int]] = []
    for slot_hits in hits:
        found = None
        for begin in (own, clause[0]) if own > clause[0] else (clause[0],):
            i = bisect.bisect_left(slot_hits, (begin, begin))
            while i < len(slot_hits) and slot_hits[i][1] <= clause[1]:
                hit = slot_hits[i]
                # (the test of each chosen hit written out: it runs per hit)
                for h in chosen:
                    if h[0] < hit[1] and hit[0] < h[1]:
                        break
                else:
                    found = hit
                    break
                i += 1
            if found is not None:
                break
        if found is None:
            return None
        chosen.append(found)
    return tuple(chosen)
