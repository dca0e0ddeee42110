"""A fact box's row whose label tells only the state of the people counted:
"Left homeless (governor's estimate): up to 300,000", "Evacuated: 12,000",
"Displaced: 40,000".

The label names no noun, so the row's figure counts people in that state.
A claim that counts people ("measure: [people, residents]") and names the
state in its context ("context: [homeless, displaced]") reads such a row as
its own (:func:`state_rows`): the label holds a word of the context and
nothing but words that put people in a state ("left", "made", "still").
A label with a noun of its own ("Homeless shelters opened: 40",
"Evacuation centres: 31") counts that noun, and one naming another time
("Evacuated in the 2010 floods:") another occasion's people.
"""

from __future__ import annotations

import bisect

import regex

from claimcheck.claims import QuantityClaim
from claimcheck.engine.evidence import Evidence, figure_evidence
from claimcheck.engine.index import ArticleIndex
from claimcheck.engine.nouns import PERSONS
from claimcheck.engine.patterns import lazy
from claimcheck.engine.rows import other_time

__all__ = ["counts_people_in_state", "state_rows"]

# a row: its label from the start of the line, maybe a bracketed note, a
# colon, then the figure
_ROW = lazy(r"[ \t]*(?P<label>[^\W\d_][^\n:()]{0,60}?)\s*(?:\([^()\n]*\)\s*)?:[ \t]*$")
# what may follow the figure in its row: a bracketed note, a full stop
_ALONE = lazy(r"[ \t]*(?:\([^()\n]*\))?[ \t]*[.;]?[ \t]*(?:\n|$)")
_WORD = lazy(r"[^\W\d_]+")
#: words a state's label may hold beside the state's own
_STATE_WORDS = frozenset(
    "left made rendered still now newly total officially forcibly temporarily"
    " people persons residents".split()
)


def _counts_people(claim: QuantityClaim) -> bool:
    """Whether a literal measure word counts people (once per measure)."""
    cache = claim.measure._cache
    found: bool | None = cache.get("counts people")
    if found is None:
        found = cache["counts people"] = any(
            not t.is_regex and t.text.casefold() in PERSONS for t in claim.measure.terms
        )
    return found


def counts_people_in_state(claim: QuantityClaim) -> bool:
    """Whether :func:`state_rows` may find any row for ``claim``."""
    return claim.unit is None and bool(claim.context) and _counts_people(claim)


def _colons(index: ArticleIndex) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The article's colons, and the start of the line of each (once per
    article): a row's colon follows its label on the label's line."""
    found: tuple[tuple[int, ...], tuple[int, ...]] | None = index._memo.get("colons")
    if found is None:
        text = index.article.text
        at: list[int] = []
        colon = text.find(":")
        while colon >= 0:
            at.append(colon)
            colon = text.find(":", colon + 1)
        heads = tuple(text.rfind("\n", 0, i) + 1 for i in at)
        found = index._memo["colons"] = (tuple(at), heads)
    return found


def state_rows(claim: QuantityClaim, index: ArticleIndex) -> list[Evidence]:
    """The bare figures of rows whose label tells the state the claim's
    context names, each read against the claim (a claim counting people)."""
    if not counts_people_in_state(claim):
        return []
    colons, heads = _colons(index)
    if not colons:
        return []
    article = index.article
    text = article.text
    hits = sorted({h for g in claim.context for h in index.hits(g)})
    out: list[Evidence] = []
    seen: set[int] = set()
    for hit in hits:
        # no colon after the hit on its line: no row (the next colon's line
        # starts after the hit)
        k = bisect.bisect_left(colons, hit[1])
        if k == len(colons) or heads[k] > hit[1]:
            continue
        line = text.rfind("\n", 0, hit[0]) + 1
        stop = text.find("\n", hit[1])
        stop = len(text) if stop < 0 else stop
        colon = text.find(":", hit[1], stop)
        if colon < 0 or line in seen:
            continue
        seen.add(line)
        row = _ROW.match(text, line, colon + 1)
        if row is None or not _states_only(row, hits):
            continue
        q = next(
            (
                q
                for q in index.quantities_of(article.paragraph_at(hit[0]))
                if colon < q.start < stop
            ),
            None,
        )
        if q is None or q.unit is not None or text[colon + 1 : q.start].strip():
            continue
        if _ALONE.match(text, q.end) is None:
            continue
        label = row.group("label")
        out.append(
            figure_evidence(
                index, q, claim.expected, f"reads {q.interval} for the row {label!r}"
            )
        )
    return out


def _states_only(row: regex.Match[str], hits: list[tuple[int, int]]) -> bool:
    """Whether the row's label holds a state of the claim's context, no
    other time, and no word but those that put people in a state."""
    start, end = row.span("label")
    label = row.group("label")
    inside = [h for h in hits if start <= h[0] and h[1] <= end]
    if not inside or other_time(label):
        return False
    rest = list(label)
    for h0, h1 in inside:
        rest[h0 - start : h1 - start] = " " * (h1 - h0)
    return all(w.casefold() in _STATE_WORDS for w in _WORD.findall("".join(rest)))
