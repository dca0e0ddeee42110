"""Nouns of a sentence's verb that no suffix forms: the verb joined to its
particle, the verb in ``-ing`` and the verb's own lemma.

:mod:`claimcheck.engine.derived` and :mod:`claimcheck.engine.nominals` give
a verb the nouns of its act (``approved``: ``approval``; ``collapsed``:
``collapse``).  More kinds of noun say the act as well:

- a verb with a particle joined into one word, where the word lists know it
  as a noun: "the talks broke down" is stated by "the breakdown of the
  talks", "the plant was shut down" by "the plant's shutdown", "workers
  were laid off" by "layoffs";
- the verb's own ``-ing`` form, read as a noun after a possessive, a
  determiner or before ``of``: "the airline grounded the fleet" is stated by
  "the airline's grounding of the fleet".  Read as a verb ("grounding the
  fleet, the airline cited ...") it counts as any verb does;
- the verb's lemma, where the word lists know it as a noun too: "the
  regulator fined the bank" is stated by "the regulator's fine against the
  bank", "the company recalled the cars" by "the company's recall of the
  cars".  Many such nouns have senses of their own ("the ground", "a
  fire"), so a possessive before one names whose act it is only where an
  argument follows it ("the regulator's fine against ...", see
  :func:`claimcheck.engine.agents.owns_act`).

All join the sentence's nouns of its act, so they count only where the act
is taken as done (:func:`claimcheck.engine.nominals.act_counts`), and a
possessive before them names whose act it is.
"""

from __future__ import annotations

import functools

from claimcheck.engine.terms import _rows, _tables, word_forms

__all__ = ["PARTICLES", "gerunds", "particle_nouns", "zero_nouns"]

#: the particles a phrasal verb's noun joins to it ("breakdown", "walkout",
#: "layoff", "takeover", "setback")
PARTICLES = frozenset("down out off up over back".split())


def _listed_noun(word: str) -> bool:
    """Whether the word lists know ``word`` as a noun."""
    return any(row[1] == "noun" for row in _rows(_tables()[0], word))


@functools.cache
def particle_nouns(verb: str, particle: str) -> tuple[str, ...]:
    """The spellings of the noun joining a form of ``verb`` to its
    ``particle`` ("broke", "down": breakdown, breakdowns); empty when the
    word lists know no such noun."""
    if particle not in PARTICLES:
        return ()
    nouns = {
        form + particle
        for form in word_forms(verb)
        if not form.endswith(("ed", "ing", "s"))
    }
    found = {
        spelling
        for noun in nouns
        if _listed_noun(noun)
        for spelling in word_forms(noun)
    }
    return tuple(sorted(found))


@functools.cache
def gerunds(word: str) -> tuple[str, ...]:
    """The ``-ing`` forms of a past participle (``grounded``: grounding);
    empty for any other word."""
    if not word.endswith("ed"):
        return ()
    return tuple(f for f in word_forms(word) if f.endswith("ing"))


def _lemmas(word: str) -> list[str]:
    """The lemmas of a past participle ("fined": fine); none for another word."""
    if not word.endswith("ed"):
        return []
    return sorted(f for f in word_forms(word) if not f.endswith(("ed", "ing", "s")))


@functools.cache
def zero_nouns(word: str) -> tuple[str, ...]:
    """The spellings of a past participle's lemma as a noun ("fined": fine,
    fines), where the word lists know it as one."""
    return tuple(
        sorted(
            {
                form
                for lemma in _lemmas(word)
                if _listed_noun(lemma)
                for form in (lemma, lemma + "s")
                if form in word_forms(lemma)
            }
        )
    )
