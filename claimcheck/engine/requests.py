"""Figures asked for, and the most a charge can bring.

"Prosecutors sought a sentence of 25 years", "asked the judge to jail him for
25 years", "demanded damages of $2 million", "first offered a 12 per cent
increase": the figure is what someone asked for or offered, not what was
decided, so it states nothing about the sentence, the
damages or the fine (an intention, see :mod:`claimcheck.engine.polarity`).
"He faces up to 40 years in prison": the most the charge can bring, no
account of a sentence (a capacity, like "the ferry carries up to 300").
A claim that measures the asking itself ("sought", "asked for") reads the
figure as stated: see :func:`asks_for`.
"""

from __future__ import annotations

from claimcheck.engine.patterns import BACKWARD, guarded, lazy
from claimcheck.engine.terms import FLAGS, Terms

__all__ = ["ASKING", "asked_for", "asks_for", "most_it_can_bring"]

_FLAGS = FLAGS
_SOUGHT_VERB = (
    r"(?:sought|seeks?|seeking|demand(?:s|ed|ing)?|request(?:s|ed|ing)?"
    r"|asked\s+for|call(?:s|ed|ing)?\s+for|propos(?:e|es|ed|ing)"
    # a side's offer in a negotiation, or what it wanted: "first offered a 12
    # per cent increase", "an offer of a 16% raise", "had wanted 300 nurses"
    r"|offer(?:ed|ing)|(?:offer|proposal)\s+of|want(?:s|ed)?)"
)
_ASK = rf"(?:{_SOUGHT_VERB}|asks?\s+for|urg(?:e|es|ed|ing))"
# "prosecutors had sought a 20-year sentence", "demanded a 15% raise": what
# someone asked for, not what was given
_SOUGHT = guarded(
    lazy(rf"\b{_SOUGHT_VERB}\s+(?:an?|the)?\s*$", _FLAGS),
    "sought|seek|demand|request|ask|call|propos|offer|want",
)
# what a court or panel decides and a party asks for: "sought a sentence
# of", "demanded damages of" (a ransom or a dividend asked for is the ransom or
# dividend itself)
_DECIDED = (
    r"(?:(?:prison|jail|custodial|life|total|combined|minimum)\s+)?"
    r"(?:sentence|term|penalty|fine|damages|compensation|award|restitution|ban)"
)
_SOUGHT_OF = guarded(
    lazy(
        rf"\b{_ASK}\s+(?:(?:an?|the|its|their|his|her)\s+)?{_DECIDED}\s+of\s+$",
        _FLAGS,
    ),
    "sought|seek|demand|request|ask|call|propos|urg",
)
# "asked the judge to jail him for", "urged the court to order him to pay",
# "asked US District Judge Miriam Hale to order forfeiture of":
# a decision asked for (not "called on the union to give 48 hours' notice",
# which is what the notice claim is about)
_ASKED_TO = guarded(
    lazy(
        r"\b(?:ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on"
        r"|beg(?:s|ged|ging)?|petition(?:s|ed|ing)?)\s+"
        # (the one asked may be named in full: "US District Judge Miriam Hale")
        r"(?:(?:the|a|an|his|her|their|its)\s+)?[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,4}?\s+to\s+"
        r"(?:jail|sentence|imprison|send|fine|order|award|ban|impose|lock)"
        r"(?:\s+[^\W\d_][\w'’-]*){0,6}\s*$",
        _FLAGS,
    ),
    "ask|urg|call|beg|petition jail|sentence|impris|send|fine|order|award|ban|impose"
    "|lock",
)
# "want him jailed for", "want Tolland locked up for": a decision wanted
_WANTED = guarded(
    lazy(
        r"\bwant(?:s|ed|ing)?\s+(?:[^\W\d_][\w'’-]*\s+){1,3}"
        r"(?:jailed|sentenced|imprisoned|fined|banned|locked\s+up|sent\s+to\s+prison)"
        r"(?:\s+[^\W\d_][\w'’-]*){0,3}\s*$",
        _FLAGS,
    ),
    "want",
)
# "faces up to 40 years", "risks up to", "carries a maximum sentence of"
# (both only asked whether they match, at the end of a lead: tried from there)
_FACES = lazy(r"\b(?:fac(?:e|es|ed|ing)|risk(?:s|ed|ing)?)\s+$", _FLAGS | BACKWARD)
_MAXIMUM_OF = lazy(
    r"\b(?:carr(?:y|ies|ied|ying)|fac(?:e|es|ed|ing)|risk(?:s|ed|ing)?)\s+a\s+"
    r"maximum\s+(?:(?:prison\s+)?(?:sentence|penalty|term|fine)\s+)?of\s+$",
    _FLAGS | BACKWARD,
)
# anchored: the measure opens with the asking ("sought", "asked for")
_ASKING_MEASURE = lazy(rf"\A{_ASK}\b", _FLAGS)


#: the guarded patterns :func:`asked_for` reads (see
#: :func:`claimcheck.engine.patterns.joint_guard`)
ASKING = (_SOUGHT, _SOUGHT_OF, _ASKED_TO, _WANTED)


def asked_for(lead: str) -> bool:
    """Whether the figure after ``lead`` (its clause up to it) is what
    someone asked for."""
    return bool(
        _SOUGHT.search(lead)
        or _SOUGHT_OF.search(lead)
        or _ASKED_TO.search(lead[-120:])
        or _WANTED.search(lead[-120:])
    )


def most_it_can_bring(lead: str, *, up_to: bool) -> bool:
    """Whether the figure after ``lead`` is the most a charge can bring
    ("faces up to 40 years", ``up_to`` when the figure opens with "up to";
    "carries a maximum sentence of")."""
    if up_to:
        return _FACES.search(lead) is not None
    return _MAXIMUM_OF.search(lead) is not None


def asks_for(measure: Terms) -> bool:
    """Whether a claim's measure names the asking itself ("sought", "asked
    for"): for a claim on what was asked, the figure asked for is stated."""
    return measure.names("asks for", _ASKING_MEASURE)
