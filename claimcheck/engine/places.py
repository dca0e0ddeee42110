"""Figures for one place of a story that spans several.

"In Tessin, 12 people died", "At Lisk, the water killed 17", "In the
riverside town of Mabbet, 9 drowned", "23 drowned in the town of Orrin",
"Tessin counted 9 dead", "Kosa mourned 31 people": a place named in a phrase
fronted before the figure, as the town or city of a name, or as the subject
of a verb a place takes (counted, recorded, lost, mourned) with the people
or the dead it counts after it says the
figure is that place's, a part of the story's whole.  Like every part (see
:func:`claimcheck.engine.scope.scope_of`), such a figure never contradicts a
claim about the whole, still supports one it fits, and counts as usual for a
claim whose ``context`` names the place ("In Veland, 140 people have died",
for a claim on Veland).

So is a place the figure's clause opens with though no comma follows ("In
Ostrand 8,200 died"), a place counting after a fronted phrase or with an
aside ("Among its neighbours, Pellaria counted 11,300 deaths", "Kesto,
upstream of Arvel, counted 38 dead"), and a place a relative clause or
"with" right after its name gives the figure to ("Vosk, which lost 1,120
people", "In Pellaria, where 2,200 died", "Selo, with 940 cases").

A place a preposition puts the figure in after it or in its subject ("31
died in Brisby", "Hospitals in Oram recorded 40 deaths") is a part when the
article names its own place elsewhere, when the sentence names another
place apart from it ("killed 9,400 people in Pellaria, more than in
Norvia", "as Harn's count held steady"), or when the article calls it a
town of the story's.

A place the article gives as its own (its headline, dateline, first
paragraph's scene, a place holding others: see
:mod:`claimcheck.engine.homes`) is the whole ("Kabul bombing: what we know"
over "In Kabul, a bomb killed 40"), and a source that counts is no place
("Unicef counted 40 dead": see :mod:`claimcheck.engine.sources`).
"""

from __future__ import annotations

import regex

from claimcheck.engine.comparisons import sentence_start
from claimcheck.engine.cues import Cues
from claimcheck.engine.homes import home_names, is_home
from claimcheck.engine.nouns import PERSONS
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import lazy
from claimcheck.engine.placekinds import kind_subject
from claimcheck.engine.sources import is_source

__all__ = ["place_part", "subject_part"]

Span = tuple[int, int]

