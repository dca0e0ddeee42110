"""A number before a relative clause: the verb after the clause is its own;
and a number whose measure is the past verb of its own relative clause.

"Nearly two-thirds of those who voted backed the change": the relative clause
("who voted") has a verb of its own, and the number's predicate is the verb
that follows it (see :mod:`claimcheck.engine.binding`, rule b).  "Six crew
members who were arrested", "12 miners who died and 46 who were injured": a
number, bare or with a noun, whose own relative clause opens with a measure
word counts that (:func:`relative_after`).  "37 workers and residents were
killed", "340,000 homes and businesses were without power": a second noun
joins the counted one, and the verb after both is the figure's
(:func:`joined_after`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import guarded, lazy

__all__ = [
    "OBJECT_AFTER",
    "joined_after",
    "past_relative",
    "relative_after",
    "told_in_own_relative",
]

Span = tuple[int, int]

_RELATIVE_VERB = lazy(
    r"\s*(?:who|that)\s+(?:(?:has|have|had|is|are|was|were|did|do|does|not|also"
    r"|then|had\s+been|have\s+been|has\s+been)\s+)*[^\W\d_]+\b",
    regex.I,
)
_NOT_BEFORE_VERB = frozenset(
    "their his her its our my your these those this that in on at from by with".split()
)


def past_relative(
    text: str, clause: Span, clauses: Sequence[Span], hits: Sequence[Span]
) -> Span | None:
    """The measure word heading the verb that follows a relative clause.

    "Nearly two-thirds of those who voted backed the change": the clause of
    the number names no measure, the next one opens with "who" and its own
    verb, and the first measure word after that which stands where a verb
    does (not after a determiner or preposition) is the predicate.
    """
    if any(clause[0] <= h[0] < clause[1] for h in hits):
        return None
    i = clauses.index(clause) + 1
    if i >= len(clauses):
        return None
    start, end = clauses[i]
    own = _RELATIVE_VERB.match(text, start, end)
    if own is None:
        return None
    for h in hits:
        if h[0] < own.end() or h[1] > end:
            continue
        word = text[max(start, h[0] - 40) : h[0]].split()[-1:]
        if word and word[0].casefold() not in _NOT_BEFORE_VERB:
            return h
    return None


# "the families of the 98 people who died", "the 40 workers who were killed":
# the figure, a noun or two, "who"/"that" and the measure's past verb
# (a word's run of letters never gives any back: what follows it is no letter)
# (guarded: most figures have no "who", "that" or "which" before their noun)
_OWN_RELATIVE = guarded(
    lazy(
        r"(?:\s+[^\W\d_][\w'’-]*+){0,3}?,?\s+(?:who|that|which)\s+"
        r"(?:(?:had|have|has)\s+)?(?P<aux>(?:been|were|was)\s+)?$",
        regex.I,
    ),
    "who|that|which",
)
_PAST_VERB = lazy(r"[^\W\d_]{2,}ed\b|(?:lost|fell|left|went|took|gave|sank)\b", regex.I)


def told_in_own_relative(text: str, end: int, measure: Span) -> bool:
    """Whether the figure ending at ``end`` is stated by a relative clause of
    its own whose past verb is the measure ("the 98 people who died"): a fact
    told in the past, whatever the sentence around it supposes ("the fund
    would compensate the families of the 98 people who died")."""
    if measure[0] < end or measure[0] - end > 60:
        return False
    lead = _OWN_RELATIVE.match(text, end, measure[0])
    return lead is not None and (
        lead.group("aux") is not None or _PAST_VERB.match(text, measure[0]) is not None
    )


def relative_after(
    text: str,
    q: Quantity,
    index: int,
    clauses: Sequence[Span],
    hits_in: Callable[[Span], list[Span]],
) -> Span | None:
    """The verb of a relative clause on the noun the number counts, or on
    the bare number: "questioned six crew members who were arrested", "12
    miners who died and 46 who were injured" (not the verb before "and")."""
    if index + 1 >= len(clauses):
        return None
    following = clauses[index + 1]
    opens = _RELATIVE_OPENS.match(text, following[0], following[1])
    if opens is None or len(text[q.end : clauses[index][1]].split()) > _NOUN_WORDS:
        return None
    found = next((h for h in hits_in(following) if h[0] == opens.end()), None)
    if found is not None and (
        _PASSIVE.search(opens.group()) or not OBJECT_AFTER.match(text, found[1])
    ):
        # "who were arrested", "who drowned"; not "who arrested the suspects",
        # which counts those who did it
        return found
    return None


_RELATIVE_OPENS = lazy(
    r"\s*(?:who|that)\s+(?:(?:were|was|had|have|has|been|are|is|all|later|then"
    r"|also|reportedly|allegedly|badly|seriously|critically|slightly|still)\s+){0,3}",
    regex.I,
)
_PASSIVE = lazy(r"\b(?:were|was|been|are|is)\b", regex.I)
# an object after the verb: "arrested the suspects", "killed 12"
OBJECT_AFTER = lazy(
    r"\s+(?:the|a|an|his|her|their|its|our|them|him|us|\d|one|two|three|four|five"
    r"|six|seven|eight|nine|ten|dozens|hundreds|thousands|several|many|some)\b",
    regex.I,
)
#: words a counted noun phrase before such a clause may hold
_NOUN_WORDS = 3


def joined_after(
    text: str,
    q: Quantity,
    index: int,
    clauses: Sequence[Span],
    hits_in: Callable[[Span], list[Span]],
) -> Span | None:
    """The verb after a noun joined to the one the number counts: "37
    workers and residents were killed", "340,000 homes and businesses lost
    power".  Not a second group the figure does not count ("37 workers and
    their families", "and other staff", "and 12 residents"), nor a clause
    of its own ("37 people died and residents were evacuated")."""
    if q.unit is not None or index + 1 >= len(clauses):
        return None
    tail = text[q.end : clauses[index][1]].split()
    if not 0 < len(tail) <= _NOUN_WORDS or any(_verb_like(w) for w in tail):
        return None
    following = clauses[index + 1]
    for found in hits_in(following):
        joined = _JOINED.fullmatch(text, following[0], found[0])
        if joined is not None:
            if joined.group("aux") or not OBJECT_AFTER.match(text, found[1]):
                return found
            return None
    return None


def _verb_like(word: str) -> bool:
    folded = word.strip(",;").casefold()
    return folded.endswith("ed") or folded in _FINITE


#: finite verbs a counted noun phrase never holds ("37 people died and ...")
_FINITE = frozenset(
    "is are was were be been has have had do does did will would could may might"
    " must shall should can died fell lost left fled sank went took came made"
    " remain remains stayed".split()
)
# "and residents were", "or crew members": a bare noun or two after "and"/"or"
# (no determiner, owner, number or "other": another group), maybe an auxiliary
_JOINED = lazy(
    r"\s*(?:and|or)\s+(?!(?:the|a|an|their|his|her|its|our|your|my|this|that"
    r"|these|those|other|others|another|some|many|several|more|most|all|both"
    r"|each|every|no|dozens|hundreds|thousands|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|then|also|later|were|was|are|is|had|have|has)\b)"
    r"(?:[^\W\d_][\w'’-]*\s+){1,3}?"
    r"(?P<aux>(?:(?:were|was|are|is|had|have|has|been|all|also|later|then"
    r"|reportedly|still|left)\s+){0,3})",
    regex.I,
)
