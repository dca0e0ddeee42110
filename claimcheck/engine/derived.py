"""Words derived from a statement's words: "uninspected", "unlicensed", "no
inspection", "lacked a licence".

A statement's sentence names an act or a thing ("the bridge was not
inspected", "the captain did not have a licence"); an article may put it in a
word derived from it:

- an adjective of its participle, negated by ``un-`` (``had gone
  uninspected``, ``the unlicensed captain``), or of a possessed noun's verb
  (``licence``: ``was licensed``, ``was unlicensed``).  Such an adjective
  counts only where it is said of the subject: after a linking verb (``was``,
  ``remained``, ``had gone``) or right before another of the sentence's words
  (``the unlicensed captain``), never of another noun (``the unlicensed
  deckhand told the captain``);
- a phrase that says its verb (:data:`PHRASAL`: ``apologised``: ``said
  sorry``; ``resigned``: ``stepped down``);
- a noun of its verb (``inspected``: ``inspection``; ``apologised``:
  ``apology``), which counts only where it is denied (``no inspection``,
  ``without an apology``) or carried out (``an inspection was carried out``,
  ``issued an apology``): "an inspection is planned" states no inspection.

A sentence of possession (``have a licence``) is stated only by a clause
that speaks of having: ``had``, ``held``, ``lacked``, ``without``, ``no``, or
the derived adjective; "applied for a licence" does not say whether the
captain had one.  ``lack`` right before one of the sentence's words negates
it (``lacked a licence``).
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass

from claimcheck.engine.eventverbs import EVENT_NOUNS
from claimcheck.engine.patterns import lazy
from claimcheck.engine.terms import FLAGS, phrase_forms, word_forms

__all__ = [
    "PHRASAL",
    "Derived",
    "adjective_counts",
    "derive",
    "lack_before",
    "nominal_counts",
    "possession_object",
    "speaks_of_having",
    "without_word",
]


@dataclass(frozen=True, slots=True, kw_only=True)
class Derived:
    """The derived spellings of one word of a sentence."""

    #: adjectives that state it ("licensed")
    adjectives: tuple[str, ...] = ()
    #: adjectives that deny it ("unlicensed", "uninspected")
    negatives: tuple[str, ...] = ()
    #: nouns of its act ("inspection", "inspections")
    nominals: tuple[str, ...] = ()
    #: phrases that say the same act ("said sorry" for "apologised")
    phrases: tuple[str, ...] = ()

    @property
    def spellings(self) -> tuple[str, ...]:
        return self.adjectives + self.negatives + self.nominals + self.phrases


#: verbs that a phrase says as well, by lemma; kept to phrases with no other
#: sense in news ("stand down" troops is said of the troops, not by them)
PHRASAL: dict[str, tuple[str, ...]] = {
    "apologise": ("say sorry",),
    "apologize": ("say sorry",),
    "resign": ("step down", "stand down"),
    # "will shut the plant", "shut down the mill"
    "close": ("shut", "shut down", "close down"),
    # "hackers were behind the outage"
    "cause": tuple(f"{be} behind" for be in ("is", "are", "was", "were", "been")),
    # "admitted defeat", and as learners write it, "recognised the defeat"
    "concede": tuple(
        f"{verb} {the}defeat"
        for verb in ("admit", "accept", "acknowledge", "recognise", "recognize")
        for the in ("", "the ", "its ", "his ", "her ", "their ")
    ),
    # "took legal action against", and as learners write it, "introduced a
    # legal action against"
    "sue": tuple(
        f"{verb} {a}legal action"
        for verb in ("take", "bring", "launch", "start", "file", "introduce")
        for a in ("", "a ")
    ),
    # as learners write it (accepter de, aceptar, accettare di): "accepted to
    # pay", "consented to pay"
    "agree": ("accept to", "consent to"),
    # "said it would challenge the ruling", "will contest the verdict", "will
    # take the case to the supreme court" (to a court above the one that
    # ruled: "took the case to court" is a lawsuit)
    "appeal": tuple(
        f"{verb} the {decision}"
        for verb in ("challenge", "contest")
        for decision in ("ruling", "verdict", "judgment", "judgement", "decision")
    )
    + tuple(
        f"take {it} to {the}{court}"
        for it in ("the case", "it")
        for the in ("the ", "a ")
        for court in (
            "higher court",
            "supreme court",
            "appeals court",
            "court of appeal",
        )
    ),
    # a noun said as its kind of act: "excluded a terrorist act", "ruled out
    # an act of terrorism"
    "terrorism": (
        "terrorist act",
        "terrorist attack",
        "terror attack",
        "act of terrorism",
        "terrorist acts",
        "terrorist attacks",
        "terror attacks",
        "acts of terrorism",
    ),
}


#: verbs said by other verbs in the forms that are no nouns as well ("a
#: legal challenge" is no dispute yet): "challenged the findings"
VERBAL: dict[str, tuple[str, ...]] = {
    "dispute": ("challenged", "challenging", "contested", "contesting"),
}


def _phrasal(word: str) -> tuple[str, ...]:
    """Every spelling of the phrases that say ``word``'s act."""
    lemmas = {word, *word_forms(word)}
    return tuple(
        sorted(
            {
                form
                for lemma in lemmas & PHRASAL.keys()
                for phrase in PHRASAL[lemma]
                for form in phrase_forms(phrase)
            }
            | {form for lemma in lemmas & VERBAL.keys() for form in VERBAL[lemma]}
        )
    )


