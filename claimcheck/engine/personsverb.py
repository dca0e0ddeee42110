"""The measure word right after a word for persons or a group, which says
what a figure counts of them.

"11 people died", "40 people injured", "230 people sickened": where another
claim measures "people", the figure still counts the deaths, the injured
and the sick, as "people" names whom death, harm or illness befell, not the
measure (the word need be no claim's measure word); so too after "the count
of" ("the count of people sickened rose to 230"). ("7,849 people affected"
stays a count of people: a claim on the affected counts people.)
"Nine miners died", "Twelve passengers are still missing", "29 miners
rescued": where a claim measures the group, what befell part of it (death,
harm, illness, going missing, or an act another claim measures) is what the
figure counts; the group's claim does not ("190 passengers boarded" stays
the group's).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from claimcheck.engine.patterns import lazy

Span = tuple[int, int]

# words for persons that name no group of their own
_ANYONE = frozenset(("people", "persons", "individuals"))
# what befell them: death, harm or illness, which a claim counting people
# (affected, displaced, rescued) never counts as its own
_BEFELL = frozenset(
    """died dead killed drowned perished injured wounded hurt missing
    sickened infected hospitalized hospitalised poisoned""".split()
)
# verbs whose past participle does not end in "-ed"
_PARTICIPLES = frozenset(
    """brought caught fled held hit laid left lost shot slain stuck
    struck taken""".split()
)
_NEXT = lazy(r"[ \t]+([^\W\d_]+)")
# between the group and what befell it: a linking verb, "still", "all"
_LINK = lazy(
    r"[ \t]+(?:(?:are|were|is|was|remain|remains|remained|still|all|later"
    r"|reportedly|have[ \t]+been|has[ \t]+been|had[ \t]+been)[ \t]+)*",
    regex.I,
)

# an object right after the verb makes it active, the group its doer
_OBJECT = lazy(
    r"[ \t]+(?:\d|(?:a|an|the|at\s+least|more\s+than|over|nearly|almost|about"
    r"|around|some|up\s+to|as\s+many|his|her|their|its|dozens|hundreds|thousands"
    r"|scores|one|two|three|four|five|six|seven|eight|nine|ten)\b)",
    regex.I,
)


def names_harm(word: str) -> bool:
    """Whether ``word`` (folded) tells death, harm or going missing."""
    return word in _BEFELL


def names_anyone(word: str) -> bool:
    """Whether ``word`` (folded) is a word for persons with no group of its own."""
    return word in _ANYONE


def befell_gap(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies between a group and what befell it
    (a space, a linking verb, "still")."""
    return _LINK.fullmatch(text, start, end) is not None


def told_of_persons(
    text: str,
    counted: Span,
    hits: Sequence[Span] = (),
    generic: Callable[[Span], bool] = lambda h: False,
) -> Span | None:
    """The word right after ``counted`` that says what befell the persons or
    the group it names, or None.

    After a word for persons, death, harm or illness ("11 people died", "40
    people injured", "41 people poisoned"), whether or not a claim measures
    the word (a figure bound to one no claim measures counts no claim's).
    After a group another claim measures ("passengers", "miners",
    "soldiers"), death, harm, illness or going missing as well, and a
    participle a claim of the suite measures ("29 miners rescued", "Twelve
    passengers are still missing"): what befell part of the group, which the
    group's own claim does not count.
    """
    if text[slice(*counted)].casefold() in _ANYONE:
        after = _NEXT.match(text, counted[1])
        if after is None or after.group(1).casefold() not in _BEFELL:
            return None
        return None if _OBJECT.match(text, after.end(1)) else after.span(1)
    hit = next((h for h in hits if h[0] > counted[1]), None)
    if hit is None or not _LINK.fullmatch(text, counted[1], hit[0]):
        return None
    if _OBJECT.match(text, hit[1]):
        return None  # "three trains killed 275 people": the verb's own object
    word = text[slice(*hit)].casefold()
    if word in _BEFELL:
        return hit
    first = word.split(maxsplit=1)[0]
    if generic(hit):
        return None
    return hit if first.endswith("ed") or first in _PARTICIPLES else None
