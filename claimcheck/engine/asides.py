"""A verb and its object kept apart by asides: "Police arrested, on Monday
and Tuesday, at least 14 dockers".

A measure word closing its clause as a verb in the active voice takes as its
object the number opening a clause that one or two asides of time, place or
source keep from it (see :mod:`claimcheck.engine.binding`, rule ``object``).
Not after a passive ("Twelve were rescued, on Monday, 40 more ..."), nor
when the number's clause has a verb group of its own ("40 more were moved").
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from claimcheck.engine.patterns import lazy

__all__ = ["verb_before_asides"]

Span = tuple[int, int]

# one or two asides between commas, from the verb to the number's clause
_ASIDES = lazy(
    r"\s*(?:,\s*(?:on|in|over|during|after|before|at|by|from|until|within"
    r"|across|according\s+to|earlier|later|last|this|early|late|again)\b"
    r"[^,;:.!?]{0,60}){1,2},\s*$",
    regex.I,
)
# a verb in the passive has no object
_PASSIVE_BEFORE = lazy(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$", regex.I)
# the number's clause opens with the number, after at most a hedge
_OPENS_NUMBER = lazy(
    r"\s*(?:(?:at\s+least|about|around|some|nearly|almost|roughly|more\s+than"
    r"|over|up\s+to|as\s+many\s+as|an\s+estimated|another|a\s+further)\s+)?"
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozens"
    r"|hundreds|thousands|a\s+(?:dozen|hundred|thousand))\w*\b)",
    regex.I,
)
# a verb group of the number's own clause
_AUXILIARY = lazy(
    r"\b(?:has|have|had|is|are|was|were|will|would|could|may|might)\b", regex.I
)
#: clauses back from the number's that the verb may close
_REACH = 3


def verb_before_asides(
    text: str, clause: Span, clauses: Sequence[Span], hits: Sequence[Span]
) -> Span | None:
    """The measure word of ``hits`` that closes a clause before ``clause``
    as an active verb, one or two asides between them, when ``clause``
    opens with a number and has no verb group of its own; else None."""
    # the asides end at a comma right before the clause (a cheap test first)
    if not text[max(0, clause[0] - 3) : clause[0]].rstrip().endswith(","):
        return None
    if not _OPENS_NUMBER.match(text, clause[0], clause[1]):
        return None
    first = [c[0] for c in clauses].index(clause[0])
    for j in range(first - 1, max(first - 1 - _REACH, -1), -1):
        start, end = clauses[j]
        found = [h for h in hits if h[0] >= start and h[1] <= end]
        if not found:
            continue
        verb = found[-1]
        if (
            _ASIDES.match(text, verb[1], clause[0]) is None
            or _PASSIVE_BEFORE.search(text, start, verb[0]) is not None
            or _AUXILIARY.search(text, clause[0], clause[1]) is not None
        ):
            return None
        return verb
    return None
