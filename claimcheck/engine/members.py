"""Figures of a member of the whole, or of several members together.

"Doran's 96 dead" (among the pilgrims of many countries), "Wenlow's turnout
of 56 per cent" (one region of a federation), "the county's 40 dead": a
figure a named member owns counts that member, a part of the story's whole
(:func:`owned_part`).  "3,000 acres across the two fires", "a combined
1,800", "in all, across Tarn, Besk and Oller, 412": a figure summed over
several members is no figure of any one of them (:func:`several_members`).
:func:`claimcheck.engine.scope.scope_of` marks both as parts: such a figure
never contradicts a claim, and a claim whose context names the owner counts
it as usual.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from claimcheck.engine.cues import Cues
from claimcheck.engine.homes import is_titled
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import lazy
from claimcheck.engine.sources import is_source
from claimcheck.engine.terms import Terms

__all__ = [
    "contender_part",
    "included_part",
    "owned_part",
    "several_members",
    "sums_contenders",
]

Span = tuple[int, int]

# a possessive: "Doran's", "Al Haouz's", "the county's"
_PLACES = (
    r"(?:province|county|district|region|state|city|town|village|hamlet|suburb|island"
    r"|municipality|prefecture|governorate|department|borough|parish|canton)"
)
_OWNER = (
    rf"(?:(?P<name>(?:(?-i:\p{{Lu}})[\w-]*\s+){{0,3}}(?-i:\p{{Lu}})[\w-]*)"
    rf"|\bthe\s+(?P<place>(?:[^\W\d_]+\s+)?{_PLACES}))(?:'s|’s)\s+"
)
# right before the number: "Doran's 96 dead"
_OWNS_NUMBER = lazy(rf"{_OWNER}$", regex.I)
# before the measure word the number counts, past at most two modifiers:
# "Doran's death toll rose to 96", "Wenlow's final turnout of 56 per cent"
_OWNS_MEASURE = lazy(rf"{_OWNER}(?:[^\W\d_][\w-]*\s+){{0,2}}$", regex.I)
_THE = lazy(r"\bthe\s+$", regex.I)
#: how a match of _OWNER ends, in any case (the long s matches "s" too)
_POSSESSIVES = tuple(a + s for a in "'’" for s in "sSſ")
#: a name that an event, a time or a pronoun bears owns the whole: "Typhoon
#: Mirel's 64 dead", "Sunday's 40 dead"
_NOT_MEMBERS = frozenset(
    """typhoon hurricane storm cyclone tornado quake earthquake tremor fire
    blaze wildfire flood floods flooding crash collision disaster crush
    stampede collapse blast explosion attack war sinking tragedy accident
    outbreak epidemic pandemic bombing shooting massacre eruption tsunami
    derailment spill leak strike riot election referendum vote poll census
    survey report heatwave heat drought landslide mudslide avalanche blizzard
    snowstorm hailstorm famine monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october
    november december today yesterday tonight tomorrow week month year
    weekend it he she they we this that""".split()
)
_REACH = 60


_INCLUDED = lazy(
    r"\b(?P<word>includ(?:e|es|ed|ing)|(?:sets?|setting|puts?|putting)\s+aside"
    r"|earmark(?:s|ed|ing)?|allocat(?:e|es|ed|ing)|devot(?:e|es|ed|ing)"
    r"|reserv(?:e|es|ed|ing))\s+$",
    regex.I,
)
#: one of these stands in every match of :data:`_INCLUDED`
_INCLUDED_WORDS = ("includ", "aside", "earmark", "allocat", "devot", "reserv")


def included_part(
    text: str, q: Quantity, bound: Span, start: int, *, cues: Cues | None = None
) -> Span | None:
    """The word that makes ``q`` a part of the whole a measure word before it
    names: "the 96 dead included eleven children", "the injured include 14
    firefighters", or that it sets aside for one purpose: "The budget sets
    aside EUR 210 million for schools", "earmarks EUR 60 million for flood
    defences".  A figure that counts its own measure word ("included 11
    children", for a claim measuring children) is the whole of that."""
    if bound[1] > q.start:
        return None
    lead = max(start, q.start - 20)
    if cues is not None and cues.lacks(lead, q.start, _INCLUDED_WORDS):
        return None
    found = _INCLUDED.search(text, lead, q.start)
    if found is None or found.start() < bound[1]:
        return None
    return found.span("word")


