"""A place named with its kind as the subject that counts a figure.

"The northern state of Orvel has recorded 31 flood deaths", "Tolm district
has reported 1,120 cholera cases", "Lusk County confirmed 74 deaths": a
place called a state, a district, a province or a county (a part of a
country, or of a larger place) is the subject of a verb of counting right
before the figure, so the figure is that place's.  Like the bare names of
:func:`claimcheck.engine.places.subject_place` (which read "Tessin counted
9 dead"), it is a part when the place is none of the story's own (see
:func:`claimcheck.engine.places.place_part`).  The kind word is what makes
the name a place: "Reuters reported 212 deaths" names none.  A figure with
no verb of counting right before it, or no kind of place before that,
costs one look.
"""

from __future__ import annotations

import regex

from claimcheck.engine.comparisons import sentence_start
from claimcheck.engine.cues import Cues
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import lazy

__all__ = ["kind_subject"]

_KIND = (
    r"(?:state|province|district|county|region|prefecture|governorate"
    r"|municipality|borough|department|canton|oblast|village|town|city)"
)
_NAME = (
    r"(?!(?:the|this|that|each|every|an?|its|their|our|one|another)\b)"
    r"(?-i:\p{Lu}\p{Ll}[\w'’-]*)"
)
_NAME += r"(?:\s+(?-i:\p{Lu}\p{Ll}[\w'’-]*)){0,2}"
_KINDS = (
    "state", "province", "district", "county", "region", "prefecture",
    "governorate", "municipality", "borough", "department", "canton", "oblast",
    "village", "town", "city",
)  # fmt: skip
_VERBS = ("counted", "recorded", "registered", "reported", "confirmed", "logged")
# "The northern state of Orvel has recorded", "Tolm district has reported",
# "Lusk County, the worst hit, confirmed": the subject opens its sentence
_SUBJECT = lazy(
    rf"(?:^|(?<=[.;!?]\s+|\n|,\s+))"
    rf"(?:(?:the\s+)?(?:[^\W\d_][\w-]*\s+){{0,2}}?{_KIND}\s+of\s+(?P<place>{_NAME})"
    rf"|(?P<place>{_NAME})\s+{_KIND})"
    r"(?:\s*,[^,\d;]{1,60},)?\s+(?:has\s+|have\s+|had\s+|so\s+far\s+)?"
    r"(?:counted|recorded|registered|reported|confirmed|logged)\s+"
    r"(?:(?:some|about|around|nearly|almost|at\s+least|more\s+than|over)\s+)?$",
    regex.I,
)
#: how far before the figure its verb may open
_REACH = 40


def kind_subject(
    text: str, q: Quantity, *, cues: Cues | None = None
) -> tuple[int, int] | None:
    """The name of the place, called by its kind, that counts ``q`` as the
    subject of its sentence, or None."""
    if cues is not None and cues.lacks(max(0, q.start - _REACH), q.start, _VERBS):
        return None
    start = sentence_start(text, q.start)
    if cues is not None and cues.lacks(start, q.start, _KINDS):
        return None
    m = _SUBJECT.search(text, start, q.start)
    return m.span("place") if m is not None else None
