"""Matching a pair and recording it: the verdict, its record, what pytest shows.

:func:`check_pair` is the one path from a verdict to an outcome, for items of
every granularity; :class:`RunResults` gathers the records of the whole run
(on the xdist controller, those of every worker).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, final

from claimcheck.claims import Claim, OutdatedPolicy
from claimcheck.engine.articles import Article
from claimcheck.engine.match import Verdict
from claimcheck.reports.baseline import Baseline
from claimcheck.reports.failure import render_failure, render_missing
from claimcheck.reports.records import (
    Outcome,
    ResultRecord,
    fails,
    outcome,
    result_record,
    with_outcome,
)
from claimcheck.run.store import RecordStore

__all__ = ["PairCheck", "RunResults", "check_pair"]


@dataclass(frozen=True, slots=True, kw_only=True)
class PairCheck:
    """One (claim, article) pair, checked: plain data, cheap to pickle (a
    run's sweep keeps its checks on disk until their items report them)."""

    #: the result as plain data, with the baseline's view and its outcome
    record: ResultRecord
    outcome: Outcome
    #: what pytest shows: the failure text, the xfail or the skip reason;
    #: None when the pair passes
    message: str | None

    def __reduce__(self) -> tuple[Any, ...]:
        # a tuple, not the dataclass's field-by-field state: a pickle per pair
        return (_pair_check, (self.record, self.outcome.value, self.message))


#: each outcome by its value (a lookup, not the enum's own call)
_OUTCOMES = {o.value: o for o in Outcome}


def _pair_check(record: ResultRecord, outcome: str, message: str | None) -> PairCheck:
    return PairCheck(record=record, outcome=_OUTCOMES[outcome], message=message)


def check_pair(
    verdict: Verdict,
    claim: Claim,
    article: Article,
    *,
    assertion_file: str,
    strict: bool,
    baseline: Baseline,
    outdated: OutdatedPolicy = OutdatedPolicy.PASS,
) -> PairCheck:
    """Judge a verdict: its record, its outcome and what pytest shows for it."""
    record = result_record(
        verdict,
        claim,
        article,
        assertion_file=assertion_file,
        strict=strict,
        outdated=outdated,
    )
    record = baseline.judge(record)
    result = outcome(record)
    message = None
    if result is Outcome.FAILED:
        message = baseline.with_hint(record, render_failure(verdict, claim, article))
    elif result is Outcome.XFAILED:
        message = baseline.excuse(record)
    elif result is Outcome.SKIPPED:
        message = render_missing(verdict, claim)
    return PairCheck(
        record=with_outcome(record, result),
        outcome=result,
        message=message,
    )


@final
class RunResults:
    """The run's records and article warnings, as reports bring them in."""

    def __init__(self) -> None:
        #: every record, on disk (see :mod:`claimcheck.run.store`)
        self.records = RecordStore()
        #: warnings about articles, each once, from every worker
        self.notes: dict[str, None] = {}
        #: how many of the records are discrepancies that fail the run
        self.discrepancies = 0

    def add(self, records: Iterable[ResultRecord]) -> None:
        """Keep these records for the summary and the report files."""
        records = list(records)
        self.records.extend(records)
        self.discrepancies += sum(map(fails, records))

    def note(self, notes: Iterable[str]) -> None:
        """Keep these article warnings (a repeated one is kept once)."""
        self.notes.update(dict.fromkeys(notes))