# how a verb's noun is formed from its lemma: inspect -> inspection,
# evacuate -> evacuation, apologise -> apology, approve -> approval,
# deny -> denial, pay -> payment, refuse -> refusal, certify -> certification;
# and a Latin stem's: concede -> concession, decide -> decision, conclude ->
# conclusion, explode -> explosion, admit -> admission, suspend ->
# suspension, resume -> resumption, detain -> detention
_NOMINAL_SUFFIXES = (
    ("", "ion"),
    ("e", "ion"),
    ("", "ation"),
    ("e", "ation"),
    ("ise", "y"),
    ("ize", "y"),
    ("e", "al"),
    ("y", "ial"),
    ("", "ment"),
    ("e", "ment"),
    ("y", "ication"),
    ("ede", "ession"),
    ("ide", "ision"),
    ("ude", "usion"),
    ("ode", "osion"),
    ("it", "ission"),
    ("end", "ension"),
    ("ume", "umption"),
    ("ain", "ention"),
)
# how a possessed noun's verb is formed: insurance -> insure, equipment ->
# equip, licence -> license, performance -> perform
_VERB_OF_NOUN = (
    ("ance", "e"),
    ("ance", ""),
    ("ence", "ense"),
    ("ence", "e"),
    ("ment", ""),
)


def _known(word: str) -> bool:
    """Whether the word lists know ``word`` (it has other forms)."""
    return len(word_forms(word)) > 1


def _participles(word: str) -> tuple[str, ...]:
    return tuple(f for f in word_forms(word) if f.endswith(("ed", "en")) and f != word)


@functools.cache
def derive(word: str, *, possessed: bool = False) -> Derived:
    """The derived spellings of a sentence's lower-case ``word``.

    A participle (``inspected``) gains its ``un-`` adjective and its nouns; a
    possessed noun (``licence`` in "have a licence") gains its verb's
    participle and that participle's ``un-`` adjective.
    """
    if possessed:
        stems = [word] + [
            word[: -len(drop)] + add
            for drop, add in _VERB_OF_NOUN
            if word.endswith(drop) and len(word) > len(drop) + 2
        ]
        adjectives = tuple(sorted({p for s in stems for p in _participles(s)}))
        return Derived(
            adjectives=adjectives,
            negatives=tuple("un" + a for a in adjectives),
        )
    phrases = _phrasal(word)
    if not word.endswith("ed"):
        return Derived(phrases=phrases)
    lemmas = sorted(f for f in word_forms(word) if not f.endswith(("ed", "ing", "s")))
    if not lemmas:
        return Derived(phrases=phrases)
    nominals: set[str] = set()
    for lemma in lemmas:
        for drop, add in _NOMINAL_SUFFIXES:
            if drop and not lemma.endswith(drop):
                continue
            noun = lemma[: len(lemma) - len(drop)] + add
            if noun != lemma and _known(noun):
                nominals.update(word_forms(noun))
    return Derived(
        negatives=("un" + word,), nominals=tuple(sorted(nominals)), phrases=phrases
    )


