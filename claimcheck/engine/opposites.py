"""Words a statement's word is said by, and words that deny it wherever they
stand: "the cause is unknown" is stated by "the cause remains unclear" and
by "investigators have yet to establish the cause"; "the central bank held
the rate" by "left the rate unchanged" and "did not change the rate".

Some words of a statement have an opposite that reports put under a
negation: "unknown" is "not yet known", "has not been determined", "still
do not know what caused"; holding a level is "did not change it".  The
opposite (:attr:`Opposite.denies`) joins the word's slot and counts as one
negation wherever the clause holds it, so that its own negation ("not
known", "yet to establish") affirms the statement, and its plain use ("the
cause is now known", "changed the rate") denies it.  Other words that
state it (:attr:`Opposite.states`) join the slot as plain spellings.

The table keeps to words whose opposite has no other sense beside the
statement's other words: the opposites of holding (a change) are given only
where the sentence names a level after the verb ("held the interest
rate", "held parking fees"), not a dam or a line ("the dam held").
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from claimcheck.engine.collocations import GUILT, INNOCENCE
from claimcheck.engine.idioms import adverbs_of
from claimcheck.engine.terms import phrase_forms, word_forms

__all__ = ["Opposite", "opposite_at", "opposite_of"]


@dataclass(frozen=True, slots=True)
class Opposite:
    """Other words for a statement's word, and the words that deny it."""

    states: tuple[str, ...] = ()
    denies: tuple[str, ...] = ()


def _verbs(*lemmas: str) -> tuple[str, ...]:
    forms = (f for lemma in lemmas for f in (lemma, *word_forms(lemma)))
    return tuple(dict.fromkeys(forms))


# what is not known: said by its adjectives, denied by knowing, finding out
# and pinning down ("investigators have established the cause")
_UNKNOWN_WORDS = ("unknown", "unclear", "uncertain", "undetermined", "unexplained")
_KNOWING = (
    *_verbs("know", "establish", "determine", "identify", "pinpoint"),
    "clear",
    "explained",
)
_UNKNOWN = Opposite(states=(*_UNKNOWN_WORDS, "a mystery"), denies=_KNOWING)
_KNOWN = Opposite(
    states=("established", "determined", "identified", "clear"),
    denies=(*_UNKNOWN_WORDS, "a mystery"),
)

# a level kept where it was: "left the rate unchanged", "kept rates steady",
# "kept the rate on hold", "where it was"; denied by changing it
_HELD = Opposite(
    states=(
        "unchanged",
        "steady",
        "on hold",
        "where it was",
        "where they were",
        "at the same level",
        *(
            f"at {its}current level{s}"
            for its in ("", "the ", "its ", "their ")
            for s in ("", "s")
        ),
    ),
    denies=_verbs("change"),
)
#: the nouns of a level a verb of holding may keep
_LEVELS = frozenset(
    """
    rate rates interest price prices level levels tax taxes fee fees tariff
    tariffs fare fares rent rents wage wages pay output production target
    targets forecast forecasts
    """.split()
)
_HOLD = frozenset(_verbs("hold"))

# guilt admitted, denied by its denial: "the treasurer denies any
# wrongdoing" has not admitted it; and guilt denied, denied by its admission:
# "did not recognise to have committed any crime", "refused to admit any
# wrongdoing" deny it
_INNOCENT = tuple(f for phrase in INNOCENCE for f in phrase_forms(phrase))
_ADMIT = frozenset(_verbs("admit", "confess", "acknowledge"))
_DENIED_GUILT = Opposite(denies=(*_verbs("deny"), *_INNOCENT))
_DENY = frozenset(_verbs("deny"))
_ADMITTED_GUILT = Opposite(
    states=_INNOCENT,
    denies=_verbs("admit", "confess", "acknowledge", "recognise", "recognize"),
)


@functools.cache
def opposite_of(word: str, after: tuple[str, ...]) -> Opposite:
    """The other words and opposites of a sentence's lower-case ``word``,
    whose later content words are ``after`` (empty for most words)."""
    if word in ("unknown", "unclear"):
        return _UNKNOWN
    if word == "known":
        return _KNOWN
    if word in _HOLD and not _LEVELS.isdisjoint(after):
        return _HELD
    if after[:1] and after[0] in GUILT:
        if word in _ADMIT:
            return _DENIED_GUILT
        if word in _DENY:
            return _ADMITTED_GUILT
    return Opposite()


def opposite_at(words: list[str], i: int, function_words: frozenset[str]) -> Opposite:
    """The other words and opposites of a sentence's lower-case word
    ``words[i]``: its table's (:func:`opposite_of`, with the later words
    that are none of ``function_words``) and, after a preposition, the adverbs its
    phrase says ("by hand": manually, see
    :func:`claimcheck.engine.idioms.adverbs_of`)."""
    after = tuple(w for w in words[i + 1 :] if w not in function_words)
    found = opposite_of(words[i], after)
    adverbs = adverbs_of(words[i - 1], words[i]) if i else ()
    if not adverbs:
        return found
    return Opposite(states=adverbs + found.states, denies=found.denies)
