"""Lengths dug so far, and lengths still to go: parts of a dig's whole.

"Rescuers have drilled 38 metres", "the shaft has been drilled to 38
metres", "38 metres have been bored", "Drilling stopped at 38 metres", "10
to 12 metres to go", "9 metres of rock remain", "reached a depth of 38
metres, with 9 metres left to drill": a length a tunnel, shaft or trench has
been dug to, or still lacks, is a part of its full length, not the length
itself.  Like any part it supports a claim it fits ("drilled to 58 metres",
once the dig is through) and contradicts none.
"""

from __future__ import annotations

import regex

from claimcheck.engine.cues import Cues
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.numbers.units import dimension
from claimcheck.engine.patterns import lazy

__all__ = ["dug_part"]

Span = tuple[int, int]

_DIG = r"(?:drill\w*|bor(?:ed|ing)|dug|dig(?:s|ging)?|excavat\w*)"
# "have drilled", "has been drilled to", "dug the shaft", "Drilling of the
# shaft stopped at": the dig, at most five words before the figure
_DUG_BEFORE = lazy(
    rf"\b(?P<words>{_DIG})\b(?:\s+(?![.;])[\w'’-]+){{0,5}}?\s+"
    r"(?:(?:about|some|nearly|almost|roughly|around|only|just)\s+)?$",
    regex.I,
)
# "38 metres have been drilled", "38 metres were dug"
_DUG_AFTER = lazy(
    rf"\s+(?P<words>(?:(?:have|has|had)\s+been|were|was|are\s+now)\s+{_DIG})\b",
    regex.I,
)
# "10 to 12 metres to go", "9 metres left to drill", "9 metres of rock
# remain", "the remaining 9 metres"
# ("The bridge's 58 metres remain closed" is no dig: "remain" and "left"
# must look ahead to digging)
_TO_GO = lazy(
    r"(?:\s+of\s+[^\W\d_]+)?\s+(?P<words>to\s+go|still\s+to\s+\w+|outstanding"
    r"|(?:remain\w*|left)(?=\s+(?:to\s+(?:be|go|dig|drill|bore)|before|until)\b"
    r"|\s*[.,;]|\s*$))\b",
    regex.I,
)
_REMAINING_BEFORE = lazy(r"\b(?P<words>remaining|last|final)\s+$", regex.I)
# "reached a depth of 38 metres, with 9 metres left to drill": a level
# reached, with what is still to dig after it
_REACHED = lazy(
    r"\b(?P<words>reach\w*|stood\s+at|stopped\s+at|got\s+to|is\s+now\s+at)\b",
    regex.I,
)
_STILL_TO_DIG = lazy(
    r"\bwith\s+(?:about\s+|some\s+|another\s+|roughly\s+)?[\d.,]+(?:\s+to\s+[\d.,]+)?"
    r"\s+[^\W\d_]+\s+(?:to\s+go|left|remaining|still\s+to)\b",
    regex.I,
)
_STOP = lazy(r"[.;!?]")
#: words one of which a match of the patterns above holds
_WORDS = (
    "drill", "bor", "dug", "dig", "excavat", "to go", "left", "still", "remain",
    "outstanding", "last", "final",
)  # fmt: skip
#: how far around the figure the words may stand
_REACH = 60


def dug_part(
    text: str,
    q: Quantity,
    bound: Span,
    start: int,
    end: int,
    *,
    cues: Cues | None = None,
) -> Span | None:
    """The words making ``q``, a length in its clause ``text[start:end]``, a
    length dug so far or still to dig, or None.  A claim that measures the
    dig itself ("drilled", ``bound``) reads the figure as its own."""
    if q.unit is None or dimension(q.unit) != "length":
        return None
    lead, tail = max(start, q.start - _REACH), q.end + _REACH
    if cues is not None and cues.lacks(lead, tail, _WORDS):
        return None
    found = (
        _DUG_BEFORE.search(text, lead, q.start)
        or _REMAINING_BEFORE.search(text, lead, q.start)
        or _DUG_AFTER.match(text, q.end, end)
        or _TO_GO.match(text, q.end, end)
    )
    if found is None:
        reached = None
        for reached in _REACHED.finditer(text, lead, q.start):  # noqa: B007
            pass
        # what is still to dig may stand in the clause after, in its sentence
        still = (
            _STILL_TO_DIG.search(text, q.end, q.end + _REACH)
            if reached is not None
            else None
        )
        if still is not None and not _STOP.search(text, q.end, still.start()):
            found = reached
    if found is None:
        return None
    words = found.span("words")
    if bound[0] < words[1] and bound[1] > words[0]:
        return None
    return words
