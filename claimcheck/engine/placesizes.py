"""A place's people told with "of" before the figure.

"a population of about 34,500", "in a country of about 200,000 people",
"Osla, a town of 12,000": the number of people living in a place, not those
an event befell (see :mod:`claimcheck.engine.populations` for "home to" and
"live in").  A claim whose measure is the population ("population",
"inhabitants" after the figure) still reads it: its measure word then
stands in these words or is the figure's own noun.
"""

from __future__ import annotations

import regex

from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import lazy

__all__ = ["place_size"]

Span = tuple[int, int]

# "a population of", "a country of", "a fishing town of": a place (or its
# people) and "of" right before the figure (whose hedges the figure holds)
_OF = lazy(
    r"\b(?:population|populace|country|nation|state|city|town|village|island"
    r"|province|region|district|county|community|municipality|capital)\s+of\s+$",
    regex.I,
)
#: the most characters the place's word and "of" take before the figure
_LEAD = 32
#: the words a figure's own noun names the people of a place by
_PEOPLE = frozenset({"people", "inhabitants", "residents", "souls"})


def place_size(text: str, q: Quantity, bound: Span) -> Span | None:
    """The words naming a place whose people ``q`` counts ("a population
    of", "a town of"), or None; never when the measure word ``bound`` the
    figure counts stands in them ("a population of 200,000" for a claim on
    the population) or is a noun of its own after it ("a town of 5,000
    homes" counts homes)."""
    if q.unit is not None:
        return None
    # "of" right before the figure, tested before the pattern runs
    if not text[max(0, q.start - 4) : q.start].rstrip().endswith("of"):
        return None
    m = _OF.search(text, max(0, q.start - _LEAD), q.start)
    if m is None or m.start() <= bound[0] < m.end():
        return None
    if bound[0] >= q.end:
        noun = text[bound[0] : bound[1]].casefold()
        if noun not in _PEOPLE and regex.match(r"\s*$", text[q.end : bound[0]]):
            return None
    return m.span()
