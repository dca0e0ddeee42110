"""The readings tried last, for a figure that no rule bound.

- a length joined by a hyphen to the noun after it ("a four-day strike")
  binds to its own unit word (:mod:`claimcheck.engine.eventlengths`);
- an owner's estimate with no noun ("The Red Cross's estimate of 212", see
  :mod:`claimcheck.engine.ownedcounts`) counts the measure the sentence
  before named (rule ``anaphor``);
- a figure of the first sentence after an explainer's run-in head ("The
  minimum. Workers will earn at least $25 an hour", see
  :mod:`claimcheck.engine.runinheads`) counts the head's measure (rule
  ``label``).
"""

from __future__ import annotations

from claimcheck.engine.answers import prior_measure
from claimcheck.engine.articles import Article
from claimcheck.engine.binding import Binding, Rule
from claimcheck.engine.durations import TIME_UNITS
from claimcheck.engine.eventlengths import joined_length
from claimcheck.engine.lexicon import Lexicon
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.ownedcounts import owned_count
from claimcheck.engine.runinheads import run_in_head

__all__ = ["read_last"]


def read_last(
    article: Article,
    lexicon: Lexicon,
    q: Quantity,
    measure_hits: list[tuple[int, int]],
    *,
    at: tuple[int, tuple[int, int]],
    kind: str,
) -> Binding | None:
    """The binding of ``q`` one of the last readings gives, or ``None``;
    ``at`` is its sentence's number and its clause, ``kind`` what it is (a
    count, a sum...), ``measure_hits`` the article's measure words."""
    number, clause = at
    text = article.text
    # (only where the suite measures a unit of time: its compounds hold them)
    if q.unit in TIME_UNITS and lexicon.joins_noun(text, q.start, q.end):
        joined = joined_length(text, q, clause)  # "a four-day strike": "day"
        if joined is not None:
            return Binding(joined, "compound")
    rule: Rule = (
        "anaphor"
        if owned_count(text, q, clause)
        else "label"
        if run_in_head(article, number, q)
        else ""
    )
    if not rule:
        return None
    head = prior_measure(article, lexicon, number, kind, measure_hits)
    return None if head is None else Binding(head, rule)
