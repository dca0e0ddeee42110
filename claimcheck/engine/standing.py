"""Standing figures of an organisation or a place: its workforce, its
yearly traffic.

"Mirel airport, which handles 31 million passengers a year", "Orvan Air
carries some 14 million passengers annually", "Hollin General treats about
70,000 patients a year": what a place or a carrier sees in an ordinary
year is a property of it, not a count of the story's event (the passengers
an outage stranded, the patients a fire moved).  So is a workforce:
"Tarrow Steel employs 12,000 people", "a workforce of 12,000", "With 12,000
employees, Tarrow is ...", beside the jobs a cut takes.  A year's traffic
fits a claim on it and never contradicts the story's count
(:func:`claimcheck.engine.scope.scope_of` marks it "standing").  A
workforce is as often the fact a claim states ("the union's 11,500
members"), so it is the whole (scope "workforce") unless the claim counts
those an act touched: its measure or context names a cut, a lay-off, a
strike or a hiring ("job cuts", "walked out"; see :func:`counts_an_act`).

A yearly figure stays the amount without a verb of traffic ("savings of
EUR 4 billion a year", "600 trainees a year": see
:mod:`claimcheck.engine.rates`), and so does a claim whose own measure says
yearly ("passengers a year"): the yearly words then stand inside the
measure word the figure counts.
"""

from __future__ import annotations

from typing import Literal

import regex

from claimcheck.engine.cues import Cues
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import lazy
from claimcheck.engine.terms import Terms

__all__ = ["counts_an_act", "standing_figure"]

Span = tuple[int, int]

# a verb of ordinary traffic right before the figure (a hedge may stand
# between: "handles some", "welcomes more than" are the figure's own words)
_TRAFFIC = lazy(
    r"\b(?:handl(?:es|ed|ing)|handle|carr(?:ies|ied|ying|y)|fl(?:ies|ying|ew)"
    r"|serv(?:es|ed|ing)|treat(?:s|ed|ing)?|welcom(?:es|ed|ing)|sees|receiv(?:es|ing)"
    r"|transport(?:s|ed|ing)?|process(?:es|ed|ing)?|attract(?:s|ed|ing)?"
    r"|draws|hosts)\s+$",
    regex.I,
)
# the yearly words after the figure or its measure word, or "annual" between
_YEARLY = lazy(
    r"\s*(?:(?:a|per|each|every)\s+year|annually|yearly|a-year)\b"
    r"(?!\s*(?:ago|earlier|before|later)\b)",
    regex.I,
)
_ANNUAL = lazy(r"\s+(?:annual|yearly)\s+$", regex.I)
# a workforce: "employs 12,000", "a workforce of 12,000", "a staff of 400";
# a union's members: "represents 120,000 nurses"
_EMPLOYS = lazy(
    r"\b(?:employ(?:s|ed|ing)?|represent(?:s|ed|ing)?"
    r"|(?:a|an|its|their|the)\s+(?:[\w-]+\s+)?(?:workforce|staff|headcount|payroll)"
    r"\s+of)\s+$",
    regex.I,
)
# "Tarrow has 12,000 staff", "With 12,000 employees, Tarrow is": a count
# of the people on its payroll after "has", or after "with" opening the clause
#: one of these stands in every match of _EMPLOYS (the test before it)
_EMPLOY_WORDS = ("employ", "represent", "workforce", "staff", "headcount", "payroll")
_HAS = lazy(r"\b(?:has|have|had)\s+$", regex.I)
_WITH_OPENING = lazy(r"\W*with\s+", regex.I)
#: the nouns a workforce is counted in
_STAFF = frozenset("employees staff workers people personnel members".split())
_STRONG = lazy(r"-strong\s+(?:work\s*force|workforce|staff)\b", regex.I)
#: how far before the figure the verb or the workforce's words may start
_REACH = 40


def standing_figure(
    text: str, q: Quantity, start: int, end: int, *, bound: Span, cues: Cues | None
) -> tuple[Literal["standing", "workforce"], Span] | None:
    """What makes ``q``, in its clause ``text[start:end]`` counting the
    measure word ``bound``, an organisation's or a place's standing figure:
    "standing" and the words of its yearly traffic, "workforce" and the
    words of its workforce; or None."""
    if q.unit is not None:
        return None
    lead = max(start, q.start - _REACH)
    tail = min(end, max(q.end, bound[1]) + 24)
    folded = None if cues is None else cues.folded
    # one slice around the figure, and a test per word, before any pattern
    around = "" if folded is None else folded[lead:tail]
    if folded is None or "year" in around or "annual" in around:
        yearly = _yearly(text, q, tail, bound)
        if yearly is not None:
            verb = _TRAFFIC.search(text, lead, q.start)
            if verb is not None:
                return "standing", (verb.start(), yearly[1])
    if folded is None or _any_in(around, _EMPLOY_WORDS):
        employs = _EMPLOYS.search(text, lead, q.start)
        if employs is not None:
            return "workforce", (employs.start(), q.end)
    if text.startswith("-strong", q.end):
        strong = _STRONG.match(text, q.end, end)
        if strong is not None:
            return "workforce", (q.start, strong.end())
    if bound[0] >= q.end and text[bound[0] : bound[1]].casefold() in _STAFF:
        if cues is None or not cues.lacks(max(lead, q.start - 6), q.start, ("ha",)):
            has = _HAS.search(text, lead, q.start)
            if has is not None:
                return "workforce", (has.start(), bound[1])
        if (
            cues is None or not cues.lacks(start, q.start, ("with",))
        ) and _WITH_OPENING.fullmatch(text, start, q.start) is not None:
            return "workforce", (start, bound[1])
    return None


def _any_in(stretch: str, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` stands in ``stretch`` (a loop: no generator)."""
    for word in words:  # noqa: SIM110
        if word in stretch:
            return True
    return False


# the acts on a workforce a claim may count: "job cuts", "laid off",
# "walked out", "strikers", "new hires"
_ACT = lazy(
    r"\b(?:cut|cuts|axed?|lay(?:s|ing)?\s+off|laid\s+off|lay-?offs?|redundan\w*"
    r"|shed\w*|los(?:e|es|t|ing)|eliminat\w*|strik\w*|struck|walk(?:ed|ing|s)?\s+out"
    r"|walk-?outs?|furlough\w*|fir(?:ed|ing)|dismiss\w*|hir(?:e|es|ed|ing)"
    r"|recruit\w*|go|going)\b",
    regex.I,
)


def counts_an_act(measure: Terms, context: tuple[Terms, ...]) -> bool:
    """Whether a claim's measure or context words name an act ("job cuts",
    "walked out", "laid off", and the "lost their lives" of a claim on
    deaths): a claim counting those the act touched, which the whole
    workforce does not contradict, and which a verb of losing or adding
    right before its noun ("shed 1,800 jobs", "brought up 27 bodies") counts
    rather than changes."""
    return measure.names("counts an act", _ACT) or any(
        words.names("counts an act", _ACT) for words in context
    )


def _yearly(text: str, q: Quantity, tail: int, bound: Span) -> Span | None:
    """The yearly words that follow ``q`` (or its measure word ``bound``
    after it), or "annual" between them; None when they stand inside the
    measure word, or nowhere."""
    for at in (q.end, bound[1]) if bound[0] >= q.end else (q.end,):
        m = _YEARLY.match(text, at, tail)
        if m is not None:
            return m.span()
    if bound[0] >= q.end:
        m = _ANNUAL.search(text, q.end, bound[0])
        if m is not None:
            return m.span()
    return None