#: how far before a figure a seat held "with a majority of" is read
_SEAT_REACH = 160
# "Sunak held his own seat of Richmond with a majority of more than 12,000",
# "kept her seat with a majority of 9,400": one seat's contest, not the
# chamber's majority
_SEAT_MAJORITY = lazy(
    r"\b(?:held|kept|retained|won|holds|keeps|retains|wins|defended)\s+"
    r"(?P<seat>(?:his|her|their|its|the)\s+(?:own\s+)?seat\b[^.;!?\n\d]{0,100}?)"
    r"\s+with\s+a\s+majority\s+of\s+(?:(?:more\s+than|over|about|around|some"
    r"|nearly|almost|just|only|under|fewer\s+than|less\s+than)\s+)?$",
    regex.I,
)


def owned_part(
    text: str,
    q: Quantity,
    bound: Span,
    start: int,
    *,
    cues: Cues | None = None,
) -> Span | None:
    """The owner that makes ``q`` a member's figure, if any.

    ``bound`` is the measure word ``q`` counts and ``start`` where the
    words that may qualify it begin.  A place or a name owns the figure when
    its possessive stands right before the number ("Doran's 96 dead", "the
    province's 40 dead") or before the measure word that comes before it
    ("Doran's death toll rose to 96").  A name that "the" opens ("the
    Halvard Star's 24 crew"), or that names an event or a time ("Typhoon
    Mirel's 64 dead", "Sunday's toll"), owns the whole.  A seat held "with
    a majority of" owns the majority that follows.
    """
    seat = None
    if cues is None or not cues.lacks(
        max(0, q.start - _SEAT_REACH), q.start, ("seat",)
    ):
        # "held his own seat with a majority of 12,000": the seat's contest
        seat = _SEAT_MAJORITY.search(text, max(0, q.start - _SEAT_REACH), q.start)
    if seat is not None:
        return seat.span("seat")
    lead = max(start, min(q.start, bound[0]) - _REACH)
    if cues is not None and cues.lacks(lead, q.start, ("'s", "’s")):
        return None
    # (a possessive and white space end every match of _OWNS_NUMBER)
    found = (
        _OWNS_NUMBER.search(text, max(start, q.start - _REACH), q.start)
        if text[max(start, q.start - _REACH) : q.start].rstrip().endswith(_POSSESSIVES)
        else None
    )
    if found is None and bound[1] <= q.start:
        before = max(start, bound[0] - _REACH)
        found = _OWNS_MEASURE.search(text, before, bound[0])
    if found is None:
        return None
    if found.group("place") is not None:
        return found.start(), found.end("place") + 2
    name_start = found.start("name")
    words = found.group("name").split()
    if words[0].casefold() == "the":
        return None
    if _THE.search(text, max(0, name_start - 5), name_start):
        return None
    # the word before, in the name's own paragraph ("Typhoon Mirel's"; a
    # headline's last word is none)
    lead = max(0, name_start - 20, text.rfind("\n", 0, name_start) + 1)
    prior = text[lead:name_start].split()
    if any(w.casefold() in _NOT_MEMBERS for w in [*words, *prior[-1:]]):
        return None
    if is_titled(text, found.group("name"), name_start, lead=False):
        # "Dravonia's 160 dead" under "Dravonia floods": the story's own (a
        # name of the first paragraph may be one member of several)
        return None
    if is_source(text, found.group("name")):
        # "Unicef's death toll": the count a source gives, not a member's
        return None
    return name_start, found.end("name") + 2


