"""Counts of one noun summed across "and".

"two passenger trains and a freight train" counts three trains: the binding
rule (:mod:`claimcheck.engine.binding`) finds the noun a number counts, and
:func:`summed` adds the count of the same noun that follows after "and".
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import regex

from claimcheck.engine.namedothers import named_others
from claimcheck.engine.nouns import STOP
from claimcheck.engine.numbers.interval import Interval
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import lazy
from claimcheck.engine.terms import word_forms

if TYPE_CHECKING:
    from claimcheck.engine.cues import Cues
    from claimcheck.engine.index import Mention

__all__ = ["amounts_summed", "plus", "split_amounts", "summed"]

Span = tuple[int, int]
_TOKEN = lazy(r"[^\W\d_][\w'’-]*")
#: words that end a noun phrase elsewhere but add here ("and 3 more bodies")
_ADDED = frozenset({"more"})
# "and a freight train", "and one recovery vehicle": one more of the same
# noun after "and"; the modifiers between are at most two words
_AND_ONE = lazy(r"\s+(?:and|plus)\s+(?:an?|one)\s+", regex.I)
_AND = lazy(r"\s+(?:and|plus)\s+", regex.I)
_MODIFIERS_AND_NOUN = lazy(r"(?:\s*[^\W\d_][\w'’-]*){1,3}")
# "of wire fraud", "of conspiracy to commit fraud": a kind, up to three words
_OF_KIND = lazy(
    r"\s+of\s+(?!the\b|them\b|those\b)[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2}?(?=\s+(?:and|plus)\b|[\s,.;]*$)",
    regex.I,
)


def summed(
    text: str,
    q: Quantity,
    bound: Span,
    end: int,
    following: Quantity | None,
) -> Quantity | None:
    """The count of ``q``'s noun summed across "and", or None.

    "two passenger trains and a freight train" counts three trains, "39
    passenger vehicles and one recovery vehicle" forty vehicles: when the
    measure word ``q`` counts is followed by "and", a count (``a``, ``one``
    or the next quantity ``following``), at most two modifiers and the same
    noun (either number), the quantity becomes the sum, spanning both.
    """
    if (named := named_others(text, q, bound)) is not None:  # "X and 7 other"
        return named
    # "two counts of wire fraud and five counts of conspiracy": the kind
    # after each noun; "... and five of conspiracy" leaves out the second noun
    kind = _OF_KIND.match(text, bound[1], end)
    after = bound[1] if kind is None else kind.end()
    one = _AND_ONE.match(text, after, end)
    if one is not None:
        add, pos = Interval.point(1.0), one.end()
    else:
        joint = _AND.match(text, after, end)
        if (
            joint is None
            or following is None
            or following.start != joint.end()
            or following.unit is not None
        ):
            return None
        add, pos = following.interval, following.end
    if kind is not None and (other := _OF_KIND.match(text, pos, end)) is not None:
        return _sum(text, q, other.start(), add)
    words = _MODIFIERS_AND_NOUN.match(text, pos, end)
    if words is None:
        return None
    noun = text[bound[0] : bound[1]].casefold()
    found = None
    for m in _TOKEN.finditer(text, pos, words.end()):
        word = m.group().casefold()
        if word in STOP and word not in _ADDED:
            return None
        if word == noun or noun in word_forms(word):
            found = m.end()
            break
    if found is None:
        return None
    return _sum(text, q, found, add)


def _sum(text: str, q: Quantity, end: int, add: Interval) -> Quantity:
    return Quantity(
        start=q.start,
        end=end,
        text=text[q.start : end],
        interval=plus(q.interval, add),
        unit=None,
    )


def plus(a: Interval, b: Interval) -> Interval:
    """The interval of the sum of a value in ``a`` and a value in ``b``."""
    return Interval(
        low=None if a.low is None or b.low is None else a.low + b.low,
        high=None if a.high is None or b.high is None else a.high + b.high,
        low_inclusive=a.low_inclusive and b.low_inclusive,
        high_inclusive=a.high_inclusive and b.high_inclusive,
    )


# "$240 million in lost revenue plus $95 million in extra costs", "a $9
# million fine plus $4 million in costs": amounts of one unit, each with the
# kind it is of ("in", "on", "of" and up to three words in lower case, no
# figure or name, or one noun right after it), joined by "plus" or "and"
_KIND = (
    r"\s+(?P<kind>(?:in|on|of)\s+(?-i:\p{Ll})[\w'’-]*(?:\s+(?-i:\p{Ll})[\w'’-]*){0,2}?"
    r"|(?P<noun>(?-i:\p{Ll})[\w'’-]*))"
)
_FIRST_KIND = lazy(_KIND + r"\s*,?\s+(?:plus|and)\s+(?:an?\s+)?$", regex.I)
_SECOND_KIND = lazy(_KIND + r"(?=\s*(?:[.,;:!?)]|$|together\b|in\s+all\b))", regex.I)
# "in the first quarter", "of it", "in total": a time or the whole, no kind
_NO_KIND = lazy(
    r"(?:in|on|of)\s+(?:the|a|an|it|them|total|all|each|every|which|whom|this"
    r"|that|these|those|its|their|years?|months?|weeks?|days?|quarters?)\b",
    regex.I,
)
#: what stands between two amounts told kind by kind
_JOINS = ("plus", "and")


def _no_noun(word: str) -> bool:
    """Whether ``word``, right after an amount, names no kind of it: a
    function word ("was", "each") or a verb's form ("raised", "spending")."""
    word = word.casefold()
    return word in STOP or word in _NOT_KINDS or word.endswith(("ed", "ing"))


