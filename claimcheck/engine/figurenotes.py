"""Notes opened after a figure, whose measure words it does not count.

A bracket opened after the figure and not closed before the measure word
("Homes destroyed: 412 (of 1,050 damaged)") says nothing of what 412
counts.  Nor does a purpose clause: "cut the rate it charges on deposits
down to minus 0.5 per cent to make holding krona less attractive",
"lowered the fuel tax to 12 per cent in order to keep petrol prices down":
the words after "to make", "in order to", "so as to" tell the act's aim,
and a measure word among them ("krona", "petrol prices") is not what the
figure counts.  Only "to" before a verb that news uses for an aim opens
one: "down to minus 0.5 per cent" and "to its strongest level" give a
level or a point, not an aim.
"""

from __future__ import annotations

from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import lazy

__all__ = ["in_note"]

Span = tuple[int, int]

# "to make", "in order to keep", "so as to ease"
_PURPOSE = lazy(
    r"\b(?:(?:in\s+order|so\s+as)\s+to\s+\w+"
    r"|to\s+(?:make|keep|help|stop|prevent|avoid|discourage|encourage|ensure"
    r"|curb|protect|support|ease|boost|fight|counter|deter|limit|slow|stem"
    r"|tame|cool|shield|defend|weaken|strengthen|attract|lure)\b)"
)


def in_note(text: str, q: Quantity, h: Span) -> bool:
    """Whether the measure word ``h`` stands in a note opened after ``q``: a
    bracket or a purpose clause (see the module's docstring)."""
    if h[0] < q.end:
        return False
    opened = text.rfind("(", q.end, h[0])
    if opened >= 0 and text.find(")", opened, h[0]) < 0:
        return True
    stretch = text[q.end : h[0]]
    return "to" in stretch and _PURPOSE.search(stretch.casefold()) is not None