# "between them", "a combined 1,800", "across the two fires",
# "across Tarn, Besk and Oller", "both fires": a sum over several members
_GROUPS = (
    r"(?:fires|blazes|wildfires|provinces|states|counties|districts|regions"
    r"|countries|nations|cities|towns|villages|islands|storms|quakes|floods"
    r"|attacks|blasts|sites|camps|mines|plants|factories|hospitals|areas"
    r"|zones|municipalities|prefectures|departments|boroughs|parishes|cantons"
    r"|valleys|river\s+basins|incidents|events|outbreaks)"
)
# every match but the last form opens with one of its own words
_SEVERAL_SAID = lazy(
    rf"""
      \b(?P<mark>between\s+them)\b
    | \b(?P<mark>combined)\b
    | \b(?P<mark>across\s+(?:the\s+|all\s+)?(?:two|three|four|five|six|seven
        |eight|nine|ten|both|several|\d+)\s+(?:[^\W\d_]+\s+)?{_GROUPS})
    | \b(?P<mark>across)\s+(?:the\s+)?(?-i:\p{{Lu}})[\w-]*
        (?:,\s+(?-i:\p{{Lu}})[\w-]*)*,?\s+and\s+(?-i:\p{{Lu}})[\w-]*
    | \b(?P<mark>(?:both|the\s+(?:two|three|four|five))\s+(?:[^\W\d_]+\s+)?
        {_GROUPS})
    """,
    regex.I | regex.X,
)
# "the Ashby and Corran fires": opens at any capital, so it is searched on
# its own (one pattern of both forms scans several times slower)
_SEVERAL_NAMED = lazy(
    rf"""
      (?-i:\p{{Lu}})[\w-]*\s+and\s+(?:(?-i:\p{{Lu}})[\w-]*
        |its\s+(?:two|three|four|five|\d+)?\s*[^\W\d_]+)\s+(?P<mark>{_GROUPS})
    """,
    regex.I | regex.X,
)
# what a match of either holds, tested in the folded text first: one of
# these words each match of _SEVERAL_SAID (or one of _SAID_COUNTS and a group
# noun), one of the group nouns each match of _SEVERAL_NAMED
_SAID_WORDS = ("between", "combined", "across")
#: what the other matches of _SEVERAL_SAID open with, before a group noun
_SAID_COUNTS = ("both", "two", "three", "four", "five")
_GROUP_WORDS = tuple(
    """fires blazes wildfires provinces states counties districts regions
    countries nations cities towns villages islands storms quakes floods
    attacks blasts sites camps mines plants factories hospitals areas zones
    municipalities prefectures departments boroughs parishes cantons valleys
    basins incidents events outbreaks""".split()
)


def several_members(
    text: str,
    q: Quantity,
    start: int,
    end: int,
    *,
    cues: Cues | None = None,
) -> Span | None:
    """The words that make ``q`` a sum over several members, if any.

    ``[start, end)`` is where the words that may qualify it stand: "the Ashby
    and Corran fires have burned 3,000 acres between them", "a combined
    1,800", "in all, across the three provinces, 412 died", "412 people
    across Tarn, Besk and Oller".
    """
    # the words may stand across the cuts of its clauses ("across the Ashby
    # and Corran fires,"), or open the clause before when no figure stands
    # between ("The two fires, Ashby and Corran, have together killed five")
    lead, tail = max(0, start - _REACH), min(len(text), end + _REACH)
    said = groups = True
    if cues is not None:
        groups = cues.starts_within(lead, tail, _GROUP_WORDS)
        # "both", "the two" count only a group noun of the list
        said = cues.starts_within(lead, tail, _SAID_WORDS) or (
            groups and cues.starts_within(lead, tail, _SAID_COUNTS)
        )
        if not said and not groups:
            return None
    for m in _several(text, lead, tail, said=said, named=groups):
        if q.start <= m.start() < q.end or m.start() >= end:
            continue
        if m.start() < start and _DIGIT.search(text, m.end(), q.start):
            continue
        return m.span("mark")
    return None


