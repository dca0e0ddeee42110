"""A duration a measure word takes past its object: a term served; a
duration an ending gives.

"A court jailed the former mayor for 12 years", "sentenced him to 12 years",
"banned the driver for three years": the verb's object stands between it
and the duration, so the verb is not right before the number (the
``object`` rule of :mod:`claimcheck.engine.binding`), yet the duration is
what the verb measures.  Only a claim's own measure word takes it so: a
built-in event word never does ("killed two people for 40 minutes" binds
nothing).

A thing's end gives how long it lasted (:func:`ended_after`): "the walkout
ended after a fortnight" (the duration in a clause of its own after the
ending), "the crossing reopened three weeks after it was closed" (the
start in a clause of its own after the duration).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import lazy

__all__ = ["TIME_UNITS", "TIME_WORDS", "ended_after", "term_of"]

Span = tuple[int, int]

#: the units of a duration
TIME_UNITS = frozenset({"s", "min", "h", "d", "wk", "mo", "yr", "decade", "century"})
#: the names of the units of time a length is joined by ("a 48-hour
#: stoppage"): a suite measuring one of them reads the paragraphs holding any
TIME_WORDS = frozenset(
    "second minute hour day week fortnight month year decade".split()
)

# the verb's object, then "for" or "to": "jailed the former mayor for ",
# "sentenced him to ", "banned all three for a total of "
_OBJECT_THEN_TERM = lazy(
    r"(?:\s+(?!(?:and|but|or|who|which|after|before|while|when)\b)[\w'’-]+){1,5}?"
    r"\s+(?:for|to)\s+(?:a\s+(?:total|term|period)\s+of\s+)?$",
    regex.I,
)


def term_of(text: str, hit: Span, q: Quantity, generic: Callable[[Span], bool]) -> bool:
    """Whether the measure word at ``hit`` takes the duration ``q`` past its
    object ("jailed the former mayor for 12 years")."""
    if generic(hit):
        return False
    return _OBJECT_THEN_TERM.fullmatch(text, hit[1], q.start) is not None


_HEDGES = (
    r"(?:(?:about|around|some|nearly|almost|roughly|only|just|more\s+than"
    r"|less\s+than|over|under)\s+)*"
)
# "after a fortnight", "after more than 40 days": the duration's own clause
_AFTER_LEAD = lazy(r"\s*after\s+" + _HEDGES + "$", regex.I)
# the clause before ends with its thing's end: "The walkout at Tallis ended"
_ENDED = lazy(
    r"\s+(?:(?:has|had|was|were|have)\s+(?:been\s+)?)?(?:finally\s+)?"
    r"(?:ended|finished|stopped|ceased|collapsed|called\s+off|lifted|broke\s+up"
    r"|came\s+to\s+an\s+end|wound\s+up)\s*[,.;!]?\s*$",
    regex.I,
)
# "reopened three weeks", "were freed 17 days": a start's undoing, then the
# duration ending its clause
_UNDONE = lazy(
    r"\b(?:reopened|resumed|restarted|reconvened|ended|lifted|freed|released"
    r"|rescued)\s+" + _HEDGES + "$",
    regex.I,
)
# "after it was closed", "after the men were trapped": the start, the
# clause's last words
_AFTER_START = lazy(
    r"\s*after\s+(?:[\w'’-]+\s+){1,3}?(?:(?:was|were|had\s+been|has\s+been"
    r"|first)\s+)?$",
    regex.I,
)
_CLOSES = lazy(r"[\s.,;:!?)]*$")
_OPENS_AFTER = lazy(r"\s*after\b", regex.I)


def ended_after(
    text: str,
    q: Quantity,
    clauses: Sequence[Span],
    at: int,
    hits_in: Callable[[Span], list[Span]],
) -> Span | None:
    """The measure word whose thing lasted the duration ``q`` (in
    ``clauses[at]``), by its end: "the walkout ended after a fortnight",
    "reopened three weeks after it was closed"; None otherwise."""
    if q.unit not in TIME_UNITS:
        return None
    clause = clauses[at]
    # every form has "after" open the duration's clause or the next one
    lead_after = _OPENS_AFTER.match(text, clause[0], q.start) is not None
    next_after = (
        at + 1 < len(clauses)
        and _OPENS_AFTER.match(text, clauses[at + 1][0], clauses[at + 1][1]) is not None
    )
    if not (lead_after or next_after):
        return None
    if lead_after and at > 0 and _AFTER_LEAD.fullmatch(text, clause[0], q.start):
        return _ended_in(text, clauses[at - 1], hits_in)
    if not next_after:
        return None
    if (
        at + 2 < len(clauses)
        and not text[clause[0] : q.start].strip()
        and not text[q.end : clause[1]].strip()
    ):
        # "Two weeks after the gallery fell in, the search was called off":
        # the time from the start to the end of the thing the sentence ends
        return _ended_in(text, clauses[at + 2], hits_in)
    if (
        at + 1 < len(clauses)
        and not text[q.end : clause[1]].strip()
        and _UNDONE.search(text, clause[0], q.start)
    ):
        after = clauses[at + 1]
        for h in hits_in(after):
            if _AFTER_START.fullmatch(text, after[0], h[0]) and _CLOSES.match(
                text, h[1], after[1]
            ):
                return h
    return None


def _ended_in(
    text: str, clause: Span, hits_in: Callable[[Span], list[Span]]
) -> Span | None:
    """The last measure word of ``clause`` before the end it closes with
    ("The walkout at Tallis ended"), if it closes with one."""
    hits = hits_in(clause)
    ended = _ENDED.search(text, clause[0], clause[1]) if hits else None
    if ended is None:
        return None
    found = [h for h in hits if h[1] <= ended.start()]
    return found[-1] if found else None
