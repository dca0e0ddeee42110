"""People a figure counts under a verb of care or rescue the claim never names.

"More than 1,800 people were treated in hospital", "health teams vaccinated
some 60,000 people", "boat crews rescued about 1,200 people": the figure's
noun is a person noun a claim on cases, deaths or evacuees may well list
("people"), but its verb says who they are, and they are not the claim's.
Unless one of the claim's own words (measure or context) stands in that
verb's phrase ("admitted to hospital" for a claim measuring "admitted"), such
a figure is no evidence for the claim, for or against.  Only nouns that say
no more than that people are counted are read so: "all 52 passengers were
rescued" still counts the passengers.
"""

from __future__ import annotations

import regex

from claimcheck.claims import QuantityClaim
from claimcheck.engine.index import ArticleIndex, Mention
from claimcheck.engine.patterns import BACKWARD, lazy

__all__ = ["cared_for"]

_CARE = (
    r"(?:treated|vaccinated|immuni[sz]ed|inoculated|tested|screened|examined"
    r"|discharged|rescued|admitted|hospitali[sz]ed|airlifted|flown\s+out)"
)
#: "vaccinated some 60,000 people": the verb right before the figure
_CARE_BEFORE = lazy(rf"\b{_CARE}\s+$", regex.I | BACKWARD)
#: "1,800 people were treated in hospital", "people who had been tested"
_CARE_AFTER = lazy(
    rf"\s+(?:who\s+|that\s+)?(?:(?:were|was|have|has|had|been|being|are|is|be|later"
    rf"|also|then|since|all|already|now)\s+){{0,3}}{_CARE}\b"
    # "treated in hospital", "admitted to hospital": where, which a claim's
    # context may name; not the illness ("vaccinated against flu")
    r"(?:\s+(?:in|at|to)\s+[^\W\d_]+)?",
    regex.I,
)
#: nouns that say only that people are counted, not which: "all 52 passengers
#: were rescued" still counts the passengers a claim measures
_ANYONE = frozenset(
    {"people", "persons", "individuals", "others", "children", "adults", "men", "women"}
)
#: how far before the figure the verb may stand
_LEAD = 24


def cared_for(claim: QuantityClaim, index: ArticleIndex, mention: Mention) -> bool:
    """Whether the person noun the mention counts is the object or subject
    of a verb of care or rescue whose phrase holds none of the claim's
    measure and context words."""
    bound = mention.bound
    figure = mention.quantity
    if bound is None or bound[0] < figure.end or bound[0] - figure.end > 16:
        return False
    text = index.article.text
    if text[bound[0] : bound[1]].casefold() not in _ANYONE:
        return False
    found = _CARE_AFTER.match(text, bound[1])
    span = found.span() if found is not None else None
    if span is None:
        before = _CARE_BEFORE.search(text, max(0, figure.start - _LEAD), figure.start)
        span = before.span() if before is not None else None
    if span is None:
        return False
    for terms in (claim.measure, *claim.context):
        if any(h[0] < span[1] and span[0] < h[1] for h in index.hits(terms)):
            return False
    return True
