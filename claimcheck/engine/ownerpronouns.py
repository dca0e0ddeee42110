"""An owner told by a possessive pronoun: "Dalby was jailed in 2014. The
governor commuted his sentence."

A statement's owner ("the governor commuted Dalby's sentence", "the club
extended Mira Ostrander's contract") may be told in the article's clause by
"his", "her", "its" or "their" right before the thing owned (past at most
one modifier), where the article has named the owner earlier in the same
sentence or in the one before.  The pronoun then stands for the owner's
words (see :func:`owner_stand_ins`), but only where nobody else may own the
thing: no other name (a capitalised word that does not open its sentence
nor name a day or a month) stands between the owner and the pronoun
("Dalby and Renner were jailed. The governor commuted his sentence" says
not whose), and a person named in full is told by "his" or "her" alone.
"""

from __future__ import annotations

import bisect
import functools
from typing import TYPE_CHECKING

from claimcheck.engine.patterns import lazy
from claimcheck.engine.terms import FLAGS

if TYPE_CHECKING:
    from claimcheck.engine.index import ArticleIndex
    from claimcheck.engine.statements import Sentence

__all__ = ["owner_stand_ins"]

Span = tuple[int, int]

_TOKEN = lazy(r"\$[\w.-]+|n['’]t\b|\w+(?:['’]\w+)*?(?=n['’]t\b)|\w+(?:['’]\w+)*")
_POSSESSIVE = ("'s", "’s")
# ("its own permit" is the subject's own)
_PRONOUN_BEFORE = lazy(
    r"\b(his|her|its|their)\s+(?!own\b)(?:[^\W\d_][\w-]*\s+)?$", FLAGS
)
_PERSONAL = frozenset(("his", "her"))
_CAPITAL = lazy(r"\b[A-Z][\w'’-]*")
_CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january
    february march april may june july august september october november
    december""".split()
)


@functools.cache
def _owner_slots(text: str, count: int, function_words: frozenset[str]) -> Span | None:
    """The first and last slot of the owner's name in a claim's sentence
    ("Mira Ostrander's contract": the slots of "Mira" and "Ostrander's"),
    if its words end in a possessive before another slot; None otherwise,
    or where the words do not map one to one onto the ``count`` slots."""
    words = [
        m
        for m in _TOKEN.finditer(text)
        if m.group().casefold().replace("’", "'") not in function_words
    ]
    if len(words) != count:
        return None
    for k, word in enumerate(words[:-1]):
        if word.group().endswith(_POSSESSIVE) and word.group()[:1].isupper():
            first = k
            while (
                first > 0
                and words[first - 1].group()[:1].isupper()
                and text[words[first - 1].end() : words[first].start()] == " "
            ):
                first -= 1
            return first, k
    return None


def owner_stand_ins(
    index: ArticleIndex,
    sentence: Sentence,
    hits: list[tuple[Span, ...]],
    function_words: frozenset[str],
) -> None:
    """Add to ``hits`` (each slot's hits in the article) the possessive
    pronouns that stand for ``sentence``'s owner before a hit of the thing
    it owns: the pronoun as the hit of the owner's last word, an empty hit
    at its start for each word of the name before."""
    if "'s" not in sentence.text and "’s" not in sentence.text:
        return
    owner = _owner_slots(sentence.text, len(sentence.slots), function_words)
    if owner is None or not hits[owner[1]]:
        return
    first, last = owner
    text = index.article.text
    added = []
    for start, _ in hits[last + 1]:
        found = _PRONOUN_BEFORE.search(text, max(0, start - 30), start)
        if found is None:
            continue
        if first < last and found.group(1).casefold() not in _PERSONAL:
            continue  # ("Mira Ostrander": her, not its)
        pronoun = found.span(1)
        if _resolves(index, hits[last], pronoun):
            added.append(pronoun)
    if not added:
        return
    hits[last] = tuple(sorted(set(hits[last]) | set(added)))
    for k in range(first, last):
        hits[k] = tuple(sorted(set(hits[k]) | {(p[0], p[0]) for p in added}))


def _resolves(index: ArticleIndex, named: tuple[Span, ...], pronoun: Span) -> bool:
    """Whether the last of the owner's words ``named`` before ``pronoun``
    stands in its sentence or the one before, no other name between."""
    at = bisect.bisect_right(named, (pronoun[0], pronoun[0])) - 1
    while at >= 0 and named[at][1] > pronoun[0]:
        at -= 1
    if at < 0:
        return False
    owner = named[at]
    article = index.article
    sentences = article.sentences
    here = bisect.bisect_right(sentences, (pronoun[0], len(article.text) + 1)) - 1
    there = bisect.bisect_right(sentences, (owner[0], len(article.text) + 1)) - 1
    if here - there > 1:
        return False
    text = article.text
    for name in _CAPITAL.finditer(text, owner[1], pronoun[0]):
        opens = article.sentence_at(name.start())[0]
        if text[opens : name.start()].strip(" \"'“‘(") == "":
            continue
        if name.group().casefold() in _CALENDAR:
            continue
        if any(a <= name.start() < b for a, b in named):
            continue
        return False
    return True
