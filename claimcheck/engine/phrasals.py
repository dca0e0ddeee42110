"""A context's phrasal verb with its object inside: "forced 4,200 residents out".

An analyst lists "forced out" or "moved out" among a claim's context words;
reports put the object between the verb and its particle ("forced 88,000
people out of the city", "moved 130 families out of the tower") as often as
after it.  A two-word term whose second word is a particle ("out", "away",
"off", "back", "home", "down", "up") also matches with up to five words
between its two, within one sentence.
"""

from __future__ import annotations

from claimcheck.engine.terms import Term, Terms

__all__ = ["PHRASALS", "split_phrasals"]

_PARTICLES = frozenset({"out", "away", "off", "back", "home", "down", "up"})
#: the most words between a verb and its particle
_BETWEEN = 5
#: where the terms keep their phrasal verbs split
PHRASALS = "split phrasals"


def split_phrasals(terms: Terms) -> Terms | None:
    """The terms' phrasal verbs with room for an object inside, or None
    when they hold none (worked out once per terms)."""
    if PHRASALS in terms._cache:
        found: Terms | None = terms._cache[PHRASALS]
        return found
    parts = []
    for term in terms.terms:
        words = term.text.split()
        if term.is_regex or len(words) != 2 or words[1].casefold() not in _PARTICLES:
            continue
        verb, particle = (Term(text=w).to_regex() for w in words)
        parts.append(
            Term(
                text=rf"{verb}\s+(?:[^\s.;:!?]+\s+){{1,{_BETWEEN}}}?{particle}",
                is_regex=True,
            )
        )
    found = Terms(terms=tuple(parts)) if parts else None
    terms._cache[PHRASALS] = found
    return found
