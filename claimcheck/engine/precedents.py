"""Sentences that a frame hands to another occasion than the story's own.

Explainers and background paragraphs set the story beside others, and say
so before the figure, at the start of its sentence or in the sentence
before it:

- a comparison frame opening the sentence: "For comparison, Corrib
  Utilities paid $4.4 million", "By comparison, ...", "In comparison, ...",
  "By way of comparison, ..."; or "compares with" before the figure: "That
  compares with 3,100 deaths in the 2009 floods";
- a lead-in that announces a precedent, as the sentence before (or the
  clause before a colon): a question that compares ("How does it
  compare?", "How does that compare with past crashes?"), a precedent
  asked after or stated ("Has it happened before?", "Vellandia has
  evacuated a town before.", "It is not the first time."); the next
  sentence, when a year or "ago" dates it, tells that earlier occasion;
- a standing record as the sentence's subject: "The worst rail disaster of
  recent decades remains Ostrov Junction, where ...", "The largest ransom a
  utility has paid remains the $6 million that ...", "The previous record,
  set in 2004, was 870 deaths" (not when the sentence tells of it broken:
  "The previous record, 870, was broken by Ilsa's 1,240", nor when the
  record's holder is what the headline or first paragraph names), or a figure
  that "was then" (or "at the time") the largest;
- under a headline naming the story's own, a sentence that a month and
  year open ("In January 1981 some 5,300 people were evacuated from
  Holm") or a named event after "After the" ("After the Gannet Bay spill,
  a settlement ... came to $22 million"), whose names are none the
  headline or first paragraph gives: another party's occasion;
- another party as the sentence's subject: "In May 2022 another judge
  sentenced ...", "Another utility paid ..." (not "another 20 people", a
  count added, nor "another blast", one of the story's occasions).

:func:`dated_sentence` reads a sentence that a bare year opens ("In 1994 a
train left the rails at Sarn and 40 people died"): every clause of it is of
that year, as a clause "in 1994" qualifies is (a month and year, "In July
2021 Halberd agreed to buy Skylark", is how a story's own past event is
dated, and stays the story's).  A month and year earlier than a year the
article has already named ("The Brandholm fire of 2024 ... In June 1988 a
blaze at the Osk terminal killed 40") dates an earlier occasion: the
figure is that occasion's, and so is one of the next sentence of the same
paragraph when it goes on about it ("In April 1979 a tanker caught fire.
The explosion killed 52 people"), opening with "The" and naming no time of
its own.

Each such figure counts the occasion framed, not the story's own, so (see
:func:`claimcheck.engine.scope.scope_of`) it never contradicts a claim about
the story, and counts only for a claim whose ``context`` names what the
words returned (the frame to the end of the figure's clause) hold.
"""

from __future__ import annotations

import regex

from claimcheck.engine.comparisons import sentence_start
from claimcheck.engine.cueplaces import lead_in_near
from claimcheck.engine.cues import Cues
from claimcheck.engine.dates import MONTH_NAMES
from claimcheck.engine.homes import NAME, is_titled, titled_names
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import lazy

__all__ = ["dated_sentence", "framed_occasion"]

Span = tuple[int, int]

