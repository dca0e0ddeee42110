"""A claim's phrasal verb, read with its particle: "voted down the plan".

A statement's "up", "down", "out" and "off" are function words, which a
sentence may leave out; after a verb they are part of it, and most such
verbs mean what the verb alone does not: "voted down the plan" is no "voted
to approve the plan", "called off the strike" no "called a strike",
"stepped down" no "stepped forward".  :func:`phrasal_slot` gives such a
verb's slot the verb with its particle, right after it ("voted down") or
after up to four words of its object ("voted the plan down"), in place of
the verb alone.  A particle that only completes its verb ("shut down",
"closed down", "sealed off") leaves the verb alone its reading.
"""

from __future__ import annotations

from claimcheck.engine.terms import Term, Terms, phrase_regex, word_forms

__all__ = ["phrasal_slot"]

_PARTICLES = frozenset({"up", "down", "out", "off"})
#: verbs whose particle only completes them ("the plant shut down": shut)
_COMPLETED = frozenset("shut close seal lock burn wipe".split())


def phrasal_slot(forms: tuple[str, ...], verb: str, after: str) -> Terms:
    """The slot of a claim's word ``verb`` with its spellings ``forms``,
    given the claim's word ``after`` it: before a particle that changes the
    verb's meaning, the verb's inflections are joined to that particle."""
    if after not in _PARTICLES:
        return Terms.of(forms)
    inflections = word_forms(verb)
    if _COMPLETED.intersection(inflections):
        return Terms.of(forms)
    alternatives = "|".join(phrase_regex(form) for form in inflections)
    # "voted the plan down": the verb, its particle a few words after
    split = rf"(?:{alternatives})(?=(?:\s+[^\s.;:!?]+){{1,4}}?\s+{after}\b)"
    kept = [Term(text=f) for f in forms if f not in inflections]
    joined = [Term(text=f"{form} {after}") for form in inflections]
    return Terms(terms=(*joined, Term(text=split, is_regex=True), *kept))
