"""reports/evidence_limit.py: a record keeps a verdict's first mentions only."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from claimcheck.engine.articles import parse_article
from claimcheck.engine.index import build_lexicon, index_article
from claimcheck.engine.match import Verdict, VerdictKind, match_claim
from claimcheck.reports.baseline import fingerprint
from claimcheck.reports.evidence_limit import (
    EVIDENCE_LIMIT,
    kept_evidence,
    more_mentions,
)
from claimcheck.reports.failure import render_failure
from claimcheck.reports.records import ResultRecord, location, result_record
from tests.reports.sample import dead_claim


@dataclasses.dataclass(frozen=True)
class _M:
    n: int
    compatible: bool | None


def test_a_short_list_is_kept_whole() -> None:
    given = [_M(i, True) for i in range(EVIDENCE_LIMIT)]
    assert kept_evidence(given) == (given, 0)


def test_the_first_mention_of_each_kind_is_kept_in_order() -> None:
    given = [_M(i, True) for i in range(EVIDENCE_LIMIT + 30)]
    given[EVIDENCE_LIMIT + 10] = _M(EVIDENCE_LIMIT + 10, False)
    given[EVIDENCE_LIMIT + 20] = _M(EVIDENCE_LIMIT + 20, None)
    given.append(_M(999, False))
    kept, left_out = kept_evidence(given)
    assert [m.n for m in kept] == [
        *range(EVIDENCE_LIMIT),
        EVIDENCE_LIMIT + 10,
        EVIDENCE_LIMIT + 20,
    ]
    assert left_out == len(given) - len(kept) == 29


@pytest.mark.parametrize(
    ("left_out", "line"),
    [
        (0, ""),
        (1, f"… and 1 more mention (a report keeps {EVIDENCE_LIMIT})"),
        (1950, f"… and 1,950 more mentions (a report keeps {EVIDENCE_LIMIT})"),
    ],
)
def test_the_line_that_counts_the_rest(left_out: int, line: str) -> None:
    assert more_mentions(left_out) == line


def _verdict(tmp_path: Path, text: str) -> tuple[Verdict, ResultRecord, str]:
    claim = dead_claim(tmp_path)
    article = parse_article(text, path="a.txt")
    verdict = match_claim(claim, index_article(article, build_lexicon([claim.measure])))
    record = result_record(verdict, claim, article, assertion_file="x.yaml")
    return verdict, record, render_failure(verdict, claim, article)


def test_a_late_disagreeing_mention_is_kept_and_located(tmp_path: Path) -> None:
    # no sentence end: every mention is in one "sentence"
    text = "and 45 people died in the flood " * 120 + "and 50 people died later\n"
    verdict, record, _ = _verdict(tmp_path, text)
    assert verdict.kind is VerdictKind.SUPPORTED and verdict.wavering
    assert len(verdict.evidence) == 121
    assert len(record["evidence"]) == EVIDENCE_LIMIT + 1
    assert record["evidence_left_out"] == 70
    assert record["evidence"][-1]["compatible"] is False
    assert location(record)["quote"] == "50"
    assert record["wavering"] is True
    assert json.loads(json.dumps(record)) == record


def test_a_contradiction_with_many_mentions_is_counted(tmp_path: Path) -> None:
    text = "and 50 people died in the flood " * 300 + "\n"
    verdict, record, failure = _verdict(tmp_path, text)
    assert verdict.kind is VerdictKind.CONTRADICTED
    assert record["verdict"] == "contradicted"
    assert record["evidence_left_out"] == 300 - EVIDENCE_LIMIT
    assert failure.count("'50': reads 50") == EVIDENCE_LIMIT
    assert f"… and {300 - EVIDENCE_LIMIT} more mentions" in failure
    # the same first mentions give the same fingerprint run after run
    assert fingerprint(record) == fingerprint(_verdict(tmp_path, text)[1])


def test_few_mentions_leave_the_record_as_it_was(tmp_path: Path) -> None:
    _, record, failure = _verdict(tmp_path, "Officials said 50 people died.\n")
    assert "evidence_left_out" not in record
    assert "more mention" not in failure
