"""A figure whose noun is named with another nationality than the claim's.

"Around Carsk, 420 Russian soldiers died, fighting beside the Norvian
units", "The French embassy said 14 Belgian nationals were among the dead":
the figure counts the group its own nationality names.  For a claim whose
context names a nationality ("Norvian", "French"), the claim's word standing
elsewhere in the sentence does not make the figure the claim's (see
:func:`other_nationals`).  A claim whose context names a place ("In Carsk,
95 Norvian soldiers died") keeps the figure: a nationality is no rival of a
place.
"""

from __future__ import annotations

from claimcheck.claims import QuantityClaim
from claimcheck.engine.context import context_hits
from claimcheck.engine.index import ArticleIndex, Mention
from claimcheck.engine.patterns import lazy
from claimcheck.engine.subgroups import DEMONYM_ADJECTIVE

__all__ = ["other_nationals"]

# a word of nationality, of one or two words: "Russian", "North Korean"
# (the nationalities :mod:`claimcheck.engine.subgroups` reads as parts)
_DEMONYM = rf"(?:(?-i:\p{{Lu}})\p{{Ll}}+\s+)?{DEMONYM_ADJECTIVE}"
# right after a count: an adjective in lower case ("young") at most, then the
# nationality and the noun it names ("420 young Russian conscripts")
_NAMED_AFTER = lazy(
    r"\s+(?:(?!(?:the|a|an|of|off|in|on|at|from|to|by|for|with|and|or|near|were"
    r"|was|are|is|had|have|has|more|than|out|among)\s)(?-i:\p{Ll}[\p{Ll}-]*)\s+)?"
    rf"(?P<who>{_DEMONYM})(?:\s+and\s+(?-i:\p{{Lu}})\p{{Ll}}+)?\s+(?-i:\p{{Ll}})"
)
# a context term naming a nationality, read strictly: endings few place
# names have ("Korean", "Norvian", "Chinese" but not "Peloponnese",
# "British", "Israeli", "French", "Greek"; not "Sudan" nor "Delhi")
_A_DEMONYM = lazy(
    r"(?:^|\s)(?:\p{Lu}\p{Ll}+\s+)?\p{Lu}\p{Ll}*"
    r"(?:ean|ian|ican|(?<!nn)ese|ish|ench|utch|ech|eek|ani|eli|aqi|udi|eni|shi)\*?$"
)


def other_nationals(
    claim: QuantityClaim, index: ArticleIndex, mention: Mention
) -> bool:
    """Whether the figure's noun is named with a nationality none of the
    claim's context terms names, while one of them names a nationality:
    another group's count ("420 Russian soldiers" for Norvian dead)."""
    if not claim.context or mention.bound is None or mention.quantity.unit:
        return False
    text = index.article.text
    q = mention.quantity
    named = _NAMED_AFTER.match(text, q.end, mention.clause[1])
    if named is None:
        return False
    if not any(
        _A_DEMONYM.search(t.text) for group in claim.context for t in group.terms
    ):
        return False
    first, last = named.span()
    return not any(
        first <= h[0] and h[1] <= last
        for group in claim.context
        for h in context_hits(index, group)
    )
