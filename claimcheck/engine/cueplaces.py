"""Where an article's cue words stand, found once per article.

Some rules need a word well before the figure they read, some sentences
back: a lead-in that announces a precedent ("Vellandia has evacuated a town
before.", "How does it compare?", "It is not the first time."; see
:mod:`claimcheck.engine.precedents`).  The places of such words, each kept
only where its rule may use it, are found once per article in its folded
text (:mod:`claimcheck.engine.cues`), so a figure with none near it costs
one bisection.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from claimcheck.engine.cues import Cues

__all__ = ["lead_in_near"]

#: the words one of which every lead-in holds
_LEAD_WORDS = ("compare", "before", "first", "precedent")
#: what ends a lead-in after "before"
_STOPS = frozenset(".!?:")
#: the most characters a question mark stands after "compare"
_QUESTION = 200
#: the places found, by the words asked for (the last article's)
_PLACES: dict[tuple[str, ...], tuple[str | None, list[int]]] = {}

Keep = Callable[[str, str, int, int], bool]


def lead_in_near(text: str, cues: Cues | None, start: int, end: int) -> bool:
    """Whether a lead-in's word stands in ``text[start:end]`` (True when the
    folded text cannot tell)."""
    return _near(text, cues, start, end, words=_LEAD_WORDS, keep=_may_lead)


def _near(
    text: str,
    cues: Cues | None,
    start: int,
    end: int,
    *,
    words: tuple[str, ...],
    keep: Keep,
) -> bool:
    if cues is None or cues.folded is None:
        return True
    memo = _PLACES.get(words)
    if memo is None or memo[0] is not text:
        folded = cues.folded
        places = []
        for word in words:
            at = folded.find(word)
            while at >= 0:
                after = at + len(word)
                if keep(folded, word, at, after):
                    places.append(at)
                at = folded.find(word, after)
        memo = _PLACES[words] = (text, sorted(places))
    places = memo[1]
    i = bisect_left(places, start)
    return i < len(places) and places[i] < end


def _may_lead(folded: str, word: str, at: int, after: int) -> bool:
    """Whether ``word`` at ``at`` may be a lead-in's: "before" with a stop
    after it, "first" after "not the", "compare" with a question mark on."""
    if word == "before":
        return folded[after : after + 8].lstrip()[:1] in _STOPS
    if word == "first":
        return folded[max(0, at - 12) : at].split()[-2:] == ["not", "the"]
    if word == "compare":
        return folded.find("?", after, after + _QUESTION) >= 0
    return True
