"""Words that say a verb and the word after it at once: "a power failure"
and "a blackout" for "lost power", "conceded" alone for "conceded defeat".

A pair of :mod:`claimcheck.engine.collocations` may name such words: nouns
of the act that hold the word after (``wholes``) and verbs that imply it
where no object follows them (``alone``).  The sentence keeps a slot for
each of the two words; such a word stands in both, the verb's slot taking
it and the other's filled by an empty span at its end
(:func:`filled_hits`).  It counts only where it is said of the subject
(:func:`filled_by_verb`): a noun the subject owns, suffers or that acts on
it, or that times its act ("the freighter's power failure", "suffered a
total blackout", "a power outage left the freighter adrift", "drifted onto
a sandbank after a power failure"), never a blackout of a city the subject
was in; a verb with no object after it ("conceded on Sunday", not
"conceded that turnout was low").
"""

from __future__ import annotations

from collections.abc import Collection

from claimcheck.engine.patterns import lazy
from claimcheck.engine.terms import FLAGS

__all__ = ["filled_by_verb", "filled_hits"]

Span = tuple[int, int]


def filled_hits(
    hits: tuple[Span, ...], verb_hits: tuple[Span, ...]
) -> tuple[Span, ...]:
    """The hits of the word after a pair's verb, each that is a hit of the
    verb's slot too (a word saying both: "a power failure") made an empty
    span at its end, so that the verb's slot takes the word and this one is
    filled beside it (see :func:`filled_by_verb`)."""
    both = set(verb_hits)
    return tuple(sorted((b, b) if (a, b) in both else (a, b) for a, b in hits))


# the subject suffering the whole noun: "the freighter suffered a total
# blackout", "had a power failure"
_SUFFERED = lazy(
    r"\b(?:suffer(?:s|ed|ing)?|ha(?:s|d|ve)|experienc(?:e|es|ed|ing))\s+"
    r"(?:(?:an?|no|the|its|their|another|total|complete|full|major|sudden"
    r"|partial|brief)\s+){0,3}$",
    FLAGS,
)
# the whole noun as the time of the subject's act: "drifted onto a sandbank
# after a power failure" (but not one at a place: "after a power failure at
# the port")
_AFTER = lazy(
    r"\b(?:after|following|because\s+of|due\s+to)\s+"
    r"(?:(?:an?|the|its|total|complete|full|major|sudden|partial)\s+){0,3}$",
    FLAGS,
)
_AT_PLACE = lazy(r"\s+(?:at|in|across|throughout|on)\b", FLAGS)
# the whole noun acting on the subject: "a power outage left the freighter
# adrift", "a blackout crippled the ship"
_ACTING_ON = lazy(r"\s+[^\W\d_]+\s+(?:the\s+|its\s+)?$", FLAGS)
# a phrase of time opening the sentence, then its subject
_LEADING = lazy(r"\s*,\s+(?:the\s+|its\s+)?$", FLAGS)
_OWNED = lazy(r"['’]s?\s+(?:(?:total|complete|sudden)\s+)?$", FLAGS)


def _whole_counts(text: str, noun: Span, subject: Span) -> bool:
    """Whether the whole noun at ``noun`` is said of the statement's subject
    at ``subject``: the subject's, suffered by it, the time of its act, or
    acting on it; not a blackout of a city the subject happened to be in."""
    start, end = noun
    if subject[1] <= start:
        between = text[subject[1] : start]
        if _OWNED.match(between) or _SUFFERED.search(between):
            return True
        return bool(_AFTER.search(between)) and not _AT_PLACE.match(text, end)
    between = text[end : subject[0]]
    if _LEADING.match(between):
        # "After a total power failure, the tanker drifted"
        return bool(_AFTER.search(text, max(0, start - 40), start))
    return bool(_ACTING_ON.match(between))


# an object after a verb alone: "conceded that turnout was low", "conceded
# the point"
_OBJECT = lazy(
    r"\s+(?:that|the|a|an|his|her|its|their|this|these|those|any|some|\d)\b", FLAGS
)


def filled_by_verb(
    text: str,
    chosen: tuple[Span, ...],
    filled: tuple[int, ...],
    nominals: Collection[str],
) -> bool:
    """Whether each slot of ``filled`` that the match fills by an empty span
    has the word saying it in the slot before, said of the subject (the
    first slot): "lost its anchor in a blackout" and "a blackout hit the city
    as the freighter docked" say no loss of the freighter's power.  A word
    that is none of the sentence's ``nominals`` is a verb alone."""
    for k in filled:
        if chosen[k][0] != chosen[k][1]:
            continue
        if chosen[k - 1][1] != chosen[k][1]:
            return False
        word = text[slice(*chosen[k - 1])].casefold()
        if word in nominals:
            if not _whole_counts(text, chosen[k - 1], chosen[0]):
                return False
        elif _OBJECT.match(text, chosen[k][1]):
            return False
    return True