_NOT_KINDS = frozenset(
    "was were is are be been has had have will would could may might can each"
    " apiece more less fewer".split()
)


def amounts_summed(
    text: str, q: Quantity, following: Quantity | None, end: int
) -> tuple[Quantity, Span, Span] | None:
    """The sum of the amount ``q`` and the amount ``following``, when the
    two are parts of one whole told kind by kind ("$240 million in lost
    revenue plus $95 million in extra costs"), with the words naming each
    kind; None when they are not (``end``: where the sentence ends)."""
    if following is None or q.unit is None or following.unit != q.unit:
        return None
    if q.unit in ("%", "share"):
        return None
    first = _FIRST_KIND.match(text, q.end, following.start)
    if first is None or first.end() != following.start:
        return None
    second = _SECOND_KIND.match(text, following.end, end)
    if second is None:
        return None
    kinds = (first.span("kind"), second.span("kind"))
    if any(_NO_KIND.match(text, a, b) for a, b in kinds):
        return None
    if any(m.group("noun") and _no_noun(m.group("noun")) for m in (first, second)):
        return None
    total = Quantity(
        start=q.start,
        end=following.end,
        text=text[q.start : following.end],
        interval=plus(q.interval, following.interval),
        unit=q.unit,
    )
    return total, kinds[0], kinds[1]


def split_amounts(text: str, out: list[Mention], end: int, cues: Cues | None) -> None:
    """When the last two of a sentence's mentions ``out`` are amounts told
    kind by kind ("$240 million in lost revenue plus $95 million in extra
    costs"), each becomes a part (the kind its qualifier) and their sum, bound
    as the first is, is added: a whole given as its parts.  ``end`` is where
    the sentence ends; ``cues``, the article's, skips what cannot apply."""
    if len(out) < 2:
        return
    first, second = out[-2], out[-1]
    q = first.quantity
    if (
        first.bound is None
        or second.bound is None
        or first.scope not in ("", "part", "body")
        or second.scope not in ("", "part", "body")
        or q.unit is None
        or (cues is not None and cues.lacks(q.end, second.quantity.start, _JOINS))
    ):
        return
    found = amounts_summed(text, q, second.quantity, end)
    if found is None:
        return
    total, kind, next_kind = found
    if kind[0] <= first.bound[0] < kind[1]:
        # "a $9 million fine plus ...": the first counts its own noun, and
        # the sum is no fine
        return
    # a part already, by other words than its kind ("in the capital"): no sum
    for mention, (a, b) in ((first, kind), (second, next_kind)):
        said = mention.qualifier
        if mention.scope and (said is None or not a <= said[0] < b):
            return
    out[-2:] = [
        replace(first, scope="part", qualifier=kind),
        replace(second, scope="part", qualifier=next_kind),
        replace(first, quantity=total, rule="sum"),
    ]
