"""Whether a figure states a change or a level, and which way it went.

"rose 300", "fell 40 metres", "up 12%": a change, which only a claim stating
a change (or a percentage) counts; "rose to 300", "fell below 40" state a
level.  A distance that says where ("sank 87 kilometres off the coast") moves
nothing.
"""

from __future__ import annotations

from typing import Literal

import regex

from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.numbers.units import dimension
from claimcheck.engine.patterns import BACKWARD, lazy

__all__ = [
    "Direction",
    "changed_by",
    "direction_of",
    "is_change",
    "level_of_subject",
    "share_as_level",
    "share_of_change",
]

Direction = Literal["", "up", "down"]
Span = tuple[int, int]

_UP = (
    "rose rise rises risen rising gained gain gains gaining climbed climb climbs"
    " jumped jump jumps up higher added increased increase increases grew growth"
    " surged surge soared rallied rally advanced advance rebounded rebound"
)
_DOWN = (
    "fell fall falls fallen falling lost loss losses lose loses dropped drop drops"
    " declined decline declines down lower slid slide slides slipped slip sank"
    " slumped slump tumbled tumble plunged plunge shed decreased decrease eased"
    " dipped dip retreated"
)
_WORDS = {w: "up" for w in _UP.split()} | {w: "down" for w in _DOWN.split()}
_DIRECTION_WORD = lazy(
    r"\b(?:" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")\b", regex.I
)
_AFTER = lazy(r"(?:\s+\w+){0,2}")
# a change verb right before the number, without "to"/"at": "fell 40 metres",
# "rose by 300", "up 12%"
_CHANGE_BEFORE = lazy(
    r"\b(?:" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")"
    r"(?:\s+(?:by|some|about|around|nearly|almost|roughly|more\s+than|over|just))*\s+$",
    regex.I | BACKWARD,
)
_CHANGE_AFTER = lazy(
    r"\s+(?:higher|lower|up|down|rise|drop|gain|loss|fall|decline|jump|slide|increase"
    r"|decrease)\b",
    regex.I,
)


# "6C above the seasonal average", "2% below normal": a difference from a norm
_FROM_NORMAL = lazy(
    r"\s+(?:above|below|over|under|higher\s+than|lower\s+than)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:average|normal|norm|mean|usual)\b",
    regex.I,
)
_PLACED_AFTER = lazy(
    r"\s+(?:(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ward)?\s+of|off"
    r"|away|offshore|out\s+to\s+sea|inland|down|deep|up\s+the)\b",
    regex.I,
)
_LEVEL_BOUND = lazy(r"(?:below|under|beneath|above|beyond|past)\b", regex.I)


def direction_of(text: str, q: Quantity, clause: tuple[int, int]) -> Direction:
    """Which way the change ``q`` states goes, from the words of its clause.

    The direction word nearest the number wins: before it in its clause, or
    among the two words after it ("closed 3.4% lower", "a 3.4% drop").
    """
    after = _AFTER.match(text, q.end, clause[1])
    stop = after.end() if after else q.end
    best: tuple[int, Direction] | None = None
    for m in _DIRECTION_WORD.finditer(text, clause[0], stop):
        if q.start <= m.start() < q.end:
            continue
        gap = q.start - m.end() if m.end() <= q.start else m.start() - q.end
        direction: Direction = "up" if _WORDS[m.group().casefold()] == "up" else "down"
        if best is None or gap < best[0]:
            best = (gap, direction)
    return best[1] if best else ""


def is_change(
    text: str, q: Quantity, clause: tuple[int, int], *, measure_after: bool = False
) -> bool:
    """Whether ``q`` states a change rather than a level ("rose 300", "up 12%").

    "rose to 300" states a level, and so does a bound the change crossed:
    "fell below 40", "dipped under 30", "rose above 300".  With
    ``measure_after`` the word right after ``q`` is the measure's own ("a
    $2.4 billion loss", for a claim on the loss), no change word.
    """
    if _LEVEL_BOUND.match(q.text):
        return False
    if (
        q.unit is not None
        and dimension(q.unit) == "length"
        and _PLACED_AFTER.match(text, q.end, clause[1])
    ):
        # "sank some 87 kilometres off the coast", "roughly 4 km down": a
        # distance says where, not how far something moved
        return False
    return bool(
        _CHANGE_BEFORE.search(text, clause[0], q.start)
        or (not measure_after and _CHANGE_AFTER.match(text, q.end, clause[1]))
        or _FROM_NORMAL.match(text, q.end, clause[1])
    )


