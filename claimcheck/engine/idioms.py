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

__all__ = ["Idiom", "adverbs_of", "idiom_of"]


@dataclass(frozen=True, slots=True)
class Idiom:
    """The phrases that state a word and those that deny it."""

    states: tuple[str, ...] = ()
    denies: tuple[str, ...] = ()


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
    "healthy": Idiom(
        states=_degrees("health", _GOOD),
        denies=(
            *_degrees("health", _POOR),
            *(
                f"{degree} {hurt}"
                for degree in ("badly", "seriously", "critically", "gravely")
                for hurt in ("hurt", "injured", "wounded")
            ),
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
