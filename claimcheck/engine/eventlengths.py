"""A length joined by a hyphen to the thing it measures: "a four-day strike".

"The union called a four-day strike" tells how long the strike lasted, as
"the strike lasted four days" does.  The figure reads "four-day" in days, yet
no measure word stands there to take it: a claim's "days" is not the "day"
of the compound.  Such a figure is bound to its own unit word (rule
``compound``), so that a claim measured by the unit's name ("measure:
[days]") reads it, as it reads "a 40-vehicle pile-up" for "vehicles".

The compound measures the noun it is joined to, and only that: "12-hour
shifts to end the blackout", "the 10-day talks" and "a four-day working
week" give the length of the shifts, the talks and the week.  A claim with a
context reads the figure only when that noun phrase, or the place after its
"in", names its context ("a four-day strike" for a claim on the strike, "a
nine-year term in a penal colony" for one on a prison sentence).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from claimcheck.engine.durations import TIME_UNITS
from claimcheck.engine.lexicon import names_noun
from claimcheck.engine.nouns import STOP
from claimcheck.engine.numbers.units import canonical_unit
from claimcheck.engine.patterns import lazy

if TYPE_CHECKING:
    from claimcheck.claims import QuantityClaim
    from claimcheck.engine.index import ArticleIndex, Mention
    from claimcheck.engine.numbers.reader import Quantity

__all__ = ["compound_reads", "joined_length", "measures_other"]

Span = tuple[int, int]

_HYPHENS = ("-", "‐", "‑")
# the unit word closing the figure, past its hyphen: "four-day", "36-hour"
_UNIT_WORD = lazy(r"[-‐‑]([^\W\d_]+)\Z")
# the noun phrase the compound is joined to: up to three words, the first a
# word of its own (not "-old", an age; not a second hyphen)
_JOINED_TO = lazy(r"[ \t]+((?:[^\W\d_][\w'’-]*)(?:[ \t]+[^\W\d_][\w'’-]*){0,2})")
_WORD = lazy(r"[^\W\d_][\w'’-]*")
# words that end the noun phrase before them
_ENDS = STOP | frozenset({"if", "when", "as", "that", "which", "who", "was", "is"})
# what is no thing measured: "a four-day-old strike", "a 10-day-long"
_NOT_A_NOUN = frozenset({"old", "long", "high", "wide", "deep", "tall"})


def joined_length(text: str, q: Quantity, clause: Span) -> Span | None:
    """The unit word of a length joined by a hyphen to the noun after it
    ("a four-day strike": "day"), or ``None``."""
    if not any(h in q.text for h in _HYPHENS):  # the prefilter
        return None
    unit = _UNIT_WORD.search(q.text)
    if unit is None:
        return None
    after = _JOINED_TO.match(text, q.end, clause[1])
    if after is None:
        return None
    first = after.group(1).split()[0].casefold()
    if first in _ENDS or first in _NOT_A_NOUN:
        return None
    return q.start + unit.start(1), q.end


def _phrase_after(text: str, end: int, limit: int) -> Span:
    """The noun phrase right after ``end``: up to three words, stopping at a
    preposition, a conjunction or punctuation."""
    last = end
    pos = end
    for _ in range(3):
        gap = text[pos:limit]
        stripped = gap.lstrip(" \t")
        if not stripped:
            break
        m = _WORD.match(text, pos + len(gap) - len(stripped), limit)
        if m is None or m.group().casefold() in _ENDS:
            break
        last = pos = m.end()
    return end, last


# what only threatens or plans the event: "threatened a seven-day strike",
# "its notice of a seven-day strike", "a planned 10-day truce"
_PLANNED = lazy(
    r"\b(?:threat\w*|plan\w*|propos\w*|notice\s+of|call(?:s|ed|ing)?\s+for"
    r"|vote\s+on|warn\w*\s+of)\s+(?:(?:a|an|the|its|their)\s+)?\Z",
    regex.I,
)


def measures_other(claim: QuantityClaim, index: ArticleIndex, mention: Mention) -> bool:
    """Whether ``mention``, a length joined to a noun, measures a thing the
    claim's context does not name ("12-hour shifts" for a claim on the
    blackout's hours), or an event only threatened or planned ("threatened
    a seven-day strike")."""
    if mention.rule != "compound":
        return False
    bound = mention.bound
    q = mention.quantity
    if bound is None or bound[1] != q.end or bound[0] <= q.start:
        return False  # not a length joined to its noun: "a 40-vehicle pile-up"
    text = index.article.text
    if _PLANNED.search(text[max(mention.sentence[0], q.start - 40) : q.start]):
        return True
    if not claim.context:
        return False
    limit = mention.sentence[1]
    start, end = _phrase_after(text, q.end, limit)
    if end <= start:
        return True
    # "a nine-year term in a penal colony", "a 12-day stay in hospital": the
    # place the thing is spent in tells what it is
    spent = _IN.match(text, end, limit)
    if spent is not None:
        end = max(end, _phrase_after(text, spent.end(), limit)[1])
    return not any(
        h[0] < end and h[1] > start
        for group in claim.context
        for h in index.hits(group)
    )


_IN = lazy(r"[ \t]+in[ \t]+(?:(?:a|an|the)[ \t]+)?", regex.I)


def compound_reads(claim: QuantityClaim, text: str, mention: Mention) -> bool:
    """Whether a claim reads ``mention``, bound to a compound's noun: one of
    its terms names that noun ("vehicles" for "a 40-vehicle pile-up"), or it
    is measured by a unit of time and the compound is a length ("a 48-hour
    stoppage" for "measure: [days]")."""
    if mention.rule != "compound" or mention.bound is None:
        return False
    bound = mention.bound
    return names_noun(claim.measure, text[bound[0] : bound[1]]) or _in_units_named(
        claim, mention
    )


def _in_units_named(claim: QuantityClaim, mention: Mention) -> bool:
    """Whether ``mention``, a length joined to a noun in one unit of time
    ("a 48-hour stoppage"), is read by a claim measured by the name of
    another ("measure: [days]": the claim's unit takes it, converted)."""
    bound = mention.bound
    q = mention.quantity
    if (
        mention.rule != "compound"
        or bound is None
        or bound[1] != q.end
        or bound[0] <= q.start
        or claim.unit not in TIME_UNITS
        or q.unit not in TIME_UNITS
    ):
        return False
    terms = [t for t in claim.measure.spellings if not t.is_regex]
    return bool(terms) and all(canonical_unit(t.text) == claim.unit for t in terms)
