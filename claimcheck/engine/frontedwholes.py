"""The whole a sentence opens with: "Of the 20 defendants, nine pleaded guilty".

A sentence that opens with "Of the" and a figure names the group the rest
of it takes a part of: the clause after the comma says what that part did
("nine pleaded guilty", "most admitted the charges").  The whole's figure
is then not the count of that act: for a claim whose context words stand
in that clause and not in the opening phrase, it is neither the claim's
figure nor one against it; a figure right after the comma with none of
the claim's measure words ("nine", "14 were rescued") counts the part, and
is read for the claim.  A claim whose context the
opening phrase holds ("Of the 20 people charged, ...") reads the whole as
usual, as does a claim whose context words the sentence does not hold or
holds only further on, not as the part's act ("30 were in critical
condition after the crash").  The test costs a
look at the few characters before the figure.
"""

from __future__ import annotations

from claimcheck.claims import QuantityClaim
from claimcheck.engine.evidence import Evidence, figure_evidence
from claimcheck.engine.index import ArticleIndex, Mention
from claimcheck.engine.patterns import lazy

__all__ = ["fronted_whole"]

#: the words after the comma before the part's act ("31 had admitted")
_REACH = 4

# the words from the sentence's start to the figure
_OPENING = lazy(
    r"\A\s*(?:(?:and|but|yet)\s+)?of\s+(?:all\s+)?(?:the|those|these|its|their)\s+\Z"
)


def fronted_whole(
    claim: QuantityClaim, index: ArticleIndex, mention: Mention
) -> list[Evidence] | None:
    """None unless ``mention`` is the whole of a sentence opened by "Of the"
    whose part, after the comma, does what the claim's context says; then
    the evidence of that part's bare figure, if it has one."""
    if mention.bound is None or not claim.context:
        return None
    start, end = mention.sentence
    figure = mention.quantity.start
    if figure - start > 24:
        return None
    text = index.article.text
    lead = text[start:figure].casefold()
    if "of" not in lead or _OPENING.search(lead) is None:
        return None
    comma = text.find(",", mention.bound[1], end)
    if comma < 0:
        return None
    hits = [h for group in claim.context for h in index.hits_between(group, start, end)]
    if any(h[0] < comma for h in hits):
        return None  # "Of the 20 people charged, ..."
    # the part's own act: the context word among the first words after the
    # comma ("nine pleaded guilty", "31 had admitted"), not an event's word
    # further on ("30 were in critical condition after the crash")
    if not any(len(text[comma + 1 : h[0]].split()) <= _REACH for h in hits):
        return None
    return _part(claim, index, mention, comma)


def _part(
    claim: QuantityClaim, index: ArticleIndex, whole: Mention, comma: int
) -> list[Evidence]:
    text = index.article.text
    at = (
        comma
        + 1
        + len(text[comma + 1 : comma + 4])
        - len(text[comma + 1 : comma + 4].lstrip())
    )
    part = next((m for m in index.mentions if m.quantity.start == at), None)
    if part is None or part.quantity.unit is not None:
        return []
    if part.bound is not None and index.hits_between(claim.measure, *part.bound):
        return []  # "nine defendants pleaded guilty": read as usual
    q = part.quantity
    told = text[
        whole.quantity.start : whole.bound[1] if whole.bound else whole.quantity.end
    ]
    return [
        figure_evidence(
            index,
            q,
            claim.expected,
            f"reads {q.interval} as the part of the whole {told!r} the sentence"
            " opens with",
        )
    ]
