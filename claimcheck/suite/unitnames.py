"""The unit a claim's measure words name, when they name one and nothing else.

An analyst may write what is counted as its unit ("measure: [years]",
"measure: [acres]") and leave ``unit`` out; the claim is then read in that
unit.
"""

from __future__ import annotations

from claimcheck.engine.numbers.units import canonical_unit
from claimcheck.engine.terms import Terms

__all__ = ["unit_named"]


#: measure words that name a unit and something else too: a score's or an
#: index's points, the pound sterling, an angle
_TWO_SENSES = frozenset(
    "point points pound pounds degree degrees stone stones mark marks".split()
)


def unit_named(measure: Terms) -> str | None:
    """The unit every word of ``measure`` names ("measure: [years]": what is
    counted is the unit itself), or None: words of no unit, of two units,
    or of a unit with another sense ("points", "pounds")."""
    texts = [term.text.strip().casefold() for term in measure.terms]
    if any(len(t) < 3 or t in _TWO_SENSES for t in texts):
        return None
    named = {canonical_unit(t) for t in texts}
    return named.pop() if len(named) == 1 else None