# "For comparison,", "By way of comparison,": a frame standing alone ("In
# comparison with 1998, this year's toll of 40 is low" compares the story's)
_OPENER = lazy(
    r"(?:for|by|in)\s+(?:way\s+of\s+)?comparison\s*,",
    regex.I,
)
#: the first words of an opener, as the folded text holds them
_OPENER_WORDS = ("for", "by", "in")
# "That compares with 3,100", "which compares to the 66": what follows is the
# base the story is measured against
_COMPARES = lazy(r"\bcompares\s+(?:with|to)\b", regex.I)
_COMPARES_WORDS = ("compares",)
# a lead-in sentence (or clause before a colon) that announces a precedent
_LEAD_IN = lazy(
    r"""
    \bcompare\b[^.!?\n]*\?
  | \b(?:happened|been\s+(?:here|seen))\s+before\s*\?
  | \b(?:has|have|had)\s+(?:(?!never\b|not\b)[^\W\d_][\w'’-]*\s+){0,8}?
      (?<!\b(?:day|days|week|weeks|month|months|year|years|night|hour|hours|moments
        |shortly|just|long|ever|never)\s+)before\s*[.!:]
  | \b(?:is|was)\s+not\s+the\s+first\s+(?:time|such|[^\W\d_]+\s+to)\b[^.!?\n]*[.!:]
  | \bthere\s+(?:is|are|have\s+been)\s+(?:a\s+)?precedents?\b[^.!?\n]*[.!:]
    """,
    regex.I | regex.X,
)
_LEAD_IN_WORDS = ("compare", "before", "first", "precedent")
# what dates the sentence after a lead-in to a time of its own ("In January
# 1981 ...", "two decades ago"): "The town has flooded twice before. The
# water rose 3 metres" goes on with the story
_THEN = lazy(r"\b(?:(?:19|20)\d\d|ago|decades?|centur(?:y|ies))\b", regex.I)
# "The worst rail disaster of recent decades remains", "The previous
# record, set in 2004, was", "The record, set in 1999, stands at"
_RECORD = lazy(
    r"""
    (?:the\s+)?
    (?:
        (?:worst|deadliest|bloodiest|costliest|biggest|largest|greatest|highest
          |lowest|heaviest|longest|most\s+\w+)\b[^.;!?\n\d]{0,80}?
        \b(?:remains|is\s+still|still\s+stands\s+at)\b
      | (?:previous|prior|former|old|earlier)\s+(?:[^\W\d_]+\s+)?
        (?:record|high|peak|low|best|worst)\b
      | record\s*,?\s+set\s+in\s+(?:19|20)\d\d\b
    )
    """,
    regex.I | regex.X,
)
#: the words a match of _RECORD opens with (it is tried at the sentence's
#: start only)
_RECORD_OPENERS = (
    "the", "worst", "deadliest", "bloodiest", "costliest", "biggest", "largest",
    "greatest", "highest", "lowest", "heaviest", "longest", "most", "previous",
    "prior", "former", "old", "earlier", "record",
)  # fmt: skip
# "The previous record, 870, was broken by Ilsa": the story's own figure may
# follow, past the words that tell the record beaten
_BEATEN = lazy(
    r"\b(?:brok|beat|surpass|eclips|overtak|topp|exceed|outstripp|until)\w*"
    r"|\bthan\b",
    regex.I,
)
_BEFORE_SENTENCE = 240
#: how far after a figure the end of its sentence is sought
_REACH_AFTER = 200
_NAME = lazy(NAME)
# "was then the largest", "at the time the biggest": a record of its day
_THEN_RECORD = lazy(
    r"\b(?:was|were)\s+(?:then|at\s+the\s+time)\s+(?:the\s+)?(?:(?:world|country|region)"
    r"(?:['’]s)?\s+)?(?:worst|deadliest|costliest|biggest|largest|greatest|highest"
    r"|lowest|heaviest|longest|most|record)\b",
    regex.I,
)
_THEN_WORDS = ("then", "time")
#: one of these closes every match of _THEN_RECORD
_THEN_RECORD_WORDS = (
    "worst", "deadliest", "costliest", "biggest", "largest", "greatest", "highest",
    "lowest", "heaviest", "longest", "most", "record",
)  # fmt: skip
# "another judge", "a different buyer": a party other than the story's, as
# the subject after at most a fronted date ("In May 2022 another judge"); a
# person or body, not a thing or an event ("Another body was found",
# "another blast")
_ANOTHER = lazy(
    rf"""
    (?:(?:in|on|during|by)\s+(?:(?:early|late|mid-?)\s*)?
        (?:(?:{MONTH_NAMES})\s+(?:\d{{1,2}},?\s+)?)?(?:19|20)\d\d,?\s+)?
    (?P<another>another|a\s+different)\s+(?:[^\W\d_]+\s+)?
    (?:judges?|courts?|jury|company|firm|carrier|airline|operator|bank|lender
      |insurer|utility|regulator|defendant|executive|minister|buyer|bidder
      |suitor|rival|investor|fund|owner|plaintiff)\b
    (?![^.;!?\n]*,\s*(?:bringing|taking|raising|pushing|lifting)\b)
    """,
    regex.I | regex.X,
)
_ANOTHER_WORDS = ("another", "different")
# "In January 1981 ...", "After the Gannet Bay spill, ...": a sentence dated,
# or set after a named event, whose names say whose occasion it is
_DATED = lazy(
    rf"""
    in\s+(?:(?:early|late|mid-?)\s*)?(?:{MONTH_NAMES})\s+(?:\d{{1,2}},?\s+)?(?:19|20)\d\d\b
  | after\s+the\s+(?P<event>(?-i:\p{{Lu}})[\w'’-]*(?:\s+(?-i:\p{{Lu}})[\w'’-]*){{0,2}})
    \s+(?:spill|disaster|crash|collapse|fire|floods?|quake|earthquake|sinking|blast
      |explosion|attack|hack|breach|outage|scandal|crisis|storm|cyclone|hurricane
      |typhoon|derailment|merger|deal|case|trial)\b
    """,
    regex.I | regex.X,
)
_DATED_WORDS = ("in", "after")
_NOT_NAMES = frozenset(
    f"""the a an in after on {MONTH_NAMES.replace("|", " ")} monday tuesday wednesday
    thursday friday saturday sunday""".split()
)
# "In 1994 a train left the rails", "In 2009, when floods swept the delta"
_OPENING_YEAR = lazy(r"in\s+(?:19|20)\d\d\b(?!\s*[-–/])", regex.I)


