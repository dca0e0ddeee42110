"""A toll heading a long subject, its level verb after a list.

"The death toll in the crash involving the Harlow Express, the Dunmore Mail,
and a freight train has reached 212": the list's "and" cuts the sentence,
and the figure's clause ("and a freight train has reached 212") holds no
measure word.  A verb that reaches a level ("has reached", "rose to",
"climbed to", "stands at") right before the figure then takes the subject
heading the sentence: its first measure word, where no verb of its own (an
auxiliary, a verb of saying, another verb of a level), no other figure and
no other measure word stand between that word and the verb ("The death toll
was not known, and the number of passengers in hospital has risen to 212"
is the passengers'), nor a relative pronoun opening a clause of its own
("The death toll, which stood at 160 on Tuesday, has risen": an earlier level
the toll's own relative clause tells).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import BACKWARD, lazy

__all__ = ["far_subject"]

Span = tuple[int, int]

_LEVEL = lazy(
    r"(?:\b(?:has|have|had)\s+)?\b(?:(?:risen|rose|climbed|jumped|grown|grew"
    r"|increased|gone\s+up|went\s+up)\s+to|reached|(?:stands|stood)\s+at)\s+$",
    regex.I | BACKWARD,
)
#: the last word before the figure in every match of _LEVEL
_LAST = ("to ", "at ", "reached ")
# a verb of the subject's own, a figure, or a sentence's break between the
# measure word and the level verb
_BETWEEN = lazy(
    r"\d|[;:]|\b(?:is|are|was|were|be|been|being|has|have|had|will|would|could"
    r"|can|may|might|must|did|does|do|said|says|say|told|tells|reported|reports"
    r"|announced|added|confirmed|rose|risen|fell|fallen|reached|climbed|stood"
    r"|stands|jumped|dropped"
    # a relative clause's own verb: "The toll, which stood at 160 on Tuesday,"
    r"|which|who|whom|whose|that|where|when)\b",
    regex.I,
)
#: how far the level verb may stand from the measure word heading the sentence
_REACH = 300


def far_subject(
    text: str, q: Quantity, clause: Span, sentence: Span, hits: Sequence[Span]
) -> Span | None:
    """The measure word heading ``q``'s sentence (``hits``: those of the
    sentence that fit the figure), where the level verb right before ``q``
    in a clause without one is its verb; else None."""
    if not text[max(0, q.start - 8) : q.start].casefold().endswith(_LAST):
        return None
    if any(clause[0] <= h[0] < q.start for h in hits):
        return None  # the figure's clause names a measure of its own
    head = next((h for h in hits if sentence[0] <= h[0] < clause[0]), None)
    if head is None:
        return None
    level = _LEVEL.search(text, max(head[1], q.start - 40), q.start)
    if level is None or level.start() - head[1] > _REACH:
        return None
    if any(head[1] <= h[0] < level.start() for h in hits):
        return None
    if _BETWEEN.search(text, head[1], level.start()):
        return None
    return head
