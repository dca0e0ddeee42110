"""A figure counted under two states joined by "or", one of them the claim's.

"Some 21,000 homes were destroyed or damaged", "More than 90,000 people were
hurt or left homeless", "1,300 schools were closed or partly closed": the
figure counts the things in either state, so it is no count of the state the
claim names alone (the homes destroyed, the injured, the schools shut).  It
may fit the claim's figure, but it never contradicts it.  A state is the
claim's when one of the claim's measure or context words stands there; the
other is another when none does, or when an adverb of degree ("partly",
"partially") sets it apart from the same word.  Two of the claim's own
words ("killed or died") are one state, read as usual.  Both words must
name states (participles or adjectives of harm): "three years or more", "a
ban or a fine" join no states.  A sentence with no " or " costs one look.
"""

from __future__ import annotations

import regex

from claimcheck.claims import QuantityClaim
from claimcheck.engine.index import ArticleIndex, Mention
from claimcheck.engine.patterns import lazy

__all__ = ["either_state"]

#: how far before the figure and after its measure word the two states may
#: stand ("destroyed or damaged some 21,000 homes", "homes were destroyed or
#: damaged")
_REACH = 48
# "destroyed or damaged", "hurt or left homeless", "closed or partly
# closed": a word, "or", up to two auxiliaries or adverbs, a word
_DEGREE = r"partly|partially|half|slightly|temporarily|otherwise"
_EITHER = lazy(
    r"(?<![\w'’-])(?P<first>[^\W\d_][\w'’-]*)\s+or\s+"
    r"(?:(?P<degree>" + _DEGREE + r")\s+"
    r"|(?:left|made|were|was|been|are|is|got|became|badly|seriously|severely)\s+)"
    r"{0,2}(?P<second>[^\W\d_][\w'’-]*)",
    regex.I,
)


def either_state(claim: QuantityClaim, index: ArticleIndex, mention: Mention) -> bool:
    """Whether ``mention``'s figure counts a state of the claim joined by
    "or" to another state, near the figure in its sentence."""
    assert mention.bound is not None
    text = index.article.text
    q = mention.quantity
    start = max(mention.sentence[0], q.start - _REACH)
    end = min(mention.sentence[1], max(q.end, mention.bound[1]) + _REACH)
    if " or " not in text[start:end]:
        return False
    # (a claim's own phrase may hold both: "dead or missing")
    words = [*index.hits(claim.measure)]
    for terms in claim.context:
        words += index.hits(terms)
    for m in _EITHER.finditer(text, start, end):
        if not (_a_state(m.group("first")) and _a_state(m.group("second"))):
            continue  # "three years or more", "a ban or a fine": no two states
        first = any(s <= m.start("first") < e for s, e in words)
        second = any(s <= m.start("second") < e for s, e in words)
        if first != second or (
            first
            and m.group("degree")
            and m.group("first").casefold() == m.group("second").casefold()
        ):
            return True
    return False


#: states whose word does not end in "-ed"
_STATES = frozenset(
    """hurt dead missing homeless ill sick lost shut left burnt torn broken
    unaccounted destroyed""".split()
)


def _a_state(word: str) -> bool:
    """Whether ``word`` may name a state a thing or a person is left in (a
    participle or an adjective of harm), not a noun or a number's word."""
    folded = word.casefold()
    return folded.endswith("ed") or folded in _STATES
