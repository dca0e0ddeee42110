"""Things a figure counts under a verb of care, rescue, harm or sparing the
claim never names.

"More than 1,800 people were treated in hospital", "health teams vaccinated
some 60,000 people", "boat crews rescued about 1,200 people": the figure's
noun is a person noun a claim on cases, deaths or evacuees may well list
("people"), but its verb says who they are, and they are not the claim's.
Unless one of the claim's own words (measure or context) stands in that
verb's phrase ("admitted to hospital" for a claim measuring "admitted"), such
a figure is no evidence for the claim, for or against.  Only nouns that say
no more than that people are counted are read so: "all 52 passengers were
rescued" still counts the passengers.  A verb of harm after any noun ("More
than 300 pilgrims died", "40 passengers were injured") says the figure
counts the dead or hurt among them, not all of them, for a claim that names
no harm; "All 52 passengers drowned" still counts them all.  A verb that
says the things counted were spared ("saved about 6,000 homes", "some 9,000
properties were protected", "4,500 buildings survived") does so for any
noun: those are the other side of a claim on the ones destroyed, flooded or
killed.
"""

from __future__ import annotations

import functools

import regex

from claimcheck.claims import QuantityClaim
from claimcheck.engine.index import ArticleIndex, Mention
from claimcheck.engine.patterns import BACKWARD, any_piece, lazy

__all__ = ["cared_for"]

_CARE = (
    r"(?:treated|vaccinated|immuni[sz]ed|inoculated|tested|screened|examined"
    r"|discharged|rescued|admitted|hospitali[sz]ed|airlifted|flown\s+out)"
)
_SPARED = r"(?:saved|spared|protected|survived|escaped|withstood|shielded)"
#: "vaccinated some 60,000 people": the verb right before the figure
_CARE_BEFORE = lazy(rf"\b{_CARE}\s+$", regex.I | BACKWARD)
_SPARED_BEFORE = lazy(rf"\b{_SPARED}\s+$", regex.I | BACKWARD)
#: "1,800 people were treated in hospital", "people who had been tested"
_CARE_AFTER = lazy(
    rf"\s+(?:who\s+|that\s+)?(?:(?:were|was|have|has|had|been|being|are|is|be|later"
    rf"|also|then|since|all|already|now)\s+){{0,3}}{_CARE}\b"
    # "treated in hospital", "admitted to hospital": where, which a claim's
    # context may name; not the illness ("vaccinated against flu")
    r"(?:\s+(?:in|at|to)\s+[^\W\d_]+)?",
    regex.I,
)
_SPARED_AFTER = lazy(
    rf"\s+(?:(?:were|was|have|has|had|been|are|is|all|also)\s+){{0,3}}{_SPARED}\b",
    regex.I,
)
#: a claim's word for a loss, whose other side the spared are ("all 52
#: passengers survived" still counts a claim on those aboard)
_LOSS = lazy(
    r"destroy|burn|lost|flood|damag|kill|dead|death|died|raze|level|gut|wreck"
    r"|collaps|flatten",
    regex.I,
)
#: nouns that say only that people are counted, not which: "all 52 passengers
#: were rescued" still counts the passengers a claim measures
_ANYONE = frozenset(
    {"people", "persons", "individuals", "others", "children", "adults", "men", "women"}
)
#: "More than 300 pilgrims died", "40 passengers were injured": the dead or
#: hurt among the noun's people, not all of them ("All 52 passengers drowned"
#: still counts them all)
_AUX = r"(?:were|was|have|has|had|been|are|is|later|also|then|reportedly)"
_HARM_AFTER = lazy(
    rf"\s+(?:who\s+|that\s+)?(?:{_AUX}\s+){{0,3}}(?:died|dead|drowned|perished"
    rf"|fell\s+ill|went\s+missing)\b"
    # "were killed", "killed in the crush"; not "three trains killed 275"
    rf"|\s+(?:who\s+|that\s+)?(?:{_AUX}\s+){{1,3}}(?:killed|injured|hurt|wounded)\b"
    r"|\s+(?:killed|injured|hurt|wounded)(?=\s+(?:in|at|on|during|when|by|after"
    r"|as)\b)",
    regex.I,
)
#: a claim whose words name harm counts the harmed ("Foreign nationals among
#: the dead")
_HARMED = lazy(
    r"dead|death|died|kill|injur|hurt|wound|victim|drown|casualt|missing|fatal",
    regex.I,
)
_HARM_STEMS = (
    "died", "dead", "drown", "perish", "kill", "injur", "hurt", "wound", "fell ill",
    "went missing",
)  # fmt: skip
_HOLDS_HARM_STEM = any_piece(_HARM_STEMS)
# "All 52 passengers drowned": them all; "Two of the 14 children in hospital
# died": the verb is the part's, not the whole's
_UNIVERSAL_BEFORE = lazy(
    r"\b(?:(?:all|every|each|both)\s+(?:(?:one\s+)?of\s+)?(?:the\s+)?"
    r"|of\s+(?:the|its|their|those|these)\s+)$",
    regex.I | BACKWARD,
)
#: what every match of the patterns holds, and how far after the noun it reads
_CARE_STEMS = (
    "treat", "vaccin", "immuni", "inocul", "test", "screen", "examin",
    "discharg", "rescu", "admit", "hospitali", "airlift", "flown",
)  # fmt: skip
_SPARED_STEMS = ("saved", "spared", "protect", "surviv", "escap", "withst", "shield")
_HOLDS_SPARED_STEM = any_piece(_SPARED_STEMS)
_TRAIL = 60
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
    lead = max(0, figure.start - _LEAD)
    # a test before the patterns: most figures have none of their words near
    near = text[lead : bound[1] + _TRAIL].casefold()
    found = None
    if text[bound[0] : bound[1]].casefold() in _ANYONE and any(
        stem in near for stem in _CARE_STEMS
    ):
        found = _CARE_AFTER.match(text, bound[1]) or _CARE_BEFORE.search(
            text, lead, figure.start
        )
    if (
        found is None
        and _HOLDS_HARM_STEM(near)
        and not _names_harm(claim.description)
        and not _UNIVERSAL_BEFORE.search(text, lead, figure.start)
    ):
        found = _HARM_AFTER.match(text, bound[1])
    if found is None and _HOLDS_SPARED_STEM(near) and _counts_losses(claim):
        found = _SPARED_AFTER.match(text, bound[1]) or _SPARED_BEFORE.search(
            text, lead, figure.start
        )
    if found is None:
        return False
    span = found.span()
    for terms in (claim.measure, *claim.context):
        if any(h[0] < span[1] and span[0] < h[1] for h in index.hits(terms)):
            return False
    return True


@functools.cache
def _names_harm(description: str) -> bool:
    """Whether a claim's words name harm (once per claim)."""
    return _HARMED.search(description) is not None


def _counts_losses(claim: QuantityClaim) -> bool:
    """Whether the claim's measure or context names a loss."""
    return any(t.names("loss", _LOSS) for t in (claim.measure, *claim.context))
