"""The two sides of a share: those that ran, and those that did not.

"80 percent of services were cancelled" says that 20 percent ran; "left 80%
of trains idle", "80% of trains did not run" say the same.  A share of a
noun whose verb says it stopped (:func:`stopped_side`) is the other side of
a share of those that ran: a claim whose measure speaks of running
(:func:`speaks_of_running`, "trains ran", "services running") reads it as
100 less the figure (:func:`other_side`); any other claim on the noun
counts it only where it fits, and never as a contradiction (a claim "80% of
trains" may mean either side).  A claim whose context or measure names the
stopping itself ("cancelled") reads the figure as written.
"""

from __future__ import annotations

import regex

from claimcheck.engine.cues import Cues
from claimcheck.engine.numbers.interval import Interval
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import lazy
from claimcheck.engine.terms import Terms

__all__ = ["other_side", "speaks_of_running", "stopped_side"]

Span = tuple[int, int]

_STOPPED = (
    r"(?:cancell?ed|halted|suspended|scrapped|axed|grounded|idled|idle|stopped"
    r"|shut|closed|offline|down|out\s+of\s+(?:service|action|use)"
    r"|(?:not|n't)\s+(?:be\s+)?(?:running|run|operating|operate|operated"
    r"|in\s+service))"
)
# after the noun: "of services were cancelled", "of trains did not run",
# "of services idle" (after "left"); the noun is at most three words
_STOPPED_AFTER = lazy(
    rf"\s+of\s+(?:(?:the|its|their|all)\s+)?(?:[^\W\d_][\w'’-]*\s+){{0,2}}"
    rf"[^\W\d_][\w'’-]*\s+(?:(?:were|was|are|is|had\s+been|have\s+been|has\s+been"
    rf"|stood|stayed|remained|sat|did|do|does|have|had)\s+)?"
    rf"(?P<side>{_STOPPED})\b",
    regex.I,
)
# before it: "cancelled 80% of services", "halted some 80% of trains"
_STOPPED_BEFORE = lazy(
    r"\b(?P<side>cancell?ed|halted|suspended|scrapped|axed|grounded|idled|stopped"
    r"|shut\s+down)\s+(?:(?:some|about|around|nearly|almost|roughly|over|more"
    r"\s+than)\s+)?$",
    regex.I,
)
_WORDS = (
    *"cancel halt suspend scrap axe grounded idle stop shut closed".split(),
    *"offline out not n't".split(),
)
_RUNNING = lazy(
    r"\b(?:ran|run|runs|running|operated|operating|operates|in\s+service"
    r"|on\s+time)\b",
    regex.I,
)


def stopped_side(
    text: str, q: Quantity, bound: Span, end: int, *, cues: Cues | None = None
) -> Span | None:
    """The words saying that the share ``q`` of the noun ``bound`` stopped,
    or None: "80 percent of services were cancelled", "80% of trains did not
    run", "cancelled 80% of services".  Only a percentage counting a noun
    after it qualifies."""
    if q.unit != "%" or bound[0] < q.end:
        return None
    lead = max(0, q.start - 30)
    if cues is not None and cues.lacks(lead, min(end, q.end + 80), _WORDS):
        return None
    after = (
        _STOPPED_AFTER.match(text, q.end, end)
        if text.startswith(" of ", q.end)
        else None
    )
    if after is not None and bound[1] <= after.start("side"):
        return after.span("side")
    before = _STOPPED_BEFORE.search(text, lead, q.start)
    return before.span("side") if before is not None else None


def speaks_of_running(measure: Terms) -> bool:
    """Whether a claim's measure names those that ran ("trains ran",
    "services running", "operated")."""
    return measure.names("speaks of running", _RUNNING)


def other_side(interval: Interval) -> Interval:
    """The share on the other side of a percentage: 100 less it."""
    return Interval(
        low=None if interval.high is None else 100 - interval.high,
        high=None if interval.low is None else 100 - interval.low,
        low_inclusive=interval.high_inclusive,
        high_inclusive=interval.low_inclusive,
    )


# "80% of trains were late": the share has a verb of its own
_SAID_AFTER = lazy(
    r"\s+of\s+(?:(?:the|its|their|all)\s+)?(?:[^\W\d_][\w'’-]*\s+){0,2}"
    r"[^\W\d_][\w'’-]*\s+(?:were|was|are|is|had\s+been|have\s+been|has\s+been"
    r"|arrived|left|came|ran)\s+(?P<said>[^\W\d_][\w'’-]*)",
    regex.I,
)


def said_otherwise(text: str, q: Quantity, bound: Span, end: int) -> Span | None:
    """The words of another state that the share ``q`` of the noun ``bound``
    is in ("80% of trains were late", "arrived late"): for a claim on those
    that ran, that is another measure.  None when its verb is one of running
    ("ran on time", "were running")."""
    if q.unit != "%" or bound[0] < q.end or not text.startswith(" of ", q.end):
        return None
    m = _SAID_AFTER.match(text, q.end, end)
    if m is None or m.start("said") < bound[1]:
        return None
    said = text[m.start("said") : m.end("said")]
    verb = text[m.start("said") - 8 : m.start("said")]
    if _RUNNING.search(said) or _RUNNING.search(verb):
        return None
    return m.span("said")