def framed_occasion(
    text: str,
    q: Quantity,
    end: int,
    *,
    cues: Cues | None = None,
) -> Span | None:
    """The frame that gives ``q`` to another occasion, to ``end`` (its clause's).

    None when no frame stands at the start of its sentence, before it in
    its sentence ("compares with") or as the sentence before it.
    """
    sentence = sentence_start(text, q.start)
    close = max(end, q.end)
    if cues is None or cues.opens(sentence, _OPENER_WORDS, space=False):
        opener = _OPENER.match(text, sentence, q.start)
        if opener is not None:
            return opener.start(), close
    if cues is None or not cues.lacks(sentence, q.start, _COMPARES_WORDS):
        compares = _COMPARES.search(text, sentence, q.start)
        if compares is not None:
            return compares.start(), close
    lead_in = _lead_in(text, q.start, sentence, cues)
    if lead_in is not None and _THEN.search(text, lead_in, _sentence_end(text, q.end)):
        return lead_in, close
    if lead_in is None and lead_in_near(text, cues, sentence - _PARAGRAPH, sentence):
        went_on = _goes_on(text, sentence, cues, _GOING_ON)
        if went_on is not None:
            return went_on
    if cues is None or cues.opens(sentence, _RECORD_OPENERS, space=False):
        record = _RECORD.match(text, sentence, q.start)
        if (
            record is not None
            and not _BEATEN.search(text, record.end(), q.start)
            and not _names_own(text, record.end(), q.start)
        ):
            return record.start(), close
    if cues is None or not (
        cues.lacks(sentence, q.end + _REACH_AFTER, _THEN_WORDS)
        or cues.lacks(sentence, q.end + _REACH_AFTER, _THEN_RECORD_WORDS)
    ):
        stop = _sentence_end(text, q.end)
        then = _THEN_RECORD.search(text, sentence, stop)
        if then is not None:
            return sentence, max(close, then.end())
    if cues is None or cues.opens(sentence, _DATED_WORDS, space=False):
        dated = _DATED.match(text, sentence, q.start)
        if dated is not None and _before_named(text, dated, sentence):
            # the date alone: a claim whose context names that occasion's
            # event words ("an explosion") is no more on it than the story's
            return dated.span()
        if dated is not None and _names_another(text, dated, q):
            return dated.start(), close
    if cues is None or not cues.lacks(sentence, q.start, _ANOTHER_WORDS):
        other = _ANOTHER.match(text, sentence, q.start)
        if other is not None:
            return other.start("another"), close
    return _carried_date(text, q, sentence, cues) or _years_before(
        text, q, sentence, cues
    )


# "Six years before Varnholt,", "A decade earlier,", "Some months before
# the collapse,": a length of time before the story's event, opening a
# sentence; a time of its own ("Two days before the vote") is the story's
_SPAN_BEFORE = lazy(
    r"""(?:(?:some|about|nearly|almost|just|only|barely|more\s+than)\s+)?
    (?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve
      |fifteen|twenty|thirty|forty|fifty|several|many|few|\d{1,3})\s+
    (?:years?|decades?|months?)\s+(?:earlier|before)\b
    (?=(?:\s+(?:the\s+)?[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3})?\s*,)""",
    regex.I | regex.X,
)
_SPAN_WORDS = ("earlier", "before")
#: how many sentences back in its paragraph a figure's may look for one
#: opened by a length of time before
_SPAN_REACH = 3


