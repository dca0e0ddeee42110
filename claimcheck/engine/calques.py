"""Words of English written with the sense of a Romance language's word.

Reports written in English by speakers of Italian, Spanish, French or
Portuguese use words whose sense is their own language's: "the fusion" of
two airlines is their merger ("fusione", "fusión"), "obligatory" is
compulsory, "the tribunal" is the court, "the society" is the company,
"presented his dimissions" is resigned, "a legal cause against" is a
lawsuit, "sanctioned" is fined.  A statement's word of the table matches
those words too, in any inflection (:func:`calques_of`).

The table keeps to words whose English sense would not make the claim's
sentence in a clause that holds its other words: "cause" stands for a
lawsuit only in "a cause against" and "legal cause", never alone ("the
cause of the outage").
"""

from __future__ import annotations

import functools

from claimcheck.engine.terms import every_form, word_lemmas

__all__ = ["calque_nouns", "calques_of"]

# a word (its lemma) -> the words of the same sense a Romance language gives
_TABLE: dict[str, tuple[str, ...]] = {
    "merger": ("fusion",),
    "merge": ("fuse",),
    "compulsory": ("obligatory",),
    "mandatory": ("obligatory",),
    "court": ("tribunal",),
    "company": ("society",),
    "sue": ("legal cause", "cause against", "judicial cause"),
    "lawsuit": ("legal cause", "cause against", "judicial cause"),
    "resign": ("dimission", "demission", "dimissions", "demissions"),
    "resignation": ("dimission", "demission", "dimissions", "demissions"),
    "fine": ("sanction",),
    "sentence": ("condemn",),
    "prosecutor": ("public ministry", "public minister"),
    # "the waters touched" ("touchées", "tocadas"): those the spill affected
    "affect": ("touch",),
    "affected": ("touched",),
}


@functools.cache
def _forms(lemma: str) -> tuple[str, ...]:
    return every_form(_TABLE[lemma])


def calques_of(word: str) -> tuple[str, ...]:
    """The spellings of the words a Romance language's speaker writes for
    ``word`` (lower case), or none."""
    lemmas = {lemma for lemma, _ in word_lemmas(word)} | {word}
    return tuple(
        form for lemma in sorted(lemmas) if lemma in _TABLE for form in _forms(lemma)
    )


# the calques that are nouns of a verb's act ("presented his dimissions")
_ACT_NOUNS = frozenset(("resign",))


def calque_nouns(word: str) -> tuple[str, ...]:
    """Those of :func:`calques_of` that are nouns of ``word``'s act, read
    as a noun of the act is ("the dimissions of two managers" are theirs)."""
    lemmas = {lemma for lemma, part in word_lemmas(word) if part == "verb"}
    return tuple(
        form for lemma in sorted(lemmas & _ACT_NOUNS) for form in _forms(lemma)
    )
