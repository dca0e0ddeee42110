"""Near misses: the sentences of an article closest to a claim it does not state.

A missing verdict shows them, so that the analyst sees at once whether the
article puts the fact in words the claim lacks.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from claimcheck.claims import AttributeClaim, Claim, QuantityClaim, StatementClaim
from claimcheck.engine.index import KEYWORD
from claimcheck.engine.patterns import lazy
from claimcheck.engine.perobject import per_object
from claimcheck.engine.terms import Terms, normalize
from claimcheck.engine.wordsearch import is_word_char

if TYPE_CHECKING:
    from claimcheck.engine.index import ArticleIndex
    from claimcheck.engine.wordsearch import WordTable

__all__ = ["nearest_sentences", "sentence_bounds"]


@per_object
def _keywords(claim: Claim) -> tuple[frozenset[str], tuple[str, ...]]:
    """The claim's words that a sentence close to it shares, and those of them
    that a word of a sentence can fold to (worked out once)."""
    words = _claim_words(claim)
    return words, _foldable(words)


def _foldable(words: Iterable[str]) -> tuple[str, ...]:
    """The ``words`` that a word of a sentence can fold to: a keyword that is
    no :data:`KEYWORD` word once folded stands in no sentence."""
    return tuple(sorted(w for w in words if KEYWORD.fullmatch(w) is not None))


def _claim_words(claim: Claim) -> frozenset[str]:
    groups: list[Terms] = list(claim.context)
    if isinstance(claim, QuantityClaim):
        groups.append(claim.measure)
    elif isinstance(claim, StatementClaim):
        if claim.patterns is not None:
            groups.append(claim.patterns)
        groups += [slot for s in claim.says + claim.contradicted_by for slot in s.slots]
    elif isinstance(claim, AttributeClaim):
        groups += [claim.value, claim.rivals]
    else:
        groups.append(claim.names)
    words = {
        w.casefold() for g in groups for t in g.terms for w in KEYWORD.findall(t.text)
    }
    words |= {w.casefold() for w in KEYWORD.findall(claim.description)}
    return frozenset(words)


def nearest_sentences(
    claim: Claim, index: ArticleIndex, limit: int = 3
) -> tuple[tuple[int, int], ...]:
    """The sentences sharing most words with the claim, best first."""
    keywords, foldable = _keywords(claim)
    if not keywords:
        return ()
    scored = []
    if _folds_alike(index):
        sentences = index.article.sentences
        scored = [
            (-score, *sentences[number])
            for number, score in _shared(index, foldable).items()
        ]
    else:
        for start, end, words in index.sentence_words():
            score = len(words & keywords)
            if score:
                scored.append((-score, start, end))
    scored.sort()
    return tuple([(s, e) for _, s, e in scored[:limit]])


def _shared(index: ArticleIndex, keywords: tuple[str, ...]) -> Counter[int]:
    """How many of ``keywords`` each sentence holds as words (by number; none
    for a sentence holding none), found in the folded text."""
    memo: dict[str, tuple[int, ...]] = index._memo.setdefault("keyword sentences", {})
    missing = list(itertools.filterfalse(memo.__contains__, keywords))
    if missing:
        folded, starts, ends = index.folded, *sentence_bounds(index)
        table = _table(index)
        wanted = frozenset() if table is None else table.wanted
        where = {} if table is None else table.where
        for word in missing:
            if word in wanted:
                places = where.get(word)
                memo[word] = _sentences_at(places, starts, ends) if places else ()
            else:
                memo[word] = _sentences_holding(folded, starts, ends, word)
    # (each keyword's sentences counted at once; most keywords stand nowhere)
    return Counter(
        itertools.chain.from_iterable(filter(None, map(memo.__getitem__, keywords)))
    )


def _sentences_holding(
    folded: str, starts: list[int], ends: list[int], word: str
) -> tuple[int, ...]:
    """The sentences (by number) holding ``word``, a :data:`KEYWORD` word, as
    one of their words; ``folded`` is the article's folded text, ``starts``
    and ``ends`` where its sentences start and end.

    A word stands in a sentence where the folded text holds it with no
    letter on either side inside the sentence, as :data:`KEYWORD` cuts the
    sentence's words (see :func:`_folds_alike`).
    """
    size = len(word)
    found: list[int] = []
    find = folded.find
    letter = _LETTER.match
    at = find(word)
    while at >= 0:
        number = bisect.bisect_right(starts, at) - 1
        if number >= 0:
            end = at + size
            last = ends[number]
            if end <= last:
                # no letter on either side inside the sentence, a letter as
                # KEYWORD sees letters (written out: this runs once a place)
                whole = True
                if at != starts[number]:
                    c = folded[at - 1]
                    whole = not c.isalpha() if c < "\x80" else letter(c) is None
                if whole and end != last:
                    c = folded[end]
                    whole = not c.isalpha() if c < "\x80" else letter(c) is None
                if whole:
                    found.append(number)
                    # the sentence counts once: on from its end
                    at = find(word, last)
                    continue
        at = find(word, at + 1)
    return tuple(found)


def _sentences_at(
    places: Iterable[tuple[int, int]], starts: list[int], ends: list[int]
) -> tuple[int, ...]:
    """The sentences (by number) holding one of ``places`` (in order) whole."""
    found: list[int] = []
    # (the sentence of the place before, while the places stay inside it)
    number, first, last = -1, 0, -1
    for at, end in places:
        if not first <= at < last:
            number = bisect.bisect_right(starts, at) - 1
            if number < 0:
                continue
            first, last = starts[number], ends[number]
        if end <= last and (not found or found[-1] != number):
            found.append(number)
    return tuple(found)


def _table(index: ArticleIndex) -> WordTable | None:
    """The article's word table (see :mod:`claimcheck.engine.wordsearch`) when
    its words are the :data:`KEYWORD` words of the sentences, as
    :func:`_sentences_holding` finds them; None otherwise (kept with the
    index).

    The table holds each run of word characters (letters, digits, ``_``) of
    the body; a keyword is a run of letters in a sentence.  The two agree
    where every word character is ASCII and no character beyond ASCII is a
    letter as :data:`KEYWORD` sees letters, no run of four letters or more
    touches a digit or ``_``, no sentence starts or ends inside a run of
    word characters, and the sentences lie in the body, which does not
    start inside such a run.
    """
    memo = index._memo
    agrees: bool | None = memo.get("keywords tabled")
    if agrees is None:
        agrees = memo["keywords tabled"] = _table_agrees(index)
    return index.words if agrees else None


def _table_agrees(index: ArticleIndex) -> bool:
    folded = index.folded
    starts, ends = sentence_bounds(index)
    body = index.article.body_start
    if not starts or starts[0] < body:
        return False
    # (the table has read the body's characters beyond ASCII already)
    table = index.words
    if table.ascii is None or table.beyond is None:
        return False  # one of them is a word character
    head = folded[:body]
    beyond = table.beyond
    if not head.isascii():
        beyond = beyond.union(head.encode().translate(None, _ASCII).decode())
    if any(is_word_char(c) or _LETTER.match(c) is not None for c in beyond):
        return False
    # (each letter an "a", each digit and "_" a "0", the rest a space: plain
    # searches and byte tests)
    kinds = (head.encode("ascii", "replace") + table.ascii).translate(_KINDS)
    # (a place is inside a run where the bytes on both sides are word bytes;
    # the text's edges and a place past its end split no run: the few places
    # are read one by one, where a copy of the text's kinds made 1 or 0 cost
    # a pass over every byte)
    size = len(kinds)
    for at in (body, *starts, *ends):
        if 0 < at < size and kinds[at - 1] != _GAP and kinds[at] != _GAP:
            return False
    return b"aaaa0" not in kinds and b"0aaaa" not in kinds


#: each byte as a letter ("a"), a digit or "_" ("0"), or neither (" "); the
#: bytes beyond ASCII are neither (they are replaced before)
_KINDS = bytes(
    (97 if chr(c).isalpha() else 48 if chr(c).isdigit() or c == 95 else 32)
    if c < 128
    else 32
    for c in range(256)
)
#: the kind of a byte that is no letter, digit nor "_"
_GAP = 32


def sentence_bounds(index: ArticleIndex) -> tuple[list[int], list[int]]:
    """Where the article's sentences start and end (kept with the index)."""
    found: tuple[list[int], list[int]] | None = index._memo.get("sentence bounds")
    if found is None:
        sentences = index.article.sentences
        found = index._memo["sentence bounds"] = (
            [start for start, _ in sentences],
            [end for _, end in sentences],
        )
    return found


_LETTER = lazy(r"[^\W\d_]")
#: every byte of ASCII: what is left of UTF-8 without them is the rest
_ASCII = bytes(range(128))


def _folds_alike(index: ArticleIndex) -> bool:
    """Whether the folded text holds each :data:`KEYWORD` word of the text,
    case folded, at the same place (kept with the index): each character
    folds to one that is a letter exactly when it is.  Case folding works
    character by character; only some characters beyond ASCII fold to two."""
    memo = index._memo
    found: bool | None = memo.get("folds alike")
    if found is None:
        text, folded = index.article.text, index.folded
        found = memo["folds alike"] = len(folded) == len(text) and (
            text.isascii()
            or all(
                map(
                    _folds_as_letter,
                    set(text.encode().translate(None, _ASCII).decode()),
                )
            )
        )
    return found


@functools.cache
def _folds_as_letter(char: str) -> bool:
    """Whether ``char`` folds to a letter exactly when it is one (a test of
    the character alone: kept for every character asked, as articles share
    their few characters beyond ASCII)."""
    letter = _LETTER.match
    return (letter(char) is None) == (letter(normalize(char)) is None)