_NAME = r"(?-i:\p{Lu})[\w'’-]*(?:\s+(?-i:\p{Lu})[\w'’-]*){0,2}"
_KINDS = (
    r"(?:town|city|village|hamlet|port|suburb|township|municipality|commune"
    r"|parish|settlement|neighbou?rhood|district|province|county|region|state"
    r"|valley|island)"
)
# "In Brenna's own hospital,", "At Tessin's main port,": a place's part
_OWNED_PLACE = (
    r"(?-i:\p{Lu})[\w-]*(?:'s|’s)\s+(?:(?:own|main|largest|biggest|central"
    r"|only)\s+)?(?:hospital|school|prison|port|airport|mine|plant|factory"
    r"|harbour|station|camp|district|province|region|county)"
)
# "In Tessin,", "At Lisk,", "In the riverside town of Mabbet,": a place
# fronted before the figure's clause
_FRONTED = lazy(
    rf"""
    \s*(?:(?:but|and|yet|meanwhile)\s*,?\s+)?
    (?:in|at|inside)\s+(?:the\s+)?
    (?:(?:[^\W\d_][\w-]*\s+){{0,2}}?{_KINDS}\s+of\s+)?
    (?P<place>{_OWNED_PLACE}|{_NAME})(?:\s+alone)?\s*,
    """,
    regex.I | regex.X,
)
_FRONTED_BARE = lazy(
    rf"""
    \s*(?:(?:but|and|yet|meanwhile|while|whereas)\s+)?
    (?:in|at|inside)\s+(?:the\s+)?(?P<place>{_NAME})(?:\s+alone)?\s+
    (?:(?:some|about|around|nearly|almost|at\s+least|more\s+than|over)\s+)?\Z
    """,
    regex.I | regex.X,
)
# "the town of Orrin", "the city of Varn": a place of a story's several
# (the hamlets and villages are read in claimcheck/engine/scope.py)
_TOWN_OF = lazy(
    rf"\b(?:town|city|port|commune)\s+of\s+(?P<place>{_NAME})",
    regex.I,
)
# "Tessin counted 9 dead", "Kosa lost 31 people": a name opening its
# sentence as the subject of a verb a place takes, right before the figure
# (or after a fronted phrase and its comma: "Among Norvia's neighbours,
# Pellaria counted 11,300 deaths"; an aside between commas may follow the
# name: "Kesto, upstream of Arvel, counted 38 dead")
_SUBJECT = lazy(
    r"(?:^|(?<=[.;!?]\s+|\n|,\s+))(?P<place>(?-i:\p{Lu}\p{Ll}[\w'’-]*))"
    r"(?:\s*,[^,\d;]{1,60},)?\s+"
    r"(?:has\s+|have\s+|had\s+)?(?:counted|recorded|registered|lost"
    r"|mourned|suffered)\s+(?:(?:some|about|around|nearly|almost|at\s+least"
    r"|more\s+than|over)\s+)?$",
    regex.I,
)
# what such a subject's figure counts: people, or the dead ("Ash buried 1,200
# homes", "Mud buried 40 people": a thing, not a place, buries)
_PEOPLE_AFTER = lazy(r"\s+([^\W\d_]+)(?:\s+([^\W\d_]+))?")
_DEAD = frozenset("dead deaths casualties fatalities lives".split())
#: the words a match of _FRONTED, of _FRONTED_BARE opens with ("inside"
#: opens with "in"), and one of which each match of _TOWN_OF holds
_FRONTED_OPENERS = ("in", "at", "but", "and", "yet", "meanwhile")
_FRONTED_BARE_OPENERS = (*_FRONTED_OPENERS, "while", "whereas")
_TOWN_WORDS = ("town", "city", "port", "commune")
_SUBJECT_WORDS = (
    "counted", "recorded", "registered", "lost", "mourned", "suffered",
)  # fmt: skip
#: capitalised words a fronted phrase or a subject opens with that name no
#: place
_NOT_PLACES = frozenset(
    """january february march april may june july august september october
    november december monday tuesday wednesday thursday friday saturday sunday
    total addition all contrast response practice fact short general
    particular summary turn return other brief theory sum parliament congress
    court it they we he she this that these those its their officials
    authorities hospitals morgues clinics government ministry agencies
    coroners medics overall together altogether there here""".split()
)


def place_part(
    text: str,
    q: Quantity,
    start: int,
    own: int,
    end: int,
    *,
    cues: Cues | None = None,
) -> Span | None:
    """The words naming the place whose figure ``q`` is, or None.

    ``[start, end)`` is the figure's clause with the fronted clauses before
    it, ``own`` where its own clause begins.
    """
    if q.unit is not None and q.unit != "%":
        return None
    found = None
    # (both fronted patterns are tried at the clause's start only)
    if own > start:
        if cues is None or cues.opens(start, _FRONTED_OPENERS, space=False):
            m = _FRONTED.match(text, start, own)
            found = m.span("place") if m is not None else None
    elif cues is None or cues.opens(start, _FRONTED_BARE_OPENERS, space=False):
        # "In Ostrand 8,200 died": no comma after the place
        m = _FRONTED_BARE.match(text, start, q.start)
        found = m.span("place") if m is not None else None
    if found is None and (cues is None or not cues.lacks(start, end, _TOWN_WORDS)):
        for m in _TOWN_OF.finditer(text, start, end):
            if not q.start <= m.start() < q.end:
                found = m.span("place")
                break
    if found is None:
        found = subject_place(text, q, end, cues=cues) or kind_subject(
            text, q, cues=cues
        )
    if found is not None and _a_part(text, found, q.start):
        return found
    found = _owner_before(text, q, end, cues)
    if found is not None and _a_part(text, found, q.start):
        return found
    found = _placed_in(text, q, own, end, cues)
    return found if found is not None and _a_part(text, found, q.start) else None