# the verbs of a change a figure after "by" sizes
_CHANGE_VERBS = (
    "|".join(sorted(_WORDS, key=len, reverse=True))
    + "|cut|cuts|reduced?|reduces|shrank|shrunk|shrinks?|slashed|slashes|trimmed"
    "|trims|raised|raises|lifted|lifts|boosted|boosts|lowered|lowers|halved|doubled"
)
# a verb of change, a few words before "by" and a fraction: "cut its profit
# forecast by a quarter", "output fell by a third", "raised prices by half"
_BY_SHARE = lazy(
    rf"\b(?:{_CHANGE_VERBS})\b(?:\s+[\w'’-]+){{0,4}}?\s+by\s+$",
    regex.I | BACKWARD,
)
_CHANGE_VERB = lazy(rf"(?:{_CHANGE_VERBS})$", regex.I)
_BY_GAP = lazy(
    r"\s+by\s+(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over"
    r"|just|a\s+further|another)\s+)*$",
    regex.I,
)
_OF_AFTER = lazy(r"\s+(?:of|the)\b", regex.I)


def share_of_change(text: str, q: Quantity, clause: tuple[int, int]) -> bool:
    """Whether the fraction ``q`` is the size of a change ("cut its forecast
    by a quarter", "fell by a third"), which is no part of a whole: "backed by
    a third of members" is one."""
    return (
        q.unit == "share"
        and _BY_SHARE.search(text, clause[0], q.start) is not None
        and _OF_AFTER.match(text, q.end, clause[1]) is None
    )


def changed_by(text: str, word: tuple[int, int], q: Quantity) -> bool:
    """Whether ``q`` sizes the change the verb at ``word`` states, through
    "by": "output will shrink by 734,000 vehicles" says how much output
    shrank, whatever the noun after the figure."""
    return (
        _BY_GAP.fullmatch(text, word[1], q.start) is not None
        and _CHANGE_VERB.fullmatch(text, word[0], word[1]) is not None
    )


_TO_GAP = lazy(
    r"\s+to\s+(?:(?:about|around|some|nearly|almost|roughly|just|only|a\s+record"
    r"|a\s+new)\s+)*$",
    regex.I,
)


def level_of_subject(text: str, hits: list[Span], q: Quantity) -> list[Span]:
    """``hits`` without the change verb whose "to" gives ``q`` as a level,
    where a measure word stands before the verb: "The key rate was lowered
    to 4.25%" tells the rate's level, not the size of a change, whatever
    claim measures by "lowered"."""
    if len(hits) < 2 or "to" not in text[max(0, q.start - 40) : q.start]:
        return hits  # most figures have no "to" before them
    before = [h for h in hits if h[1] <= q.start]
    if len(before) < 2:
        return hits
    verb = before[-1]
    if (
        _TO_GAP.fullmatch(text, verb[1], q.start) is None
        or _CHANGE_VERB.fullmatch(text, verb[0], verb[1]) is None
    ):
        return hits
    return [h for h in hits if h != verb]


# a level reached or held, right before a fraction: "had fallen to about a
# third", "stood at roughly half", "rose to two thirds"
_LEVEL_BEFORE = lazy(
    r"\b(?:fallen|fell|falls|dropped|drops|rose|risen|rises|climbed|slipped|sank"
    r"|declined|increased|decreased|grew|reached|stood\s+at|stands\s+at"
    r"|was\s+at|is\s+at)\s+(?:to\s+)?$",
    regex.I | BACKWARD,
)
# what may follow such a level: the end of the clause or a phrase of time
_LEVEL_AFTER = lazy(
    r"\s*(?:$|[,;:.!?)]|(?:in|by|on|at|last|this|as|when|after|before|from)\b)",
    regex.I,
)


def share_as_level(text: str, q: Quantity, clause: tuple[int, int]) -> bool:
    """Whether the fraction ``q`` is the level a rate fell or rose to ("turnout
    had fallen to about a third in 2022"), which is the rate itself, not a
    part of a whole ("a third of voters")."""
    return (
        q.unit == "share"
        and _LEVEL_BEFORE.search(text, max(clause[0], q.start - 30), q.start)
        is not None
        and _LEVEL_AFTER.match(text, q.end, clause[1]) is not None
    )
