"""The two figures of a partitive: the part it heads and the whole after "of".

"Only 31 of the 125 people aboard survived": 125 counts those aboard (the
whole's own words), 31 those who survived (the verb after the whole).  "Only
14 of the 60 pupils who fell ill were hospitalised": the relative clause on
the whole's noun is the whole's, the verb after it the part's.  The binding
rule (:mod:`claimcheck.engine.binding`) asks these two questions of a
partitive; the whole never binds to the part's verb.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import lazy

__all__ = [
    "counted_from",
    "group_of",
    "owners_group",
    "part_after_of",
    "past_whole",
    "relative_next",
    "subset_of",
    "whole_noun",
]

Span = tuple[int, int]

_RELATIVE_NEXT = lazy(r"\s*(?:who|that)\s", regex.I)
# a partitive whose whole has a figure: "two of the 14", "31 of the
# estimated 125"
_OF_FIGURE = lazy(
    r"\s+of\s+(?:the|its|their|those|these|his|her|our)\s+(?:\S+\s+)?\d[\d,.]*"
    r"(?:\s+(?:million|billion|thousand|hundred))?\s",
    regex.I,
)
# a verb in the simple past, heading the predicate of a partitive
_PAST = lazy(
    r"(?:[^\W\d_]+ed|fell|ran|won|took|lost|left|went|came|got|grew)$", regex.I
)
_WORD = lazy(r"\w+")


# the whole of a partitive told by a figure and its noun, an owner or a
# determiner before it: "of the country's 38 provinces", "of Valmora's 38
# provinces", "of its 12 mines"
_OF_COUNTED_WHOLE = lazy(
    r"\s+of\s+(?:(?:the|its|their|those|these|his|her|our)\s+)?"
    r"(?:[^\W\d_][\w-]*(?:'s|’s|s'|s’)\s+)?\d[\d,]*\s+"
    r"(?:[^\W\d_][\w'’-]*\s+){0,2}?(?=[^\W\d_])",
    regex.I,
)


def counted_from(text: str, q: Quantity, end: int) -> bool:
    """Whether ``q`` heads a partitive whose whole is told by a figure and
    its noun ("36 of the country's 38 provinces")."""
    return _OF_COUNTED_WHOLE.match(text, q.end, end) is not None


# "of the city's teachers", "of the country's doctors": the whole is all of
# an owner's group, named by the possessive ("one of the city's oldest homes"
# picks a member by its superlative)
_OWNERS_ALL = lazy(
    r"\s*(?:[\w-]+\s+)?[\w-]+(?:'s|’s|s'|s’)\s+(?!(?:[\w-]+est|most|best|worst)\b)",
    regex.I,
)


def owners_group(text: str, start: int, noun: int) -> bool:
    """Whether ``text[start:noun]``, between "of the" and the noun of a
    partitive, is an owner's possessive ("5,100 of the city's teachers
    walked out"): the figure counts those of the group its verb tells of,
    as after "of Bellcastle's", not a member of a whole the claim counts."""
    return _OWNERS_ALL.fullmatch(text, start, noun) is not None


def whole_noun(text: str, q: Quantity, end: int, hits: Sequence[Span]) -> Span | None:
    """The measure word counting the whole of a partitive that ``q`` heads
    ("in 36 of the country's 38 provinces"), which a part with no verb or
    noun of its own counts as well, or the whole's noun before a copula that
    names the kind the part is (:func:`group_of`), or None."""
    whole = _OF_COUNTED_WHOLE.match(text, q.end, end)
    if whole is None:
        # "Some 320 of the dead were pilgrims from Norvia": a kind among them
        return group_of(text, q, end, hits)
    return next((h for h in hits if h[0] == whole.end()), None)


def relative_next(text: str, end: int) -> bool:
    """Whether a relative clause ("who fell ill", "that sank") opens at ``end``."""
    return _RELATIVE_NEXT.match(text, end) is not None


def past_whole(
    text: str, q: Quantity, clause: Span, hits: Sequence[Span]
) -> Span | None:
    """The measure word standing as the verb after the whole of a partitive
    that ``q`` heads, or None.

    "Two of the 14 children in hospital died", "Only 31 of the 125 people
    aboard survived": the last measure word of the clause, a verb in the
    simple past with words of the whole before it ("in hospital", "aboard"
    describe the whole, and are no predicate of the part).
    """
    if not text.startswith(" of ", q.end):
        return None
    whole = _OF_FIGURE.match(text, q.end, clause[1])
    if whole is None:
        return None
    after = [h for h in hits if h[0] >= whole.end()]
    if not after:
        return None
    last = after[-1]
    between = _WORD.findall(text[whole.end() : last[0]])
    word = text[last[0] : last[1]]
    # "the 125 people aboard survived": words after the whole's noun; "the 45
    # people trapped" holds none, and "trapped" describes the people
    described = len(between) >= 2 or any(h[0] >= whole.end() for h in after[:-1])
    if not described or " " in word.strip() or not _PAST.search(word):
        return None
    return last


# "were children", "was a child", "were elderly residents": what the part is
_COPULA = lazy(
    r"\s+(?:were|was|are|is)\s+(?:(?:all|mostly|also|both|either)\s+)?", regex.I
)
_NP_WORD = lazy(r"([^\W\d_][\w'’-]*)\s*", regex.I)
_NP_ENDS = frozenset(
    """under over from in at on of with aged by and or but who which that as
    than to for among near after before during while since""".split()
)
_NOT_NOUNS = frozenset("not still now no never".split())
_PERSONS = frozenset(
    "child woman man boy girl baby infant student foreigner pupil".split()
)


# a whole with no figure, its noun right before the copula: "of the dead
# were", "of those killed were", "of the victims were"
_OF_GROUP = lazy(
    r"\s+of\s+(?:the|those|these)\s+(?:[^\W\d_][\w'’-]*\s+)?[^\W\d_][\w'’-]*"
    r"(?=\s+(?:were|was)\s)",
    regex.I,
)
_OF_THOSE_WHO = lazy(r"\s+of\s+those\s+who\s+[^\W\d_]+(?=\s+(?:were|was)\s)", regex.I)
_PUNCTUATION = lazy(r"[,.;:!?()\n]")
# "children under the age of five", "people aged over 80": a narrower kind
_NARROWED = lazy(r"(?:under|over|aged|below|above|younger|older)\b", regex.I)


def group_of(text: str, q: Quantity, end: int, hits: Sequence[Span]) -> Span | None:
    """The measure word naming the whole of a partitive with no figure of its
    own, when its copula names the kind ``q`` counts: "Some 320 of the dead
    were pilgrims from Norvia", "At least 48 of those killed were students".
    The figure counts that measure for that kind (see :func:`subset_of`,
    which tells the kind), or None."""
    whole = _OF_GROUP.match(text, q.end, end)
    if whole is None or subset_of(text, q, end) is None:
        return None
    return next((h for h in hits if h[1] == whole.end() and h[0] > q.end), None)


def subset_of(text: str, q: Quantity, end: int) -> Span | None:
    """The noun phrase naming the subset that ``q`` counts of a partitive's
    whole, or None.

    "Some 140 of the 175 dead were children", "About 480 of the 900 people
    stranded were elderly residents": the part is a kind among the whole,
    not the whole's own count, so it is evidence of neither the whole nor a
    claim on it ("were hit", "were under water", "were killed" predicate an
    event of the part instead).
    """
    if not text.startswith(" of ", q.end):
        return None
    whole = _OF_FIGURE.match(text, q.end, end)
    bare = whole is None
    whole = whole or _OF_GROUP.match(text, q.end, end)
    if whole is None:
        # "At least 30 of those who died were migrant workers": the relative
        # clause ends the figure's clause before the copula
        whole = _OF_THOSE_WHO.match(text, q.end)
        if whole is None:
            return None
        stop = _PUNCTUATION.search(text, whole.end())
        end = len(text) if stop is None else stop.start()
    copula = None
    for copula in _COPULA.finditer(text, whole.end(), end):  # noqa: B007
        break
    if copula is None:
        return None
    pos, words = copula.end(), list[Span]()
    while len(words) < 4:
        m = _NP_WORD.match(text, pos, end)
        if m is None or m.group(1).casefold() in _NP_ENDS:
            break
        words.append(m.span(1))
        pos = m.end()
    if not words:
        return None
    said = [text[a:b].casefold() for a, b in words]
    last = said[-1]
    if said[0] in _NOT_NOUNS or any(w.endswith(("ed", "ing")) for w in said):
        return None
    if bare and _NARROWED.match(text, pos, end):
        # "20 of the victims were children under the age of five": a kind
        # narrower than the noun, told without the whole's figure
        return None
    plural = last.endswith(("s", "ren", "men", "people")) and not last.endswith("ss")
    if not plural and last not in _PERSONS:
        return None
    return words[0][0], words[-1][1]


# "38 metres of the rescue tunnel", "$50 million of the grant": a measure of
# a thing the determiner makes whole; "12,000 hectares of pine forest" names
# the kind measured, and "all 58 metres of the tunnel" the whole
_OF_THING = lazy(
    r"\s+(?P<of>of\s+(?:the|its|their|this|that|his|her|our)\b)"
    r"(?:\s+[^\W\d_][\w'’-]*){0,3}?\s+$",
    regex.I,
)
_WHOLE_BEFORE = lazy(
    r"\b(?:all|whole|entire|full|total|complete)\s+(?:[^\W\d_]+\s+)?$", regex.I
)


def portion_of(text: str, q: Quantity, bound: Span, start: int) -> Span | None:
    """The words making ``q``, a measure in a unit, a portion of the thing its
    measure word ``bound`` names after it ("bored 38 metres of the rescue
    tunnel", "only 9 metres of the tunnel remain"), or None.  ``start`` is
    where its clause begins."""
    if q.unit is None or q.unit in ("%", "share") or bound[0] < q.end:
        return None
    m = _OF_THING.fullmatch(text, q.end, bound[0])
    if m is None or _WHOLE_BEFORE.search(text, max(start, q.start - 20), q.start):
        return None
    return m.span("of")


# "of" after a measure word, then a figure heading a partitive whose whole has
# no figure: "the bodies of five of the victims"
_OF_BEFORE = lazy(r"\s+of\s+(?:the\s+)?", regex.I)
_OF_NO_FIGURE = lazy(
    r"\s+of\s+(?:the|those|these|its|their|his|her|our)\s+(?!\d)[^\W\d_]", regex.I
)


def part_after_of(text: str, before: Span, q: Quantity) -> bool:
    """Whether ``q``, after the measure word at ``before`` and "of", heads a
    partitive whose whole has no figure ("the bodies of five of the victims",
    "the names of three of the dead"): the figure counts a part of that
    whole, not the claim's count."""
    return (
        _OF_BEFORE.fullmatch(text, before[1], q.start) is not None
        and _OF_NO_FIGURE.match(text, q.end) is not None
    )
