"""A statement told with the words of two of the claim's own wordings at once.

A claim that says "the fire broke out in the loading bay", also "the blaze
started in the loading area", is stated by "the blaze, which started in the
loading bay": the subject and verb of one wording, the place of the other.
Two wordings built alike (the same number of words, the same negation, the
same doer and object, the same nouns standing before nouns) that share a
word at the same place are read as one, each of their words standing for
the other at its place.
"""

from __future__ import annotations

import dataclasses
from itertools import combinations

from claimcheck.engine.statements import Sentence
from claimcheck.engine.terms import Term, Terms


def _union(one: tuple[Term, ...], two: tuple[Term, ...]) -> tuple[Term, ...]:
    return one + tuple(term for term in two if term not in one)


def _shape(one: Sentence) -> tuple[object, ...]:
    """What two wordings built alike have in common, word for word."""
    return (
        len(one.slots),
        one.cues,
        one.doer,
        one.suffered,
        one.object,
        one.modifiers,
        one.owners,
        one.filled,
        one.possession,
        one.pair_subject,
        one.other,
        one.rules_out,
    )


def _alike(one: Sentence, two: Sentence) -> bool:
    """Whether two wordings are built alike, word for word."""
    return (
        one.comparison is None and two.comparison is None and _shape(one) == _shape(two)
    )


def _mixed(one: Sentence, two: Sentence) -> Sentence | None:
    """The two wordings read as one, or None when they are not built alike,
    share no word at the same place or differ at one place only (each is
    then all the mix would say)."""
    if not _alike(one, two):
        return None
    same = [a.terms == b.terms for a, b in zip(one.slots, two.slots, strict=True)]
    if not any(same) or same.count(False) < 2:
        return None
    slots = tuple(
        a if a.terms == b.terms else Terms(terms=_union(a.terms, b.terms))
        for a, b in zip(one.slots, two.slots, strict=True)
    )
    return dataclasses.replace(
        one,
        slots=slots,
        adjectives=one.adjectives | two.adjectives,
        negatives=one.negatives | two.negatives,
        nominals=one.nominals | two.nominals,
        zero=one.zero | two.zero,
        flips=one.flips | two.flips,
    )


def mixed_wordings(sentences: tuple[Sentence, ...]) -> tuple[Sentence, ...]:
    """Each pair of a claim's wordings built alike, read as one."""
    found = (_mixed(one, two) for one, two in combinations(sentences, 2))
    return tuple(mix for mix in found if mix is not None)
