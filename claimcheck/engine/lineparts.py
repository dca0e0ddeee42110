"""The parts a claim's line lists in brackets: "Deaths in the eastern
Caribbean (Grenada and St Vincent)", "killed in the three border towns
(Ardo, Bess and Carrow)".

A figure whose sentence names one or some of those parts, and not all of
them, is that part's ("The quake killed 22 people in Ardo"): it never
contradicts the whole, though it may agree with it.  A sentence naming every
part ("in Ardo, Bess and Carrow") or none is read as usual.  A claim whose
line lists no parts costs one cached look at that line.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from claimcheck.claims import QuantityClaim
from claimcheck.engine.index import ArticleIndex, Mention
from claimcheck.engine.patterns import lazy

__all__ = ["part_of_line"]

_BRACKETS = lazy(r"\(([^()]*?\s(?:and|&)\s[^()]*)\)")
_SPLIT = lazy(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+")
# each item a place's name, maybe with its kind ("Tesk provinces"); not a
# source ("Cairo officials", "WHO and Unicef estimate") or a date
_NAME = lazy(
    r"(?:the\s+)?(\p{Lu}[\w'’.-]*(?:\s+\p{Lu}[\w'’.-]*)*)"
    r"(?:\s+(?:provinces?|islands?|towns?|count(?:y|ies)|states?|regions?"
    r"|districts?|cities|city|villages?|municipalities))?"
)


@lru_cache(maxsize=512)
def _parts(description: str) -> tuple[regex.Pattern[str], ...]:
    found = []
    for bracket in _BRACKETS.finditer(description):
        items = _SPLIT.split(bracket.group(1))
        names = [_NAME.fullmatch(item.strip()) for item in items]
        if any(name is None for name in names):
            continue  # not a list of places only
        found += [
            regex.compile(rf"(?<![\w-]){regex.escape(name.group(1))}(?![\w-])")
            for name in names
            if name is not None
        ]
    return tuple(found) if len(found) > 1 else ()


def part_of_line(claim: QuantityClaim, index: ArticleIndex, mention: Mention) -> bool:
    """Whether ``mention``'s sentence names some, not all, of the parts the
    claim's line lists in brackets."""
    parts = _parts(claim.description)
    if not parts:
        return False
    sentence = index.article.text[mention.sentence[0] : mention.sentence[1]]
    named = sum(1 for part in parts if part.search(sentence))
    return 0 < named < len(parts)
