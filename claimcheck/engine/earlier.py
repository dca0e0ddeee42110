"""Figures about something before or beside the story's whole.

Three readings that :func:`claimcheck.engine.scope.scope_of` asks for:

- :func:`past_event`: a figure in a relative clause hanging from an event
  named by a year or as an earlier one ("a flood in 1998 that killed 40 and
  injured about 300", "the previous fire, which killed 9") counts that event;
- :func:`listed_part`: figures of one measure listed place by place ("91
  died in Orrin and 81 in Callow", "30 at the east shaft and 22 at the west
  shaft") are parts, each of them;
- :func:`earlier_count`: a figure in the pluperfect anchored at a past time
  ("had stood at 168 on Sunday", "By Wednesday the company had confirmed
  19 deaths") or the base of a change ("up from 168") is an earlier count.
"""

from __future__ import annotations

import regex

from claimcheck.engine.cues import Cues
from claimcheck.engine.dates import MONTH_NAMES
from claimcheck.engine.earlieropeners import earlier_opener
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.numbers.vocabulary import SMALL, TENS
from claimcheck.engine.patterns import lazy

__all__ = [
    "PAST_WORDS",
    "earlier_count",
    "listed_part",
    "past_event",
    "past_marks",
]

Span = tuple[int, int]

#: how far back a sentence's start, or a relative clause's antecedent, is sought
_LOOKBACK = 240
# the end of a sentence (a mark, the white space after it), searched from the
# end backwards: its first match ends where the last a forward search finds
# does (two such never overlap); tests/engine/test_earlier.py checks both
_LAST_SENTENCE_END = lazy(r"(?r)[.!?;]\s+(?=\S)")

# -- past events -------------------------------------------------------------

# the last relative pronoun before a figure, and what it may close
_RELATIVE = lazy(r"\b(?:that|which|who)\b", regex.I)
#: the words that put an event before the story's own ("the previous fire")
PAST_WORDS = r"(?:previous|earlier|prior|former|last)\b"
# "a flood in 1998", "the flood of 1998", "a 2011 blast", "the previous fire",
# "an earlier recall": an event other than the story's own
_PAST_MARK = lazy(
    # (a bare year only: a month and year, "the collapse of 14 August 2018,
    # which killed 43", is how an article dates the story's own event)
    r"\b(?:in|of)\s+(?:19|20)\d\d\b"
    rf"|\b(?:a|an|the|its|their)\s+(?:(?:19|20)\d\d\b|{PAST_WORDS})",
    regex.I,
)
# "said that": what was said, not a relative clause
_REPORTING_THAT = lazy(
    r"\b(?:said|says|say|told|reported|announced|added|stated|noted|warned|so|such"
    r"|confirmed)\s+that$",
    regex.I,
)
_YEAR_ASIDE = lazy(r",\s*in\s+(?:19|20)\d\d\b")
# at most five words (and commas) from the marker to the relative pronoun
_TO_RELATIVE = lazy(r"(?:[\s,]+[\w'’-]+){0,5}?[\s,]+$")