def _years_before(
    text: str, q: Quantity, sentence: int, cues: Cues | None
) -> Span | None:
    """The opening of the sentence (``q``'s, or one of the few before it in
    its paragraph) that a length of time before the story's event opens
    ("Six years before Varnholt, in March 2017, a blast killed 12"): an
    earlier occasion, which the sentences after it go on about ("Twelve
    workers died.") until one names a time of its own ("This time ...")."""
    paragraph = text.rfind("\n", 0, sentence) + 1
    if cues is not None and cues.lacks(paragraph, q.start, _SPAN_WORDS):
        return None
    stop = _sentence_end(text, q.end)
    at = sentence
    for _ in range(_SPAN_REACH + 1):
        opener = _SPAN_BEFORE.match(text, at, q.start)
        if opener is not None:
            # the length of time alone: a claim whose context names that
            # occasion's words ("an explosion"), or the story's event it is
            # counted back from ("before the Tarn floods"), is no more on it
            return opener.span()
        if _OWN_TIME.search(text, at, stop) is not None:
            return None
        end = at
        while end > paragraph and text[end - 1] in " \t":
            end -= 1
        if end <= paragraph or text[end - 1] not in ".!?":
            return None
        at = max(sentence_start(text, end - 1, _BEFORE_SENTENCE), paragraph)
        stop = end
    return None


def _before_named(text: str, dated: regex.Match[str], sentence: int) -> bool:
    """Whether the year that dates a sentence ("In June 1988 ...") is earlier
    than one the article has named before it, or than one dating a later
    sentence by its month ("In August 2015 ... . In May 2023 the bank moved
    again": a history told date by date): the story's own time is then the
    later one, and the sentence tells an earlier occasion."""
    found = _YEAR.search(dated.group())
    if found is None:
        return False
    year = int(found.group())
    return any(int(m.group()) > year for m in _YEAR.finditer(text, 0, sentence)) or any(
        int(m.group("year")) > year for m in _LATER_DATED.finditer(text, dated.end())
    )


# "In May 2023 the central bank moved again": a sentence (or a line) that a
# month and a year open; a year alone may be a target ("In 2030 the plant
# closes"), a month of it rarely is
_LATER_DATED = lazy(
    rf"""(?:(?<=[.!?]\s)|(?<=\n))(?-i:In)\s+(?:(?:early|late|mid-?)\s*)?
    (?:{MONTH_NAMES})\s+(?:\d{{1,2}},?\s+)?(?P<year>(?:19|20)\d\d)\b""",
    regex.I | regex.X,
)


def _carried_date(
    text: str, q: Quantity, sentence: int, cues: Cues | None
) -> Span | None:
    """The date opening the sentence before ``q``'s, when it is an earlier
    occasion's (:func:`_before_named`) in the same paragraph and ``q``'s
    goes on about it ("In April 1979 a tanker caught fire at the terminal.
    The explosion killed 52 people"): opening with "The", naming no time of
    its own."""
    if cues is not None and not cues.opens(sentence, ("the ",), space=False):
        return None
    at = sentence
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    if at == 0 or text[at - 1] != "." or not text.startswith("The ", sentence):
        return None
    before = sentence_start(text, at - 1, _BEFORE_SENTENCE)
    if cues is not None and not cues.opens(before, ("in",), space=False):
        return None
    dated = _DATED.match(text, before, at) or _OPENING_YEAR.match(text, before, at)
    if dated is None or not _before_named(text, dated, before):
        return None
    stop = _sentence_end(text, q.end)
    if _OWN_TIME.search(text, sentence, stop) is not None:
        return None
    return dated.span()


# a year; words that set a sentence in the story's own time
_YEAR = lazy(r"\b(?:19|20)\d\d\b")
_OWN_TIME = lazy(
    r"\b(?:(?:19|20)\d\d|now|today|this|since|so\s+far|currently|still)\b", regex.I
)


