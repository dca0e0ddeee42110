"""A verb and the word after it, said in other words.

Some statements are a verb and a word that together name one act: "pleaded
guilty", "lost power", "went on strike".  Reports, and writers of English as
a second language, put the pair otherwise:

- the verb by another verb that takes the same word ("admitted its guilt",
  "declared itself guilty", "recognised its guilt");
- the word after the verb by a word of its own family ("guilt" for
  "guilty");
- both at once by a phrase or a noun of the act, where the verb is a light
  one ("went on strike": "the union's walkout", "walked off the job").

A pair whose verb does more than its light sense is left to its words: "lost
power" read as one phrase would miss "power was lost" and "lost all engine
power".

A noun of the act counts as the sentence's other nouns of its act do: where
the act is taken as done ("the union's walkout began", "after a power
failure"), not where it is planned or feared ("voted to hold a strike").
The table keeps to pairs whose other wordings have no other sense beside the
pair's word.
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass

from claimcheck.engine.terms import phrase_forms, word_forms

__all__ = [
    "GUILT",
    "INNOCENCE",
    "Collocation",
    "PairSpellings",
    "collocation",
    "pair_spellings",
    "pair_words",
]


@dataclass(frozen=True, slots=True, kw_only=True)
class Collocation:
    """The other wordings of a verb and the word after it."""

    #: other verbs for the verb (with the same word after them)
    verbs: tuple[str, ...] = ()
    #: nouns of the act, read as nouns of an act are
    nouns: tuple[str, ...] = ()
    #: phrases that say the verb and its word together
    phrases: tuple[str, ...] = ()
    #: other words for the word after the verb
    after: tuple[str, ...] = ()
    #: whether the word after joins the verb's slot (a light verb: "went on
    #: strike" is one act, and "went" alone says nothing of it)
    joined: bool = False
    #: nouns of the act that say the word after as well ("a power failure",
    #: "a blackout" for "lost power"): each stands for both words
    wholes: tuple[str, ...] = ()
    #: verbs (lemmas) or phrases that say the word after by themselves where
    #: no object follows them ("the mayor conceded on Sunday" for "conceded
    #: defeat", "maintains his innocence" for "has not admitted guilt")
    alone: tuple[str, ...] = ()
    #: spellings taken as they are ("appealed" for "filed an appeal", where
    #: the bare "appeal" may be the noun: "dropped their appeal")
    literal: tuple[str, ...] = ()

    def verb_forms(self) -> tuple[str, ...]:
        """Every spelling of the verbs and phrases (not the nouns)."""
        out: list[str] = list(self.literal)
        for verb in self.verbs:
            out += word_forms(verb)
        for phrase in self.phrases:
            out += phrase_forms(phrase)
        return tuple(dict.fromkeys(out))

    def noun_forms(self) -> tuple[str, ...]:
        """Every spelling of the nouns of the act (those that say the word
        after too among them)."""
        return (
            tuple(
                dict.fromkeys(
                    form
                    for noun in self.nouns
                    for form in (noun, *word_forms(noun))
                    if not form.endswith(("ed", "ing"))
                )
            )
            + self.whole_forms()
        )

    def whole_forms(self) -> tuple[str, ...]:
        """Every spelling of the nouns that say the verb and the word after."""
        return tuple(
            dict.fromkeys(f for noun in self.wholes for f in (noun, noun + "s"))
        )

    def after_forms(self) -> tuple[str, ...]:
        """Every spelling of the other words for the word after the verb."""
        return tuple(dict.fromkeys(f for w in self.after for f in (w, *word_forms(w))))


#: by the verb's lemma and the word after it, as a claim writes it
_TABLE: dict[tuple[str, str], Collocation] = {
    ("plead", "guilty"): Collocation(
        verbs=("admit", "confess", "declare", "acknowledge", "recognise", "recognize"),
        after=("guilt",),
    ),
    # "after a power failure", "a power outage left the ship adrift",
    # "suffered a total blackout" (but "lost its anchor in a blackout" names
    # another loss: a whole noun stands for the verb and its word together)
    ("lose", "power"): Collocation(
        wholes=(
            "power failure",
            "power outage",
            "power cut",
            "power loss",
            "blackout",
            "electrical failure",
            "electrical blackout",
        ),
    ),
    ("go", "strike"): Collocation(
        nouns=("strike", "walkout", "stoppage"),
        phrases=(
            "go on strike",
            "walk out",
            "walk off the job",
            "walk off their jobs",
            "down tools",
            "stop work",
        ),
        joined=True,
    ),
}
# "recognised its wrongdoing": admitting, as learners of English write it
# (reconnaître, reconocer, riconoscere, erkennen an)
_ADMITTED = Collocation(verbs=("recognise", "recognize", "acknowledge"))
# guilt admitted in other words: "confessed to any crime", "did not accept
# to have committed any offence", "has never acknowledged wrongdoing" (a
# mistake admitted is no guilt: those keep to their own words)
GUILT = ("guilt", "wrongdoing", "crime", "crimes", "offence", "offense")
# the offences a charge names most often, each a guilt admitted or denied
# where it is committed or confessed to ("did not accept that he had
# committed fraud", "confessed to the theft"; not "admitted that the fraud
# had cost millions"); a claim naming one keeps to its own word
_OFFENCES = tuple(
    f"{verb} {det}{offence}"
    for verb in ("committed", "commit", "commits", "committing", "to")
    for det in ("", "the ", "any ", "a ")
    for offence in (
        "fraud", "bribery", "corruption", "theft", "embezzlement",
        "manslaughter", "murder", "negligence", "perjury", "extortion",
    )
)  # fmt: skip
# innocence maintained: a denial of guilt in one phrase (see
# :mod:`claimcheck.engine.opposites`, where it negates an admission)
INNOCENCE = tuple(
    f"{verb} {its} innocence"
    for verb in ("maintain", "protest", "proclaim", "assert")
    for its in ("his", "her", "its", "their")
)
_TABLE.update(
    (
        ("admit", thing),
        Collocation(
            verbs=("recognise", "recognize", "acknowledge", "accept", "confess"),
            after=tuple(other for other in GUILT if other != thing) + _OFFENCES,
            alone=INNOCENCE,
        ),
    )
    for thing in GUILT
)
# guilt denied in other words: "denied any crime", "denies any offence"
_TABLE.update(
    (
        ("deny", thing),
        Collocation(
            after=tuple(o for o in GUILT if o != thing) + _OFFENCES,
            alone=INNOCENCE,
        ),
    )
    for thing in GUILT
)
# a defeat conceded in other words: "admitted defeat", "acknowledged his
# defeat", and as learners write it, "recognised the defeat"
# ("the mayor conceded late on Sunday": the verb alone says it)
_TABLE[("concede", "defeat")] = Collocation(
    verbs=("admit", "accept", "acknowledge", "recognise", "recognize"),
    alone=("concede",),
)
_TABLE.update(
    (("admit", thing), _ADMITTED)
    for thing in (
        "responsibility",
        "liability",
        "mistake",
        "mistakes",
        "error",
        "errors",
        "fault",
    )
)
# an act a claim tells by a light verb and the act's noun ("filed an
# appeal", "issued a recall"): the act's own verb in its past says both
# ("appealed", "recalled"; the bare "appeal" is the noun as often), and so
# do the light verbs news puts before the noun
_LIGHT: dict[str, tuple[tuple[str, ...], str]] = {
    # the act's noun -> the light verbs before it, the verb of the act
    "appeal": (("file", "lodge", "launch"), "appeal"),
    "lawsuit": (("file", "bring", "launch"), "sue"),
    "recall": (("issue", "announce", "launch"), "recall"),
    "complaint": (("file", "lodge"), "complain"),
    "investigation": (("launch", "open"), "investigate"),
}
_TABLE.update(
    (
        (light, noun),
        Collocation(
            literal=tuple(f for f in word_forms(verb) if f.endswith("ed")),
            phrases=tuple(
                f"{other} {'an' if noun[0] in 'aeiou' else 'a'} {noun}"
                for other in lights
            ),
            joined=True,
        ),
    )
    for noun, (lights, verb) in _LIGHT.items()
    for light in lights
)
#: the words after a light verb's noun that belong to it ("filed a lawsuit
#: against the firm" is "sued the firm")
_NOUN_AFTER = frozenset(("against",))
#: what a word after a light verb's noun is given: no slot of its own
_JOINED_AFTER = Collocation(joined=True)
_LEMMAS = frozenset(verb for verb, _ in _TABLE)


@functools.cache
def collocation(verb: str, after: str) -> Collocation | None:
    """The other wordings of the lower-case ``verb`` (any form) followed by
    the content word ``after``; None for most pairs."""
    for lemma in ({verb, *word_forms(verb)} & _LEMMAS) or ():
        found = _TABLE.get((lemma, after))
        if found is not None:
            return found
    return None


def pair_words(
    words: list[str], function_words: frozenset[str]
) -> dict[int, tuple[int, Collocation]]:
    """For each word of a sentence's lower-case ``words`` that opens a pair
    of the table, the index of the pair's second word and the pair's
    wordings (the next word that is no function word is its second)."""
    content = [i for i, w in enumerate(words) if w not in function_words]
    out: dict[int, tuple[int, Collocation]] = {}
    for i, j in itertools.pairwise(content):
        found = collocation(words[i], words[j])
        if found is not None:
            out[i] = (j, found)
            if found.literal and words[j + 1 : j + 2] and words[j + 1] in _NOUN_AFTER:
                out[j + 1] = (j + 1, _JOINED_AFTER)
    return out


@dataclass(frozen=True, slots=True)
class PairSpellings:
    """What a pair of the table gives one word of a sentence."""

    #: spellings the word's slot takes besides its own
    forms: tuple[str, ...] = ()
    #: of those, the nouns of the act
    nouns: tuple[str, ...] = ()
    #: whether the slot holds these spellings only (a light verb's)
    only: bool = False
    #: whether the word has no slot of its own (joined to the verb's)
    dropped: bool = False
    #: whether the word is the one after the verb, which a noun in the
    #: verb's slot may say as well (see :func:`filled_hits`)
    filled: bool = False


def pair_spellings(
    pairs: dict[int, tuple[int, Collocation]], i: int
) -> PairSpellings | None:
    """What the pairs of a sentence (see :func:`pair_words`) give its word
    ``i``; None for a word in no pair."""
    opened = pairs.get(i)
    if opened is not None:
        found = opened[1]
        if found is _JOINED_AFTER:
            return PairSpellings(dropped=True)
        nouns = found.noun_forms()
        forms = found.verb_forms() + nouns
        return PairSpellings(forms, nouns, only=found.joined)
    for second, found in pairs.values():
        if second == i:
            if found.joined:
                return PairSpellings(dropped=True)
            wholes = found.whole_forms()
            wholes += tuple(
                f
                for verb in found.alone
                for f in (phrase_forms(verb) if " " in verb else word_forms(verb))
            )
            return PairSpellings(found.after_forms() + wholes, filled=bool(wholes))
    return None
