"""A figure set off after a fraction or a quantifier of a group.

"Most of the dead, some 610, were in Ostra", "A third of the dead, about
400, were children", "Half of the injured (1,800) were treated in Kessel":
the figure restates the part the words before it name, so it counts a part
of the group, never the whole.  Like every part (see
:func:`claimcheck.engine.scope.scope_of`) it may fit a claim but never
contradicts one.  It is so only for the measure word inside the part's
words ("of the dead"): the noun that names the part after the figure
("Nearly two-thirds of those killed, 97 people, were women", for a claim
on the women) is counted by it, as :func:`claimcheck.engine.scope.scope_of`
reads.  A figure after a comma with no such part before it ("the most
deaths, 2,950,") is read as usual.  A figure with no comma, dash or
bracket right before it, or no word of a part before that, costs one look.
"""

from __future__ import annotations

import regex

from claimcheck.engine.cues import Cues
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import BACKWARD, lazy

__all__ = ["apposed_part"]

#: how far before the figure the part's words may open
_REACH = 72
_MARK = lazy(r"[,(—–-]")
#: one of these stands in every part's words
_PART_WORDS = (
    "most", "many", "half", "third", "quarter", "fifth", "tenth", "majority",
    "minority", "bulk",
)  # fmt: skip
# "most of the dead, some", "a third of those killed (", "half of all
# victims —": a part of a group, then the mark that sets the figure off
_PART = lazy(
    r"\b(?P<part>(?:(?:nearly|almost|about|roughly|more\s+than|over|just\s+under"
    r"|well\s+over)\s+)?(?:most|many|half|a\s+(?:third|quarter|fifth|tenth"
    r"|majority|minority)|one[-\s](?:third|quarter|fifth|tenth)"
    r"|two[-\s](?:thirds|fifths)|three[-\s]quarters|the\s+(?:majority|bulk))"
    r"\s+of\s+(?:the|those|them|all|its|their)\b[^,;:()\d—–]{0,40}?)"
    r"\s*(?:,|\(|—|–|\s-)\s*(?:(?:some|about|around|roughly|nearly|almost"
    r"|more\s+than|over|at\s+least|an\s+estimated)\s+)?$",
    regex.I | BACKWARD,
)


def apposed_part(
    text: str, q: Quantity, start: int, *, cues: Cues | None = None
) -> tuple[int, int] | None:
    """The words naming the part of a group that ``q`` restates, set off
    after them, or None; ``start`` is where ``q``'s clause opens (with the
    clauses fronted before it), ``cues`` the article's."""
    # (a dash may cut the clause: the mark is looked for before its start)
    if _MARK.search(text, max(0, q.start - 24), q.start) is None:
        return None
    reach = max(0, start - _REACH, q.start - _REACH)
    if cues is not None and cues.lacks(reach, q.start, _PART_WORDS):
        return None
    m = _PART.search(text, reach, q.start)
    return m.span("part") if m is not None else None
