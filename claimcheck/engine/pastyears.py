"""Another event told as an earlier year's or a previous one.

"Last year's floods killed 212 people in the same valley", "The previous
flood, in 2016, killed 350", "Two years ago, a storm killed 350 people": the
figure counts that event, not the story's, whatever its verb (see
:func:`earlier_event`; :func:`claimcheck.engine.scope.scope_of` marks it
"event", which neither supports nor contradicts).  "This year's floods" and
"last week's floods" stay the story's own: an article tells its own event
by the week, an earlier one by the year.
"""

from __future__ import annotations

import regex

from claimcheck.engine.cues import Cues
from claimcheck.engine.earlier import EVENT_NOUNS
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import lazy

__all__ = ["earlier_event"]

Span = tuple[int, int]

_EARLIER_EVENT = lazy(
    # "last year's floods", "last decade's worst flood"
    r"\b(?P<when>(?:last|previous|prior|preceding)\s+(?:year|decade)['’]s)\s+"
    rf"(?:[^\W\d_][\w-]*\s+){{0,2}}?{EVENT_NOUNS}\b"
    # "the previous flood", "an earlier quake"
    r"|\b(?:the|a|an|its|their)\s+(?P<when>previous|prior|preceding|earlier)\s+"
    rf"(?:[^\W\d_][\w-]*\s+)?{EVENT_NOUNS}\b(?!['’]s)"
    # "Two years ago", "three decades earlier"
    # ("a year ago" may date the story's own event, an anniversary's)
    r"|\b(?P<when>(?:two|three|four|five|six|seven|eight|nine|ten|\d+|a\s+few"
    r"|several)\s+(?:years|decades)\s+(?:ago|earlier))\b",
    regex.I,
)
#: one of these stands in every match of :data:`_EARLIER_EVENT`
_WORDS = ("'s", "’s", "previous", "prior", "preceding", "earlier", "ago")
#: how far before the figure the event's words are sought
_LOOKBACK = 120


def earlier_event(
    text: str, q: Quantity, start: int, *, cues: Cues | None = None
) -> Span | None:
    """The words naming an earlier year's or a previous event before ``q``
    in its clause and the clauses fronted before it (from ``start``)."""
    lead = max(start, q.start - _LOOKBACK)
    if cues is not None and cues.lacks(lead, q.start, _WORDS):
        return None
    found = None
    for found in _EARLIER_EVENT.finditer(text, lead, q.start):  # noqa: B007
        pass
    # the time words alone: a claim whose context names the event
    # ("cholera") still reads them as another event's
    return None if found is None else found.span("when")
