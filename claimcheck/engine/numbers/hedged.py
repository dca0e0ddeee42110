"""Hedged counts and vague words read without the grammar.

"about 300 people", "More than 12,000 were" (a hedge phrase, then plain
digits) and "thousands" standing alone, read where the full pattern
(:mod:`.vocabulary`) would read them, in a few microseconds;
tests/engine/numbers/test_reader_fast_path.py checks both ways read the same.
"""

from __future__ import annotations

import regex

from claimcheck.engine.numbers.interval import Interval
from claimcheck.engine.numbers.placeover import placed_over
from claimcheck.engine.numbers.plain import plain_count
from claimcheck.engine.numbers.ranges import VAGUE_KIND, Atom
from claimcheck.engine.numbers.spreadover import spread_over
from claimcheck.engine.numbers.vocabulary import (
    AGE,
    BETWEEN,
    FROM,
    HEDGES,
    MORE,
    POINT,
    QUALIFIERS,
    VAGUE,
    Hedge,
)

__all__ = ["HEDGE_PHRASES", "hedged_count", "plain_vague"]

# A vague word alone ("thousands"), not the start of a longer one
# ("hundreds of thousands").
# ("scores" only before "of": the full way)
_VAGUE_WORDS = {w: b for w, b in VAGUE.items() if w.isalpha() and w != "scores"}
_LONGER_VAGUE = regex.compile(r"\s+of\s+(?:thousands|millions)\b", regex.IGNORECASE)


def plain_vague(text: str, core: int, end: int) -> Atom | None:
    """The atom of the vague word ``text[core:end]`` ("thousands", "Dozens"),
    read where the full pattern would read it at ``core``."""
    bounds = _VAGUE_WORDS.get(text[core:end].lower())
    if bounds is None or _LONGER_VAGUE.match(text, end):
        return None
    low, high = bounds
    atom = Atom(start=core, end=end, value=low, kind=VAGUE_KIND, unit=None)
    atom.interval = Interval(low=low, high=high, high_inclusive=False)
    return atom


def _hedge_phrases() -> dict[str, Hedge]:
    """Each hedge phrase (one space between words, lower case) -> its kind;
    where two kinds share a phrase, the first in HEDGES, as the pattern
    tries them ("just under" is NEARLY, not a qualified "under")."""
    phrases: dict[str, Hedge] = {}
    for name, (kind, words) in HEDGES.items():
        qualified = name in ("h_more", "h_less")
        for phrase in words:
            phrases.setdefault(phrase, kind)
            if qualified:
                for qualifier in QUALIFIERS:
                    phrases.setdefault(f"{qualifier} {phrase}", kind)
    return phrases


HEDGE_PHRASES = _hedge_phrases()


def hedged_count(text: str, start: int, core: int, article: str) -> Atom | None:
    """Plain digits at ``core`` after nothing but a hedge from ``start``:
    "about 300 people", "More than 12,000 were", read without the grammar.

    ``text[start:core]`` must be one hedge phrase and the whitespace after it
    (no sign, currency or second opening word), and the digits a plain count
    (:func:`plain_count`); otherwise ``None``, and the full way reads it.
    """
    kind = HEDGE_PHRASES.get(" ".join(text[start:core].split()).lower())
    if kind is None or not text[core - 1].isspace():
        return None
    plain = plain_count(text, core, article)
    if plain is None:
        return None
    spread = kind == MORE and (
        spread_over(text, start, core, plain.end)
        or placed_over(text, start, core)  # "distributed over 19 states"
    )
    if spread:
        kind, start = POINT, core  # "500 hours over 154 crossings": exact
    plain.start = start
    plain.kind = kind
    if kind == AGE and plain.unit is None:
        plain.unit = "yr"
    # (a year after "over" that spreads a count is a year: "5% over 2025")
    plain.yearlike = (
        plain.yearlike and (spread or kind in (BETWEEN, FROM)) and plain.unit is None
    )
    return plain
