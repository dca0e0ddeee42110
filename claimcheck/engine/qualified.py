"""A participle qualifying the thing a figure counts: "150 buried houses".

"More than 150 buried houses" counts houses: "buried" says what befell them,
and a claim on the people buried does not read the figure, while one on the
houses does.  A fact box's row puts the participle after the noun ("Houses
buried: more than 150", "Flights cancelled: 3,400"): its figure counts both,
the things and what befell them.  People are another matter: "12 injured
workers" counts the injured, who are the workers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimcheck.engine.nouns import PERSONS

if TYPE_CHECKING:
    from claimcheck.engine.binding import Binding

__all__ = ["qualified_noun", "row_noun"]

Span = tuple[int, int]

# participles that do not end in "-ed": "burnt houses", "sunk boats"
_IRREGULAR = frozenset("burnt broken sunk fallen stolen torn shut lost".split())


def _participle(word: str) -> bool:
    return word.endswith("ed") or word in _IRREGULAR


def qualified_noun(run: Sequence[tuple[int, int, str]], inside: Sequence[Span]) -> bool:
    """Whether the first measure word of a counted run (``inside[0]``) is a
    participle right before a second (``inside[1]``) naming a thing it
    qualifies ("150 buried houses"; not "12 injured workers")."""
    first, second = inside[0], inside[1]
    words = [w for w in run if w[0] in (first[0], second[0])]
    if len(words) != 2 or run.index(words[1]) != run.index(words[0]) + 1:
        return False
    noun = words[1][2]
    return (
        _participle(words[0][2])
        # a noun, not a verb's form: "2,700 injured fighting for Russia"
        and not noun.endswith(("ing", "ed"))
        and noun not in PERSONS
        and second[1] == words[1][1]
    )


def row_noun(text: str, binding: Binding, hits: Sequence[Span]) -> tuple[Span, ...]:
    """The thing a row's label names before the participle that took its
    figure (``binding``, rule ``label``: "Houses buried (local officials):
    more than 150": "Houses"), which the figure counts as well; or ()."""
    label = binding.bound
    if binding.rule != "label" or label is None:
        return ()
    found = _noun_before(text, label, hits)
    return () if found is None else (found,)


def _noun_before(text: str, label: Span, hits: Sequence[Span]) -> Span | None:
    word = text[label[0] : label[1]].casefold()
    if " " in word or not _participle(word):
        return None
    before = [h for h in hits if h[1] <= label[0] and not text[h[1] : label[0]].strip()]
    if not before:
        return None
    noun = before[-1]
    if text[noun[0] : noun[1]].casefold() in PERSONS:
        return None
    line = text.rfind("\n", 0, noun[0]) + 1
    return noun if not text[line : noun[0]].strip() else None
