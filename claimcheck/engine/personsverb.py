"""The measure word right after a word for persons, which says what a
figure counts of them.

"11 people died", "40 people injured", "230 people sickened": where another
claim measures "people", the figure still counts the deaths, the injured
and the sick, as "people" names whom death, harm or illness befell, not the
measure; so too after "the count of" ("the count of people sickened rose to
230"). ("7,849 people affected"
stays a count of people: a claim on the affected counts people.)
"""

from __future__ import annotations

from claimcheck.engine.patterns import lazy

Span = tuple[int, int]

# words for persons that name no group of their own ("passengers", "miners"
# do, and a claim measuring them counts them whatever befell them)
_ANYONE = frozenset(("people", "persons", "individuals"))
# what befell them: death, harm or illness, which a claim counting people (affected,
# displaced, rescued) never counts as its own
_BEFELL = frozenset(
    """died dead killed drowned perished injured wounded hurt missing
    sickened infected hospitalized hospitalised poisoned""".split()
)

_NEXT = lazy(r"[ \t]+([^\W\d_]+)")


def told_of_persons(text: str, counted: Span) -> Span | None:
    """The word right after ``counted`` when that is a word for persons and
    the word says what befell them ("11 people died", "40 people injured",
    "41 people poisoned"), which says what the figure counts of them, or
    None.  The word need be no claim's measure word: a figure bound to one
    that is not counts no claim's measure."""
    if text[slice(*counted)].casefold() not in _ANYONE:
        return None
    after = _NEXT.match(text, counted[1])
    if after is None or after.group(1).casefold() not in _BEFELL:
        return None
    return after.span(1)
