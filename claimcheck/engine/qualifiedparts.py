"""A part of a total told by the adverb that qualifies the claim's measure.

"41 people were injured, nine of them seriously", "Injured: 41 (9
seriously, 32 lightly)": for a claim on the seriously injured (a measure
term "seriously injured"), the total counts the injured of every kind, and
the part after it, qualified by the claim's own adverb, is the claim's
count.  The total is then no evidence, and the part is read in its place.
A total told qualified itself ("41 people seriously injured"), a part of
another kind ("nine of them children") and a claim with no adverb before
its measure ("injured") are read as usual.  A claim whose measure terms
hold no adverb costs one cached look at its terms.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from claimcheck.claims import QuantityClaim
from claimcheck.engine.evidence import Evidence, figure_evidence
from claimcheck.engine.index import ArticleIndex, Mention
from claimcheck.engine.patterns import lazy

__all__ = ["qualified_part"]

#: how far after the total its part is looked for
_REACH = 80
# "seriously injured", "critically hurt": an adverb heading a measure term
_ADVERB = lazy(r"^(?P<adverb>[a-z]+ly)\s+[a-z]")
_NUMBER = (
    r"\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|a\s+dozen|dozens|hundreds|some|most|many"
)


def _adverbs(terms: tuple[str, ...]) -> tuple[str, ...]:
    found = []
    for term in terms:
        m = _ADVERB.match(term.casefold())
        if m is not None and m.group("adverb") not in found:
            found.append(m.group("adverb"))
    return tuple(found)


@lru_cache(maxsize=64)
def _part(adverbs: tuple[str, ...]) -> regex.Pattern[str]:
    # ", nine of them seriously", "(9 seriously, 32 lightly)", "; two of
    # whom critically"
    either = "|".join(adverbs)
    return regex.compile(
        rf"\A[^.;!?\n()]*?[,(;]\s*(?:and\s+)?(?P<n>{_NUMBER})"
        rf"(?:\s+of\s+(?:them|whom|those))?\s+(?:(?:were|are)\s+)?"
        rf"(?P<adverb>{either})\b",
        regex.I,
    )


def qualified_part(
    claim: QuantityClaim, index: ArticleIndex, mention: Mention
) -> Evidence | None:
    """The evidence of the qualified part told after ``mention``'s total, or
    None when no such part follows it (see the module's docstring)."""
    if claim.unit is not None:
        return None
    adverbs: tuple[str, ...] | None = claim.measure._cache.get("adverbs")
    if adverbs is None:
        terms = claim.measure.terms
        adverbs = _adverbs(tuple(t.text for t in terms if not t.is_regex))
        claim.measure._cache["adverbs"] = adverbs
    if not adverbs:
        return None
    text = index.article.text
    assert mention.bound is not None
    after = max(mention.quantity.end, mention.bound[1])
    end = min(mention.sentence[1], after + _REACH)
    stretch = text[after:end]
    folded = stretch.casefold()
    if not any(a in folded for a in adverbs):
        return None
    # the total told qualified itself: "41 people seriously injured"
    head = text[mention.quantity.start : after].casefold()
    if any(a in head for a in adverbs):
        return None
    m = _part(adverbs).match(stretch)
    if m is None:
        return None
    start = after + m.start("n")
    part = next((x for x in index.mentions if x.quantity.start == start), None)
    if part is None or part.quantity.unit is not None:
        return None
    q = part.quantity
    total = text[mention.quantity.start : mention.quantity.end]
    return figure_evidence(
        index,
        q,
        claim.expected,
        f"reads {q.interval} told {m.group('adverb')!r} as a part of the total"
        f" {total!r}",
    )