def subject_place(
    text: str, q: Quantity, end: int, *, cues: Cues | None = None
) -> Span | None:
    """The name of the place that, as the subject of a verb a place takes,
    counts the people or the dead ``q`` counts ("Tessin counted 9 dead",
    "Among its neighbours, Pellaria counted 11,300 deaths"), or None."""
    if cues is not None and cues.lacks(
        max(0, q.start - _VERB_REACH), q.start, _SUBJECT_WORDS
    ):
        # the verb stands right before the figure
        return None
    start = sentence_start(text, q.start)
    m = _SUBJECT.search(text, start, q.start)
    if m is None or m.group("place").casefold() in PERSONS:
        return None
    if _counts_people(text, q, end, cases=False):
        return m.span("place")
    return None


def subject_part(
    text: str, q: Quantity, end: int, *, cues: Cues | None = None
) -> Span | None:
    """The place of the story's several that counts ``q`` as the subject of
    its clause (see :func:`subject_place`), or None: a more particular
    owner than a phrase fronted before it ("Among Norvia's neighbours,")."""
    found = subject_place(text, q, end, cues=cues)
    return found if found is not None and _a_part(text, found, q.start) else None


def _counts_people(
    text: str, q: Quantity, end: int, *, people: bool = True, cases: bool = True
) -> bool:
    """Whether the words right after ``q`` name the dead (or, when
    ``people``, people; when ``cases``, cases of a disease)."""
    after = _PEOPLE_AFTER.match(text, q.end, end)
    nouns = [w.casefold() for w in after.groups() if w] if after else []
    return any(
        n in _DEAD or (people and n in PERSONS) or (cases and n in _CASES)
        for n in nouns
    )


# "Vosk, which lost 1,120 people", "In Pellaria, where 2,200 died", "Selo,
# with 940 cases,": a place a relative clause or "with" right after its name
# gives the figure to (a name after "the" is a ship's or a firm's, not a
# place's: "the Orla Star, with 260 passengers")
_OWNER_BEFORE = lazy(
    r"(?<!\bthe\s+)(?<![\w'’-])(?<!(?-i:\p{Lu})[\w'’-]*\s+)"
    r"(?:(?:in|at|from|of)\s+)?(?!(?:the|an?|in|at|from|of)\s)"
    r"(?P<place>(?-i:\p{Lu}\p{Ll}[\w'’-]*)"
    r"(?:\s+(?-i:\p{Lu})[\w'’-]*){0,2}),\s+"
    r"(?:(?P<with>with)|(?P<where>where)|which\s+(?:has\s+|had\s+|have\s+)?"
    r"(?:lost|mourned|buried))\s+"
    r"(?:(?:some|about|around|nearly|almost|at\s+least|more\s+than|over)\s+)?$",
    regex.I,
)
_OWNER_WORDS = ("with", "where", "which")
#: how far before the figure its verb ("counted", "which lost") may open,
#: past auxiliaries and a hedge ("which has lost more than")
_VERB_REACH = 48
_CASES = frozenset("cases infections".split())


def _owner_before(text: str, q: Quantity, end: int, cues: Cues | None) -> Span | None:
    """The place whose relative clause or "with" phrase holds ``q``."""
    if cues is not None and cues.lacks(
        max(0, q.start - _VERB_REACH), q.start, _OWNER_WORDS
    ):
        return None
    start = sentence_start(text, q.start)
    m = _OWNER_BEFORE.search(text, start, q.start)
    if m is None or m.group("place").split()[0].casefold() in PERSONS:
        return None
    if not m.group("where") and not _counts_people(
        text, q, end, people=not m.group("with")
    ):
        # "Corvid, with 4,200 cancellations": a firm's figure of another
        # kind; "Ferry Orla, with 260 passengers": those a ship carries
        return None
    return m.span("place")


def _a_part(text: str, found: Span, before: int) -> bool:
    """Whether the name at ``found`` is one place of the story's several:
    no source that counts, nor the story's own place."""
    name = text[found[0] : found[1]]
    if name.split()[0].casefold() in _NOT_PLACES or name.isupper():
        return False
    return not (is_source(text, name) or is_home(text, name, before))


