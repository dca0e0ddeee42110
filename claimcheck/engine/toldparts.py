"""A part told after the whole it belongs to.

"The reform will save 15 billion euros a year, including about 4 billion
euros in labour costs"; "Savings of around 15 billion euros are expected.
Of these, some 4 billion euros will come from labour costs"; "Families
received $11,000 in all: $8,000 from the state"; "$11,000 each in total, of
which $8,000 came from the state"; "4 billion euros of it from labour
costs".  The second figure, smaller than the first and in its unit, is a
part of it (scope "subset", a kind among its whole): it is no evidence on
the whole, though the measure word of its own clause ("costs") is the
claim's, and it counts for a claim whose context names the part ("from the
state").  A part whose clause
holds no measure word counts what its whole counts.

:func:`parts_told` reads the index's mentions once they are bound;
:func:`named_in_parts` tells a claim whose context names only the parts
that the whole is not its figure.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

import regex

from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import BACKWARD, any_piece, lazy, lazy_re

if TYPE_CHECKING:
    from claimcheck.engine.cues import Cues
    from claimcheck.engine.index import ArticleIndex, Mention

__all__ = [
    "PART_WORDS",
    "named_in_parts",
    "named_in_them",
    "named_jointly",
    "parts_told",
    "told_sentences",
]

Span = tuple[int, int]

# right before the part: "including about", "of which", "Of these,", "among
# them", "with" (a part only with "coming from" or "of it" after it)
_BEFORE = lazy(
    r"\b(?P<word>includ(?:ing|es|ed|e)|of\s+(?:which|whom|these|this|that|those"
    r"|them)|among\s+(?:them|which|these|those)|with)\s*,?\s+$",
    regex.I | BACKWARD,
)
# right after the part: "of it", "of that", "of the total"
_AFTER = lazy(
    r"\s+(?P<word>of\s+(?:it|that|this|them|these|those|the\s+(?:total|sum"
    r"|amount|whole|bill)))\b",
    regex.I,
)
# what "with" needs after the part: "with 4 billion coming from labour costs"
_WITH_TAIL = lazy(r"\s+(?:coming|going|spent|earmarked|paid)\b", regex.I)
# after the whole: "$11,000 in all", "each in total", "all told"
_WHOLE_MARK = lazy(
    r"\s+(?:(?:each|apiece)\s+)?(?:in\s+all|in\s+total|all\s+told|altogether)\b",
    regex.I,
)
# a sentence opening with a partitive pronoun takes its whole from the one
# before: "Of these, some 4 billion euros ..."
_FRONTED = lazy(r"\s*of\s+(?:these|this|that|them|those|which)\b", regex.I)
#: a word one of the forms above holds, for the article's cues
PART_WORDS = ("includ", "of ", "among", "with", "in all", "in total", "told", "altog")


def parts_told(
    text: str, mentions: list[Mention], cues: Cues | None = None
) -> list[Mention]:
    """``mentions`` (in order) with each part told after its whole read as
    a part; ``cues`` (the article's) skips what cannot apply."""
    out = list(mentions)
    for at in range(1, len(out)):
        mention = out[at]
        q = mention.quantity
        if q.unit is None or mention.scope:
            # a count's parts are read by the binding rule and its scopes
            # ("12 of them were killed" is the whole of the killed); or a
            # part already
            continue
        lead = max(0, q.start - 40)
        if cues is not None and cues.lacks(lead, q.end + 16, PART_WORDS):
            continue
        whole = _whole_of(text, out, at)
        if whole is None:
            continue
        found = out[whole]
        words = _marked(text, q, found, mention.clause[1])
        if words is None:
            continue
        bound, rule = mention.bound, mention.rule
        if bound is None and found.bound is not None:
            bound, rule = found.bound, "resumed"
        if bound is None:
            continue
        out[at] = dataclasses.replace(
            mention,
            bound=bound,
            rule=rule,
            scope="subset",
            qualifier=(words[0], max(words[1], mention.clause[1])),
        )
    return out


def _family(unit: str | None) -> str | None:
    """A unit without its period: "15 billion euros a year" and "4 billion
    euros" are both sums in euros."""
    return None if unit is None else unit.split("/")[0]


def _whole_of(text: str, mentions: Sequence[Mention], at: int) -> int | None:
    """The last mention before ``at`` in its sentence (or in the sentence
    before, when its sentence opens with "Of these") that is larger and in
    the same unit, and no part itself."""
    mention = mentions[at]
    q = mention.quantity
    sentences = {mention.sentence}
    if _FRONTED.match(text, mention.sentence[0]):
        sentences.add(mentions[at - 1].sentence)
    family = _family(q.unit)
    high = q.interval.high
    for j in range(at - 1, -1, -1):
        other = mentions[j]
        if other.sentence not in sentences:
            break
        low = other.quantity.interval.low
        if (
            _family(other.quantity.unit) == family
            and not other.scope
            and not other.combined
            and high is not None
            and low is not None
            and high < low
        ):
            return j
    return None


def _marked(text: str, q: Quantity, whole: Mention, end: int) -> Span | None:
    """The words that make ``q`` a part of ``whole``, or None."""
    lead = max(whole.quantity.end, q.start - 30)
    before = _BEFORE.search(text, lead, q.start)
    if before is not None:
        if before.group("word").casefold() != "with":
            return before.span("word")
        if _WITH_TAIL.match(text, q.end, end) or _AFTER.match(text, q.end, end):
            return before.span("word")
    after = _AFTER.match(text, q.end, end)
    if after is not None:
        return after.span("word")
    # "$11,000 in all: $8,000 from the state"
    mark = _WHOLE_MARK.match(text, whole.quantity.end, q.start)
    if mark is not None:
        return q.start, q.end
    return None


def named_in_parts(
    mention: Mention, mentions: Sequence[Mention], hits: Callable[[], Iterable[Span]]
) -> bool:
    """Whether the context ``hits`` in ``mention``'s sentence all stand in
    the words of the parts told after it ("received $11,000 in all: $8,000
    from the state", for a claim on the state's payment): the whole is then
    no figure of the context's."""
    if mention.scope:
        return False
    q = mention.quantity
    at = bisect.bisect_right(mentions, q.start, key=lambda m: m.quantity.start)
    parts = []
    for i in range(at, len(mentions)):
        other = mentions[i]
        if other.sentence != mention.sentence:
            break
        if (
            other.scope == "subset"
            and other.qualifier is not None
            and other.quantity.unit is not None
            and _family(other.quantity.unit) == _family(q.unit)
        ):
            parts.append(
                (min(other.quantity.start, other.qualifier[0]), other.qualifier[1])
            )
    if not parts:
        return False
    s_start, s_end = mention.sentence
    inside = [h for h in hits() if s_start <= h[0] < s_end]
    return bool(inside) and all(any(a <= h[0] < b for a, b in parts) for h in inside)


# "from charities and the state together", "the state and the county
# combined": one of two givers or takers, whose figure is the two's sum
_TOGETHER = r"(?:together|combined|jointly|between\s+them)\b"
_JOINT_WORD = lazy_re(r"(?i)together|combined|jointly|between\s+them")
#: what every match of :data:`_JOINT_WORD` holds past its first letter (in
#: any case, "Together" as well: a test on the text, which is not folded)
_JOINT_PIECES = (
    "ogether",
    "OGETHER",
    "ombined",
    "OMBINED",
    "ointly",
    "OINTLY",
    "etween",
    "ETWEEN",
)
_HOLDS_JOINT_PIECE = any_piece(_JOINT_PIECES)
_JOINT_AFTER = lazy(
    rf"(?:\s+[\w'’-]+){{0,3}}?\s+and\s+(?:[\w'’-]+\s+){{0,3}}?{_TOGETHER}", regex.I
)
_JOINT_BEFORE = lazy(r"\band\s+(?:the\s+|its\s+|their\s+)?$", regex.I)
_JOINT_TAIL = lazy(rf"(?:\s+[\w'’-]+){{0,3}}?\s+{_TOGETHER}", regex.I)


def named_jointly(
    text: str, mention: Mention, hits: Callable[[], Iterable[Span]]
) -> bool:
    """Whether every context hit in ``mention``'s sentence is one of two
    joined by "and ... together" ("$11,000 from charities and the state
    together", for a claim on the state's payment): the figure is the two's
    sum."""
    start, end = mention.sentence
    sentence = text[start:end]
    if not _HOLDS_JOINT_PIECE(sentence):
        return False  # (substring tests first: this runs once per figure)
    if _JOINT_WORD.search(text, start, end) is None:
        return False
    inside = [h for h in hits() if start <= h[0] < end]
    if not inside:
        return False
    for a, b in inside:
        before = _JOINT_BEFORE.search(text, max(start, a - 12), a)
        if before is not None and _JOINT_TAIL.match(text, b, end):
            continue
        if _JOINT_AFTER.match(text, b, end) is None:
            return False
    return True


def told_sentences(index: ArticleIndex) -> frozenset[tuple[int, int]]:
    """The sentences of ``index`` where :func:`named_in_parts` may hold:
    those with a part in a unit (found once an article)."""
    found: frozenset[tuple[int, int]] | None = index._memo.get("told sentences")
    if found is None:
        found = index._memo["told sentences"] = frozenset(
            m.sentence
            for m in index.mentions
            if m.scope == "subset" and m.quantity.unit is not None
        )
    return found


# ", 85 of them in the village of Telmar", ", about 40 of them at sea": a
# part in a place, counted, that "them" takes from the figure before (with
# "most of them in" the part has no count of its own, and the whole may
# still be told as the place's)
_OF_THEM_TAIL = lazy(
    r",\s+(?:(?:about|around|some|roughly|nearly|almost|at\s+least|more\s+than"
    r"|only|just)\s+)?\d[\d,.]*\s+of\s+(?:them|whom)\s+(?:in|at|on|from|near|inside"
    r"|across|around|along|outside)\b",
    regex.I,
)
_OF_THEM_PIECES = (" of them", " of whom")
_HOLDS_OF_THEM = any_piece(_OF_THEM_PIECES)


def named_in_them(
    text: str, mention: Mention, hits: Callable[[], Iterable[Span]]
) -> bool:
    """Whether every context hit in ``mention``'s sentence stands in a part
    told after its figure with "of them" ("The quake killed 310 people, 85 of
    them in Telmar", for a claim on Telmar's dead): the figure is the
    whole's, no figure of the part's."""
    if mention.scope:
        return False
    q = mention.quantity
    start, end = mention.sentence
    if not _HOLDS_OF_THEM(text[q.end : end]):
        return False  # (a substring test first: this runs once per figure)
    tail = _OF_THEM_TAIL.search(text, q.end, end)
    if tail is None:
        return False
    inside = [h for h in hits() if start <= h[0] < end]
    return bool(inside) and all(h[0] >= tail.end() for h in inside)
