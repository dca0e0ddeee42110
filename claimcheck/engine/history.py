"""Facts that change: which of a claim's values held on an article's date.

A quantity claim may carry a dated history (:class:`~claimcheck.claims.Period`,
oldest first); its ``expected`` is the value since the last period ended.  An
article dated inside an earlier period was written while that period's value
held: if it states that value and not the current one it is *outdated*, right
when written and superseded since.  An undated article, or one dated after the
last change, is judged by the current value alone.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

import regex

from claimcheck.claims import Period, QuantityClaim
from claimcheck.engine.articles import Article
from claimcheck.engine.numbers.interval import Interval
from claimcheck.engine.patterns import guarded, lazy

if TYPE_CHECKING:
    from claimcheck.engine.match import Evidence

__all__ = ["earlier_periods", "interim_wording", "period_of", "weigh_date"]

#: the evidence of the claim's measure, judged against another expected value
Evaluate = Callable[[Interval], "list[Evidence]"]


def weigh_date(
    claim: QuantityClaim,
    article: Article,
    evidence: Sequence[Evidence],
    verdict: str,
    evaluate: Evaluate,
    *,
    wording: dict[tuple[int, int], str | None] | None = None,
) -> tuple[bool, list[Evidence]]:
    """Whether the verdict is outdated, and the evidence once the date is weighed.

    ``verdict`` is the verdict by the current value alone.  An article dated
    inside an earlier period that states that period's value, and not the
    current one, is outdated (the evidence is then judged against that
    value); a disagreeing figure that is an earlier value says so.  Interim
    wording ("so far") is noted on every figure; ``wording`` keeps what each
    sentence was found to say (per article: claims share sentences).
    """
    if wording is None:
        wording = {}
    found = [_interim(e, article, wording) for e in evidence]
    if not claim.history or verdict == "supported":
        return False, found
    period = period_of(claim, article.date)
    if period is not None:
        then = evaluate(period.expected)
        if any(e.compatible for e in then):
            now = f" until {period.until}; the claim now expects {claim.expected}"
            return True, [
                _interim(
                    replace(e, reason=e.reason + now) if e.compatible else e,
                    article,
                    wording,
                )
                for e in then
            ]
    if verdict != "contradicted":
        return False, found
    for earlier in reversed(earlier_periods(claim, article.date)):
        fits = {(e.start, e.end) for e in evaluate(earlier.expected) if e.compatible}
        note = _superseded(earlier, article.date)
        found = [
            replace(e, reason=f"{e.reason}; {note}")
            if e.compatible is False
            and (e.start, e.end) in fits
            and _SUPERSEDED not in e.reason
            else e
            for e in found
        ]
    return False, found


_SUPERSEDED = "it is the value until"


def _superseded(period: Period, date: datetime.date | None) -> str:
    why = (
        f"superseded before the article's date, {date}"
        if date is not None
        else "the article has no date to judge it by"
    )
    return f"{_SUPERSEDED} {period.until} ({period.rendering}): {why}"


_INTERIM_NOTE = "interim wording"


def _interim(
    e: Evidence, article: Article, wording: dict[tuple[int, int], str | None]
) -> Evidence:
    """``e`` noting the words that call its count interim, if its sentence has any."""
    if not article.sentences:
        return e
    sentence = article.sentence_at(e.start)
    if sentence in wording:
        words = wording[sentence]
    else:
        words = wording[sentence] = interim_wording(article.text, *sentence)
    if words is None or _INTERIM_NOTE in e.reason:
        return e
    return replace(e, reason=f"{e.reason}; {_INTERIM_NOTE}: {words!r}")


def period_of(claim: QuantityClaim, date: datetime.date | None) -> Period | None:
    """The earlier period an article of ``date`` was written in.

    None when the article is undated or written after the last change, so
    the current value alone applies.  A period holds up to and including its
    ``until`` day.
    """
    if date is None or not claim.history or date > claim.history[-1].until:
        return None
    for period in claim.history:
        if date <= period.until:
            return period
    return None


def earlier_periods(
    claim: QuantityClaim, date: datetime.date | None
) -> tuple[Period, ...]:
    """The periods that had ended before ``date`` (all of them when undated)."""
    if date is None:
        return claim.history
    return tuple(p for p in claim.history if p.until < date)


# "so far", "as the search continues", "is expected to rise", "provisional":
# words that say a count is not final yet
_INTERIM = guarded(
    lazy(
        r"""
    \b(?:so|thus)\s+far\b
  | \bas\s+of\s+(?:now|this\s+\w+)\b
  | \bfor\s+now\b
  | \bat\s+this\s+stage\b
  | \bas\s+(?:[^\W\d_]+\s+){0,3}?(?:continues?|goes\s+on|go\s+on|proceeds?)\b
  | \bstill\s+(?:rising|climbing|growing|mounting|being\s+(?:counted|tallied))\b
  | \b(?:expected|likely|feared|set|poised)\s+to\s+(?:rise|climb|grow|increase)\b
  | \b(?:could|may|might|will)\s+(?:still\s+)?(?:rise|climb|grow|increase)\b
  | \b(?:provisional|preliminary|incomplete|interim)\b
  | \bnot\s+(?:yet\s+)?final\b
    """,
        regex.I | regex.X,
    ),
    "far|stage|still|rise|climb|grow|increase|final",
    "provisional|preliminary|incomplete|interim",
    "as of now|this",
    "for now",
    "as continue|proceed",
    "as go on",
)


def interim_wording(text: str, start: int, end: int) -> str | None:
    """The first words in ``text[start:end]`` that call a count interim."""
    match = _INTERIM.search(text, start, end)
    return " ".join(match.group().split()) if match else None
