"""reports/records.py: verdict records and the one rule of how they count."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any, get_args

import pytest

from claimcheck.claims import ClaimKind
from claimcheck.engine.articles import parse_article
from claimcheck.engine.index import build_lexicon, index_article
from claimcheck.engine.match import VerdictKind, match_claim
from claimcheck.reports.records import (
    QUOTE_LIMIT,
    ClaimKindName,
    Outcome,
    ResultRecord,
    Status,
    VerdictName,
    article_paths,
    by_place,
    claim_ids,
    fails,
    is_discrepancy,
    location,
    natural_key,
    natural_sorted,
    outcome,
    result_record,
    sorted_records,
    source_record,
    source_text,
    status,
    with_outcome,
)
from tests.reports.sample import candidate, dead_claim, record


@pytest.mark.parametrize(
    ("fields", "expected", "pytest_outcome"),
    [
        ({"verdict": "supported"}, Status.SUPPORTED, Outcome.PASSED),
        ({"verdict": "missing"}, Status.MISSING, Outcome.SKIPPED),
        ({"verdict": "missing", "required": True}, Status.REQUIRED, Outcome.FAILED),
        ({"verdict": "contradicted"}, Status.CONTRADICTED, Outcome.FAILED),
        (
            {"verdict": "supported", "strict_failure": True},
            Status.WAVERING,
            Outcome.FAILED,
        ),
        # wavering without strict is only noted
        ({"verdict": "supported", "wavering": True}, Status.SUPPORTED, Outcome.PASSED),
        (
            {"verdict": "contradicted", "baseline": "accepted"},
            Status.ACCEPTED,
            Outcome.XFAILED,
        ),
        (
            {"verdict": "contradicted", "baseline": "added"},
            Status.ACCEPTED,
            Outcome.XFAILED,
        ),
        (
            {"verdict": "missing", "required": True, "baseline": "accepted"},
            Status.ACCEPTED,
            Outcome.XFAILED,
        ),
        (
            {"verdict": "supported", "strict_failure": True, "baseline": "accepted"},
            Status.ACCEPTED,
            Outcome.XFAILED,
        ),
        # an entry for other evidence excuses nothing
        (
            {"verdict": "contradicted", "baseline": "changed"},
            Status.CONTRADICTED,
            Outcome.FAILED,
        ),
        # a baseline entry excuses only a discrepancy
        (
            {"verdict": "supported", "baseline": "accepted"},
            Status.SUPPORTED,
            Outcome.PASSED,
        ),
        (
            {"verdict": "missing", "baseline": "accepted"},
            Status.MISSING,
            Outcome.SKIPPED,
        ),
        # right when written, superseded since: as claimcheck_outdated says
        ({"verdict": "outdated"}, Status.OUTDATED, Outcome.PASSED),
        (
            {"verdict": "outdated", "outdated_as": "pass"},
            Status.OUTDATED,
            Outcome.PASSED,
        ),
        (
            {"verdict": "outdated", "outdated_as": "skip"},
            Status.OUTDATED,
            Outcome.SKIPPED,
        ),
        (
            {"verdict": "outdated", "outdated_as": "fail"},
            Status.STALE,
            Outcome.FAILED,
        ),
        (
            {"verdict": "outdated", "outdated_as": "fail", "baseline": "added"},
            Status.ACCEPTED,
            Outcome.XFAILED,
        ),
    ],
)
def test_status_is_the_one_rule(
    fields: dict[str, Any], expected: Status, pytest_outcome: Outcome
) -> None:
    made = record(**fields)
    assert status(made) is expected
    assert outcome(made) == pytest_outcome
    assert fails(made) == (pytest_outcome is Outcome.FAILED)
    assert is_discrepancy(made) == (pytest_outcome in ("failed", "xfailed"))


def test_statuses_read_as_their_words() -> None:
    assert status(record(baseline="accepted")) == "accepted"
    assert json.dumps({status(record()): 1}) == '{"contradicted": 1}'


def test_location_of_an_outdated_result_is_the_earlier_value_it_states() -> None:
    where = location(record(verdict="outdated"))
    assert (where["line"], where["column"], where["quote"]) == (3, 5, "More than 60")


def test_location_of_a_missing_fact_is_its_nearest_sentence() -> None:
    near = candidate(7, 2, "x")
    where = location(record(verdict="missing", required=True, candidates=[near]))
    assert (where["line"], where["column"], where["quote"]) == (7, 2, None)
    assert location(record(verdict="missing"))["line"] == 1


def test_with_outcome_builds_a_new_record() -> None:
    given = record()
    before = copy.deepcopy(given)
    made = with_outcome(given, "failed")
    assert given == before
    assert made == {**before, "outcome": "failed"}


ARTICLE = (
    "Heavy rain swept the valley on Sunday.\n"
    "Officials said that, after a long night, more than 60 people died when the"
    " river burst its banks.\n"
)


def _made(tmp_path: Path, text: str, path: str) -> ResultRecord:
    """The record of the 'dead' claim (45 died) on one article."""
    claim = dead_claim(tmp_path)
    article = parse_article(text, path=path)
    index = index_article(article, build_lexicon([claim.measure]))
    return result_record(
        match_claim(claim, index), claim, article, assertion_file="x.yaml"
    )


def test_result_record_keeps_the_quoted_lines_context(tmp_path: Path) -> None:
    made = _made(tmp_path, ARTICLE, "a.txt")
    article = parse_article(ARTICLE, path="a.txt")
    [e] = made["evidence"]
    assert e["text"] == "more than 60"
    line = article.line_text(e["line"])
    assert e["before"] + e["text"] + e["after"] == line
    assert json.loads(json.dumps(made)) == made


def test_a_sentence_without_end_is_quoted_around_the_span(tmp_path: Path) -> None:
    # a record quotes the sentence holding each mention: an article with no
    # sentence end was copied whole into every mention's record
    filler = "and the river rose over the fields of the valley " * 400
    text = filler + "and 45 people died " + filler + "\n"
    made = _made(tmp_path, text, "a.txt")
    [e] = made["evidence"]
    assert e["text"] == "45"
    assert len(e["sentence"]) <= QUOTE_LIMIT
    offset = e["start"] - text.index(e["sentence"])
    assert e["sentence"][offset : offset + 2] == "45"


@pytest.mark.parametrize(
    ("claim_strict", "run_strict", "strict_failure"),
    [(False, False, False), (True, False, True), (False, True, True)],
)
def test_a_wavering_record_fails_when_the_claim_or_the_run_is_strict(
    tmp_path: Path, claim_strict: bool, run_strict: bool, strict_failure: bool
) -> None:
    claim = dead_claim(tmp_path, "    strict: true\n" if claim_strict else "")
    article = parse_article(
        "By noon 45 people died. By night 60 people died.\n", path="a.txt"
    )
    index = index_article(article, build_lexicon([claim.measure]))
    made = result_record(
        match_claim(claim, index),
        claim,
        article,
        assertion_file="x.yaml",
        strict=run_strict,
    )
    assert (made["verdict"], made["wavering"]) == ("supported", True)
    assert made["strict_failure"] is strict_failure
    assert fails(made) is strict_failure


def test_every_kind_and_verdict_has_its_record_name() -> None:
    assert set(get_args(ClaimKindName)) == {k.value for k in ClaimKind}
    assert set(get_args(VerdictName)) == {k.value for k in VerdictKind}


def test_natural_key_orders_numbers_by_value() -> None:
    names = ["100_c.txt", "10_b.txt", "2_a.txt", "B.txt", "a.txt", "a2", "a10"]
    assert sorted(names, key=natural_key) == [
        "2_a.txt",
        "10_b.txt",
        "100_c.txt",
        "a2",
        "a10",
        "a.txt",
        "B.txt",
    ]


def test_every_order_of_records_is_natural() -> None:
    records = [
        record(claim=c, article=a)
        for c in ("n10", "n2")
        for a in ("s/100_x.txt", "s/10_x.txt", "s/2_x.txt")
    ]
    natural = ["s/2_x.txt", "s/10_x.txt", "s/100_x.txt"]
    assert article_paths(records) == natural
    assert claim_ids(records) == ["n2", "n10"]
    assert [r["article"] for r in by_place(records)][::2] == natural
    assert [(r["claim"], r["article"]) for r in sorted_records(records)][:3] == [
        ("n2", a) for a in natural
    ]


WRAPPED = (
    "Heavy rain swept the valley on Sunday. Officials said\n"
    "that, after a long night by the river, more than 60\n"
    "people died when the banks gave way near the old mill.\n"
    "Rescue teams arrived at dawn.\n"
)


def test_result_record_quotes_the_whole_sentence_across_wraps(
    tmp_path: Path,
) -> None:
    made = _made(tmp_path, WRAPPED, "a.txt")
    [e] = made["evidence"]
    assert e["text"] == "more than 60"
    assert (e["line"], e["sentence_line"], e["sentence_column"]) == (2, 1, 40)
    assert e.get("sentence", "").startswith("Officials said\nthat")
    assert e.get("sentence", "").endswith("near the old mill.")
    assert e["before"].startswith("Officials said\n")
    assert e["after"].endswith("old mill.")
    assert "Rescue" not in e["after"]


FRONT = (
    "---\n"
    "outlet: Valley Courier\n"
    "title: Floods  close the river road\n"
    "date: 2024-05-01\n"
    "url: https://example.org/floods\n"
    "tags: [weather]\n"
    "---\n"
    "More than 60 people died, police said.\n"
)


def test_the_record_carries_the_front_matter_a_report_shows(
    tmp_path: Path,
) -> None:
    made = _made(tmp_path, FRONT, "a.md")
    assert made.get("source") == {
        "outlet": "Valley Courier",
        "date": "2024-05-01",
        "title": "Floods close the river road",
        "url": "https://example.org/floods",
    }
    assert json.loads(json.dumps(made)) == made


def test_source_text_names_the_fields_present() -> None:
    assert (
        source_text(source_record({"outlet": "Courier", "date": "2024-05-01"}))
        == "Courier, 2024-05-01"
    )
    assert source_text(source_record({"title": "Floods", "url": "u"})) == (
        "“Floods” <u>"
    )
    assert source_record({"outlet": ["a", "list"], "title": " "}) == {}


def test_an_article_without_front_matter_has_no_source(tmp_path: Path) -> None:
    made = _made(tmp_path, ARTICLE, "a.txt")
    assert "source" not in made


def test_natural_sorting_in_runs_gives_the_order_of_one_sort() -> None:
    rng = random.Random(7)
    names = [
        f"corpus/{rng.randint(0, 120)}/{rng.choice(['a', 'B', 'story-', ''])}"
        f"{rng.randint(0, 10 ** rng.randint(0, 6)):0{rng.randint(1, 7)}d}.txt"
        for _ in range(10_000)
    ]
    assert natural_sorted(names) == sorted(names, key=natural_key)
    assert natural_sorted(names[:50]) == sorted(names[:50], key=natural_key)
    assert natural_sorted([]) == []
