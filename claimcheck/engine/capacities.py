"""Figures that give what a vessel or vehicle can carry, not what it carried.

"Some 3,900 containers were aboard the 8,000-container Vessa Crown", "the
300-passenger ferry sank with 260 aboard": the number joined to its noun
before a vessel's or vehicle's name is its size, a property of the thing
(as "a 44-tonne lorry" is), not a count of the load it had.  Such a figure
never contradicts a claim on the load, and fits one on the capacity.
"""

from __future__ import annotations

import regex

from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import lazy
from claimcheck.engine.terms import Terms

__all__ = ["capacity_of", "names_limit"]

Span = tuple[int, int]

# the noun of the load, joined to the number ("8,000-container"), up to two
# words (a name, a kind), then the vessel or vehicle
_VESSEL = lazy(
    r"[^\W\d_][\w'’]*(?:\s+(?!(?:and|or|of|in|on|at|with|was|were|is|are)\b)"
    r"[^\W\d_][\w'’-]*){0,2}?\s+(?P<thing>(?:container\s+)?ships?|vessels?"
    r"|freighters?|carriers?|tankers?|ferry|ferries|boats?|liners?|barges?"
    r"|planes?|jets?|airliners?|aircraft|buses|bus|coach(?:es)?|trains?"
    r"|lorry|lorries|trucks?)\b"
    # "the 400-passenger Lindqvist sank": the vessel's name, before a verb or
    # a stop
    r"|[^\W\d_][\w'’]*\s+(?P<thing>(?-i:\p{Lu}\p{Ll}+)(?:\s+(?-i:\p{Lu}\p{Ll}+)){0,2})"
    r"(?=\s*[,.;:)]|\s+(?:was|is|had|has|sank|capsized|ran|grounded|struck|hit"
    r"|left|sailed|docked|arrived|carried|carrying|with|when|off)\b)",
    regex.I,
)
# a claim's measure naming a limit itself: "insured limit", "insures",
# "deposit cap", "maximum payout", "capacity"
_LIMIT_MEASURE = lazy(
    r"\b(?:limits?|caps?|ceilings?|maxim(?:um|a|ums)|capacity|insur\w*|guarant\w*"
    r"|cover(?:s|ed|age)?)\b",
    regex.I,
)
#: a vehicle's own fittings, which its size counts as a whole ("a 52-seat coach")
_FITTINGS = frozenset("seat seats bed beds berth berths cabin cabins".split())


def capacity_of(text: str, q: Quantity, bound: Span, end: int) -> Span | None:
    """The vessel or vehicle whose size ``q`` gives, joined by a hyphen to
    the measure word ``bound`` ("an 8,000-container ship"), read up to
    ``end``; None when it is no such compound."""
    if q.unit is not None or bound[0] != q.end + 1 or text[q.end : q.end + 1] != "-":
        return None
    if text[bound[0] : bound[1]].casefold() in _FITTINGS:
        return None
    m = _VESSEL.match(text, bound[0], end)
    if m is None:
        return None
    return m.span("thing")


def names_limit(measure: Terms) -> bool:
    """Whether a claim's measure names a limit or what a thing holds ("limit",
    "insures", "capacity"): for a claim on the limit itself, a figure put as
    a limit ("insures deposits up to $250,000") is stated, not supposed."""
    return measure.names("names limit", _LIMIT_MEASURE)