def _sentence_end(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` ends (at most some way on)."""
    last = min(len(text), pos + _REACH_AFTER)
    ends = [i for i in (text.find(e, pos, last) for e in _ENDS) if i >= 0]
    return min(ends, default=last)


_ENDS = (". ", "! ", "? ", "; ", "\n")


def dated_sentence(text: str, q: Quantity, *, cues: Cues | None = None) -> Span | None:
    """The bare year that opens ``q``'s sentence ("In 1994 ..."), or None."""
    sentence = sentence_start(text, q.start)
    if cues is not None and not cues.opens(sentence, ("in",), space=False):
        return None
    year = _OPENING_YEAR.match(text, sentence, q.start)
    return None if year is None else year.span()


def _names_own(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names what the headline or the first
    paragraph does: "The deadliest storm remains Ilsa, which killed 1,240",
    in a story about Ilsa, holds the story's own record."""
    return any(
        is_titled(text, m.group(), end) for m in _NAME.finditer(text, start, end)
    )


def _names_another(text: str, dated: regex.Match[str], q: Quantity) -> bool:
    """Whether the sentence ``dated`` opens names a party, none of them one
    the headline or the first paragraph gives (and the headline gives
    some): "In January 1981 some 5,300 people were evacuated from Holm",
    under "Skarvik evacuated"; not "In July 2021 Halberd agreed to buy
    Skylark", under "Halberd to buy Skylark", nor a sentence naming no one."""
    if not titled_names(text, q.start):
        return False
    stop = _sentence_end(text, q.end)
    if dated.group("event") is not None:
        names = [dated.group("event")]
    else:
        names = [
            m.group()
            for m in _NAME.finditer(text, dated.end(), stop)
            if m.group().split()[0].casefold() not in _NOT_NAMES
        ]
    return bool(names) and not any(is_titled(text, name, q.start) for name in names)


#: the most characters back a paragraph's lead-in is looked for
_PARAGRAPH = 700
#: the most sentences after the dated one that go on about a precedent
_GOING_ON = 2
# words that give a sentence a time of its own, the story's: "This time the
# lava destroyed seven houses"
_NOW = lazy(
    r"\b(?:this\s+(?:time|week|month|year)|now|today|tonight|so\s+far)\b", regex.I
)


def _goes_on(text: str, sentence: int, cues: Cues | None, depth: int) -> Span | None:
    """The date of a precedent the sentence opening at ``sentence`` goes on
    about ("... before. In March 1981 a fissure opened. Around 300 houses were
    buried."): the sentence before, in its paragraph, is dated after a
    lead-in (or goes on itself, ``depth`` sentences back at most), and it
    names no time of its own.  The date alone: a claim whose context names
    the precedent's event words is no more on it than the story's."""
    at = sentence
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    if at > 0 and text[at - 1] == "\n" and text[at - 2 : at - 1] not in ("\n", ""):
        at -= 1  # a line wrapped inside the paragraph
    if at == 0 or text[at - 1] not in ".!?":
        return None
    before = sentence_start(text, at - 1, _BEFORE_SENTENCE)
    # (the cheap tests first: a lead-in or a sentence going on before it)
    if _lead_in(text, at - 1, before, cues) is not None:
        then = _THEN.search(text, before, at)
        found = then.span() if then is not None else None
    else:
        found = _goes_on(text, before, cues, depth - 1) if depth > 1 else None
    if found is None:
        return None
    stop = _sentence_end(text, sentence)
    if _THEN.search(text, sentence, stop) or _NOW.search(text, sentence, stop):
        return None
    return found


def _lead_in(text: str, pos: int, sentence: int, cues: Cues | None) -> int | None:
    """Where the sentence starting at ``sentence`` (the figure's, at ``pos``)
    starts when a lead-in announcing a precedent comes right before it: the
    sentence before, or a clause of its own sentence that ends in a colon
    before ``pos``."""
    colon = text.rfind(":", sentence, pos)
    if (
        colon >= 0
        and (cues is None or not cues.lacks(sentence, colon + 1, _LEAD_IN_WORDS))
        and _LEAD_IN.search(text, sentence, colon + 1)
    ):
        return colon + 1
    at = sentence
    while at > 0 and text[at - 1].isspace():
        at -= 1
    if at == 0 or text[at - 1] not in ".!?:":
        return None
    before = sentence_start(text, at - 1, _BEFORE_SENTENCE)
    if cues is not None and cues.lacks(before, at, _LEAD_IN_WORDS):
        return None
    found = None
    for found in _LEAD_IN.finditer(text, before, at):  # noqa: B007
        pass
    # the lead-in must close the sentence before: nothing but its last
    # characters after it
    if found is None or text[found.end() : at].strip(" \"'”’)"):
        return None
    return sentence
