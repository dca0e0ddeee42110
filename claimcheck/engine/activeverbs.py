"""A measure of a noun and the verb done to it, told in the active.

A claim names a noun and the verb done to it ("flights cancelled", "jobs
cut", "operations postponed"); an article tells who did it: "Airlines
cancelled 1,850 flights", "Tessel cut 1,200 jobs", "forced the hospital to
postpone 640 operations".  The verb, in any of its forms, is a measure word
of the claim where the claim's noun follows the figure after it, maybe
past one word (:func:`active_measure`); the index binds the figure to it as
the verb's object (:mod:`claimcheck.engine.binding`, rule a), and the claim
reads that figure (:func:`active_hits`).  "Airlines cancelled 420 trips"
names another noun: no measure word of the claim.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import regex

from claimcheck.engine.paraphrases import Guard, written
from claimcheck.engine.passivewords import done_to
from claimcheck.engine.perobject import per_object
from claimcheck.engine.terms import FLAGS, Terms, word_forms, word_lemmas

__all__ = ["ActiveMeasure", "active_hits", "active_measure", "noun_guard"]

#: how many words may stand between the verb and its object's figure
#: ("cancelled more than 1,850 domestic flights")
_REACH = 3
#: the figure's last word, right before the noun or one word and the noun
_FIGURE = (
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?"
    r"|thousands?|dozens?|millions?|billions?)"
)


@dataclass(frozen=True, slots=True)
class ActiveMeasure:
    """The verb forms of a claim's noun-and-verb measure words, each with
    the guard that keeps it only before one of their nouns."""

    verbs: Terms
    #: each verb form's nouns, folded
    nouns_of: dict[str, frozenset[str]]
    guards: dict[str, Guard]


def noun_guard(nouns: Iterable[str]) -> Guard:
    """The guard that keeps a verb only before one of ``nouns``."""
    after = (
        rf"(?:\s+[^\s.;:!?]+){{0,{_REACH}}}?\s+{_FIGURE}"
        rf"\s+(?:[^\W\d_][\w-]*\s+)?(?:{'|'.join(sorted(nouns))})\b"
    )
    return Guard(after=regex.compile(after, FLAGS), before=None)


@per_object  # (asked of a claim's measure for every article)
def active_measure(measure: Terms) -> ActiveMeasure | None:
    """The active forms of ``measure``'s noun-and-verb words, or None when
    it has none."""
    nouns_of: dict[str, set[str]] = {}
    # the claim's own words: the table's wordings have guards of their own
    for term in written(measure):
        pair = None if term.is_regex else done_to(term.text, word_lemmas, word_forms)
        if pair is None:
            continue
        noun, done = pair
        nouns = {noun, *word_forms(noun, counted=True)}
        for verb in (done, *word_forms(done)):
            nouns_of.setdefault(verb, set()).update(nouns)
    if not nouns_of:
        return None
    return ActiveMeasure(
        verbs=Terms.of(sorted(nouns_of)),
        nouns_of={verb: frozenset(nouns) for verb, nouns in nouns_of.items()},
        guards={verb: noun_guard(nouns) for verb, nouns in nouns_of.items()},
    )


def active_hits(
    measure: Terms, text: str, hits: tuple[tuple[int, int], ...]
) -> list[tuple[int, int]]:
    """Which of ``hits`` (of ``active_measure(measure).verbs`` in ``text``)
    stand before one of the measure's nouns."""
    active = active_measure(measure)
    if active is None:
        return []
    out = []
    for start, end in hits:
        guard = active.guards.get(text[start:end].casefold())
        if guard is not None and guard.holds(text, start, end):
            out.append((start, end))
    return out