def _several(
    text: str, pos: int, endpos: int, *, said: bool = True, named: bool = True
) -> Iterator[regex.Match[str]]:
    """The matches of both patterns in ``text[pos:endpos]``, as one pattern
    of all their forms (the first pattern's before the second's) would find
    them: the leftmost, the first pattern's where both start at one place,
    each search going on where the last match ended.  ``said``, ``named``:
    whether the first, the second may match at all (one of their words
    stands there)."""
    search = _SEVERAL_SAID.search
    other = _SEVERAL_NAMED.search(text, pos, endpos) if named else None
    while True:
        first = search(text, pos, endpos) if said else None
        if other is not None and other.start() < pos:
            # a match is the same whatever place the search began from
            other = _SEVERAL_NAMED.search(text, pos, endpos)
        if first is None or (other is not None and other.start() < first.start()):
            first = other
        if first is None:
            return
        yield first
        pos = first.end()


_DIGIT = lazy(r"\d")


# "Orsan won 2.3 million votes", "the opposition took 41% of the vote", "the
# Union won 48 seats": what one contender won is its share of the whole
_WON = lazy(
    r"\b(?P<verb>won|wins|win|took|takes|received|receives|secured|secures"
    r"|garnered|garners|polled|polls|captured|captures|obtained|holds|held"
    r"|picked\s+up|(?:came|finished|ended|placed)\s+(?:[^\W\d_]+\s+)?with)"
    r"\s+(?:(?:just|only|a\s+record)\s+)?$",
    regex.I,
)
_WON_SET = frozenset(
    (
        *"won wins win took takes received receives secured secures garnered".split(),
        *"garners polled polls captured captures obtained holds held picked".split(),
        "with",
    )
)
# what a contender wins: votes, seats, a share of the vote
_WON_SHARE = lazy(
    r"(?:\s+(?:of|in|the|all|valid|popular|total|available|contested|national"
    r"|regional|parliamentary|million|billion|thousand|per|cent|percent"
    r"|[\w-]+(?:'s|’s)|[\d.,%]+)\b%?){0,6}?\s+(?:votes?|ballots?|seats?"
    r"|mandates?)\b",
    regex.I,
)
# who won: a name ("Orsan", "the Farmers' League", "Teodor Vask") or a
# party's noun ("the opposition", "the two ruling parties")
_NAME_RUN = lazy(r"(?-i:\p{Lu})[\w'’-]*(?:\s+(?-i:\p{Lu})[\w'’-]*){0,3}", regex.I)
_PARTY = lazy(
    r"\b(?:[\w'’-]+\s+){0,2}(?:opposition|party|parties|list|alliance|coalition"
    r"|bloc|front|camp|candidate|candidates|incumbent|challenger|movement"
    r"|league|union)\b",
    regex.I,
)
_ARTICLES = frozenset("the a an".split())
_WON_REACH = 80
# a share of the vote told again as a count: "56.2 per cent of the vote, or",
# "58% of the votes, that is about", "55.5 per cent of the ballots cast, or",
# "won 58.59 per cent and"
_RESTATED = lazy(
    r"\d[\d.,]*\s*(?:%|per\s*cent|percent)(?:\s+of\s+(?:the\s+|all\s+)?"
    r"(?:valid\s+|popular\s+)?(?:votes?|ballots?)(?:\s+cast)?)?\s*,?\s*"
    r"(?:or|and|that\s+is|i\.\s?e\.)\s*,?\s+(?:(?:about|around|roughly|some|nearly"
    r"|almost|over|more\s+than|just\s+over|just\s+under)\s+)?$",
    regex.I,
)
_PRONOUN_WON = lazy(
    r"\b(?P<pronoun>he|she|they|it)\s+(?:(?:also|has|have|had)\s+)?$", regex.I
)
#: the last word before a restated count (the hedge read by ``_RESTATED``)
_RESTATING = frozenset(
    "or and is i.e. i.e., about around roughly some nearly almost over than".split()
)


def _may_restate(stretch: str) -> bool:
    """Whether ``stretch`` may hold a match of _RESTATED: a share opens each
    ("%", "per cent", "percent"); in ASCII, where lowering folds as the
    pattern does, a stretch holding neither needs no search."""
    return not stretch.isascii() or "%" in stretch or "cent" in stretch.lower()


