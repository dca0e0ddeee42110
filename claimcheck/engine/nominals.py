"""Acts worded as nouns: "the implosion of the sub", "after a loss of power",
"the county's lawsuit against X".

:mod:`claimcheck.engine.derived` forms a verb's noun by rule (``inspect``:
``inspection``); :data:`IRREGULAR` adds the nouns no suffix rule forms
(``implode``: ``implosion``, ``lose``: ``loss``, ``sue``: ``lawsuit``).  A
noun of the act states it where the act is taken as done:

- named as a fact by a definite noun phrase whose bearer is definite too
  (``the collapse of the levee flooded three villages``, ``the plant's
  evacuation began at noon``; not ``the implosion of a submersible hull``,
  which is any);
- after a word of time, place or cause (``after a loss of power``,
  ``killed in a collapse``, ``blamed on a power failure``), or as what the
  subject suffered or brought (``suffered a catastrophic implosion``, ``filed a
  lawsuit``);
- opening its sentence as the subject of a verb (``A lawsuit by the county
  seeks damages``);

and never where it is feared, called for, warned of, planned, threatened
or only possible (``fears of a collapse of the levee``, ``called for the
evacuation of the plant``), nor under a modal.  A word spelt as the verb's
own form (``collapse``) is such a noun only after a determiner or before
``of``; as a verb it is read as any verb is.
"""

from __future__ import annotations

import dataclasses

from claimcheck.engine.derived import Derived, nominal_counts
from claimcheck.engine.haltedacts import halted_after
from claimcheck.engine.patterns import lazy
from claimcheck.engine.saidmodals import said_before
from claimcheck.engine.terms import FLAGS, word_forms

__all__ = ["IRREGULAR", "act_counts", "names_act", "with_irregular"]

#: nouns of an act that no suffix rule forms, by the verb's lemma
IRREGULAR: dict[str, tuple[str, ...]] = {
    "implode": ("implosion",),
    "explode": ("explosion",),
    "collide": ("collision",),
    "erode": ("erosion",),
    "invade": ("invasion",),
    "lose": ("loss",),
    "sue": ("lawsuit", "suit"),
    "plead": ("plea",),
    "fail": ("failure",),
    "close": ("closure",),
    "seize": ("seizure",),
    "depart": ("departure",),
    "withdraw": ("withdrawal",),
    "acquit": ("acquittal",),
    "collapse": ("collapse",),
    "crash": ("crash",),
    "breach": ("breach",),
    "arrest": ("arrest",),
    "sink": ("sinking",),
    "die": ("death",),
    "rescue": ("rescue",),
    "escape": ("escape",),
    "leak": ("leak",),
    "flood": ("flooding",),
}


_NEXT_WORDS = lazy(r"\s+([^\W\d_]+)(?:\s+([^\W\d_]+))?", FLAGS)


def names_act(text: str, pos: int, acts: frozenset[str]) -> bool:
    """Whether one of ``acts`` (the nouns of a statement's act) follows
    ``pos``, past at most one modifier: after a possessive ("the
    submersible's implosion", "the levee's sudden collapse") it says whose
    act it was."""
    if not acts:
        return False
    found = _NEXT_WORDS.match(text, pos)
    if found is None:
        return False
    # (the loop written out: this runs once per possessive hit)
    for word in found.groups():  # noqa: SIM110
        if word is not None and word.casefold() in acts:
            return True
    return False


def with_irregular(derived: Derived, word: str) -> Derived:
    """``derived`` (the spellings derived from a sentence's ``word``) with the
    irregular nouns of its act."""
    lemmas = ({word} | set(word_forms(word))) & IRREGULAR.keys()
    if not lemmas:
        return derived
    nouns = {
        form
        for lemma in lemmas
        for noun in IRREGULAR[lemma]
        for form in (noun, *word_forms(noun))
        if not form.endswith("ing") or noun.endswith("ing")
    }
    # a noun spelt as the verb's own form is found as that form already
    nouns -= set(word_forms(word)) - set(derived.nominals)
    same = {n for lemma in lemmas for n in IRREGULAR[lemma] if n == lemma}
    nouns |= {f for n in same for f in (n, n + "s")}
    return dataclasses.replace(
        derived, nominals=tuple(sorted(set(derived.nominals) | nouns))
    )


