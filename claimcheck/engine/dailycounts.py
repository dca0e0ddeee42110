"""Counts a claim takes per day: "1.2 million passengers a day".

A figure given per unit of time binds to no measure word (rule ``rate``,
:mod:`claimcheck.engine.rates`): a toll or a total is no rate.  A claim may
count per day all the same, and say so in its context rather than in its
measure ("measure: [passengers], context: [a day, per day, daily]"): the
count before "a day", "per day", "each day" (or "for day", as other first
languages write it) is then its figure when the noun right after the number
is one of its measure words (:func:`period_counts`).

A day that is a moment is no rate: "a day after the fair closed", "a day
later" (:func:`moment_at`), so such words never satisfy that context.
"""

from __future__ import annotations

import regex

from claimcheck.claims import QuantityClaim
from claimcheck.engine.evidence import Evidence, figure_evidence
from claimcheck.engine.index import ArticleIndex
from claimcheck.engine.patterns import lazy

__all__ = ["PERIOD_TERM", "counts_per_period", "moment_at", "period_counts"]

#: a context term naming the period of a rate: "a day", "per day", "daily"
PERIOD_TERM = lazy(
    r"^(?:(?:a|an|per|each|every)\s+(?:day|week|month|hour)|daily|weekly|hourly)$",
    regex.I,
)
# "a day after", "a week later": a moment, not a rate
_MOMENT = lazy(
    r"\s+(?:after|later|before|earlier|ago|since|into|or\s+(?:two|so))\b", regex.I
)
# "1.2 million passengers a day", "1,2 millions of passengers for day": the
# counted noun (an adjective at most before it), then the period
_NOUN_THEN_PERIOD = lazy(
    r"(?:\s+of(?=\s))?\s+(?:[^\W\d_]+\s+)?(?P<noun>[^\W\d_]+)\s+(?:a|an|per|each|every|for)\s+"
    r"(?P<period>day|week|month|hour)\b",
    regex.I,
)


def moment_at(text: str, end: int) -> bool:
    """Whether a period's words ending at ``end`` tell a moment ("a day |
    after the fair closed")."""
    return _MOMENT.match(text, end) is not None


def _periods(claim: QuantityClaim) -> frozenset[str]:
    """The periods the claim's context counts per ("day"); none unless every
    context term names one."""
    # (a group naming one, a test each group makes once, comes first)
    if not any(g.names("period", PERIOD_TERM) for g in claim.context):
        return frozenset()
    terms = [t.text for g in claim.context for t in g.terms if not t.is_regex]
    if not terms or not all(PERIOD_TERM.match(t) for t in terms):
        return frozenset()
    words = {"daily": "day", "weekly": "week", "hourly": "hour"}
    return frozenset(words.get(t.casefold(), t.split()[-1].casefold()) for t in terms)


def counts_per_period(claim: QuantityClaim) -> bool:
    """Whether :func:`period_counts` may find any count for ``claim``."""
    return claim.unit is None and bool(claim.context) and bool(_periods(claim))


def period_counts(claim: QuantityClaim, index: ArticleIndex) -> list[Evidence]:
    """The counts per period of a claim whose context names only periods,
    each read against the claim: a rate figure (``rule == "rate"``) whose
    counted noun is one of the claim's measure words."""
    periods = _periods(claim) if claim.unit is None and claim.context else None
    if not periods:
        return []
    rates = [m for m in index.mentions if m.rule == "rate" and m.bound is None]
    if not rates:
        return []
    own = {h[0] for h in index.hits(claim.measure)}
    text = index.article.text
    out: list[Evidence] = []
    for mention in rates:
        q = mention.quantity
        if q.unit is not None:
            continue
        found = _NOUN_THEN_PERIOD.match(text, q.end, mention.clause[1])
        if found is None or found.start("noun") not in own:
            continue
        if found.group("period").casefold() not in periods:
            continue
        measure = found.group("noun")
        out.append(
            figure_evidence(
                index,
                q,
                claim.expected,
                f"reads {q.interval} for {measure!r} a {found.group('period')}",
                end=found.end(),
            )
        )
    return out
