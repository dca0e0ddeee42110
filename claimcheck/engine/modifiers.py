"""A participle that names which of a statement's subject it speaks of:
"the rescued fishermen are in good health", "the captured soldiers have not
asked for asylum".

A claim names its subject as the story has it; an article speaking of the
same people seldom repeats the participle ("the fishermen are in good
health, doctors said", "none of the soldiers has asked for asylum").  The
participle before the subject picks the subject out and states nothing of
its own, so the sentence is read without it (:func:`without_participle`).

A participle read so is a lower-case word in ``-ed`` that the word lists
know as a verb's past participle and not as a noun ("the shed collapsed"
keeps its shed), right after the ``the`` opening the sentence and before a
lower-case word of the subject that is no verb in ``-ed`` itself.
"""

from __future__ import annotations

import functools

from claimcheck.engine.patterns import lazy
from claimcheck.engine.terms import word_lemmas

__all__ = ["modifier_slots", "object_slot", "without_participle"]

# "the rescued fishermen ...": the participle, then the next word
_OPENING = lazy(r"\s*(?i:the)\s+([a-z]+ed)\s+(?=([a-z]+)\s+\S)")


@functools.cache
def _participle(word: str) -> bool:
    """Whether the word lists know ``word`` as a verb's form, never a noun."""
    lemmas = word_lemmas(word)
    return any(kind == "verb" and lemma != word for lemma, kind in lemmas) and all(
        kind != "noun" for _, kind in lemmas
    )


def without_participle(sentence: str, function_words: frozenset[str]) -> str:
    """A claim's ``sentence`` without the participle before its subject
    ("the rescued fishermen are healthy": "the fishermen are healthy");
    any other sentence as it is.  ``function_words`` are those a sentence
    may leave out: the word after the participle must be none of them."""
    opening = _OPENING.match(sentence)
    if opening is None:
        return sentence
    participle, noun = opening.group(1), opening.group(2)
    if noun in function_words or noun.endswith("ed") or not _participle(participle):
        return sentence
    return sentence[: opening.start(1)] + sentence[opening.end() :]


# number words, which count rather than pick out ("the two officers")
_COUNTS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve dozen
    hundred thousand million billion first second third fourth fifth last
    """.split()
)


def modifier_slots(
    text: str, spans: list[tuple[int, int]], slots: int
) -> frozenset[int]:
    """The slots of a claim's sentence ``text`` (their words at ``spans``)
    whose word picks out the next slot's ("the maternity clinic", "a red
    warning"): a lower-case noun or adjective, no verb, number or name,
    right before the next slot's word, a noun, with nothing but a space
    between.
    The first slot, which names the subject, is none."""
    return frozenset(
        k
        for k in range(1, min(len(spans), slots) - 1)
        if text[spans[k][1] : spans[k + 1][0]] == " "
        and _modifier(text[spans[k][0] : spans[k][1]])
        and _head(text[spans[k + 1][0] : spans[k + 1][1]])
    )


@functools.cache
def _head(word: str) -> bool:
    """Whether ``word`` may be the noun a modifier picks out ("clinic"), not
    a verb after its subject ("the ministry closed")."""
    lemmas = word_lemmas(word.casefold())
    if not lemmas:  # (a word the lists lack: not one in a verb's ending)
        return not word.endswith(("ed", "ing"))
    return any(kind == "noun" for _, kind in lemmas)


@functools.cache
def _modifier(word: str) -> bool:
    if not word.isalpha() or not word.islower() or word in _COUNTS:
        return False
    lemmas = word_lemmas(word)
    if not lemmas:  # (a word the lists lack, "northern": no verb's ending)
        return not word.endswith(("ed", "ing"))
    return all(kind in ("noun", "adj") for _, kind in lemmas)


# a determiner between a verb and its object ("pay the fine")
_DETERMINER = lazy(r" (?:the|its|their|his|her|a|an) ")


def object_slot(text: str, spans: list[tuple[int, int]], slots: int) -> int:
    """The first slot of the object a claim's sentence ``text`` (words at
    ``spans``) ends on ("the refinery will pay the fine": 2, "the council
    approved the flood plan": 2): lower-case words after a determiner after
    a verb, a space between each; 0 if there is none."""
    last = min(len(spans), slots) - 1
    first = last
    while first > 1 and text[spans[first - 1][1] : spans[first][0]] == " ":
        first -= 1
    if first < 2 or not _DETERMINER.fullmatch(
        text, spans[first - 1][1], spans[first][0]
    ):
        return 0
    words = [text[a:b] for a, b in spans[first : last + 1]]
    if not all(w.isalpha() and w.islower() for w in words):
        return 0
    verb = text[spans[first - 1][0] : spans[first - 1][1]].casefold()
    return first if any(kind == "verb" for _, kind in word_lemmas(verb)) else 0
