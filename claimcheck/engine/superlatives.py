"""A superlative's noun phrase said without the subject it is said of.

An analyst writes "the strike was the largest health care strike in US
history"; a headline says "Nurses begin largest health care strike in U.S.
history", a report "the dispute produced the largest health care strike in
U.S. history".  The claim's subject is the noun its predicate repeats, so
the noun phrase alone tells the fact.  :func:`superlative_sentences` gives
such a claim the sentence of its predicate ("the largest health care strike
in US history", with the claim's "not"), whose superlative, the words after
it and the repeated noun are one phrase, read only as the claim writes it
("one of the largest strikes" is not the largest strike, nor is "the
largest pay rise in US history ended the strike").

The phrase after an ordinal ("the second largest health care strike") is a
spelling of the slot that denies it: what is second largest is not the
largest.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

from claimcheck.engine.patterns import lazy
from claimcheck.engine.terms import FLAGS, Terms

if TYPE_CHECKING:
    from claimcheck.engine.statements import Sentence

__all__ = ["superlative_sentences"]

_SUPERLATIVE = r"(?:[^\W\d_]{2,}est|worst|best|(?:most|least)\s+[^\W\d_]+)"
# "the strike was the largest health care strike ...": a subject, a copula,
# then "the", a superlative, up to three words and the subject's noun again
_COPULA = lazy(
    r"\s*(?:the|a|an|this|that|its|their)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?P<noun>[^\W\d_]+)\s+(?:is|was|became|becomes|has\s+become"
    r"|had\s+become|remains|remained|has\s+been|had\s+been|will\s+be"
    r"|would\s+be)\s+(?P<neg>(?:not|never)\s+)?the\s+"
    rf"(?P<phrase>(?P<top>{_SUPERLATIVE})(?:\s+[\w'’-]+){{0,3}}?\s+(?P=noun))"
    r"\b(?P<rest>.*)",
    FLAGS,
)
# words in -est that are no superlatives
_NOT_SUPERLATIVE = frozenset(
    """interest protest test rest arrest forest west harvest request contest
    honest modest nest chest guest quest suggest digest invest manifest
    conquest inquest unrest attest detest earnest crest priest pest vest
    zest jest midwest southwest northwest behest bequest""".split()
)
# "the second largest", "the 3rd-biggest": an ordinal before a superlative
_ORDINALS = (
    "second third fourth fifth sixth seventh eighth ninth tenth"
    " 2nd 3rd 4th 5th 6th 7th 8th 9th 10th"
).split()


def superlative_sentences(
    text: str, parse: Callable[[str], Sentence]
) -> tuple[Sentence, ...]:
    """The sentence of the predicate of ``text``, a sentence whose subject
    its superlative's noun phrase repeats, read by ``parse``; none for any
    other sentence."""
    if "$" in text:
        return ()
    found = _COPULA.fullmatch(text)
    if found is None or found.group("top").casefold() in _NOT_SUPERLATIVE:
        return ()
    phrase = " ".join(found.group("phrase").split())
    sentence = parse(f"{found.group('neg') or ''}the {phrase}{found.group('rest')}")
    # (the phrase's own words are the sentence's first slots, as many as the
    # phrase alone has)
    words = len(parse(f"the {phrase}").slots)
    # (the phrase after an ordinal is a spelling of its own, which denies it)
    outranked = [f"{ordinal}{gap}{phrase}" for ordinal in _ORDINALS for gap in " -"]
    return (
        dataclasses.replace(
            sentence,
            slots=(Terms.of((phrase, *outranked)), *sentence.slots[words:]),
            adjectives=frozenset(),
            negatives=frozenset(),
            nominals=frozenset(),
            zero=frozenset(),
            flips=frozenset(f.casefold() for f in outranked),
            possession=False,
            pair_subject=False,
            filled=(),
            framed=(),
            owners=frozenset(),
            modifiers=frozenset(),
            object=0,
            suffered=0,
        ),
    )