def contender_part(text: str, q: Quantity) -> Span | None:
    """The contender whose share of the votes or seats ``q`` is, if any.

    "Orsan won 2.3 million votes", "The opposition took 41% of the vote",
    "The Union's main rival, the Farmers' League, won 39 seats": a figure
    after a verb of winning counts what its subject won, one contender's
    share of the whole (the votes cast, the seats of the chamber).  The
    contender is the last name or party before the verb in its sentence (the
    clause cut before "with" is no bound: "Orsan came first with 2.3
    million votes"): the appositive, where one follows a relation ("Orsan's
    rival, Teodor Vask").
    """
    figure = q.start
    lead = max(0, figure - 24)
    # the verb is one of the two words before the number
    words = text[lead:figure].casefold().split()[-2:]
    if (
        words
        and words[-1] in _RESTATING
        and not _WON_SET.intersection(words)
        and _may_restate(text[max(0, figure - _WON_REACH) : figure])
    ):
        # "won 56.2 per cent of the vote, or 231,500 votes": the same share
        # told again as a count, the share's contender's
        share = _RESTATED.search(text, max(0, figure - _WON_REACH), figure)
        figure = figure if share is None else share.start()
        lead = max(0, figure - 24)
        words = text[lead:figure].casefold().split()[-2:]
    if not _WON_SET.intersection(words):
        return None
    verb = _WON.search(text, lead, figure)
    if verb is None or _WON_SHARE.match(text, q.end, q.end + _WON_REACH) is None:
        return None
    subject = max(0, verb.start() - _WON_REACH)
    subject = 1 + max(text.rfind(c, subject, verb.start()) for c in ".;:!?\n")
    subject = max(subject, verb.start() - _WON_REACH)
    # the last stretch between commas that names someone: "Orsan's rival,
    # Teodor Vask, took" names Vask
    cuts = [subject, *(m.end() for m in _COMMA.finditer(text, subject, verb.start()))]
    for a in reversed(cuts):
        b = next((c - 1 for c in cuts if c > a), verb.start())
        found: list[Span] = [
            m.span()
            for m in (
                *_PARTY.finditer(text, a, b),
                *(n for n in _NAME_RUN.finditer(text, a, b) if _names(n.group())),
            )
        ]
        if found:
            # the last named; a party's noun after a name takes it in
            # ("Orsan's party")
            return max(found, key=lambda f: (f[1], f[1] - f[0]))
    # "He won 58.59 per cent of the vote, or 96.2 million votes": a count
    # restated from a share is that one contender's, named before or not
    # (the share itself is left to the reading of its sentence's names)
    pronoun = (
        _PRONOUN_WON.search(text, subject, verb.start()) if figure < q.start else None
    )
    return None if pronoun is None else pronoun.span("pronoun")


def _names(run: str) -> bool:
    """Whether a run of capitalised words names a contender: not only an
    article opening a sentence, nor an event or a time."""
    words = [w for w in run.split() if w.casefold() not in _ARTICLES]
    return bool(words) and not any(w.casefold() in _NOT_MEMBERS for w in words)


_COMMA = lazy(r",")


# a claim's measure naming all that was cast or won: "votes cast", "valid
# votes", "turnout", "seats in the chamber"
_WHOLE_WORDS = lazy(
    r"\b(?:cast|valid|total|turnout|overall|electorate|chamber|assembly|parliament"
    r"|house|council|legislature)\b",
    regex.I,
)


def sums_contenders(measure: Terms, context: tuple[Terms, ...]) -> bool:
    """Whether a claim is about more than the contender a figure is won by.

    A claim whose measure names the whole of a contest ("votes cast",
    "turnout", "valid votes") or whose context names a contender (one the
    figure's own contender is not, see :func:`contender_part`) is not
    about what one contender won; a claim on plain "votes" or "seats"
    without a context may be, as a story on one winner writes it.
    """
    return bool(context) or any(
        _WHOLE_WORDS.search(term.text) is not None for term in measure.terms
    )
