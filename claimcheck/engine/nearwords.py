"""Adjectives news uses in each other's place.

An analyst writes "the largest storm on record"; a report says "the biggest
storm on record".  A statement's adjective of the table matches the others
of its row, in any degree ("large": big, bigger, biggest), see
:func:`near_adjectives`.  The table keeps to words that say the same in
every sense a clause holding the claim's other words could give them:
"final" is left out, since "last" is also the week before ("Last week, the
first stretch was dug by hand").
"""

from __future__ import annotations

import functools

from claimcheck.engine.terms import every_form, word_lemmas

__all__ = ["near_adjectives"]

# an adjective (its lemma) -> the adjectives of the same sense
_TABLE: dict[str, tuple[str, ...]] = {
    "large": ("big",),
    "big": ("large",),
}


@functools.cache
def _forms(lemma: str) -> tuple[str, ...]:
    return every_form(_TABLE[lemma])


def near_adjectives(word: str) -> tuple[str, ...]:
    """The spellings of the adjectives news uses for ``word`` (lower case),
    if it is read as an adjective of the table; otherwise none."""
    return tuple(
        form
        for lemma, part in sorted(word_lemmas(word))
        if part == "adj" and lemma in _TABLE
        for form in _forms(lemma)
    )
