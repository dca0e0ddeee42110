"""Whose part "N of them" is: the whole's, or those present; a place's people.

"The fire killed 14 people, nine of them in a single hamlet": the figure
before counts the same measure, and "nine of them" is a part of it.  "The
coach carried 52 passengers, and 12 of them were killed", "a tour group of
40 people, 15 of whom died": the figure before counts the people present,
not the event, and the figure after is the whole of its own measure: it
contradicts a toll it does not fit.  So with things made or held ("built
500,000 cars; 310,000 of them are being recalled").  Where the figure
before counts people not said to be present ("rescuers reached 300 miners,
and 14 of them had died") or a thing not said to be made or held, the
figure after stays a part.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import regex

from claimcheck.engine.cues import Cues
from claimcheck.engine.nouns import PERSONS
from claimcheck.engine.patterns import lazy

__all__ = ["bare_of_them", "home_to", "living_in", "of_those", "told_in_place"]

Span = tuple[int, int]

#: how far back the figure "them" stands for is looked for
_REACH = 200
# the last figure before "N of them", in its sentence or the one before in
# its paragraph, and the words after it
_BEFORE = lazy(
    r"""(?:^|(?<=[.!?]\s+|\n))(?P<lead>[^.!?\n]*?)
    \b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven
      |twelve|fifteen|twenty|thirty|forty|fifty|hundreds?|thousands?|dozens?)
    (?P<after>(?:\s+[^\W\d_][\w'’-]*){1,3})[^\d\n]*\Z""",
    regex.I | regex.X,
)
# words that say people were present: "the coach carried 52 passengers",
# "the group numbered 40 people", "300 workers were inside the plant"
_PRESENT = lazy(
    r"\b(?:carr(?:y|ies|ied|ying)|had|has|held|holding|housed|housing"
    r"|employ(?:s|ed|ing)|numbered|numbering|aboard|on\s+board|inside|present"
    r"|on\s+shift|gathered|packed|crammed)\b",
    regex.I,
)

# words that say things were made or held: "built 500,000 cars", "was
# hauling 90 wagons", "60 boats were moored"
_HOLDING = lazy(
    r"\b(?:built|made|produced|manufactured|sold|haul(?:s|ed|ing)"
    r"|pull(?:s|ed|ing)|tow(?:s|ed|ing)|moored|parked|stored|stocked)\b",
    regex.I,
)


def of_those(
    text: str,
    q_start: int,
    bound: Span,
    earlier: Sequence[Span],
) -> Literal["part", ""]:
    """What "N of them" at ``q_start``, bound to ``bound``, is about.

    ``earlier`` holds the measure words the figures before it in its
    sentence count.  "" (the whole of its measure) when none is
    ``bound``'s word and the figure before (in its sentence or the one
    before) counts people said to be present; else "part".
    """
    own = _fold(text[bound[0] : bound[1]])
    if any(_fold(text[h[0] : h[1]]) == own for h in earlier):
        return "part"
    m = _BEFORE.search(text, max(0, q_start - _REACH), q_start)
    if m is None:
        return "part"
    words = [w.casefold() for w in m.group("after").split()]
    span = (m.start("lead"), min(q_start, m.end("after") + 40))
    if any(w in PERSONS for w in words) and _PRESENT.search(text, *span):
        return ""
    if _HOLDING.search(text, *span):
        # "built 500,000 of the model; 310,000 of them are being recalled",
        # "was hauling 90 wagons. Seventeen of them derailed": things made
        # or held, of which the figure after is the whole of its measure
        return ""
    return "part"


def _fold(word: str) -> str:
    return " ".join(word.casefold().split())


# ", 85 of them in the village of Telmar", ", about 40 of them at sea": "N of
# them" with no verb after, a place or the clause's end
_BARE_LEAD = lazy(
    r"[\s,]*(?:(?:about|around|some|roughly|nearly|almost|at\s+least|more\s+than"
    r"|fewer\s+than|only|just)\s+)?$",
    regex.I,
)
_BARE_TAIL = lazy(
    r"\s+of\s+(?:them|whom)(?:\s+(?:in|at|on|from|near|inside|across|around"
    r"|along|outside)\b|\s*(?:[,.;:)]|$))",
    regex.I,
)


def bare_of_them(
    text: str, q_start: int, q_end: int, clause: Span, cues: Cues | None = None
) -> bool:
    """Whether the figure at ``[q_start, q_end)`` makes up its ``clause`` as
    "N of them" with no verb of its own ("The quake killed 310 people, 85
    of them in Telmar"): a part of what the figure before counts (``cues``,
    the article's, skips a figure no "of" follows)."""
    if cues is not None and not cues.opens(q_end, ("of",), space=True):
        return False
    return (
        _BARE_TAIL.match(text, q_end, clause[1]) is not None
        and _BARE_LEAD.match(text, clause[0], q_start) is not None
    )


# the place a bare "N of them" is in, up to its clause's end
_PLACE_AFTER = lazy(
    r"(?<=\b(?:them|whom))\s+(?:in|at|on|from|near|inside|across|around|along"
    r"|outside)\b"
    r"[^,;.!?]*[,;.!?]?\s*$",
    regex.I,
)


def told_in_place(
    text: str, kind: Literal["part", ""], words: Span, end: int
) -> tuple[Literal["part", "subset", ""], Span]:
    """The scope of "N of them" (``words``, its clause ending at ``end``)
    that ``of_those`` read as ``kind``: where only a place follows ("85 of
    them in the village of Telmar"), the part of that place, a kind among
    the whole that only a claim naming the place counts (a claim on the
    whole reads the whole's figure); else ``kind`` as read."""
    if kind != "part":
        return kind, words
    place = _PLACE_AFTER.match(text, words[1], end)
    if place is None:
        return kind, words
    return "subset", (words[0], words[1] + len(place.group().rstrip(" ,;.!?")))


# people said to live in a place: "4,000 people live in the valley",
# "People living in the area hit: nearly 4,000", "residents who live along
# the river"
_LIVING = lazy(
    r"\s+(?P<words>(?:who\s+)?(?:live|lives|lived|living|reside|resides|resided"
    r"|residing)\s+(?:in|on|near|around|along|below|beside|inside))\b",
    regex.I,
)


# "an island home to about 3,000 people", "which is home to some 12,000": a
# place's people, told before the figure
_HOME_TO = lazy(
    r"\bhome\s+to\s+(?:(?:about|some|around|roughly|nearly|almost|more\s+than"
    r"|over|fewer\s+than|just|an\s+estimated)\s+)*$",
    regex.I,
)


def home_to(text: str, start: int) -> Span | None:
    """The words "home to" right before a figure starting at ``start``: the
    population of a place, not those an event befell."""
    lead = max(0, start - 40)
    if "home" not in text[lead:start].casefold():
        return None
    m = _HOME_TO.search(text, lead, start)
    return None if m is None else m.span()


def living_in(text: str, bound: Span) -> Span | None:
    """The words saying that the people ``bound`` counts live in a place
    ("4,000 people live in the area hit"): the place's population, not those
    an event befell (a claim whose context names the living reads it)."""
    if text[bound[0] : bound[1]].casefold() not in PERSONS:
        return None
    m = _LIVING.match(text, bound[1])
    return None if m is None else m.span("words")
