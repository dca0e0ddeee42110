"""One figure for two measures: "1,800 dead or injured".

"has killed or hospitalised 640", "missing or feared dead", "$13 million in
fines and costs": a figure whose measure word is joined by "or" to another,
or an amount "in" two nouns joined by "and", counts both together, and so
neither alone (see :func:`claimcheck.engine.scope.scope_of`, whose module
re-exports :func:`combined`).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from claimcheck.engine.cues import Cues
from claimcheck.engine.numbers.vocabulary import SMALL, TENS
from claimcheck.engine.patterns import BACKWARD, lazy

__all__ = ["claims_both", "combined"]

# the word between "and" and the second measure word may not be a figure of
# its own: "68 passengers and four crew members", "twelve were killed and
# nine injured" give each noun its own count
_OWN_FIGURE = "|".join([*SMALL, *TENS, "dozens?", "hundreds?", "thousands?", "scores"])
_JOINED = lazy(
    rf"\s+(?:or|and|and/or|&)\s+(?:(?!(?i:{_OWN_FIGURE})\b)[^\W\d_]+\s+)?$|\s*/\s*$"
)
_LISTED = lazy(r"\s*,\s*(?:[^\W\d_]+\s+)?")
_LIST_CLOSES = lazy(r",?\s+(?:or|and)\b", regex.I)
_HARM = (
    r"(?:ill|sick|sickened|hurt|injured|wounded|missing|dead|killed|hospitali[sz]ed"
    r"|harmed|burned|burnt|poisoned|displaced|unaccounted|treated"
    r"|needed\s+(?:hospital\s+|medical\s+)?(?:treatment|care)"
    r"|taken\s+to\s+hospital)"
)
#: one of these stands in every match of _HARM
_HARM_WORDS = (
    "ill", "sick", "hurt", "injured", "wounded", "missing", "dead", "hospital",
    "harmed", "burn", "poisoned", "displaced", "unaccounted", "treat", "care",
)  # fmt: skip
# only "or": "were injured and taken to hospital" counts one group twice over
_HARM_AFTER = lazy(
    rf"\s+(?:or|and/or)\s+(?:(?:were|was|been|are|is|made|fell|left|feared"
    rf"|reported|badly|seriously|taken|became|got)\s+){{0,2}}{_HARM}\b",
    regex.I,
)
# "has killed or sickened more than 9,000 people": two verbs of harm before a
# figure whose noun follows it
_HARM_PAIR = lazy(
    rf"\b(?:{_HARM}|[^\W\d_]+ed)\s+(?:or|and/or)\s+(?:{_HARM}|[^\W\d_]+ed)\s+$",
    regex.I | BACKWARD,
)
# a figure of its own right before or after the other measure word: "infected
# about 7,500 people and killed 83" counts two measures with a figure each
_FIGURE_BEFORE = lazy(r"\d\s+$")
_FIGURE_AFTER = lazy(
    r"\s+(?:(?:about|some|around|nearly|almost|roughly|over|more\s+than|at\s+least)\s+)?\d",
    regex.I,
)
# "homes and other buildings", "cars and lorries": one count of two nouns
_AND_OTHER = lazy(r"\s+and\s+(?:other\s+)?", regex.I)
_VERB = lazy(r"ed$", regex.I)
# "in fines and costs", "in damages and legal fees": a second noun after the
# "and" (not a verb of its own: "in damages and ordered him to apologise")
_NOT_NOUN = (
    r"[\w'’-]*ed|said|says|told|paid|pays|was|were|is|are|has|have|had|will|would"
    r"|must|can|could|may|might|should|agreed|then|also|its|his|her|their|the|a|an"
)
_IN_TWO = lazy(
    rf"\s+and\s+(?!(?:{_NOT_NOUN})\b)[\w'’-]+(?:\s+(?!(?:{_NOT_NOUN})\b)[\w'’-]+)?"
    r"(?=\s*(?:[,.;:)]|$|\s(?:under|from|to|for|in|on|over|after|before|since"
    r"|with|as|by|at|the|a|an|and)\b))",
    regex.I,
)
_HARM_BEFORE = lazy(
    rf"\b{_HARM}\s+(?:or|and/or)\s+(?:(?:were|was|been|made|reported|badly"
    rf"|seriously)\s+)?$",
    regex.I,
)


def combined(
    text: str,
    bound: tuple[int, int],
    hits: Sequence[tuple[int, int]],
    *,
    cues: Cues | None = None,
    figure: tuple[int, int] | None = None,
) -> bool:
    """Whether the measure word at ``bound`` is joined by or/and to another.

    "1,800 dead or injured", "has killed or hospitalised 640": one figure
    for two measures, which counts for neither alone.  A measure word that
    another figure counts is not joined to this one's ("infected 7,500
    people and killed 83", given ``figure``, the span of this one).
    """
    for h in hits:
        joined = (
            (
                h[1] <= bound[0]
                and _joined(text, h, bound)
                # "customers and cost the airline $300 million", for the amount
                and not (
                    text[h[1] : bound[0]].strip() == "and"
                    and _OBJECT_AFTER.match(text, bound[1])
                )
            )
            or (
                h[0] >= bound[1]
                and _joined(text, bound, h)
                and not _verb_of_its_own(text, h, figure)
            )
        )
        if joined and (figure is None or not _owned(text, h, figure)):
            return True
    if (
        figure is not None
        and bound[0] >= figure[1]
        and "or " in text[max(0, figure[0] - 40) : figure[0]]
        and _HARM_PAIR.search(text, max(0, figure[0] - 40), figure[0])
    ):
        return True
    # "injured or made ill", "missing or feared dead": the other word of harm
    # need not be a measure of the suite
    if (
        cues is None or cues.opens(bound[1], ("or", "and/or"), space=True)
    ) and _HARM_AFTER.match(text, bound[1]):
        return True
    if (
        figure is not None
        and text[figure[1] : bound[0]].strip().casefold() == "in"
        and (cues is None or cues.opens(bound[1], ("and",), space=True))
        and _IN_TWO.match(text, bound[1])
    ):
        # "about $13 million in fines and costs": an amount of both nouns
        return True
    if (
        figure is not None
        and 0 <= bound[0] - figure[1] < 30
        and (cues is None or cues.opens(bound[1], ("and",), space=True))
        and _noun_pair(text, bound)
    ):
        # "2.5 million customers and staff were caught up": both nouns
        return True
    lead = max(0, bound[0] - 60)
    if cues is not None and (
        cues.lacks(lead, bound[0], ("or",)) or cues.lacks(lead, bound[0], _HARM_WORDS)
    ):
        return False
    return bool(_HARM_BEFORE.search(text, lead, bound[0]))


def _owned(text: str, hit: tuple[int, int], figure: tuple[int, int]) -> bool:
    """Whether another figure than ``figure`` stands right before or after
    the measure word at ``hit`` (its own count)."""
    lead = max(0, hit[0] - 2)
    before = _FIGURE_BEFORE.search(text, lead, hit[0])
    if before is not None and not figure[0] <= before.start() < figure[1]:
        return True
    after = _FIGURE_AFTER.match(text, hit[1])
    return after is not None and not figure[0] <= after.end() - 1 < figure[1]


# "affected 2 million customers and cost the airline $300 million": the word
# after "and" is a verb, its object opening right after it
_OBJECT_AFTER = lazy(
    r"\s+(?:the|a|an|its|their|his|her|our|them|it|us|him|thousands|hundreds"
    r"|dozens|millions)\b",
    regex.I,
)
# "destroyed some 3,400 homes and damaged roads": a verb in -ed before the
# figure, and one in -ed after the "and", with a word of its own after it
_ED_BEFORE = lazy(
    r"\b[^\W\d_]{3,}ed\s+(?:(?:about|some|around|nearly|almost|roughly|over"
    r"|more\s+than|at\s+least|an\s+estimated)\s+)?$",
    regex.I | BACKWARD,
)
_ED_AFTER = lazy(r"[^\W\d_]*ed\s+(?-i:\p{Ll})[^\W\d_]{2,}\b", regex.I)


# "customers and staff were", "homes and businesses in the valley": a second
# noun closing the phrase a figure counts
_NOUN_PAIR = lazy(
    rf"\s+and\s+(?:other\s+)?(?!(?:{_NOT_NOUN})\b)([^\W\d_][\w'’-]*)"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|on|at|across|along|near|around|were|are|was"
    r"|have|had)\b)",
    regex.I,
)
_GROUP_NOUNS = frozenset("staff crew personnel people livestock".split())


def _noun_pair(text: str, bound: tuple[int, int]) -> bool:
    """Whether the noun at ``bound`` is joined by "and" to a second noun
    closing the phrase: "2.5 million customers and staff were caught up",
    "3,400 homes and businesses in the valley" count both together."""
    if _VERB.search(text, bound[0], bound[1]):
        return False
    m = _NOUN_PAIR.match(text, bound[1])
    if m is None:
        return False
    word = m.group(1).casefold()
    plural = word.endswith(("s", "ren", "men")) and not word.endswith("ss")
    return plural or word in _GROUP_NOUNS


def _verb_of_its_own(
    text: str, hit: tuple[int, int], figure: tuple[int, int] | None
) -> bool:
    """Whether the measure word at ``hit``, after an "and", is a verb with an
    object of its own: "customers and cost the airline", "3,400 homes and
    damaged roads" after "destroyed"."""
    if _OBJECT_AFTER.match(text, hit[1]):
        return True
    return (
        figure is not None
        and _ED_AFTER.match(text, hit[0]) is not None
        and not _HARM_AFTER.match(text, hit[0] - 5)
        and _ED_BEFORE.search(text, max(0, figure[0] - 40), figure[0]) is not None
    )


def claims_both(
    text: str, bound: tuple[int, int], sentence: tuple[int, int], own: dict[int, int]
) -> bool:
    """Whether the noun at ``bound`` and another of a claim's own measure
    words (``own``: their ends by their starts) are joined by "and" or "and
    other": "2,400 homes and buildings", "2,400 homes and other buildings"
    count what a claim measuring both nouns counts.  Verbs ("killed and
    injured") stay two measures."""
    if _VERB.search(text, bound[0], bound[1]):
        return False
    for start, end in own.items():
        if not sentence[0] <= start < sentence[1] or _VERB.search(text, start, end):
            continue
        if end <= bound[0] and _AND_OTHER.fullmatch(text, end, bound[0]):
            return True
        if start >= bound[1] and _AND_OTHER.fullmatch(text, bound[1], start):
            return True
    return False


def _joined(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Whether ``first`` and ``second`` are joined by or/and, or by a comma in
    a list that or/and closes ("killed, hurt or reported missing")."""
    if _JOINED.fullmatch(text, first[1], second[0]):
        return True
    return bool(
        _LISTED.fullmatch(text, first[1], second[0])
        and _LIST_CLOSES.match(text, second[1])
    )
