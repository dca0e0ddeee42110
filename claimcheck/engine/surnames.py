"""A person named in full once, by surname after: "Marta Ilves ... Ilves
resigned".

News names a person in full at first mention and by surname alone after.
A statement whose subject is a full name ("Marta Ilves resigned") is then
told of the surname alone: each lone hit of the name's last word after the
full name's first mention stands for the whole name.  A surname right after
another capitalised word is another person's name ("Peter Ilves") or a
title's ("Minister Ilves"), and stands for no one here.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from claimcheck.engine.patterns import lazy

if TYPE_CHECKING:
    from claimcheck.engine.index import ArticleIndex

__all__ = ["full_name", "lone_surnames", "surname_stand_ins"]

Span = tuple[int, int]

_TWO_NAMES = lazy(r"\W*([A-Z][\w'’-]+)\s+([A-Z][\w'’-]+)\b")
# another name or a title before ("Jon Sarrat", "Minister Sarrat", "Dr.
# Sarrat"), not a sentence's last word ("on Monday. Sarrat")
_CAPITAL_BEFORE = lazy(
    r"(?:[A-Z][\w'’-]*|\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Sen|Rep|Gov|Capt|Lt|Sgt|St)\.)"
    r"\s+$"
)


@functools.cache
def full_name(text: str) -> bool:
    """Whether a statement's ``text`` opens with a full name: two capitalised
    words, the second not all capitals ("Marta Ilves resigned")."""
    found = _TWO_NAMES.match(text)
    return found is not None and not found.group(2).isupper()


def lone_surnames(
    text: str, first: tuple[Span, ...], last: tuple[Span, ...]
) -> tuple[Span, ...]:
    """The hits of ``last`` (the name's last word) that stand alone after the
    first mention of the full name (a hit of ``first`` and one of ``last``
    parted by white space)."""
    starts = {h[0] for h in last}
    named = next(
        (
            end
            for _, end in first
            if (gap := len(text[end : end + 3]) - len(text[end : end + 3].lstrip())) > 0
            and end + gap in starts
        ),
        None,
    )
    if named is None:
        return ()
    return tuple(
        h
        for h in last
        if h[0] > named
        and _CAPITAL_BEFORE.search(text, max(0, h[0] - 30), h[0]) is None
    )


def surname_stand_ins(
    index: ArticleIndex,
    hits: list[tuple[Span, ...]],
    rest: set[Span] | None,
) -> set[Span]:
    """The sentences (among ``rest``, where given) in which a surname alone
    stands for the full name of a statement's first two slots; each such
    surname joins ``hits`` as an empty hit of the first slot."""
    lone = lone_surnames(index.article.text, hits[0], hits[1])
    sentence_at = index.article.sentence_at
    lone = tuple(h for h in lone if rest is None or sentence_at(h[0]) in rest)
    if not lone:
        return set()
    hits[0] = tuple(sorted(hits[0] + tuple((h[0], h[0]) for h in lone)))
    return {sentence_at(h[0]) for h in lone}
