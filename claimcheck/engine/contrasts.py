"""Contrasts: a negation that sets one thing against another.

"It was not hackers but a faulty update that caused the outage": the "not"
denies what stands between it and "but", so the statement after "but" ("a
faulty update caused the outage") is affirmed, and one whose word stands
before it ("hackers caused the outage") denied.

"A faulty update, not an attack, caused the outage": the "not" heads an
aside of its own, set off by commas, and denies only the thing the aside
names; the statement around it ("a faulty update caused the outage") is
affirmed.  So is any aside of "not" holding none of the statement's words
("The minister, not surprisingly, resigned").  An aside that holds one of
them ("Hackers, not a faulty update, caused the outage") still denies it.

"rather than" and "instead of" deny the statement word they lead to: "the
outage was the result of a botched update rather than a cyberattack" denies
that the outage was a cyberattack; "unlike" denies it too ("Norland's
central bank raised rates, unlike Valdoria's" denies that Valdoria's did).

Both read the clause with the statement's words blanked out by underscores
(see :func:`claimcheck.engine.polarity.read_cues`), so a statement word is a
run of underscores.
"""

from __future__ import annotations

from claimcheck.engine.patterns import count, guarded, lazy
from claimcheck.engine.terms import FLAGS

__all__ = ["CLEFT_BUT", "contrasted", "without_contrast_asides"]

#: a lookbehind after "but" that fails in a cleft sentence, "it was not
#: hackers but ...": the clause is not cut there, so the negated doer stays
#: with the verb
CLEFT_BUT = r"(?<!\bit\s+(?:is|was|were|are)\s+not\s+(?:[\w'’-]+\s+){1,6}but)"

# ", not an attack,": "not" opening an aside that holds no statement word
# (no underscore) and ends at a comma
_NOT_ASIDE = guarded(
    lazy(r",\s*not\s+[^,;:_]*,", FLAGS),
    "not ,",
)
# "it was not hackers but a faulty update that": "not" and what it denies,
# up to "but", holding no statement word (a cleft sentence is one clause,
# see :mod:`claimcheck.engine.statements`)
_NOT_BUT = guarded(lazy(r"\bnot\s+[^,;:_]*?\bbut\b", FLAGS), "not but")
# "rather than a cyberattack", "instead of hackers": up to three words
# (a determiner, adjectives, "by") before the statement word
_RATHER = guarded(
    lazy(
        r"\b(?:rather\s+than|instead\s+of|unlike)\s+(?:[\w'’-]+\s+){0,3}?_",
        FLAGS,
    ),
    "rather|instead|unlike",
)


def without_contrast_asides(before: str) -> str:
    """``before`` (a clause up to its last statement word, words blanked)
    less the asides of "not" that name none of the statement's words."""
    return _NOT_BUT.sub(" ", _NOT_ASIDE.sub(", ", before))


def contrasted(before: str) -> int:
    """How many statement words ``before`` sets aside by "rather than",
    "instead of" or "unlike"."""
    return count(_RATHER, before)
