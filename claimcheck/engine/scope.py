"""What a figure is about: the whole, or a part, another period or event.

A sub-editor reads "nine of them in a single hamlet", "the previous season's",
"year to date", "an unrelated tremor on Friday" as about something other
than the story's whole; the index records it on each mention (:func:`scope_of`,
:func:`combined` for a figure of two measures; a change's way: :mod:`.changes`).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from typing import Literal

import regex

from claimcheck.engine.additions import addition
from claimcheck.engine.apposedparts import apposed_part
from claimcheck.engine.bodies import another_body, other_owner
from claimcheck.engine.capacities import capacity_of
from claimcheck.engine.changedsince import changed_since
from claimcheck.engine.changes import share_as_level, share_of_change
from claimcheck.engine.combined import combined
from claimcheck.engine.comparisons import compared_event
from claimcheck.engine.cues import Cues
from claimcheck.engine.earlier import earlier_count, listed_part, past_event
from claimcheck.engine.firststages import first_stage
from claimcheck.engine.fractionsets import fraction_set
from claimcheck.engine.homes import names_home
from claimcheck.engine.margins import margin_of
from claimcheck.engine.members import (
    contender_part,
    included_part,
    owned_part,
    several_members,
)
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.occasions import one_of_several
from claimcheck.engine.parallels import parallel_of
from claimcheck.engine.partitives import (
    counted_from,
    owners_group,
    portion_of,
    subset_of,
)
from claimcheck.engine.pastyears import earlier_event, event_of_year, year_event
from claimcheck.engine.patterns import lazy, lazy_re
from claimcheck.engine.peaks import worst_time
from claimcheck.engine.places import place_part, subject_part
from claimcheck.engine.placesizes import place_size
from claimcheck.engine.populations import home_to, living_in, of_those, told_in_place
from claimcheck.engine.precedents import dated_sentence, framed_occasion
from claimcheck.engine.progress import dug_part
from claimcheck.engine.prompted import prompted_by
from claimcheck.engine.qualifiers import qualified
from claimcheck.engine.relativeheads import dated_precedent, named_relative
from claimcheck.engine.sceneparts import scene_part
from claimcheck.engine.scopeforms import scope_cues
from claimcheck.engine.sets import set_of
from claimcheck.engine.sides import stopped_side
from claimcheck.engine.standing import standing_figure
from claimcheck.engine.subgroups import subgroup
from claimcheck.engine.timeclauses import dated_after
from claimcheck.engine.votesides import vote_side
from claimcheck.engine.yearspans import span_total

__all__ = [
    "Scope",
    "addition",
    "combined",
    "scope_of",
]

#: "" for the whole; else what the figure is about instead
Scope = Literal[
    "", "part", "period", "event", "interim", "addition", "member", "stopped", "subset",
    "floor", "difference", "capacity", "set", "population", "body", "position",
    "standing", "workforce",
]  # fmt: skip

_LIVING = ("liv", "who", "resid")
_SCOPES = lazy(
    r"""
    (?P<part>
        \b(?:in|at|on|from|inside)\s+(?:a\s+single|one|just\s+one|a\s+lone)\s+[^\W\d_]+
      | \balone\b
      | \bamong\s+(?!(?:the\s+)?(?:(?:total|overall|combined)\s+(?:of\s+)?)?\d)
          (?:(?:the|those|these|its|their)\s+)?[^\W\d_]+
      | \b(?:in|on|across|from)\s+(?:the|its)\s+
          (?:north|south|east|west|central)(?:ern|[- ]?(?:east|west)(?:ern)?)?
          \s+[^\W\d_]+
      | \b(?:in|across|from)\s+(?:the\s+)?(?:(?-i:\p{Lu})[\w'’-]*\s+){1,3}
          (?:province|district|county|region|state|governorate|prefecture
          |municipality|department)\b
      | \b(?:in|across|from)\s+the\s+(?:province|district|county|region|state
          |governorate|prefecture|municipality|department)\s+of\s+(?-i:\p{Lu})
      | \b(?:in|at|from)\s+(?:the|a)\s+(?:nearby|neighbou?ring|outlying|remote
          |small|tiny)\s+(?:hamlet|village|town|suburb|neighbou?rhood|parish
          |settlement|community)\b
      | \b(?:hamlet|village|suburb|neighbou?rhood|parish|settlement|township)
          \s+of\s+(?-i:\p{Lu})[\w'’-]*
      | \b(?:in|from|across)\s+the\s+(?:capital|(?-i:\p{Lu})[\w'’-]*\s+
          (?:market|division|unit|segment|arm|business|operations))\b
      | \b(?:in|from|across)\s+(?:the\s+)?(?:neighbou?ring|nearby|adjacent)
          \s+(?-i:\p{Lu})[\w'’-]*
      | \b(?:the|a)\s+(?:worst|hardest|most\s+badly|badly)[- ](?:hit|affected|damaged)
          \s+(?:hamlet|village|town|city|district|province|region|area|suburb|county)
          \b(?:,?\s+(?:of\s+)?(?-i:\p{Lu})[\w'’-]*(?:\s+(?-i:\p{Lu})[\w'’-]*)?)?
      | \b(?:beside|besides|alongside)\s+the\s+(?:national|overall|total
          |countrywide|nationwide|statewide)\s+(?:toll|total|tally|count|figure)\b
    )
    | (?P<period>
        \byear[- ]to[- ]date\b
      | \bso\s+far\s+this\s+(?:year|season)\b
      | \bthis\s+(?:year|season)\s+(?:so\s+far|to\s+date)\b
      | \b(?:previous|prior|preceding|last|past)\s+(?:year|season|session|quarter
          |month|week|decade|election|day)(?:'s|’s)?\b
      | \ba\s+year\s+(?:earlier|ago|before)\b
      | \b(?:in|over|during)\s+the\s+(?:past|last|previous|preceding)\s+
          (?:\d+|twenty-four|forty-eight|few|several)\s+hours\b
      | \b(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th)\s+(?:quarter|half)\b
      | \bin\s+(?:the\s+)?(?:19|20)\d\d\b
      | \b(?:in|during|over)\s+(?:the|its|their)\s+first\s+(?:\d+|two|three|four
          |five|six|seven|eight|nine|ten|few)\s+(?:hours|days|weeks|months)\b
      | \b(?:in|during|over)\s+the\s+(?:\d+|two|three|four|five|six|seven|eight
          |nine|ten|eleven|twelve)\s+(?:days|weeks|months)\s+(?:to|through
          |until|ending|ended)\b
      | \bat\s+(?:the|its|their)\s+(?:peak|height)\b
      | \b(?:the|its|their)\s+(?:deadliest|worst|busiest|hottest|wettest)\s+
          (?:single\s+)?(?:day|week|month|night|weekend)\b
      | \b(?:by|as\s+of)\s+(?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\b\.?|p\.?m\b\.?)
          |\d{1,2}[:.]\d\d\b|noon\b|midday\b|mid-?morning\b|mid-?afternoon\b
          |lunchtime\b)
    )
    | (?P<event>\b(?:unrelated|separate|separately|elsewhere|similar|comparable
        |sister)\b)
    | (?P<interim>
        \bwith\s+(?:[\w%-]+\s+){1,4}(?:reporting|counted|tallied|declared|returned
          |verified)\b
      | \b(?:partial|preliminary|early|interim)\s+
          (?:results|count|returns|figures|tally)\b
    )
    """,
    regex.I | regex.X,
)


# Most stretches a figure's scope is read in hold none of them, and the
# pattern is skipped.
_SCOPE_CUES = lazy_re(scope_cues())
_SINCE = lazy(r"\bsince\b", regex.I)
# "up 6% on last year", "down from the previous quarter": the base compared
# with, not the figure's own period
_BASE = lazy(
    r"\b(?:on|from|than|over|versus|vs\.?|with|against)\s+(?:the\s+)?$", regex.I
)
_ALONE_IN = lazy(
    r"\b(?:in|at|on|among|from)\s+(?:the\s+)?(?:[^\W\d_][\w'’-]*\s+){1,3}$",
    regex.I,
)
_OF_THEM = lazy(r"\s+of\s+(?:them|whom|those|these)\b", regex.I)
_WHERE = lazy(r"\s*where\b", regex.I)
_FINITE = lazy(r"\b(?:is|are|was|were|has|have|had|will|would)\b", regex.I)
_COMMA = lazy(r",\s")


def _fronted(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of ``text[start:end]``, cut at commas."""
    cuts = [start, *(m.end() for m in _COMMA.finditer(text, start, end)), end]
    return [(a, b) for a, b in itertools.pairwise(cuts) if b > a]


_ASIDE = lazy(
    r",\s*(?:which|who|whose|filed|lodged|submitted|published|released|issued"
    r"|presented)\b[^,;]*,",
    regex.I,
)
#: the words an aside opens with, a test before the pattern
_ASIDE_WORDS = (
    "which", "who", "filed", "lodged", "submitted", "published", "released",
    "issued", "presented",
)  # fmt: skip
# "one of the oldest homes", "12 of the survivors": the noun names the whole
_OF_THE = lazy(r"\s+of\s+(?:the|its|their|his|her|our)\b", regex.I)


def scope_of(
    text: str,
    q: Quantity,
    start: int,
    end: int,
    *,
    bound: tuple[int, int],
    hits: Sequence[tuple[int, int]] = (),
    earlier: Sequence[tuple[int, int]] = (),
    counts_noun: bool = False,
    own: int | None = None,
    cues: Cues | None = None,
) -> tuple[Scope, tuple[int, int] | None]:
    """What the figure ``q`` is about, read in ``text[start:end]``.

    ``[start, end)`` is the quantity's clause and the fronted clauses before
    it ("In a single hamlet above the ridge, the fire killed nine"),
    ``bound`` the measure word it counts, ``hits`` the measure words of its
    sentence and ``earlier`` the measure words that its figures before it
    count; ``counts_noun`` says that ``bound`` is the noun after the number
    and ``own`` where the quantity's own clause begins; ``cues`` (the
    article's) skips the readings that cannot apply.
    Returns the kind and the span of the words that say so, or ``("",
    None)``.
    """
    apposed = apposed_part(text, q, start, cues=cues)  # "Most of the dead, some 610,"
    if apposed is not None and apposed[0] <= bound[0] < apposed[1]:
        return "part", apposed
    if group := fraction_set(text, q, start, bound, counts_noun=counts_noun, cues=cues):
        return "set", group  # "A third of the valley's 60,000 residents"
    added = addition(text, q, start, end, bound=bound, earlier=earlier, cues=cues)
    if added is not None:
        return "addition", added
    subset = subset_of(text, q, end) if q.unit is None else None
    # "33 of the dead were children", for a claim counting children: the kind
    # is the measure itself
    if subset is not None and not subset[0] <= bound[0] < subset[1]:
        # "140 of the 175 dead were children": a kind among the whole
        return "subset", subset
    # "won by 12,480 votes", "a margin of 4,000": how far apart two sides are
    margin = margin_of(text, q, start, end, bound=bound, cues=cues)
    if margin is not None:
        return "difference", margin
    # "the 8,000-container Vessa Crown": what the ship can carry
    capacity = capacity_of(text, q, bound, end)
    if capacity is not None:
        return "capacity", capacity
    # "Mirel airport, which handles 31 million passengers a year", "Tarrow
    # employs 12,000 people": what a place sees in a year, a workforce
    standing = standing_figure(text, q, start, end, bound=bound, cues=cues)
    if standing is not None:
        return standing
    # "4,000 people live in the valley" (prefilter: "live", "who", "resid"),
    # "an island home to about 3,000 people"
    if (
        (cues is None or cues.opens(bound[1], _LIVING, space=True))
        and (living := living_in(text, bound))
    ) or (bound[0] >= q.end and (living := home_to(text, q.start))):
        return "population", living
    # "a population of about 34,500", "Osla, a town of 12,000"
    if living := place_size(text, q, bound):
        return "population", living
    # "opened an investigation after 11 crashes": those known when it began
    if prompted := prompted_by(text, q, cues):
        return "floor", prompted
    # "a $3 billion programme, since expanded": what it was before
    if changed := changed_since(text, q, cues):
        return "period", changed
    if first := first_stage(text, q, start, hits, cues):  # "The first recall"
        return "part", first
    # "bored 38 metres of the rescue tunnel": a portion of the thing measured;
    # "drilled to 38 metres", "9 metres to go": a length dug, or still to dig
    portion = portion_of(text, q, bound, start) or dug_part(
        text, q, bound, start, end, cues=cues
    )
    if portion is not None:
        return "part", portion
    # "Three members voted to hold the rate at 4.5 per cent": a side's wish
    side = vote_side(text, q, start, cues=cues)
    if side is not None:
        return "position", side
    # "All 30 people in the front carriage were killed": at least 30 in all
    scene = None if q.unit else scene_part(text, q, end, bound=bound, cues=cues)
    if scene is not None:
        return "floor", scene
    if q.unit == "share" and not (
        share_of_change(text, q, (start, end)) or share_as_level(text, q, (start, end))
    ):
        # "about a third of those who voted", "half the district": a fraction
        # names a part, rounded; it fits a percentage or says nothing of it
        # (not so the size of a change: "cut its forecast by a third")
        return "part", (q.start, q.end)
    past = (
        past_event(text, q, cues=cues)
        or year_event(text, q, start)
        or dated_precedent(text, q, cues=cues)
        or earlier_event(text, q, start, cues=cues)
        or compared_event(text, q, start, end, cues=cues)
        or framed_occasion(text, q, end, cues=cues)
        or event_of_year(text, q, start)
    )
    if past is not None:
        return "event", past
    # "The deadliest day was 14 August, when 212 people died": a part of it
    dated = (
        dated_sentence(text, q, cues=cues)
        or worst_time(text, q, start, own, cues=cues)
        or span_total(text, q, start, end, bound=bound, cues=cues)
        # "Nine people died when a lorry hit a minibus there in 2011"
        or dated_after(text, q, cues=cues)
    )
    if dated is not None:
        return "period", dated
    if q.unit == "%":
        # "a 27 per cent fee on linked purchases": a special case's rate
        special = qualified(
            text, start, end, figure=(q.start, q.end), bound=bound, cues=cues
        )
        if special is not None:
            return special
    of = cues is None or cues.opens(q.end, ("of",), space=True)
    part = _OF_THEM.match(text, q.end, end) if of else None
    # "nine of them were killed" is a part of the whole (not of those
    # present: "carried 52 passengers, and 12 of them were killed"); "two of
    # them foreigners" counts foreigners, the noun right after
    if part is not None and (
        bound[0] < part.end() or text[part.end() : bound[0]].strip()
    ):
        of_kind = of_those(text, q.start, bound, earlier)
        if of_kind:
            return told_in_place(text, of_kind, part.span(), end)
    # "in 36 of the country's 38 provinces": 38 every province there is
    taken = set_of(
        text, q, start, end, bound=bound, hits=hits, earlier=earlier, cues=cues
    )
    if taken is not None:
        return "set", taken
    whole = _OF_THE.match(text, q.end, end) if counts_noun and of else None
    if (
        whole is not None
        and bound[0] >= whole.end()
        and not counted_from(text, q, end)
        # "5,100 of the city's teachers walked out": those of the group who did
        and not owners_group(text, whole.end(), bound[0])
    ):
        # "one of the oldest homes": a member of the whole the noun names
        return "part", whole.span()
    asides = (
        [a.span() for a in _ASIDE.finditer(text, start, q.start)]
        # "The complaint, filed in Fulton County Superior Court, says": where
        # the complaint was filed, not the figure's place
        if cues is None or not cues.lacks(start, q.start, _ASIDE_WORDS)
        else []
    )
    if own is not None and own > start and not _WHERE.match(text, own, end):
        # a fronted clause with a verb of its own ("Its centre was in Al Haouz
        # province, at a depth of 8 km") says where something else is; one
        # without ("In a single hamlet, ...") or one that "where" points back
        # to ("were in Harlan County, where 9 died") qualifies the figure
        asides += [
            (c_start, c_end)
            for c_start, c_end in _fronted(text, start, own)
            if _FINITE.search(text, c_start, c_end)
        ]
    folded = None if cues is None else cues.folded
    scopes = (
        _SCOPES.finditer(text, start, end)
        if folded is None
        else _scopes_at_cues(text, folded, start, end)
    )
    for m in scopes:
        if q.start <= m.start() < q.end:
            continue
        # "The outbreak, which began in Dorsey province, has reached": an
        # aside about the whole, not the figure's own qualifier
        if any(a[0] <= m.start() < a[1] for a in asides):
            continue
        kind = m.lastgroup
        if kind == "part" and names_home(text, m.span(), q.start):
            # "across Lethmark province", in a story about Lethmark: the whole
            continue
        # "19 foreigners were among the dead", "two of them foreigners": the
        # whole is named, and the figure counts a part by its own measure word
        if kind == "part" and any(
            m.start() <= h[0] < m.end() and h != bound for h in hits
        ):
            continue
        # "wounded since joining the war last year": the start of the whole;
        # "up 6% on last year": the base compared with
        if kind == "period":
            since = _last_since(text, start, m.start())
            if since is not None and since.end() <= q.start and q.end <= m.start():
                # "the deadliest since a quake killed 212 people in 1963": the
                # figure counts the earlier event the "since" clause names
                return "event", (since.start(), m.end())
            # "up 6% on last year": the base a change after the figure is
            # compared with ("The toll from last year's flood" is no base)
            if since is not None or (
                m.start() >= q.end and _BASE.search(text, start, m.start())
            ):
                continue
        if kind == "part" and own is not None and m.end() <= own:
            # "Among Norvia's neighbours, Pellaria counted 11,300 deaths": the
            # place that counts in the figure's own clause owns it
            subject = subject_part(text, q, end, cues=cues)
            if subject is not None:
                return "part", subject
        if kind in ("part", "period", "event", "interim"):
            span = m.span()
            if kind == "part" and m.group() == "alone":
                # "in Lenn alone": the place is what it scopes
                put = _ALONE_IN.search(text, max(start, span[0] - 40), span[0])
                span = (put.start(), span[1]) if put else span
            return kind, span  # type: ignore[return-value]
    # "80 percent of services were cancelled": the other side of those that ran
    stopped = stopped_side(text, q, bound, end, cues=cues)
    if stopped is not None:
        return "stopped", stopped
    # "The Liberals won 412 seats and the Greens 121": the second subject's
    # figure, a part of any whole the first clause counts
    if own is not None and bound[1] <= own:
        second = parallel_of(text, q, (own, end))
        if second is not None:
            return "part", second
    # "Orsan won 2.3 million votes": one contender's share of the whole
    contender = contender_part(text, q)
    if contender is not None:
        return "member", contender
    # "Doran's 96 dead", "a combined 3,000 acres": a member's figure, or one
    # summed over several members
    member = owned_part(text, q, bound, start, cues=cues)
    if member is None:
        # "Norbeck Dairies, its main rival, was fined 120 million euros":
        # another body's figure (see bodies.py for which may still count)
        body = another_body(text, q, cues=cues)
        # "Turnout reached 58.9 per cent": the measure word opening its
        # sentence is no other body
        if body is not None and not (body[1][0] < bound[1] and bound[0] < body[1][1]):
            return body
    member = member or (
        other_owner(text, q, bound, start, end, cues=cues)
        or included_part(text, q, bound, start, cues=cues)
        or several_members(text, q, start, end, cues=cues)
        or subgroup(text, q, bound, end)
        or one_of_several(text, q, start, end, cues=cues)
        or place_part(text, q, start, start if own is None else own, end, cues=cues)
        or named_relative(text, q, cues=cues)  # "Norvia, which sent 140,000"
    )
    if member is not None:
        return "part", member
    place = listed_part(text, q, own if own is not None else start, end, cues=cues)
    if place is not None:
        return "part", place
    before = earlier_count(text, q, start, end, own, cues=cues)
    if before is not None:
        return "interim", before
    return "", None


def _scopes_at_cues(
    text: str, folded: str, start: int, end: int
) -> Iterator[regex.Match[str]]:
    """``_SCOPES.finditer(text, start, end)``, tried only where _SCOPE_CUES
    finds a form in the folded text (every match opens where one does)."""
    search = _SCOPE_CUES.search
    match = _SCOPES.match
    cue = search(folded, start, end)
    while cue is not None:
        at = cue.start()
        m = match(text, at, end)
        if m is None:
            cue = search(folded, at + 1, end)
            continue
        yield m
        cue = search(folded, m.end(), end)


def _last_since(text: str, start: int, end: int) -> regex.Match[str] | None:
    """The last "since" in ``text[start:end]``: one after the figure dates the
    start of the whole ("wounded since joining the war last year"), one before
    it opens the clause of an earlier event that holds the figure."""
    since = None
    for since in _SINCE.finditer(text, start, end):  # noqa: B007
        pass
    return since