def _placed_in(
    text: str, q: Quantity, own: int, end: int, cues: Cues | None
) -> Span | None:
    """The place a preposition puts the figure in, in its own clause ("31
    died in Brisby", "the toll in Dunmere reached 410"), when the article
    names its own place elsewhere, or the place is called a town of the
    story's ("in Dunmere, the town nearest the epicentre")."""
    if text[q.end : q.end + 1] in _HYPHENS or (
        cues is not None and cues.lacks(own, end, _IN_WORDS)
    ):
        # "a 13-story tower in Surfside": where a thing stands, not a count's
        return None
    for m in _PLACED_IN.finditer(text, own, end):
        if q.start <= m.start() < q.end:
            continue
        name = m.group("place")
        if name.split()[0].casefold() in _NOT_PLACE_NAMES:
            continue
        if name.endswith(("'s", "’s")) or (
            m.group("the") and _MODIFIER.match(text, m.end())
        ):
            # "at Thursday's election", "in the Kestria quake": a name that
            # qualifies a noun
            continue
        if (
            _SMALLER.match(text, m.end())
            or home_names(text, q.start) - {_fold(name)}
            or _beside_another(text, q, m.span("place"))
        ):
            return m.span("place")
    return None


# "than in Norvia", "against 2,310 in Harn", "as Harn's count held": another
# place of the sentence, put somewhere by a preposition or owning a count
_ANOTHER_PLACE = lazy(
    r"\b(?:in|at)\s+(?:the\s+)?(?P<place>(?-i:\p{Lu}\p{Ll}[\w-]*)"
    r"(?:\s+(?-i:\p{Lu})[\w-]*){0,2})(?!\s*[-‐‑'’])"
    r"|(?P<place>(?-i:\p{Lu}\p{Ll}[\w-]*))['’]s\s+(?:own\s+)?"
    r"(?:toll|count|tally|total|figure|number|death\s+toll)\b",
    regex.I,
)
# what sets two places of a sentence apart, not one inside the other ("at
# the Kestrel mine in Orsk")
_APART = lazy(r",|\b(?:and|than|while|whereas|but|as|against|versus)\b", regex.I)
_FIGURE_BEFORE = lazy(r"\d\s+\Z")
_SENTENCE_END = lazy(r"[.;!?\n]")


def _beside_another(text: str, q: Quantity, place: Span) -> bool:
    """Whether the sentence of ``q`` names another place apart from the one
    at ``place``: the story spans several, and the figure is one's part
    ("The heat killed 9,400 people in Pellaria, more than in Norvia")."""
    start = sentence_start(text, q.start)
    stop = _SENTENCE_END.search(text, q.end)
    end = stop.start() if stop is not None else len(text)
    own = _fold(text[place[0] : place[1]])
    for m in _ANOTHER_PLACE.finditer(text, start, end):
        if _FIGURE_BEFORE.search(text, start, m.start()):
            # "killed 7 in Brene and 4 in Oska": figures listed place by
            # place, read in claimcheck/engine/earlier.py
            return False
        name = m.group("place")
        if _fold(name) == own or name.split()[0].casefold() in _NOT_PLACE_NAMES:
            continue
        between = (
            (place[1], m.start()) if m.start() >= place[1] else (m.end(), place[0])
        )
        if _APART.search(text, *between) and not is_source(text, name):
            return True
    return False


_IN_WORDS = ("in", "at", "from")
_HYPHENS = ("-", "‐", "‑")
# "in Brisby", "at Dunmere", "from Wend": a capitalised name a preposition
# puts something in, not one opening its sentence
_PLACED_IN = lazy(
    r"\b(?:in|at|from)\s+(?P<the>the\s+)?"
    r"(?P<place>(?-i:\p{Lu}\p{Ll}[\w'’-]*)(?:\s+(?-i:\p{Lu})[\w'’-]*){0,2})",
    regex.I,
)
_MODIFIER = lazy(r"\s+(?-i:\p{Ll})")
# "in Dunmere, the town nearest the epicentre": one town of the story's
_SMALLER = lazy(
    rf",\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?{_KINDS}\b",
    regex.I,
)
#: names of events, not places: "died in Hurricane Ida"
_EVENT_NAMES = frozenset("hurricane typhoon cyclone storm tropical operation".split())
#: the first words of no place name, an event's too (one set, not a union a match)
_NOT_PLACE_NAMES = _NOT_PLACES | _EVENT_NAMES


def _fold(name: str) -> str:
    return " ".join(name.casefold().replace("’", "'").split())
