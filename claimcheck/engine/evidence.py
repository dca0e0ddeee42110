"""Evidence: one place in an article that bears on a claim."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimcheck.engine.slotinit import slot_init

if TYPE_CHECKING:
    from claimcheck.engine.index import ArticleIndex
    from claimcheck.engine.numbers.interval import Interval
    from claimcheck.engine.numbers.reader import Quantity
    from claimcheck.engine.terms import Terms

__all__ = ["Evidence", "evidence_at", "figure_evidence", "first_term"]


@slot_init
@dataclass(frozen=True, slots=True, kw_only=True)
class Evidence:
    """One place in an article that bears on a claim."""

    start: int
    end: int
    text: str
    #: what was read there ("[300, inf)", "Storm Corps", "negated")
    value: str
    #: True: agrees with the claim; False: disagrees; None: neither
    compatible: bool | None
    #: why it agrees or not, in words
    reason: str


def evidence_at(
    index: ArticleIndex, start: int, end: int, *, value: str, ok: bool | None, why: str
) -> Evidence:
    """The evidence of the article's text from ``start`` to ``end``."""
    return Evidence(
        start=start,
        end=end,
        text=index.article.text[start:end],
        value=value,
        compatible=ok,
        reason=why,
    )


def figure_evidence(
    index: ArticleIndex,
    q: Quantity,
    expected: Interval,
    reading: str,
    *,
    end: int | None = None,
) -> Evidence:
    """The evidence of the figure ``q`` read against a claim's ``expected``
    interval: ``reading`` says how it was read ("reads 9 for the row
    'Deaths'"), and whether it fits is added; ``end`` may reach past the
    figure ("a day" after it)."""
    ok = q.interval.overlaps(expected)
    return evidence_at(
        index,
        q.start,
        q.end if end is None else end,
        value=str(q.interval),
        ok=ok,
        why=f"{reading}, {'within' if ok else 'outside'} the expected {expected}",
    )


def first_term(terms: Terms) -> str:
    """The first of ``terms`` as written ("" for none), to name them by."""
    return terms.terms[0].text if terms.terms else ""
