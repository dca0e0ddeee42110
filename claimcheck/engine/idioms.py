"""Set phrases that say a statement's adverb or adjective in other words.

"Rescuers dug manually" is said "rescuers dug the last metres by hand";
"the workers are healthy" is said "the workers are in good health", and
denied "the workers are in poor health".  An adverb in ``-ly`` has a phrase
of a preposition and a noun for it (by hand, in person, in secret, on
purpose, at random); an adjective of a state has the state's noun under an
adjective of its degree (in good health).  :func:`idiom_of` gives a
sentence's word the phrases that state it and those that deny it; a denying
phrase counts as a derived negative adjective does (said of the subject,
see :func:`claimcheck.engine.derived.adjective_counts`).

The table is kept to phrases with no other sense in news: "by hand" is how
something was done ("delivered by hand"), never who did it.
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass

import regex

__all__ = ["Idiom", "adverbs_of", "idiom_of", "said_as_adjective"]


@dataclass(frozen=True, slots=True)
class Idiom:
    """The phrases that state a word and those that deny it."""

    states: tuple[str, ...] = ()
    denies: tuple[str, ...] = ()
    #: phrases that deny it wherever the clause holds them, not only said of
    #: the subject ("has serious health problems")
    flips: tuple[str, ...] = ()


# a state's noun under an adjective of its degree, one of its kinds between:
# "in good health", "in good physical health", "in poor mental health"
_KINDS = ("", "physical ", "general ", "mental ", "overall ")
_GOOD = ("good", "fine", "excellent", "perfect", "reasonable", "robust", "stable")
_POOR = ("poor", "bad", "ill", "failing", "declining", "frail", "fragile", "critical")


def _degrees(noun: str, adjectives: tuple[str, ...]) -> tuple[str, ...]:
    # ("in a good health": an article, as English learners write it)
    return tuple(
        f"in {article}{adjective} {kind}{noun}"
        for article, adjective, kind in itertools.product(
            ("", "a "), adjectives, _KINDS
        )
    )


_TABLE: dict[str, Idiom] = {
    # adverbs in -ly and their phrases of a preposition and a noun (with the
    # adjective before a noun of the act: "manual digging")
    "manually": Idiom(
        states=(
            "by hand",
            "manual",
            "with bare hands",
            "with their hands",
            "with their bare hands",
        )
    ),
    "personally": Idiom(states=("in person",)),
    "publicly": Idiom(states=("in public",)),
    "privately": Idiom(states=("in private",)),
    "secretly": Idiom(states=("in secret",)),
    "deliberately": Idiom(states=("on purpose",)),
    "accidentally": Idiom(states=("by accident", "by mistake")),
    "randomly": Idiom(states=("at random",)),
    "unanimously": Idiom(states=("without dissent",)),
    # ("integrally": as writers of French, Spanish or Italian put it)
    "fully": Idiom(states=("in full", "integrally", "entirely", "completely")),
    "partially": Idiom(states=("in part", "partly")),
    # adjectives of a state and its noun's degrees
    # (a grave injury denies good health: "none of the miners is badly hurt")
    # ("fit" alone is a verb as often: "fit the pipes")
    "healthy": Idiom(
        states=(
            *_degrees("health", _GOOD),
            *(f"{be} fit" for be in ("is", "are", "was", "were", "remain", "remained")),
            "fit and well",
            "fit and healthy",
        ),
        denies=(
            *_degrees("health", _POOR),
            *(
                f"{degree} {ill}"
                for degree in ("seriously", "critically", "gravely")
                for ill in ("ill", "sick")
            ),
            *(
                f"{degree} {hurt}"
                for degree in ("badly", "seriously", "critically", "gravely")
                for hurt in ("hurt", "injured", "wounded")
            ),
        ),
        flips=tuple(
            f"{grave}health {trouble}"
            for grave in ("", "serious ", "severe ", "grave ")
            for trouble in ("problems", "problem", "issues")
        ),
    ),
}


@functools.cache
def idiom_of(word: str) -> Idiom:
    """The phrases of the lower-case ``word`` of a statement's sentence (none
    for most words)."""
    return _TABLE.get(word, Idiom())


@functools.cache
def _phrases() -> dict[tuple[str, str], tuple[str, ...]]:
    """Each phrase of a preposition and a noun in the table, with the adverb
    it says and the adverb's other one-word spellings."""
    out: dict[tuple[str, str], tuple[str, ...]] = {}
    for adverb, idiom in _TABLE.items():
        words = tuple(s for s in idiom.states if " " not in s)
        for phrase in idiom.states:
            parts = phrase.split()
            if len(parts) == 2:
                out[(parts[0], parts[1])] = (adverb, *words)
    return out


def adverbs_of(preposition: str, noun: str) -> tuple[str, ...]:
    """The adverbs a sentence's phrase of a lower-case ``preposition`` and
    ``noun`` says ("by hand": manually, manual; "in full": fully,
    integrally...), so that a sentence with the phrase is stated by an
    article with the adverb; none for most phrases."""
    return _phrases().get((preposition, noun), ())


@functools.cache
def _adjective_phrases() -> tuple[tuple[regex.Pattern[str], str], ...]:
    """Each phrase of three words or more that states an adjective of the
    table ("in good health": healthy), as a pattern, with the adjective;
    the longest first."""
    found = sorted(
        (
            (phrase, adjective)
            for adjective, idiom in _TABLE.items()
            if not adjective.endswith("ly")
            for phrase in idiom.states
            if len(phrase.split()) >= 3
        ),
        key=lambda pair: -len(pair[0]),
    )
    return tuple(
        (regex.compile(rf"\b{regex.escape(phrase)}\b", regex.I), adjective)
        for phrase, adjective in found
    )


def said_as_adjective(sentence: str) -> str:
    """A claim's ``sentence`` with a phrase of the table said by its
    adjective: "the rescued fishermen are in good health" is read as "the
    rescued fishermen are healthy", so that the article's "healthy", "in
    excellent health" or "in poor health" state or deny it as they do the
    adjective (most sentences hold no such phrase and come back as they
    are)."""
    if "health" not in sentence.casefold():
        return sentence
    for pattern, adjective in _adjective_phrases():
        sentence = pattern.sub(adjective, sentence)
    return sentence
