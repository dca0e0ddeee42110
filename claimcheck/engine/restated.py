"""A figure whose measure is named right after it, in an apposition or a
relative clause: "$600 million, the sum it agreed to pay the residents".

Part of reaching past the clause (:mod:`claimcheck.engine.reach`): a figure
whose own clause names no measure, that closes that clause (after at most
the noun it counts), is named again by the clause after it:

- a noun of amount and what it is, in a clause of its own: "1.3 million
  customers, the number the utility says were stranded", "$250,000, the
  limit the fund insures";
- an article, at most one word and the measure: "$45 million, the largest
  fine in the state's history" (where the figure opens its clause, the
  appositive rule of :mod:`claimcheck.engine.reach` reads it already);
- a relative clause on the figure itself: "The $600 million, which Delmar
  agreed to pay the residents, will come from insurers".

A comparison ("a sum larger than any fine", "twice the number stranded")
or a year (another event's count, "the number stranded in 2019") names no
measure of the figure.  Only a figure read as a point or an estimate is
named so: "less than $250,000, the limit" names the limit, not the bound.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from claimcheck.engine.cues import Cues
from claimcheck.engine.nouns import STOP
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import lazy

__all__ = ["restated"]

Span = tuple[int, int]

# "the sum it agreed to pay", "the number the utility says were stranded"
_AMOUNT = lazy(
    r"\s*the\s+(?:(?:same|very|exact|full|total)\s+)?(?:sum|amount|number|figure"
    r"|total|limit|cap|ceiling|maximum|count|tally|price)\s+(?:(?:that|which)\s+)?",
    regex.I,
)
# "the largest fine", "a record fine"
_ARTICLE = lazy(r"\s*(?:a|an|the)\s+(?:([^\W\d_][\w'’-]*)\s+)?", regex.I)
# "which Delmar agreed to pay", "that the fund insures"
_RELATIVE = lazy(r"\s*(?:which|that)\s+", regex.I)
# what names no measure of the figure: a comparison, another year
_NOT_NAMED = lazy(
    r"\b(?:than|twice|half|thrice|times|compared|(?:19|20)\d\d)\b", regex.I
)
_NOUN_RUN = lazy(r"(?:\s+[^\W\d_][\w'’-]*){0,3}?[\s,;:.!?)\]\"'”’]*$")
#: what every clause that names a figure opens with (a prefix test: "an"
#: and "that" start with "a" and "th")
_OPENERS = ("a", "th", "which")
#: words between the noun of amount (or "which") and the measure word
_REACH_WORDS = 6


def restated(
    text: str,
    q: Quantity,
    clause: Span,
    following: Span,
    hits_in: Callable[[Span], list[Span]],
    *,
    cues: Cues | None = None,
) -> Span | None:
    """The measure word that ``following``, the clause after ``q``'s,
    names ``q`` by, where ``q`` closes ``clause`` after at most its counted
    noun; None otherwise.  ``cues`` (the article's) skips a clause that
    opens with no article nor relative word."""
    if q.interval.low is None or q.interval.high is None:
        return None
    if cues is not None and not cues.opens(following[0], _OPENERS, space=False):
        return None
    tail = _NOUN_RUN.match(text, q.end, clause[1])
    if tail is None or any(w.casefold() in STOP for w in tail.group().split()):
        return None
    opening = _AMOUNT.match(text, following[0], following[1]) or _RELATIVE.match(
        text, following[0], following[1]
    )
    if opening is not None:
        words = text[opening.end() : following[1]].split()
        reach_end = opening.end()
        for word in words[:_REACH_WORDS]:
            reach_end = text.index(word, reach_end) + len(word)
        if _NOT_NAMED.search(text, following[0], following[1]):
            return None
        return next(
            (h for h in hits_in(following) if following[0] <= h[0] < reach_end),
            None,
        )
    article = _ARTICLE.match(text, following[0], following[1])
    if article is None or _NOT_NAMED.search(text, following[0], following[1]):
        return None
    starts = {article.end(), article.start(1) if article.group(1) else -1}
    return next((h for h in hits_in(following) if h[0] in starts), None)
