"""One figure for two measure words: "all" of a group the event took.

"All 52 passengers on board were killed", "the ferry carried 52
passengers, all of whom drowned", "the home's 60 residents were all
evacuated", "rescuers freed all 12 trapped miners": the figure counts the
group (those on board, the residents, the trapped) and, as every one of
them suffered the event, the event's count as well.  :func:`shared` gives
the measure words such a figure counts besides the one it is bound to.

What is no such figure:

- a hedge before "all" ("almost all of the 157", "nearly all 52"): the
  figure counts the group only;
- a group narrowed by a phrase after its noun ("all 14 residents of the top
  floor died"): the figure counts the event, and the group's words name a
  part of those the claim counts;
- a noun after the verb ("the 52 people killed were all passengers", "all
  14 dead were residents"): it says what they were, and the figure counts
  the measure of its own noun phrase only;
- a group named by a relative clause ("the 12 miners who were rescued had
  all been trapped"): the figure counts those the clause names.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any, ClassVar, Protocol, TypeVar

import regex

from claimcheck.engine.binding import Binding
from claimcheck.engine.combined import combined
from claimcheck.engine.cues import Cues
from claimcheck.engine.nouns import PERSONS, STOP
from claimcheck.engine.numbers.interval import Interval
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import BACKWARD, lazy

__all__ = ["at_least", "every_one", "shared"]

#: the rules whose figure "all" may make count two measure words (or a
#: count of people no measure word names, "" and "partitive")
_RULES = frozenset(
    {"", "object", "subject", "counted noun", "nearest", "resumed", "partitive"}
)

Span = tuple[int, int]
#: the event every one of a group suffered, and the words that say so
Floor = tuple[Span, Span]


class _Mention(Protocol):
    """What :func:`every_one` reads of a mention (a dataclass)."""

    __dataclass_fields__: ClassVar[dict[str, Any]]

    @property
    def bound(self) -> Span | None: ...

    @property
    def scope(self) -> str: ...


M = TypeVar("M", bound=_Mention)

# "all 52", "all of the 52", "every one of the 52", "rescuers freed all 12";
# a hedge before it ("almost all", "all but") takes the event away
_ALL_BEFORE = lazy(
    r"(?P<hedge>\b(?:almost|nearly|virtually|practically|not)\s+)?"
    r"\b(?:all|every\s+one)(?:\s+of)?\s+(?:(?:the|its|their|those|these)\s+)?$",
    regex.I | BACKWARD,
)
# the words of the noun phrase after the figure
_WORD = lazy(r"\s+([^\W\d_][\w'’-]*)")
_WORDS = lazy(r"[^\W\d_][\w'’-]*")
# "on board", "aboard": where the group was, a measure word of its own
_PLACED = lazy(r"\s+(?:on\s+board|aboard)\b", regex.I)
# "of the top floor", "in the east wing": a phrase narrowing the group
_NARROWED = lazy(r"\s+(?:of|in|at|on|from)\s+(?:the|its|their)\b", regex.I)
# ", all of whom", ", all of them": every one of the group, after it
_ALL_AFTER = lazy(r"\s*,\s*(?:and\s+)?all\s+(?:of\s+)?(?:whom|which|them)\b", regex.I)
_RELATIVE = lazy(r"\s+(?:who|that|which)\b", regex.I)
_STOPS = frozenset(",;:.!?\n")
#: what may stand between the group and the verb it is the subject of
_VERB_WORDS = frozenset(
    """were was are is have has had been being all later then eventually
    finally subsequently since also""".split()
)
#: how many words a phrase narrowing the group may run to
_NARROWING = 5


def shared(
    text: str,
    q: Quantity,
    binding: Binding,
    hits: Sequence[Span],
    end: int,
    *,
    cues: Cues | None = None,
) -> tuple[Binding, tuple[Span, ...], Floor | None]:
    """``binding``, or the measure word "all" makes ``q`` count instead; the
    measure words it counts as well; and the event every one of the group
    suffered, with the words saying so, when it counts that event.

    ``hits`` are the measure words of its sentence that take its kind,
    ``end`` where its sentence ends; ``cues`` (the article's) skip a figure
    that no "all" or "every" stands near.
    """
    if binding.rule not in _RULES or (
        cues is not None
        and cues.lacks(max(0, q.start - 30), min(end, q.end + 80), ("all", "every"))
    ):
        return binding, (), None
    bound, also, event = _shared(text, q, binding.bound, hits, end)
    floor = None
    if event is not None:
        lead = _ALL_BEFORE.search(text, max(0, q.start - 30), q.start)
        floor = event, (min(lead.start() if lead else q.start, event[0]), event[1])
    if bound == binding.bound:
        return binding, also, floor
    return Binding(bound, "shared" if bound is not None else ""), also, floor


def every_one(
    main: M,
    also: tuple[Span, ...],
    floor: Floor | None,
    *,
    text: str,
    hits: Sequence[Span],
    cues: Cues | None = None,
) -> list[M]:
    """The mention ``main`` and one for each measure word in ``also`` (the
    rule "shared"); the one counting the event every one of the group
    suffered has the scope "floor": the event took at least that many, and
    others besides the group may have suffered it too."""
    out = [main]
    if floor is not None and main.bound == floor[0] and not main.scope:
        out[0] = dataclasses.replace(main, scope="floor", qualifier=floor[1])
    for word in also:
        mention = dataclasses.replace(
            main,
            bound=word,
            rule="shared",
            combined=combined(text, word, hits, cues=cues),
        )
        if floor is not None and word == floor[0]:
            mention = dataclasses.replace(mention, scope="floor", qualifier=floor[1])
        out.append(mention)
    return out


def at_least(interval: Interval) -> Interval:
    """A floor's reading: ``interval``'s low end and no high one."""
    return Interval(low=interval.low, high=None, low_inclusive=interval.low_inclusive)


def _shared(
    text: str,
    q: Quantity,
    bound: Span | None,
    hits: Sequence[Span],
    end: int,
) -> tuple[Span | None, tuple[Span, ...], Span | None]:
    """The measure word ``q`` counts and the others it counts as well.

    ``bound`` is the measure word the binding rule gave it (None: a count
    of people no measure word names, "carried 157 people"), ``hits`` the
    measure words of its sentence that take its kind, ``end`` where its
    sentence ends.  Returns ``(bound, (), None)`` unless "all" makes the
    figure count a group and what it suffered (see the module's notes); the
    last item is the measure word of that event.
    """
    if q.unit is not None:
        return bound, (), None
    lead = _ALL_BEFORE.search(text, max(0, q.start - 30), q.start)
    # the group: the noun phrase after the figure, and where it was
    pos = q.end
    nouns = []
    for _ in range(3):
        m = _WORD.match(text, pos, end)
        if m is None or m.group(1).casefold() in STOP:
            break
        nouns.append(m.span(1))
        pos = m.end()
    if not nouns:
        return bound, (), None
    relative = _RELATIVE.match(text, pos, end)
    if relative is not None:
        return _relative(text, bound, relative.end(), hits), (), None
    placed = _PLACED.match(text, pos, end)
    pos = placed.end() if placed is not None else pos
    group = [h for h in hits if q.end <= h[0] and h[1] <= pos]
    if bound is None and not any(text[a:b].casefold() in PERSONS for a, b in nouns):
        return bound, (), None
    if lead is not None and lead.group("hedge"):
        # "almost all of the 157 people on board": the group alone
        return (group[0] if group else bound), (), None
    narrowed = _NARROWED.match(text, pos, end) is not None
    after = _ALL_AFTER.match(text, pos, end)
    verb = _verb_after(
        text, after.end() if after is not None else pos, hits, narrowed=narrowed
    )
    if verb is None and group and group[-1][0] > nouns[0][0] and placed is None:
        # "all 52 passengers drowned": the verb after the noun ends the
        # sentence, or a clause of its own follows ("when the ferry sank")
        verb, group = (group[-1], False), group[:-1]
        # "died in the crash": where it happened, not a narrower group
        narrowed = False
    if verb is None and lead is not None:
        # "rescuers freed all 12 trapped miners"
        taker = next((h for h in hits if 0 <= lead.start() - h[1] <= 1), None)
        verb = (taker, False) if taker is not None else None
    if verb is None:
        return bound, (), None
    span, floating = verb
    if lead is None and after is None and not floating:
        return bound, (), None
    if text[span[0] : span[1]].casefold() in PERSONS:
        # "the 52 people killed were all passengers": what they were
        return (group[0] if group else bound), (), None
    if narrowed:
        # "all 14 residents of the top floor died": the event's count
        return span, (), span
    if bound is None:
        return span, tuple(group[:1]), span
    if bound != span and bound not in group[:1]:
        return bound, (), None
    return bound, tuple(h for h in (*group[:1], span) if h != bound), span


def _relative(
    text: str, bound: Span | None, start: int, hits: Sequence[Span]
) -> Span | None:
    """What a figure whose group a relative clause names counts: the
    clause's measure word, where the verb after it says what every one of
    them was ("the 14 people who died were all residents")."""
    own = _verb_after(text, start, hits, narrowed=False)
    if own is None:
        return bound
    then = _verb_after(text, own[0][1], hits, narrowed=False)
    if then is None or not (
        then[1] or text[then[0][0] : then[0][1]].casefold() in PERSONS
    ):
        return bound
    return own[0] if bound in (None, then[0]) else bound


def _verb_after(
    text: str, start: int, hits: Sequence[Span], *, narrowed: bool
) -> tuple[Span, bool] | None:
    """The first measure word after ``start`` in its sentence when only verb
    words (past a narrowing phrase of a few words) part it from there, and
    whether "all" stands among them ("were all evacuated")."""
    h = next((h for h in hits if h[0] >= start), None)
    if h is None or _STOPS.intersection(text[start : h[0]]):
        return None
    words = [w.casefold() for w in _WORDS.findall(text, start, h[0])]
    if narrowed:
        # "of the top floor": the phrase, then the verb words
        skip = 0
        while skip < min(len(words), _NARROWING) and words[skip] not in _VERB_WORDS:
            skip += 1
        words = words[skip:]
    if not all(w in _VERB_WORDS for w in words):
        return None
    return h, "all" in words
