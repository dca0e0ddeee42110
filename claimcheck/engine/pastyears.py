"""Another event told as an earlier year's or a previous one.

"A 2003 heatwave killed some 70,000" where the article gives a later year
(:func:`year_event`), or tells it at the same place ("The 2019 floods in
the same valley killed 98").

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
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import lazy

__all__ = ["earlier_event", "event_of_year", "own_year", "year_event"]

Span = tuple[int, int]

# "A 2003 heatwave killed some 70,000", "the 2014 floods destroyed 3,900
# homes": an event a year names, before the figure in its clause
_EVENTS = (
    r"(?:heatwaves?|heat\s+waves?|floods?|flooding|earthquakes?|quakes?|storms?"
    r"|typhoons?|hurricanes?|cyclones?|fires?|wildfires?|blazes?|droughts?"
    r"|landslides?|mudslides?|avalanches?|tsunamis?|eruptions?|epidemics?"
    r"|outbreaks?|pandemics?|crash|collision|derailment|disaster|tragedy"
    r"|attacks?|bombings?|blasts?|explosions?|sinking|collapse|stampede|crush"
    r"|elections?|vote|referendum|war|crisis|famine|season|fine|strike)"
)
_YEAR_EVENT = lazy(
    rf"\b(?:a|an|the|its|that|this)\s+(?P<year>(?:19|20)\d\d)(?:['’]s)?\s+"
    rf"(?:[^\W\d_][\w-]*\s+)?{_EVENTS}\b",
    regex.I,
)
# "The Dallow disaster of 1987", "in the flood of 1987": the year after the
# event's name
_EVENT_OF_YEAR = lazy(
    rf"\b(?:a|an|the|that)\s+(?:[^\W\d_][\w-]*\s+){{0,2}}{_EVENTS}\s+of\s+"
    r"(?P<year>(?:19|20)\d\d)\b(?!\s*[-–])",
    regex.I,
)
_YEAR = lazy(r"\b(?:19|20)\d\d\b")
#: "of 1987", which every match of _EVENT_OF_YEAR ends with
_OF_YEAR = lazy(r"\bof\s+(?:19|20)\d\d\b(?!\s*[-–])")
#: how far before "of 1987" the event's name may start
_NAME_REACH = 60
_YEAR_LOOKBACK = 120
_HAD = lazy(r"\bhad\s+(?:(?:not|already|only|just|also)\s+)*(?!to\b)\w+", regex.I)
_SAME = lazy(r"\b(?:the|that)\s+same\s+[^\W\d_]", regex.I)


def year_event(text: str, q: Quantity, start: int) -> Span | None:
    """The year naming an event of an earlier year before ``q`` in its clause
    (from ``start``): "A 2003 heatwave killed some 70,000".  The year must be
    earlier than another the article gives, so "the 2024 floods" in a story
    of 2024 stay the story's own, or the verb after it in the pluperfect ("a
    2009 blaze had killed 11")."""
    lead = max(start, q.start - _YEAR_LOOKBACK)
    if _YEAR.search(text, lead, q.start) is None:
        return None
    named = None
    for named in _YEAR_EVENT.finditer(text, lead, q.start):  # noqa: B007
        pass
    if named is None:
        return None
    year = int(named.group("year"))
    if not any(int(y.group()) > year for y in _YEAR.finditer(text)) and not (
        # "a 2009 blaze had killed 11": the pluperfect puts it before the story;
        # "the 2019 floods in the same valley": another event at its place
        _HAD.search(text, named.end(), q.start)
        or _SAME.search(text, named.end(), q.start)
    ):
        return None
    # the year alone: a claim whose context names the event ("heatwave")
    # still reads the year as another event's
    return named.span("year")


def event_of_year(text: str, q: Quantity, start: int) -> Span | None:
    """The year of "the Dallow disaster of 1987" before ``q`` in its clause
    (from ``start``): an event the article names by its year is another than
    the story's, unless the article gives that year elsewhere (its own date)
    and none later."""
    lead = max(start, q.start - _YEAR_LOOKBACK)
    last = None
    for last in _OF_YEAR.finditer(text, lead, q.start):  # noqa: B007
        pass
    if last is None:
        return None
    named = None
    for named in _EVENT_OF_YEAR.finditer(  # noqa: B007
        text, max(lead, last.start() - _NAME_REACH), last.end()
    ):
        pass
    if named is None:
        return None
    if own_year(text, int(named.group("year"))):
        return None
    return named.span("year")


def own_year(text: str, year: int) -> bool:
    """Whether ``year`` is the story's own: the article gives it more than
    once (its date, beside the mention at hand) and no later year."""
    years = [int(y.group()) for y in _YEAR.finditer(text)]
    return years.count(year) > 1 and not any(y > year for y in years)


_EARLIER_EVENT = lazy(
    # "last year's floods", "last decade's worst flood"
    r"\b(?P<when>(?:last|previous|prior|preceding)\s+(?:year|decade)['’]s)\s+"
    rf"(?:[^\W\d_][\w-]*\s+){{0,2}}?{_EVENTS}\b"
    # "the previous flood", "an earlier quake"
    r"|\b(?:the|a|an|its|their)\s+(?P<when>previous|prior|preceding|earlier)\s+"
    rf"(?:[^\W\d_][\w-]*\s+)?{_EVENTS}\b(?!['’]s)"
    # "Two years ago", "three decades earlier"
    # ("a year ago" may date the story's own event, an anniversary's)
    r"|\b(?P<when>(?:two|three|four|five|six|seven|eight|nine|ten|\d+|a\s+few"
    r"|several)\s+(?:years|decades)\s+(?:ago|earlier))\b"
    # "Last year, 31 people died", "A year earlier, 29 died": not a base a
    # change is compared with ("up from 31 last year", "since last year")
    r"|(?<!\b(?:since|from|on|than|with|over|to|until|till)\s+)"
    r"\b(?P<when>(?:last|previous|prior|preceding)\s+year"
    r"|a\s+year\s+(?:earlier|before))\b(?!['’])",
    regex.I,
)
#: one of these stands in every match of :data:`_EARLIER_EVENT`
_WORDS = (
    "'s", "’s", "previous", "prior", "preceding", "earlier", "ago", "last year",
    "year before",
)  # fmt: skip
_SINCE = lazy(r"\bsince\b", regex.I)
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
    if (
        found is not None
        and "year" in found.group("when")[-6:]
        and _SINCE.search(text, lead, found.start())
    ):
        # "Since joining the war last year, 40 were hurt": the start of a
        # running count, not another year's
        return None
    # the time words alone: a claim whose context names the event
    # ("cholera") still reads them as another event's
    return None if found is None else found.span("when")
