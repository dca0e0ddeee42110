"""Figures that count the people of one nationality within the whole.

"Among the dead were 98 Indians", "40 Indian pilgrims died", "three foreign
nationals were hurt": the noun a figure counts names people from one country
or from abroad, seldom the whole of a story's toll, so the figure is a part
of it.  Like every part (see :func:`claimcheck.engine.scope.scope_of`), such a
figure never contradicts a claim about the whole, still supports one it fits,
and counts as usual for a claim whose context names the group ("Indians").

Groups by age or sex are not parts here: "measles has killed 9 children" is
the whole of an epidemic's toll as often as "killed 54 children" is a part
of a landslide's, and only the story says which; nor are roles often the
whole ("the collapse killed 12 miners").
"""

from __future__ import annotations

import regex

from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import lazy

__all__ = ["DEMONYM_ADJECTIVE", "subgroup"]

Span = tuple[int, int]

#: a noun of people after a nationality: "40 Indian pilgrims", "three foreign
#: tourists"
_PERSON = (
    r"(?:people|nationals|citizens|tourists|visitors|pilgrims|workers|passengers"
    r"|students|residents|travell?ers|migrants|climbers|hikers|fans|soldiers"
    r"|troops|journalists|doctors|nurses|crew|sailors|fishermen|children|women"
    r"|girls|boys)"
)
# a nationality as a noun ("98 Indians", "58 Pakistanis", "12 Britons",
# "six Chinese") or as the modifier of a noun of people ("40 Indian
# pilgrims", "three British nationals")
_DEMONYM_NOUN = r"(?-i:\p{Lu}\p{Ll}+(?:ians|eans|ans|ese|is|ons|ards|ish|ch))"
DEMONYM_ADJECTIVE = r"(?-i:\p{Lu}\p{Ll}+(?:ian|ean|an|ese|i|ish|ch|ic))"
_SUBGROUP = lazy(
    rf"""
    \s+(?P<noun>foreigners)\b
    | \s+(?:foreign|{DEMONYM_ADJECTIVE})\s+(?P<noun>{_PERSON})\b
    | \s+(?P<noun>{_DEMONYM_NOUN})\b
    """,
    regex.I | regex.X,
)


def subgroup(text: str, q: Quantity, bound: Span, end: int) -> Span | None:
    """The words naming the group of people ``q`` counts (right after it, in
    its clause ending at ``end``), or None.  A figure bound to that noun
    itself (a claim measuring Britons) is that group's whole, not a part."""
    if q.unit is not None:
        return None
    m = _SUBGROUP.match(text, q.end, end)
    # (the measure may hold the nationality too: "foreign nationals")
    if m is None or m.start() <= bound[0] < m.end("noun"):
        return None
    words = m.group()
    return (m.start() + len(words) - len(words.lstrip()), m.end())