def without_word(derived: Derived, word: str) -> Derived:
    """``derived`` less the phrases that hold ``word``: a phrase of the verb
    and the word after it ("admitted defeat") where that word has a slot of
    its own ("conceded defeat")."""
    phrases = tuple(p for p in derived.phrases if word not in p.split())
    if phrases == derived.phrases:
        return derived
    return dataclasses.replace(derived, phrases=phrases)


_DETERMINER = frozenset("a an any the no one".split())
_HAVE = frozenset("have has had having".split())


def possession_object(words: list[str], function_words: frozenset[str]) -> int | None:
    """Where the possessed noun stands in a sentence's ``words`` (lower-case
    tokens), when the sentence says that something has it ("did not have a
    licence", "had no insurance"); None when it does not ("has not
    resigned").  ``function_words`` are those a sentence may leave out."""
    for i, word in enumerate(words[:-1]):
        if word not in _HAVE:
            continue
        if words[i + 1] in _DETERMINER and i + 2 < len(words):
            # "had an outage": an event under a light verb, no possession
            return None if words[i + 2] in EVENT_NOUNS else i + 2
        # "have insurance", not "have resigned": a noun with no verb forms
        after = words[i + 1]
        if after in function_words or after.endswith(("ed", "en")):
            continue
        if not any(f.endswith("ing") for f in word_forms(after)):
            return i + 1
    return None


_LINKING = lazy(
    r"\b(?:is|are|was|were|be|been|being|remain\w*|stay\w*|went|gone|go(?:es)?"
    r"|left|appear\w*|seem\w*|bec[oa]me|prov\w+)\s+(?:\w+\s+)?$",
    FLAGS,
)


def adjective_counts(
    text: str, start: int, end: int, clause_start: int, others: list[int]
) -> bool:
    """Whether a derived adjective at ``text[start:end]`` is said of the
    statement's subject: after a linking verb, or right before another of its
    words (``others``: where they start)."""
    if _LINKING.search(text, max(clause_start, start - 40), start):
        return True
    gap = text[end : end + 3]
    after = end + len(gap) - len(gap.lstrip())
    return after in others


_DENIED_BEFORE = lazy(
    r"\b(?:no|without|never|zero)\s+(?:\w+\s+){0,2}$|\black\w*\s+(?:\w+\s+){0,2}$",
    FLAGS,
)
_CARRIED_OUT = lazy(
    r"\b(?:carried\s+out|conducted|performed|completed|made|issued|offered|gave"
    r"|given|delivered|held|undertaken|done|took\s+place|received"
    # what it found shows it took place: "the inspection found no cracks"
    r"|found|showed|revealed|concluded|uncovered|identified|detected)\b",
    FLAGS,
)
# "no apology would be enough": a noun under a modal names no act that was
# or was not done
_MODAL_AFTER = lazy(r"\b(?:would|could|might|may|will|shall|should|can)\b", FLAGS)


def nominal_counts(text: str, start: int, clause: tuple[int, int]) -> bool:
    """Whether a noun of the statement's act at ``start`` is denied or carried
    out in its clause, rather than only named."""
    if _MODAL_AFTER.search(text, start, clause[1]):
        return False
    if _DENIED_BEFORE.search(text, max(clause[0], start - 40), start):
        return True
    return bool(_CARRIED_OUT.search(text, clause[0], clause[1]))


_LACK = lazy(r"\black(?:s|ed|ing)?\s+(?:\w+\s+){0,2}$", FLAGS)


def lack_before(text: str, start: int, clause_start: int) -> bool:
    """Whether "lack" stands right before the word at ``start`` ("lacked a
    valid licence")."""
    return bool(_LACK.search(text, max(clause_start, start - 40), start))


_HAVING = lazy(
    r"\b(?:ha(?:ve|s|d|ving)|hold(?:s|ing)?|held|own(?:s|ed|ing)?|possess\w*"
    r"|lack\w*|without|obtain\w*|no)\b",
    FLAGS,
)


def speaks_of_having(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a word of having ("had", "lacked")."""
    return bool(_HAVING.search(text, start, end))
