"""Where an article's lead-in words stand, found once per article.

A lead-in announces a precedent ("Vellandia has evacuated a town before.",
"How does it compare?", "It is not the first time.", "There is a
precedent."; see :mod:`claimcheck.engine.precedents`).  A sentence that goes
on about a precedent is only looked for near one, and the words such a
lead-in must hold are found once per article in its folded text
(:mod:`claimcheck.engine.cues`): "before" with a stop after it, "first"
after "not the", "compare" with a question mark on, "precedent".
"""

from __future__ import annotations

from bisect import bisect_left

from claimcheck.engine.cues import Cues

__all__ = ["lead_in_near"]

#: the words one of which every lead-in holds
_WORDS = ("compare", "before", "first", "precedent")
#: what ends a lead-in after "before"
_STOPS = frozenset(".!?:")
#: the most characters a question mark stands after "compare"
_QUESTION = 200
#: where each article's lead-in words stand (the last article's)
_PLACES: list[tuple[str | None, list[int]]] = [(None, [])]


def lead_in_near(text: str, cues: Cues | None, start: int, end: int) -> bool:
    """Whether a lead-in's word stands in ``text[start:end]`` (True when the
    folded text cannot tell)."""
    if cues is None or cues.folded is None:
        return True
    memo = _PLACES[0]
    if memo[0] is not text:
        folded = cues.folded
        places = []
        for word in _WORDS:
            at = folded.find(word)
            while at >= 0:
                after = at + len(word)
                if _may_lead(folded, word, at, after):
                    places.append(at)
                at = folded.find(word, after)
        memo = _PLACES[0] = (text, sorted(places))
    places = memo[1]
    i = bisect_left(places, start)
    return i < len(places) and places[i] < end


def _may_lead(folded: str, word: str, at: int, after: int) -> bool:
    """Whether ``word`` at ``at`` may be a lead-in's."""
    if word == "before":
        return folded[after : after + 8].lstrip()[:1] in _STOPS
    if word == "first":
        return folded[max(0, at - 12) : at].split()[-2:] == ["not", "the"]
    if word == "compare":
        return folded.find("?", after, after + _QUESTION) >= 0
    return True
