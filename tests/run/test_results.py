"""run/results.py: one path from a verdict to its record, outcome and message."""

from __future__ import annotations

import copy

import pytest

from claimcheck.claims import Claim, QuantityClaim
from claimcheck.engine.articles import Article, parse_article
from claimcheck.engine.index import build_lexicon, index_article
from claimcheck.engine.match import match_claim
from claimcheck.reports.baseline import Baseline, Entry, fingerprint
from claimcheck.reports.records import Outcome
from claimcheck.run.results import PairCheck, RunResults, check_pair
from claimcheck.suite.loader import load_assertion_file
from tests.suites import TOLL, TOLL_REQUIRED, TOLL_STRICT

CLAIMS = TOLL + TOLL_REQUIRED + TOLL_STRICT

ARTICLES = {
    "agrees": "Officials said 45 people were killed.\n",
    "disagrees": "Officials said 60 people were killed.\n",
    "silent": "The river rose overnight.\n",
    "wavers": "First 45 people were killed, then the mayor said 60 were killed.\n",
}


@pytest.fixture(scope="module")
def claims(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Claim]:
    root = tmp_path_factory.mktemp("results")
    (root / "flood.yaml").write_text(CLAIMS)
    loaded = load_assertion_file(
        root / "flood.yaml", rootdir=root, default_corpus=["."]
    )
    return {c.id: c for c in loaded.claims}


def _check(
    claims: dict[str, Claim],
    claim_id: str,
    article_name: str,
    *,
    strict: bool = False,
    baseline: Baseline | None = None,
) -> PairCheck:
    claim = claims[claim_id]
    assert isinstance(claim, QuantityClaim)
    article: Article = parse_article(ARTICLES[article_name], path=f"{article_name}.txt")
    index = index_article(article, build_lexicon([claim.measure]))
    return check_pair(
        match_claim(claim, index),
        claim,
        article,
        assertion_file="flood.yaml",
        strict=strict,
        baseline=baseline or Baseline(path="b.yaml"),
    )


@pytest.mark.parametrize(
    ("claim", "article", "strict", "expected"),
    [
        ("toll", "agrees", False, Outcome.PASSED),
        ("toll", "disagrees", False, Outcome.FAILED),
        ("toll", "silent", False, Outcome.SKIPPED),
        ("toll-required", "silent", False, Outcome.FAILED),
        ("toll", "wavers", False, Outcome.PASSED),
        ("toll", "wavers", True, Outcome.FAILED),
        ("toll-strict", "wavers", False, Outcome.FAILED),
        ("toll-strict", "agrees", True, Outcome.PASSED),
    ],
)
def test_the_outcome_of_each_kind_of_pair(
    claims: dict[str, Claim], claim: str, article: str, strict: bool, expected: Outcome
) -> None:
    checked = _check(claims, claim, article, strict=strict)
    assert checked.outcome is expected
    assert checked.record["outcome"] == expected
    assert (checked.message is None) == (expected is Outcome.PASSED)


def test_a_failure_message_ends_at_the_disagreeing_quote(
    claims: dict[str, Claim],
) -> None:
    checked = _check(claims, "toll", "disagrees")
    assert checked.message is not None
    assert checked.message.splitlines()[-1] == (
        "disagrees.txt:1:16: toll contradicted: '60' reads 60 for 'killed',"
        " outside the expected 45"
    )


def test_a_missing_fact_skips_with_its_reason(claims: dict[str, Claim]) -> None:
    checked = _check(claims, "toll", "silent")
    assert checked.message == "toll: not stated in silent.txt"
    assert "fingerprint" not in checked.record


def _accepting(claims: dict[str, Claim], claim: str, article: str) -> Baseline:
    record = _check(claims, claim, article).record
    entry = Entry(
        claim=claim,
        article=f"{article}.txt",
        verdict=record["verdict"],
        fingerprint=fingerprint(record),
        note="a known outlier",
    )
    return Baseline(path="b.yaml", entries=(entry,))


def test_the_baseline_excuses_the_discrepancy_it_accepts(
    claims: dict[str, Claim],
) -> None:
    baseline = _accepting(claims, "toll", "disagrees")
    checked = _check(claims, "toll", "disagrees", baseline=baseline)
    assert checked.outcome is Outcome.XFAILED
    assert checked.message == "accepted in b.yaml: a known outlier"
    assert (checked.record["baseline"], checked.record["note"]) == (
        "accepted",
        "a known outlier",
    )
    # a strict failure is accepted the same way
    baseline = _accepting(claims, "toll-strict", "wavers")
    checked = _check(claims, "toll-strict", "wavers", baseline=baseline)
    assert checked.outcome is Outcome.XFAILED


def test_an_update_adds_the_discrepancy(claims: dict[str, Claim]) -> None:
    checked = _check(
        claims, "toll", "disagrees", baseline=Baseline(path="b.yaml", updating=True)
    )
    assert checked.outcome is Outcome.XFAILED
    assert checked.message == "added to b.yaml by --claimcheck-update-baseline"


def test_an_entry_for_other_evidence_fails_with_a_hint(
    claims: dict[str, Claim],
) -> None:
    entry = Entry(
        claim="toll",
        article="disagrees.txt",
        verdict="contradicted",
        fingerprint="0" * 16,
        quote="More than 90",
    )
    checked = _check(
        claims, "toll", "disagrees", baseline=Baseline(path="b.yaml", entries=(entry,))
    )
    assert checked.outcome is Outcome.FAILED
    assert checked.record["baseline"] == "changed"
    assert checked.message is not None
    assert (
        "b.yaml: the baseline accepts toll on this article, but the discrepancy"
        " changed: it accepted 'More than 90', the article now says '60'"
    ) in checked.message


def test_results_keep_records_and_each_note_once(claims: dict[str, Claim]) -> None:
    results = RunResults()
    record = _check(claims, "toll", "agrees").record
    given = copy.deepcopy(record)
    results.add([record])
    results.note(["a.txt: read as cp1252", "a.txt: read as cp1252", "b.txt: x"])
    assert list(results.records) == [given]
    assert results.discrepancies == 0
    assert list(results.notes) == ["a.txt: read as cp1252", "b.txt: x"]
