"""Compound measure words told the other way round, with "of".

English turns a compound noun round with "of" ("ammonium nitrate",
"nitrate of ammonium"; "repair costs", "the costs of the repair"; "flood
damage", "the damage of the flood"), and writers whose first language
builds its compounds that way (Romance languages) do it nearly always.  A
measure word of two nouns also matches its turned form (:func:`turned_round`):
its head first, as the measure counts it, then "of", "the" at most, and the
first noun in any of its forms.

An adjective or a verb first ("physical damage", "lost revenue") is no
compound of two nouns and is not turned: "the damage of physical" is
nothing a writer says.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

__all__ = ["lower_pair", "turned_round"]

Lemmas = Callable[[str], frozenset[tuple[str, str]]]
Forms = Callable[..., tuple[str, ...]]


def _noun(word: str, lemmas: Lemmas) -> bool:
    """Whether ``word`` reads as a noun and never as an adjective (a word the
    word lists lack, "ammonium", counts as one)."""
    read = {pos for _, pos in lemmas(word)}
    return not read or ("noun" in read and "adj" not in read)


def lower_pair(phrase: str) -> tuple[str, str] | None:
    """The two words of a phrase of two lower-case words, else None."""
    words = phrase.split()
    if len(words) != 2 or not all(w.isalpha() and w.islower() for w in words):
        return None
    return words[0], words[1]


def turned_round(phrase: str, lemmas: Lemmas, forms: Forms) -> tuple[str, ...]:
    """The turned forms of a measure word of two lower-case nouns ("repair
    costs": "costs of repair", "costs of the repair", "costs of the
    repairs"...); none for any other phrase."""
    words = lower_pair(phrase)
    if words is None:
        return ()
    first, head = words
    if not (_noun(first, lemmas) and _noun(head, lemmas)):
        return ()
    heads = forms(head, counted=True)
    firsts = [f for f in forms(first) if _noun(f, lemmas) or f == first]
    return tuple(
        f"{h} of {the}{f}"
        for h, the, f in itertools.product(heads, ("", "the "), firsts)
    )