def past_marks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The marks of an event other than the story's own in ``text[start:end]``
    ("in 1998", "the previous", "an earlier", "the last")."""
    return [m.span() for m in _PAST_MARK.finditer(text, start, end)]


def _sentence_start(text: str, pos: int) -> int:
    start = max(0, pos - _LOOKBACK)
    last = _LAST_SENTENCE_END.search(text, start, pos)
    return last.end() if last is not None else start


#: words one of which every match of a pattern holds, for :class:`Cues`
_RELATIVE_WORDS = ("that", "which", "who")
#: what every match of _PAST_MARK holds: a year's first digits or a past word
_PAST_MARK_WORDS = ("19", "20", "previous", "earlier", "prior", "former", "last")


def past_event(text: str, q: Quantity, *, cues: Cues | None = None) -> Span | None:
    """The words naming another, earlier event whose relative clause holds ``q``.

    "a flood in 1998 that killed 40 people and injured about 300": both figures
    count the 1998 flood.  A clause between commas ("the previous flood, which
    drowned 40, struck in 1998") holds only what stands before its closing
    comma.  ``cues`` (the article's) skips the reading where it cannot apply.
    """
    if cues is not None:
        # the relative pronoun and the mark of the earlier event both stand
        # in the stretch before the figure the sentence can reach back to
        lead = max(0, q.start - _LOOKBACK)
        if cues.lacks(lead, q.start, _RELATIVE_WORDS) or cues.lacks(
            lead, q.start, _PAST_MARK_WORDS
        ):
            return None
    start = _sentence_start(text, q.start)
    relatives = list(_RELATIVE.finditer(text, start, q.start))
    if not relatives:
        return None
    rel = relatives[-1]
    inside = text[rel.end() : q.start]
    if any(c in inside for c in ";:") or (
        text[start : rel.start()].rstrip().endswith(",") and "," in inside
    ):
        return None
    if _REPORTING_THAT.search(text, max(start, rel.start() - 20), rel.end()):
        return None
    for mark in _PAST_MARK.finditer(text, max(start, rel.start() - 80), rel.start()):
        if not _TO_RELATIVE.fullmatch(text, mark.end(), rel.start()):
            continue
        # one noun phrase from the marker on: "the last two days, the flood,
        # which" names no earlier event ("An earlier recall, in 2019, which"
        # does)
        between = _YEAR_ASIDE.sub("", text[mark.end() : rel.start()])
        if "," not in between.rstrip().rstrip(","):
            return mark.span()
    return None


# -- parts listed place by place ---------------------------------------------

_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_TIME = (
    rf"(?:the\s+)?(?:{_WEEKDAYS}|{MONTH_NAMES}"
    r"|morning|afternoon|evening|night|day|week|weekend|month"
    r"|year|time|hour|first|second|third|final|end|start|\d)\b"
)
_PLACE = rf"(?P<prep>in|at|on|from|across|among)\s+(?!{_TIME})(?:the\s+)?[\w'’-]+"
_NUMBER = r"(?:\d[\d,.]*|(?:" + "|".join([*SMALL, *TENS]) + r")(?:[-\s]\w+)?)"
# "and 81 in Callow": the figure of an elliptical clause and its place
_ELLIPTICAL = lazy(r"\W*(?:and|but|while|with)?\s*$", regex.I)
_OWN_PLACE = lazy(rf"\s+(?P<place>{_PLACE})", regex.I)
_PLACE_IN = lazy(rf"\b{_PLACE}", regex.I)
# after the clause of the first: "and 81 in Callow"
_NEXT_LISTED = lazy(
    rf"\s*(?:,\s*)?(?:(?:and|but|while|with)\s+)?"
    rf"(?:(?:some|about|around|another|nearly)\s+)?"
    rf"{_NUMBER}\s+{_PLACE}",
    regex.I,
)


_PREPOSITIONS = ("in", "at", "on", "from", "across", "among")
#: what may open the elliptical clause after a figure's
_LISTED_OPENERS = (
    ",", "and", "but", "while", "with", "some", "about", "around", "another",
    "nearly", *SMALL, *TENS,
)  # fmt: skip


def _may_list(text: str, end: int, cues: Cues | None) -> bool:
    """Whether an elliptical clause of a figure may open at ``end``."""
    if cues is None:
        return True
    # a digit: the pattern's \d takes ASCII ones and others it knows
    at = cues.word_at(end)
    char = text[at : at + 1]
    return (
        char.isdecimal()
        or not char.isascii()
        or cues.opens(end, _LISTED_OPENERS, space=False)
    )


def listed_part(
    text: str, q: Quantity, own: int, end: int, *, cues: Cues | None = None
) -> Span | None:
    """The place of ``q`` when its figure is one of a list, place by place.

    ``[own, end)`` is its clause.  "91 people died in Orrin and 81 in Callow":
    the first figure's clause names a place and is followed by an elliptical
    clause of a figure and a place with the same preposition; the second is
    that elliptical clause, after a clause naming a place the same way.
    """
    after = (
        _OWN_PLACE.match(text, q.end, end)
        if cues is None or cues.opens(q.end, _PREPOSITIONS, space=True)
        else None
    )
    if after is not None and _ELLIPTICAL.fullmatch(text, own, q.start):
        # the second: "and 81 in Callow", after "... in Orrin"
        start = _sentence_start(text, own)
        if _PLACE_IN.search(text, start, own):
            return after.span("place")
    nxt = _NEXT_LISTED.match(text, end) if _may_list(text, end, cues) else None
    if nxt is not None:
        # the first: "91 people died in Orrin", before "and 81 in Callow"
        place = _PLACE_IN.search(text, q.end, end)
        if place is not None:
            return place.span()
    return None


# -- earlier counts ----------------------------------------------------------

# "had stood at", "had risen to", "had been counted", "had confirmed"
_PLUPERFECT = lazy(
    r"\bhad\s+(?!to\b)(?:(?:not|already|only|just|still)\s+)*\w+", regex.I
)
_LEVEL = lazy(
    r"had\s+(?:(?:not|already|only|just|still)\s+)*(?:been|stood|risen|rose|reached"
    r"|climbed|fallen|dropped|grown|jumped|increased|decreased|totall?ed|numbered"
    r"|hit)\b",
    regex.I,
)
_LATER = lazy(r"\s*,?\s*(?:before|until)\b", regex.I)
# a past time the pluperfect is anchored at
_ANCHOR = lazy(
    rf"\b(?:{_WEEKDAYS}|earlier"
    r"|previously|by\s+then|at\s+the\s+time|by\s+the\s+time|the\s+day\s+before"
    rf"|last\s+(?:week|month|night)|(?:{MONTH_NAMES})\s+\d)\b",
    regex.I,
)
# "up from 168", "down from 40", "compared with 168": the base of a change
_BASE = lazy(
    r"\b(?:up|down|rising|falling|rose|fell|climbing|dropping)\s+(?P<from>from\s+)?$"
    r"|\bcompared\s+(?:with|to)\s+(?P<compared>)$"
    # "raised the loan to $8 billion from the $3 billion": the base told
    # after the new level
    r"|\bto\s+\S*\d\S*(?:\s+(?:million|billion|trillion|per\s+cent|percent"
    r"|points?))?\s+(?P<to_from>(?:from\s+(?:the\s+|its\s+|a\s+)?)?)$",
    regex.I,
)
_FROM = lazy(r"from\b", regex.I)
# the clause after a figure's, saying the count goes on
_STILL_COUNTING = lazy(
    r"\s*(?P<words>with\s+(?:[\w%-]+\s+){1,4}(?:reporting|counted|tallied|declared"
    r"|returned|verified)\b)",
    regex.I,
)
# "Earlier on Monday, officials put the toll at 24", "an initial count",
# "officials at first said" (not "the land initially captured"): a count
# given before the latest
# "had earlier reported", "from earlier tallies of", "on the first list"
_EARLIER_WORDING = lazy(
    r"^\W*earlier\b(?!\s+than\b)"
    r"|\b(?:initially|at\s+first|originally|earlier|previously)\s+(?:put|said"
    r"|reported|counted|estimated|gave|given|listed|confirmed|recorded|announced"
    r"|stated|registered)\b"
    # "first said", "first put the toll at" (not "the first recorded case")
    r"|\bfirst\s+(?:put|said|estimated|gave|given|counted|stated|reckoned)\b"
    # "(first estimate)": a fact box's note on its row
    r"|(?:\b(?:an?|the|its|their)\s+|\bfrom\s+|\(\s*)(?:earlier|initial"
    r"|original|first|previous|prior)\s+(?:count|toll|tall(?:y|ie)|figure|estimate"
    r"|report|total|list)s?\b"
    # "Initial reports said 12": a plural needs no article
    r"|\b(?:earlier|initial|original|first|previous|prior)\s+(?:reports"
    r"|estimates|figures|counts|tallies)\b"
    # "the council's first estimate": its owner's (an estimate: a tally or a
    # count an owner gives first may be the story's own result)
    r"|(?<=\w)['’]s\s+(?:earlier|initial|original|first|previous|prior)\s+estimate\b",
    regex.I,
)
# "Early reports said 900", "When the news first broke, a radio station
# reported 900", "In the first hours after the slide": a report from before
# the counts came in (sought only where "early" or "first" stands)
_FIRST_REPORTS = lazy(
    r"\bearly\s+(?:reports|estimates|figures|counts|tallies)\b"
    r"|\bwhen\s+(?:the\s+)?(?:news|word|reports?|story)\s+"
    r"(?:of\s+[\w\s'’-]{1,40}?\s+)?first\s+(?:broke|emerged|came|spread|surfaced)\b"
    r"|\bin\s+the\s+first\s+(?:hours|hour|minutes|reports|confused\s+hours)\b",
    regex.I,
)
# "a figure of 160, since revised", "160 dead has since been revised": a
# count the sentence says was revised after it, before any other figure
_REVISED_AFTER = lazy(
    r"\D{0,60}?\b(?:(?:has|have|had|was|were)\s+(?:since\s+|later\s+"
    r"|subsequently\s+)?been|since|later|subsequently)\s+(?:\w+\s+)?"
    r"(?:revised|corrected|updated|superseded|overtaken)\b"
    # "at 12 on Saturday, has since risen": a level the count has left
    r"|\D{0,60}?\b(?:since|later|subsequently)\s+(?:risen|rose|climbed|grown|grew"
    r"|fallen|fell|dropped|increased|decreased|doubled|jumped|soared)\b",
    regex.I,
)
#: a word of time every revision above holds, and one of its verbs
_REVISED_WHEN = ("since", "later", "subsequently", "been")
_REVISED_WORDS = (
    "revised", "corrected", "updated", "superseded", "overtaken", "risen", "rose",
    "climbed", "grown", "grew", "fallen", "fell", "dropped", "increased",
    "decreased", "doubled", "jumped", "soared",
)  # fmt: skip
#: how a list's figure before this one ends: "150, 181", "150 and 181"
_LIST_SEPARATORS = (",", " and", " or")
# "had been 12,000 before the spillway failed": a level then, and what came after
_THEN_AFTER = lazy(r"[^.;!?]*?\b(?:before|until)\b", regex.I)
# "stood at 150 on Sunday, before more bodies were found": a count that more
# found or counted after it left behind ("before other countries sent aid"
# tells nothing of the count)
_MORE_AFTER = lazy(
    r"[^.;!?]{0,80}?(?P<words>\bbefore\s+(?:more|further|additional|other"
    r"|another)\s+(?:[\w-]+\s+){0,3}?(?:(?:were|was|had\s+been|have\s+been)\s+)?"
    r"(?:found|recovered|pulled|discovered|identified|counted|confirmed|reported"
    r"|added|died|succumbed|retrieved|located|registered|recorded|unearthed)\b"
    # "stood at 12 on Tuesday before rising to 27": a level the count left
    r"|\bbefore\s+(?:rising|climbing|jumping|soaring|growing|increasing|falling"
    r"|dropping|decreasing|easing)\s+to\b)",
    regex.I,
)
# "from earlier tallies of 150 and 181": each figure of the list is one
_EARLIER_LIST = lazy(
    r"\b(?:earlier|initial|original|first|previous|prior)\s+(?:\w+\s+)?"
    r"(?:count|toll|tallie|figure|estimate|report|total|list)s\s+(?:of\s+)?"
    r"(?:[\d.,]+(?:\s+(?:hundred|thousand|million|billion|[mbk]n?))?"
    r"\s*(?:,\s*|\s+and\s+|\s+or\s+))+$",
    regex.I,
)
# what tells the count after an earlier one: "first put at 3,000, now
# stands at", "initially said 50, but later lowered it to 38", "first put
# at 512, has risen to 640"
_LATER_BETWEEN = lazy(
    r"\b(?:now|later|since|subsequently|then|but|latest|today|revised|raised"
    r"|lowered"
    # "The toll, first put at 512, has risen to 640"
    r"|risen|rose|climbed|grown|grew|increased|jumped|fallen|fell|dropped)\b",
    regex.I,
)
_REPORTED = lazy(
    r"\b(?:said|says|told|reported|announced|confirmed|stated|added|explained"
    r"|noted|estimated|believed|thought|feared|showed|shows|found|finds"
    r"|revealed|reveals)\b",
    regex.I,
)


_BASE_WORDS = (
    "up", "down", "rising", "falling", "rose", "fell", "climbing", "dropping",
    "compared", "from",
)  # fmt: skip
_EARLIER_WORDS = ("earlier", "initial", "first", "original", "previous", "prior")
#: a word each first report above holds beside "early" or "first"
_FIRST_WORDS = (
    "reports", "estimates", "figures", "counts", "tallies", "broke", "emerged",
    "came", "spread", "surfaced", "hours", "hour", "minutes",
)  # fmt: skip


def earlier_count(
    text: str,
    q: Quantity,
    start: int,
    end: int,
    own: int | None = None,
    *,
    cues: Cues | None = None,
) -> Span | None:
    """The words calling ``q`` an earlier count, read in ``text[start:end]``.

    The pluperfect must be in the figure's own clause, from ``own`` on ("The
    flood, which had been forecast on Monday, killed 212" is no earlier
    count); the past time it is anchored at may be fronted before it.
    """
    lead_start = max(0, q.start - 30)
    lead = (
        _BASE.search(text, lead_start, q.start)
        if cues is None
        or q.text[:4].casefold() == "from"
        or not cues.lacks(lead_start, q.start, _BASE_WORDS)
        else None
    )
    if (
        lead is not None
        and (
            lead.group("from")
            or lead.group("to_from")
            or lead.group("compared") is not None
            or _FROM.match(q.text)
        )
        and (lead.group("to_from") != "" or _FROM.match(q.text))
    ):
        return lead.span()
    counting = (
        _STILL_COUNTING.match(text, end)
        if cues is None or cues.opens(end, ("with",), space=False)
        else None
    )
    if counting is not None:
        # "had 1.1 million votes with most districts declared"
        return counting.span("words")
    said = (
        _EARLIER_WORDING.search(text, start, end)
        if cues is None or not cues.lacks(start, end, _EARLIER_WORDS)
        else None
    ) or earlier_opener(text, start)  # "Previously, | the best offer was 23%"
    if said is None and (
        cues is None
        or (
            not cues.lacks(start, end, ("early", "first"))
            and not cues.lacks(start, end, _FIRST_WORDS)
        )
    ):
        said = _FIRST_REPORTS.search(text, start, end)
    if said is not None and said.start() >= q.end and _FROM.match(said.group()):
        # "rose to 212 from earlier tallies of 150": the base, after the figure
        said = _EARLIER_WORDING.search(text, start, q.start)
    if said is not None and not (
        # "first put at 3,000, now stands at 41,200": the later count
        (said.end() <= q.start and _LATER_BETWEEN.search(text, said.end(), q.start))
        # "230 (first estimate: 212)": a note on the next figure
        or (said.start() >= q.end and said.group().startswith("("))
    ):
        return said.span()
    listed = (
        _EARLIER_LIST.search(text, max(0, q.start - 80), q.start)
        if text[max(0, q.start - 5) : q.start].rstrip().endswith(_LIST_SEPARATORS)
        and (
            cues is None
            or cues.starts_within(max(0, q.start - 80), q.start, _EARLIER_WORDS)
        )
        else None
    )
    if listed is not None:
        return listed.span()
    revised = (
        _REVISED_AFTER.match(text, q.end, end + _LOOKBACK)
        if cues is None
        or (
            cues.starts_within(q.end, q.end + 120, _REVISED_WHEN)
            and cues.starts_within(q.end, q.end + 200, _REVISED_WORDS)
        )
        else None
    )
    if revised is not None and not any(c in revised.group() for c in ".;!?"):
        return revised.span()
    more = (
        _MORE_AFTER.match(text, q.end, q.end + _LOOKBACK)
        if cues is None or cues.starts_within(q.end, q.end + 100, ("before",))
        else None
    )
    if more is not None:
        return more.start("words"), more.end()
    from_ = start if own is None else own
    if cues is not None and cues.lacks(from_, end, ("had",)):
        return None
    had = _PLUPERFECT.search(text, from_, end)
    if had is None or _REPORTED.search(text, start, had.start()):
        # "officials said 133 people had been injured": reported speech puts
        # the present perfect so, for the count as it stands
        return None
    anchor = _ANCHOR.search(text, start, end)
    if anchor is None:
        then = _LEVEL.match(text, had.start()) and _THEN_AFTER.match(
            text, q.end, q.end + _LOOKBACK
        )
        return had.span() if then else None
    # a level then ("had stood at 168 on Sunday", "had risen to 168 by
    # Sunday") was superseded; an act ("By Monday 212 people had died") is
    # the count as of then, which may be the latest, unless what came after
    # is told ("had evacuated 6,000 on Tuesday, before the levee broke")
    if _LEVEL.match(text, had.start()) or _LATER.match(text, end):
        return had.span()
    return None
