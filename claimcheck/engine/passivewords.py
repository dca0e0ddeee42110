"""A measure of a noun and the verb done to it, told in the passive.

A claim names a noun and the past participle of the verb done to it, as a
headline does ("flights cancelled", "operations postponed", "jobs cut");
an article tells it with an auxiliary between ("1,850 flights were
cancelled", "have been cancelled", "are being cut").  Such a measure word
also matches its passive forms (:func:`passive_forms`): the noun as the
measure counts it, one of a few auxiliaries of a fact (never a modal: "could
be cancelled" states nothing), and the participle.

A phrase whose second word is no past form ("jobs report", "death toll")
has no passive.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from claimcheck.engine.turnedwords import lower_pair

__all__ = ["passive_forms"]

Lemmas = Callable[[str], frozenset[tuple[str, str]]]
Forms = Callable[..., tuple[str, ...]]

#: auxiliaries between the noun and the participle that tell a fact
_AUXILIARIES = (
    "were",
    "was",
    "are",
    "is",
    "have been",
    "has been",
    "had been",
    "are being",
    "were being",
)
#: past participles the same as their verb ("jobs cut", "homes hit")
_SAME_AS_VERB = frozenset(
    "cut hit shut put set spread hurt quit cast let split shed".split()
)


def _participle(word: str, lemmas: Lemmas) -> bool:
    """Whether ``word`` reads as a verb's past form ("cancelled", "stolen",
    "cut"), not its plain form ("report") nor a noun alone."""
    verbs = {lemma for lemma, pos in lemmas(word) if pos == "verb"}
    if not verbs or word.endswith("ing"):
        return False
    return word in _SAME_AS_VERB or word not in verbs


def _noun(word: str, lemmas: Lemmas) -> bool:
    return any(pos == "noun" for _, pos in lemmas(word))


def passive_forms(phrase: str, lemmas: Lemmas, forms: Forms) -> tuple[str, ...]:
    """The passive forms of a measure word of a lower-case noun and a past
    participle ("flights cancelled": "flights were cancelled", "flights have
    been cancelled"...); none for any other phrase."""
    words = lower_pair(phrase)
    if words is None:
        return ()
    noun, done = words
    if not (_noun(noun, lemmas) and _participle(done, lemmas)):
        return ()
    return tuple(
        f"{n} {aux} {done}"
        for n, aux in itertools.product(forms(noun, counted=True), _AUXILIARIES)
    )


def done_to(phrase: str, lemmas: Lemmas, forms: Forms) -> tuple[str, str] | None:
    """The noun and the past participle of a measure word that has passive
    forms ("flights cancelled": flights, cancelled), else None."""
    if not passive_forms(phrase, lemmas, forms):
        return None
    noun, done = phrase.split()
    return noun, done
