"""Whose number is it: the binding rule.

How a number is bound to the measure it counts (the *binding rule*):

1. Sentences are cut into clauses at ``;``, ``:``, ``, ``, dashes, and before
   coordinating or subordinating words (``and``, ``but``, ``while``,
   ``because``, ``if``, ``when``, ``since``, ``with``...).  A quantity's span
   is never cut (``between 10,000 and 12,000`` stays whole).
2. Within its clause, a quantity competes with every *measure word*: the
   measure terms of every quantity claim in the suite, plus a built-in list of
   common event words (killed, arrested, evacuated...) so that a number the
   suite has no claim for is not handed to a claim it does not belong to.
   Units steer: a measure word competes only for quantities of a kind its
   claims take (a count, a percentage, a sum of money...): ``12.4%`` never
   binds to ``tested``, a count, nor ``480 metres`` to ``trapped``.
3. Durations and people's ages bind to nothing: ``for 40 hours``, ``some ten
   days earlier`` (rule ``duration``, unless a measure word takes it as its
   object: ``lasted 10 days``), ``a 12-year-old girl``, ``aged 57`` (rule
   ``age``); nor do rates (``12 metres a day``: ``rate``), ``one`` standing
   for a noun (``found near one``: ``pronoun``) or a figure of a report called
   false (``dismissed reports of 40 dead``: ``denied``, see
   :mod:`claimcheck.engine.denials`).  A number joined to a noun by a hyphen
   counts that noun (``a 40-vehicle pile-up``: ``compound``).
4. Otherwise the quantity binds to the first of:

   a. **object**: a measure word right before it, separated only by articles
      and prepositions (``sent at least 11,000``, ``the capture of two``);
   b. **subject**: the head of the first finite verb group after it (``300
      soldiers sent to aid Russia have been killed``: ``have been killed``,
      not ``sent``); past one or two asides between commas when its clause
      ends at one (``300 soldiers, sent to aid Russia, were killed``), unless
      the quantity sits in an aside itself (``including 12 children,``); a
      clause of its own between commas resumes at once when the next opens
      with a verb group (``The miners, 23 in all, were trapped``);
   c. **counted noun**: the noun right after it, past modifiers and a
      partitive (``1,460 confirmed cases``, ``31 of those aboard drowned``):
      its first measure word is bound (``26 foreign nationals killed``); a
      participle ends the phrase (``2,700 injured fighting for Russia``).  The
      counted noun also beats an object that is only a built-in event word
      (``sent 800 firefighters`` counts firefighters).  When the noun is a
      thing no measure names (``rescued 3 fishing boats``, ``hauled 40 water
      tankers``), the quantity binds to nothing: it counts that thing.  It
      beats a subject's verb that is only a built-in event word as well
      (``40,000 clients were affected``);
   d. **named**: the noun phrase after ``the number of`` earlier in its
      clause, read as a counted noun (``The number of firefighters sent north
      rose to 800``);
   e. **nearest**: the nearest measure word in the clause, counted in words.
5. The whole in a partitive (``2 of the 10 hostages were killed``) never binds
   to the predicate, only to a measure word that modifies it or to the verb
   of a relative clause on its noun (``of the 60 pupils who fell ill``); the
   part takes the verb after the whole (``Two of the 14 children in hospital
   died``, see :mod:`claimcheck.engine.partitives`).  A part with no verb or
   noun of its own counts the whole's noun (``won in 36 of the country's 38
   provinces``), and the whole is then the set it is taken from
   (:mod:`claimcheck.engine.sets`).
6. A quantity whose clause holds no measure word reaches further
   (:mod:`claimcheck.engine.reach`):

   - **resumed**: a clause that only continues a verb (``climbed to 61``,
     ``to $4.2bn``, ``still numbered 17``) binds to the last measure word of
     the clause it continues, past asides (``The number of injured, however,
     climbed to 61``);
   - **anaphor**: ``their number``, ``the figure``, ``it``, ``they`` opening
     the sentence stand for the first measure word of the sentence before, in
     the same paragraph (``Volunteers arrived on Friday. Their number has
     since grown to roughly 800``); ``put the figure at 20`` and ``later
     raised it to 40,000`` for the measure word of the last figure bound in
     its sentence;
   - **fronted**: a bare figure ending its clause counts the noun of a whole
     fronted with ``of`` and a number (``Of the 34 provinces, the bloc
     carried 23``);
   - **appositive**: a measure named right after it in the next clause
     (``12.4% were positive, a positivity rate officials called alarming``).

Counts of one noun joined by ``and`` are summed (``two passenger trains and a
freight train``: ``sum``), and so is a group of people (``a driver and four
passengers``; ``group`` where a member has no count: see :mod:`.sums`,
:mod:`.groups`).  A unit joined to its number before a thing gives its size
(``a 44-tonne lorry``: ``compound``, :mod:`.properties`).  A claim sees the
quantities bound to its own measure words.  Two measure words joined by
``or``/``and`` around the bound one (``1,800 dead or injured``) make a
*combined* figure, which counts for neither (:func:`.scope.combined`).  "All"
makes one figure count a group and what every one of them suffered (``All 52
passengers on board were killed``: ``shared``, :mod:`.universals`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

import regex

from claimcheck.engine.agebrackets import BRACKET_FIRST, age_bracket
from claimcheck.engine.asides import AUX, AUX_TAIL
from claimcheck.engine.changes import changed_by, level_of_subject
from claimcheck.engine.countedrun import RUN_WORD, counted_run
from claimcheck.engine.cues import Cues
from claimcheck.engine.denials import denied_report
from claimcheck.engine.durations import TIME_UNITS as _TIME_UNITS
from claimcheck.engine.durations import term_of
from claimcheck.engine.elided import elided_verb
from claimcheck.engine.figurenotes import in_note
from claimcheck.engine.labels import labelled
from claimcheck.engine.nouns import PERSONS, STOP, THING_VERBS
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.partitives import (
    part_after_of,
    past_whole,
    relative_next,
    whole_noun,
)
from claimcheck.engine.patterns import lazy
from claimcheck.engine.personstates import state_after
from claimcheck.engine.personsverb import told_of_persons
from claimcheck.engine.properties import property_of, sized
from claimcheck.engine.qualified import qualified_noun
from claimcheck.engine.rates import per_head, rate_after, rates_before
from claimcheck.engine.slotinit import slot_init

__all__ = ["Binding", "Rule", "bind"]

Rule = Literal[
    "", "object", "subject", "counted noun", "nearest", "partitive", "duration",
    "age", "rate", "pronoun", "resumed", "anaphor", "appositive", "compound", "sum",
    "group", "named", "label", "denied", "answer", "shared", "elided", "fronted",
    "unit",
]  # fmt: skip
Span = tuple[int, int]


@slot_init
@dataclass(frozen=True, slots=True)
class Binding:
    """The measure word a quantity counts (``None``: none) and the rule that said so."""

    bound: Span | None
    rule: Rule


_NONE = Binding(None, "")

_GLUE = frozenset(
    "of to the a an by at for some about another nearly almost around roughly"
    " than least more over up total estimated approximately".split()
)
_PARTITIVE = lazy(r"\bof\s+(?:the|these|those|its|their|his|her|our)?\s*$", regex.I)
_WORD = lazy(r"\w+")

# "7.0", "6.8": a measurement, which counts no noun
_DECIMAL = lazy(r"\d\.\d")
# an age ("12-year-old girl") or a duration ("for 40 hours", "ten days ago")
_AGE_AFTER = lazy(r"-old\b\s*([^\W\d_]+)?")
_AGED_BEFORE = lazy(r"\b(?:aged|age|ages)(?:\s+of)?\s*$", regex.I)  # "the age of five"
_AGED = lazy(r"(?:aged|age|ages)\b", regex.I)
_DURATION_AFTER = lazy(
    r"\s+(?:earlier|later|ago|before|beforehand|afterwards|in\s+a\s+row|running)\b",
    regex.I,
)
_DURATION_BEFORE = lazy(
    r"\b(?:for|within|after|over|during|lasting)\s+(?:(?:some|about|around|nearly"
    r"|almost|roughly|more\s+than|less\s+than|the\s+(?:past|last|next|first))\s+)*$",
    regex.I,
)
# "near one", "a second one": a pronoun, not a count
_PRONOUN_ONE = lazy(
    r"\b(?:near|by|from|to|with|in|on|at|under|over|the|this|that|each|every|any"
    r"|no|which|another|first|second|third|next|last|other)\s+$",
    regex.I,
)


def _duration_or_age(
    text: str, q: Quantity, clause: Span, cues: Cues | None = None
) -> Rule:
    if rate_after(text, q, clause, cues):
        return "rate"
    if labelled(text, q, clause, cues):
        # "a magnitude 6.9 tremor", "walk out for day two": which one
        return "label"
    if q.text.casefold() == "one" and _PRONOUN_ONE.search(text, clause[0], q.start):
        return "pronoun"
    if (
        q.text[:1] in BRACKET_FIRST or text.endswith("than ", 0, q.start)
    ) and age_bracket(text, q, clause):  # "under five", "older than 75"
        return "age"
    if q.unit == "yr":
        after = _AGE_AFTER.match(text, q.end, clause[1])
        if after is not None:
            noun = after.group(1) or ""
            if noun.casefold() in PERSONS or noun[:1].isupper():
                return "age"
    if (
        (cues is None or not cues.lacks(clause[0], q.start, ("age",)))
        and _AGED_BEFORE.search(text, clause[0], q.start)
    ) or (q.text[:1] in ("a", "A") and _AGED.match(q.text)):
        return "age"
    if q.unit in _TIME_UNITS and (
        _DURATION_AFTER.match(text, q.end, clause[1])
        or _DURATION_BEFORE.search(text, clause[0], q.start)
    ):
        return "duration"
    if elided_verb(text, q, clause, cues):
        # "An earlier version said 8 died. Six did.": the correction itself
        return ""
    return "denied" if denied_report(text, q.start, q.end, cues=cues) else ""


def bind(
    text: str,
    q: Quantity,
    clause: Span,
    hits: list[Span],
    *,
    previous_end: int | None,
    resumed: Span | None = None,
    generic: Callable[[Span], bool] = lambda h: False,
    names_object: Callable[[str, str], bool] = lambda verb, noun: False,
    cues: Cues | None = None,
) -> Binding:
    """Bind ``q`` to one of ``hits`` (the measure words of its clause).

    ``previous_end`` is where the quantity before it in the sentence ends
    (for partitives), ``resumed`` the measure word heading the verb group
    past asides (:func:`predicate_past_asides`), and ``generic`` tells a
    built-in event word that no claim of the suite uses, ``names_object``
    whether a term names a noun with a verb after it ("flights cancelled");
    ``cues`` (the article's) skips the readings that cannot apply.
    """
    special = _duration_or_age(text, q, clause, cues)
    daily = rates_before(text, clause, hits, cues)
    if daily:  # "daily losses ... reached EUR 4 million": a rate, not the amount
        hits = [h for h in hits if h not in daily]
        special = special or ("" if hits else "rate")
    # "412 deaths per million inhabitants", "per | million": a rate per head
    rate, hits = per_head(text, q, clause, hits, cues)
    if rate:
        special = "rate"
    if special:
        before = [h for h in hits if h[1] <= q.start]
        # "lasted 10 days", "jailed him for 12 years"; "magnitude 6.8" for a
        # claim measuring magnitude
        if (
            special in ("duration", "label")
            and before
            and (
                _glued(text, before[-1], q)
                or (special == "duration" and term_of(text, before[-1], q, generic))
            )
        ):
            return Binding(before[-1], "object")
        return Binding(None, special)
    if q.unit is None:
        # "a 40-vehicle pile-up", "the three-train crash": the noun the number
        # is joined to is what it counts, whatever measure words stand near
        # (the pattern opens with a hyphen)
        joined = (
            _COMPOUND.match(text, q.end, clause[1])
            if text[q.end : q.end + 1] in _HYPHENS
            else None
        )
        if joined is not None:
            # "a 24-member crew", "a 22-strong crew": the size of the crew
            crew = sized(text, joined, clause, hits)
            return Binding(crew or joined.span(1), "compound")
    elif q.unit not in _TIME_UNITS and text[q.end - 1 : q.end].isalpha():
        # "a 44-tonne lorry", "the 300-metre Halvard Star": a property of a
        # thing, which a measure word of that thing alone counts
        found = property_of(text, q, clause, hits)
        if found is not None:
            return Binding(found[0], "compound")
    if not hits and resumed is None:
        return _NONE
    # the head of the first finite verb group after the quantity, if any
    after_text = text[q.end : clause[1]]
    aux = AUX.search(after_text)
    predicate = None
    while (
        aux is not None
        and aux.group() == "'s"
        and _POSSESSIVE.search(after_text, 0, aux.end())
    ):
        # "as study counts last summer's dead": an owner's "'s", not "is"
        aux = AUX.search(after_text, aux.end())
    if aux is not None:
        tail = AUX_TAIL.match(after_text, aux.end())
        head = q.end + (tail.end() if tail else aux.end())
        predicate = next((h for h in hits if h[0] == head), None)
    whole = previous_end is not None and previous_end >= clause[0]
    if whole:
        between = text[previous_end : q.start]
        whole = bool(_PARTITIVE.search(between)) and len(_WORD.findall(between)) <= 2
    if whole:
        # the whole of a partitive ("2 of the 10 hostages were killed") is not
        # what the predicate counts, though a modifier may still name it
        hits = [h for h in hits if h != predicate]
        if not hits:
            # "14 of the 60 pupils who fell ill": the relative clause on the
            # whole's noun is its own (claimcheck.engine.reach)
            if relative_next(text, clause[1]):
                return _NONE
            return Binding(None, "partitive")
        return _nearest(text, q, hits)
    if predicate is None and resumed is None:
        # "Two of the 14 children in hospital died": past the whole, the verb
        predicate = past_whole(text, q, clause, hits)
    # what the number counts: the noun phrase right after it
    counted: Span | None = None
    thing = False
    run: list[tuple[int, int, str]] = []
    run_start = q.end
    if q.unit is None:
        starts_of_hits = frozenset(h[0] for h in hits)
        run, run_start = counted_run(text, q, clause[1], starts_of_hits)
        starts = {w[0]: w for w in run}
        inside = [
            h for h in hits if h[0] in starts and not text.startswith(("'", "’"), h[1])
        ]
        # the first measure word: "26 foreign nationals killed in the crush"
        counted = inside[0] if inside else None
        if len(inside) > 1 and qualified_noun(run, inside):
            # "more than 150 buried houses": the participle says what befell
            # the houses, which the figure counts
            counted = inside[1]
        if counted is None and len(run) == 1 and run[0][2].endswith("ed"):
            # "18,000 qualified as claimants", "12 were listed as missing"
            counted = _named_as(text, run[0][1], clause[1], hits)
        thing = (
            bool(run)
            and counted is None
            and not any(w[2] in PERSONS for w in run)
            and not _DECIMAL.search(q.text)
        )
    if predicate is None and counted is not None:  # "120 people were reported missing"
        predicate = state_after(text, counted, hits, generic)
    hits = level_of_subject(text, hits, q)  # "The key rate was lowered to 4.25%"
    # a. object of a measure word right before it
    before = [h for h in hits if h[1] <= q.start]
    if before and _glued(text, before[-1], q):
        if text.startswith(" of ", q.end) and part_after_of(text, before[-1], q):
            # "the bodies of five of the victims": a part of the victims
            return Binding(None, "partitive")
        if counted is not None and generic(before[-1]):
            return Binding(counted, "counted noun")
        if (
            thing
            and not changed_by(text, before[-1], q)  # "shrink by 40 cars"
            # "cancelled 700 flights": a verb done to things counts them, as
            # one a term puts after its noun does ("flights cancelled")
            and text[slice(*before[-1])].casefold() not in THING_VERBS
            # ("cut 1,200 jobs last year": the noun, or a word and the noun)
            and not any(names_object(text[slice(*before[-1])], w[2]) for w in run[:2])
        ):
            return Binding(None, "counted noun")
        return Binding(before[-1], "object")
    # b. subject of the first finite verb group after it, in its clause or
    # where the clause resumes after asides between commas
    if predicate is not None:
        if counted is not None and (
            generic(predicate) or _inside_phrase(text, clause, q, counted)
        ):
            # "40,000 clients were affected": a counted noun beats a verb that
            # is only a built-in event word, as it beats such an object;
            # "212 people in 17 counties have been sickened": the figure of a
            # preposition in the subject's phrase counts its own noun
            return Binding(counted, "counted noun")
        return Binding(predicate, "subject")
    if resumed is not None:
        return Binding(resumed, "subject" if resumed[0] >= q.end else "object")
    # c. the noun it counts, or what befell the persons or the group it
    # names ("11 people died", "Nine miners died": the deaths)
    if counted is not None:
        told = told_of_persons(text, counted, hits, generic)
        return Binding(told, "subject") if told else Binding(counted, "counted noun")
    if thing:
        return Binding(None, "counted noun")
    # "won most votes in 36 of the country's 38 provinces": the part counts
    # the whole's noun; "Some 320 of the dead were pilgrims": a kind of it
    of_whole = (
        whole_noun(text, q, clause[1], hits)
        if q.unit is None and (cues is None or cues.opens(q.end, ("of",), space=True))
        else None
    )
    if of_whole is not None:
        return Binding(of_whole, "counted noun")
    # the noun phrase "the number of" names earlier in its clause: "The number
    # of firefighters sent to the ridge rose to 800"
    named = _named(text, q, clause, hits)
    if named is not None:  # ("the count of people sickened": the sick)
        return Binding(told_of_persons(text, named) or named, "named")
    # d. the nearest measure word, leaving out the whole of "31 of those aboard"
    # and an owner before it ("The strikers' demands number 12"; not "the
    # strikers' number rose to 3,200")
    hits = [
        h
        for h in hits
        if not q.end <= h[0] < run_start
        and not (h[1] <= q.start and _OWNER.match(text, h[1], q.start))
        and not in_note(text, q, h)
    ]
    if not hits:
        return _NONE
    return _nearest(text, q, hits)


_HYPHENS = ("-", "‐", "‑")
# a noun's "'s", which owns: the contraction of "is" or "has" follows a
# pronoun ("it's", "there's")
_POSSESSIVE = lazy(
    r"(?<!\b(?:it|he|she|that|there|here|what|who|where|everyone|everybody"
    r"|nobody|someone|one|this|let))'s\Z",
    regex.I,
)
_OWNER = lazy(
    r"(?:['’]s?|s['’])\s+(?!(?:numbers?|count|total|tally|ranks|figure)\b)[^\W\d_]",
    regex.I,
)
_COMPOUND = lazy(r"[-‐‑]([^\W\d_]{2,})\b(?![-‐‑])")


_NUMBER_OF = lazy(
    r"\b(?:the|its|their|his|her|our)\s+(?:number|count|tally|total)\s+of\b", regex.I
)


def _named(text: str, q: Quantity, clause: Span, hits: Sequence[Span]) -> Span | None:
    """The first measure word of the noun phrase after the last "the number
    of" before ``q`` in its clause, counted as a counted noun is."""
    ends = [m.end() for m in _NUMBER_OF.finditer(text, clause[0], q.start)]
    if not ends:
        return None
    pos = ends[-1]
    for _ in range(3):
        m = RUN_WORD.match(text, pos, q.start)
        if m is None or m.group(1).casefold() in STOP:
            return None
        hit = next((h for h in hits if h[0] == m.start(1)), None)
        if hit is not None:
            return hit
        pos = m.end()
    return None


# a verb of naming and "as": "qualified as claimants", "listed as missing"
_AS = lazy(r"\s+as\s+(?:(?:a|an|the)\s+)?", regex.I)


def _named_as(
    text: str, end: int, clause_end: int, hits: Sequence[Span]
) -> Span | None:
    """The measure word that "as" names right after a past verb ending at
    ``end`` ("18,000 qualified as claimants"), if any."""
    named = _AS.match(text, end, clause_end)
    if named is None:
        return None
    return next((h for h in hits if h[0] == named.end()), None)


# a preposition inside a noun phrase, a word of that phrase before it:
# "people in 17 counties", "homes across 22 villages", "passengers on six
# decks", "patients from 9 states"
_PHRASE_PREPOSITION = lazy(r"[^\W\d_]\s+(?:in|on|across|from)\s+\Z", regex.I)


def _inside_phrase(text: str, clause: Span, q: Quantity, counted: Span) -> bool:
    """Whether ``q`` follows a preposition inside its clause's noun phrase and
    its counted noun is the word right after it ("212 people in 17 counties
    have been sickened": the counties)."""
    after = _WORD.search(text, q.end, clause[1])
    if after is None or after.start() != counted[0]:
        return False
    return bool(
        _PHRASE_PREPOSITION.search(text[max(clause[0], q.start - 12) : q.start])
    )


def _space(text: str, start: int, end: int) -> int:
    """How many whitespace characters open ``text[start:end]``."""
    body = text[start:end]
    return len(body) - len(body.lstrip())


def _glued(text: str, h: Span, q: Quantity) -> bool:
    gap = _WORD.findall(text[h[1] : q.start])
    return len(gap) <= 3 and all(w.casefold() in _GLUE for w in gap)


def _nearest(text: str, q: Quantity, hits: Sequence[Span]) -> Binding:
    # in words; ties go to the one after
    def distance(h: Span) -> tuple[int, int]:
        if h[0] >= q.end:
            return len(_WORD.findall(text[q.end : h[0]])), 0
        return len(_WORD.findall(text[h[1] : q.start])), 1

    return Binding(min(hits, key=distance), "nearest")
