"""A claim on a part, beside a figure whose sentence does not name it.

A claim's context often names a part of the story: a province, a county,
one airline, one party ("people killed in Ostrel").  Its default scope is
the paragraph, so "Ostrel province was the worst hit. The quake killed
2,100 people across the country" puts the national toll in Ostrel's
context.  Such a figure may be the part's, but as often it is the whole's:
it may support the claim, never contradict it, unless the part is the
article's subject (its headline names it), or the figure's sentence names
the part or points back to it before the figure's clause ends ("At least
910 people died there", "Its council said 2,000 homes flooded", "The
province's toll rose to 910", "The airline cancelled 700 flights").
"""

from __future__ import annotations

import regex

from claimcheck.claims import QuantityClaim, Scope
from claimcheck.engine.context import headline
from claimcheck.engine.index import ArticleIndex, Mention
from claimcheck.engine.patterns import lazy

__all__ = ["named_elsewhere", "part_points_back", "points_back"]

# words that point back to a place or body named before: a pronoun, "there",
# or a definite noun of a part's kind ("the province", "the airline"); the
# words for a whole ("the region", "the country", "the state") do not
_KINDS = (
    r"(?:town|city|village|hamlet|port|suburb|township|municipality"
    r"|commune|parish|settlement|district|province|county|island"
    r"|company|firm|airline|carrier|operator|party|hospital|school|mine"
    r"|plant|factory|ship|vessel|ferry|club|team|bank|group|council|board"
    r"|agency|utility|union|insurer|lender|regulator)"
)
_BACK = lazy(
    rf"\b(?:there|it|its|they|their|them|he|his|him|she|her|the\s+(?P<kind>{_KINDS}))\b",
    regex.I,
)
# "The utility said", "The union's figures put": a body giving a figure
_SOURCE_AFTER = lazy(
    r"(?:['’]s\s+(?:own\s+)?(?:figures?|estimates?|count|tally|data|numbers))?"
    r"\s+(?:said|says|say|reported|reports|estimated|estimates|put|puts|counted"
    r"|told|added|believes|thinks)\b",
    regex.I,
)
# "The country's toll of 20,500": a whole's word owning the figure's measure
# (not "the country's airports, about 2,300 flights", "across the country")
_WHOLE_OWNER = lazy(
    r"\bthe\s+(?:country|nation|state|region)['’]s\s+(?:[^\W\d_]+\s+)?$", regex.I
)
# a part's qualifier that is only a definite noun of a part's kind: "The
# province's", "in the town"
_BACK_PART = lazy(rf"\s*(?:in\s+|at\s+)?the\s+(?P<kind>{_KINDS})(?:['’]s)?\s*", regex.I)


def points_back(
    claim: QuantityClaim, index: ArticleIndex, start: int, end: int
) -> bool:
    """Whether ``text[start:end]`` holds a word pointing back to what the
    claim's context names: a pronoun, "there", or a definite noun of a part's
    kind ("the airline cancelled", "homes in the town"), unless that noun
    gives the figure as a source ("The utility said 310,000 customers") and
    the article never puts it beside the context's name ("Ostrel
    province")."""
    text = index.article.text
    for found in _BACK.finditer(text, start, end):
        kind = found["kind"]
        if (
            kind is None
            or _kind_of_context(claim, index, kind)
            # "The utility said 310,000 customers": a source, not the owner
            or _SOURCE_AFTER.match(text, found.end()) is None
        ):
            return True
    return False


def _kind_of_context(claim: QuantityClaim, index: ArticleIndex, kind: str) -> bool:
    """Whether ``kind`` stands next to a hit of the claim's context somewhere
    in the article ("Ostrel province", "the town of Harnby")."""
    text = index.article.text
    kind = kind.casefold()
    for group in claim.context:
        for start, end in index.hits(group):
            if kind in text[max(start - 12, 0) : end + 12].casefold():
                return True
    return False


def named_elsewhere(
    claim: QuantityClaim, index: ArticleIndex, mention: Mention
) -> bool:
    """Whether the claim's context holds for a mention only through another
    sentence of its paragraph: the figure may be the whole's."""
    if not claim.context or claim.context_scope is not Scope.PARAGRAPH:
        return False
    s_start, s_end = mention.sentence
    for group in claim.context:
        for h in index.hits(group):
            if h[0] < s_end and h[1] > s_start:
                return False
    text = index.article.text
    if points_back(claim, index, s_start, mention.clause[1]):
        return False
    owned = min(mention.quantity.start, mention.bound[0]) if mention.bound else 0
    if _WHOLE_OWNER.search(text, s_start, owned) is not None:
        return False
    title = headline(index)
    return title is None or not any(
        h[0] < title[1] and h[1] > title[0]
        for group in claim.context
        for h in index.hits(group)
    )


def part_points_back(
    claim: QuantityClaim, index: ArticleIndex, mention: Mention
) -> bool:
    """Whether the part a mention is about is a definite noun pointing back
    to the claim's context ("Ostrel province was the worst hit. The
    province's death toll rose to 910"): the noun's kind stands next to a
    hit of the context somewhere in the article ("Ostrel province", "the
    town of Harnby"), so it names the claim's part, not another."""
    if mention.qualifier is None or not claim.context:
        return False
    text = index.article.text
    found = _BACK_PART.fullmatch(text, *mention.qualifier)
    if found is None:
        return False
    return _kind_of_context(claim, index, found["kind"])
