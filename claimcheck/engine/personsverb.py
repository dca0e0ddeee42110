"""The measure word right after a word for persons, which says what a
figure counts of them.

"11 people died", "40 people injured": where another claim measures
"people", the figure still counts the deaths and the injured, as "people"
names whom the verb befell, not the measure.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck.engine.patterns import lazy

Span = tuple[int, int]

# words for persons that name no group of their own ("passengers", "miners"
# do, and a claim measuring them counts them whatever befell them)
_ANYONE = frozenset(("people", "persons", "individuals"))
# what befell them: a participle or one of these
_BEFELL = frozenset(("dead", "hurt", "missing"))

_GAP = lazy(r"[ \t]+")


def told_of_persons(text: str, counted: Span, hits: Sequence[Span]) -> Span | None:
    """The measure word right after ``counted`` when that is a word for
    persons ("11 people died", "40 people injured"), which says what the
    figure counts of them, or None."""
    if text[slice(*counted)].casefold() not in _ANYONE:
        return None
    return next(
        (
            h
            for h in hits
            if h[0] > counted[1]
            and _GAP.fullmatch(text, counted[1], h[0])
            and _befell(text[slice(*h)].casefold())
        ),
        None,
    )


def _befell(word: str) -> bool:
    return word.isalpha() and (word.endswith("ed") or word in _BEFELL)