# a determiner or a possessive, and at most one modifier, before the noun
_NOUN_BEFORE = lazy(
    r"(?:\b(?:a|an|the|its|their|his|her|our|this|that|any|no)|['’]s|s['’])\s+"
    r"(?:[\w-]+\s+)?$",
    FLAGS,
)
_OF_AFTER = lazy(r"\s+of\b", FLAGS)
_DEFINITE_BEFORE = lazy(
    r"(?:\b(?:the|its|their|his|her|our|this|that)|['’]s|s['’])\s+(?:[\w-]+\s+)?$",
    FLAGS,
)
_INDEFINITE_BEARER = lazy(r"\s+(?:of|by)\s+(?:a|an|any|some)\b", FLAGS)
# feared, called for, warned of, planned, possible: no act yet
_NOT_YET = lazy(
    r"\b(?:fears?|feared|fearing|warn(?:s|ed|ing)?|risks?|threat(?:s|en|ens|ened"
    r"|ening)?|call(?:s|ed|ing)?\s+for|demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)"
    r"|sought|seek(?:s|ing)?|request(?:s|ed|ing)?|ask(?:s|ed|ing)?\s+for"
    r"|push(?:es|ed|ing)?\s+for|plan(?:s|ned|ning)?"
    r"|propos(?:e|es|ed|ing|al)|prevent(?:s|ed|ing)?|avert(?:s|ed|ing)?"
    r"|avoid(?:s|ed|ing)?|possible|potential|likely|imminent|order(?:s|ed|ing)?"
    r"|prepar(?:e|es|ed|ing)|consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|prospect)\b",
    FLAGS,
)
# time or cause, or what the subject suffered or brought
_HAPPENED_BEFORE = lazy(
    r"\b(?:after|following|since|amid|during|in|by|of|due\s+to|because\s+of"
    r"|caused\s+by"
    r"|blamed\s+on|suffered|suffers|underwent|experienced|sustained|filed"
    r"|brought|launched|lodged|entered|won|settled|survived|led\s+to|resulted\s+in"
    r"|triggered|caused|sparked|prompted)\s+(?:[\w-]+\s+){0,2}$",
    FLAGS,
)
# an instrument signed or issued, right before the act's verb in "-ing"
# ("signed a decree pardoning", "has issued an order lifting"); a plan to
# sign ("will sign", "asked to sign") and a draft are no such act
_SIGNED = lazy(
    r"\b(?:signed|signs|issued|issues|enacted|enacts|decreed|published)\s+"
    r"(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\w-]+\s+)?(?:order|decree|law|bill"
    r"|regulation|directive|proclamation|ordinance|measure|resolution|edict)s?\s+$",
    FLAGS,
)
_MODAL_AFTER = lazy(r"\b(?:would|could|might|(?-i:may)|will|shall|should|can)\b", FLAGS)
_OPENS = lazy(r"\W*(?:(?:a|an)\s+)?(?:[\w-]+\s+)?$", FLAGS)


def act_counts(text: str, start: int, end: int, clause: tuple[int, int]) -> bool:
    """Whether a noun of the statement's act at ``text[start:end]`` states the
    act in ``clause``; a verb spelt as the noun counts as a verb does."""
    lead = max(clause[0], start - 40)
    noun = _NOUN_BEFORE.search(text, lead, start) or _OF_AFTER.match(text, end)
    if noun is None and any(
        f.endswith("ed") for f in word_forms(text[start:end].casefold())
    ):
        # "the levee did not collapse": the verb itself, read as any verb is
        return True
    modal = _MODAL_AFTER.search(text, end, clause[1])
    if (modal and not said_before(text, end, modal.start())) or halted_after(
        text, end, clause[1]
    ):
        # "a collapse of the levee would flood the town", "his extradition
        # was suspended" (but "the lawsuit says the firm should pay")
        return False
    if nominal_counts(text, start, clause):
        return True
    if _SIGNED.search(text, lead, start):
        # "signed an order lifting the curfew": the act done by the order
        return True
    if _NOT_YET.search(text, max(clause[0], start - 60), start):
        return False
    if _HAPPENED_BEFORE.search(text, lead, start):
        return True
    if _DEFINITE_BEFORE.search(text, lead, start):
        return not _INDEFINITE_BEARER.match(text, end)
    return bool(_OPENS.fullmatch(text, clause[0], start))
