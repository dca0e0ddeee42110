"""A claim on a kind among the victims, and its group's figure before what
befell them.

"the 26 foreign nationals killed in the crush", "Nine women died": the
figure counts what befell the group (:mod:`claimcheck.engine.personsverb`
binds it to "killed", "died"), which a claim on the passengers aboard or the
miners underground does not count.  A claim on the group among the victims
does: one whose measure, context or description names them ("foreign
victims", "Women among the dead") reads the figure of its own group word
standing right before a verb of death, harm or going missing.
"""

from __future__ import annotations

import regex

from claimcheck.claims import QuantityClaim
from claimcheck.engine.index import ArticleIndex, Mention
from claimcheck.engine.patterns import lazy
from claimcheck.engine.perobject import per_object
from claimcheck.engine.personsverb import befell_gap, names_anyone, names_harm

__all__ = ["befallen_starts", "own_group"]

_VICTIMS = frozenset(
    """victims victim dead deaths killed died casualties fatalities injured
    wounded hurt missing""".split()
)
_WORD = lazy(r"[^\W\d_]+")
# the figure, then at most two modifiers before the group's word
_BEFORE = lazy(r"[ \t]+(?:[\w-]+[ \t]+){0,2}", regex.I)


@per_object
def _among_victims(claim: QuantityClaim) -> bool:
    words = [t.text for t in claim.measure.terms]
    words += [t.text for g in claim.context for t in g.terms]
    words.append(claim.description)
    return any(w.casefold() in _VICTIMS for said in words for w in _WORD.findall(said))


def befallen_starts(
    claim: QuantityClaim, index: ArticleIndex, own: dict[int, int]
) -> set[int]:
    """Where the measure words begin that figures of the claim's own group
    are bound to, for a claim on a kind among the victims."""
    if not own or not _among_victims(claim):
        return set()
    text = index.article.text
    found = set()
    for m in index.mentions:
        if m.rule != "subject" or m.bound is None or m.bound[0] in own:
            continue
        end, verb = m.quantity.end, m.bound[0]
        if not names_harm(text[verb : m.bound[1]].casefold()):
            continue  # "2,000 persons remained buried": not told dead
        if any(
            end < start < verb
            and _BEFORE.fullmatch(text, end, start)
            and befell_gap(text, stop, verb)
            # "people", "persons": a claim's word for the victims, no group
            and not names_anyone(text[start:stop].casefold())
            for start, stop in own.items()
        ):
            found.add(verb)
    return found


def own_group(mention: Mention, befallen: set[int]) -> bool:
    """Whether ``mention``, read through :func:`befallen_starts`, is a part
    only by the claim's own group ("31 foreigners killed": a part of the
    dead, which is what a claim on foreigners among them counts)."""
    return (
        mention.scope == "part"
        and mention.bound is not None
        and mention.bound[0] in befallen
        and mention.qualifier is not None
        and mention.quantity.end <= mention.qualifier[0]
        and mention.qualifier[1] <= mention.bound[0]
    )
