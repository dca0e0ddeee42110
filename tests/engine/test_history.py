"""engine/history.py: which value held on an article's date, and interim words."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.claims import Location, Period, QuantityClaim
from claimcheck.engine.articles import load_article, parse_article
from claimcheck.engine.history import earlier_periods, interim_wording, period_of
from claimcheck.engine.index import build_lexicon, index_article
from claimcheck.engine.match import VerdictKind, match_claim
from claimcheck.engine.numbers.interval import Interval
from claimcheck.engine.terms import Term, Terms
from claimcheck.suite.loader import load_assertion_file

STORY = Path(__file__).resolve().parents[1] / "data" / "story"
EXPECTED: dict[str, dict[str, str]] = yaml.safe_load(
    (STORY / "expected.yaml").read_text()
)


def _claims(text: str, tmp_path: Path) -> list[QuantityClaim]:
    path = tmp_path / "claims.yaml"
    path.write_text(text)
    loaded = load_assertion_file(path, rootdir=tmp_path, default_corpus=[])
    return [c for c in loaded.claims if isinstance(c, QuantityClaim)]


TOLL = """\
claims:
  - id: toll
    kind: quantity
    measure: [killed, dead, death toll]
    equals: 31
    history:
      - {until: 2025-03-03, equals: 12}
      - {until: 2025-03-05, between: [18, 20]}
"""


@pytest.fixture
def toll(tmp_path: Path) -> QuantityClaim:
    return _claims(TOLL, tmp_path)[0]


def _day(text: str) -> datetime.date:
    return datetime.date.fromisoformat(text)


@pytest.mark.parametrize(
    ("date", "until"),
    [
        ("2025-03-01", "2025-03-03"),
        ("2025-03-03", "2025-03-03"),  # a period holds on its last day
        ("2025-03-04", "2025-03-05"),
        ("2025-03-05", "2025-03-05"),
        ("2025-03-06", None),  # after the last change: the current value
        (None, None),  # undated: the current value
    ],
)
def test_the_period_of_a_date(
    toll: QuantityClaim, date: str | None, until: str | None
) -> None:
    period = period_of(toll, _day(date) if date else None)
    assert (str(period.until) if period else None) == until


_DAYS = st.dates(datetime.date(2024, 1, 1), datetime.date(2026, 1, 1))


@given(ends=st.sets(_DAYS, min_size=1, max_size=6), day=_DAYS)
def test_a_date_falls_in_the_first_period_that_had_not_ended(
    ends: set[datetime.date], day: datetime.date
) -> None:
    history = tuple(
        Period(until=end, expected=Interval.point(n), rendering=f"= {n}")
        for n, end in enumerate(sorted(ends))
    )
    claim = QuantityClaim(
        id="c",
        description="c",
        location=Location(path="c.yaml", line=1, column=1),
        measure=Terms(terms=(Term(text="killed"),)),
        expected=Interval.point(99),
        stated=Interval.point(99),
        history=history,
    )
    period = period_of(claim, day)
    earlier = earlier_periods(claim, day)
    if period is None:
        # after the last change: every period has ended
        assert day > max(ends)
        assert earlier == history
    else:
        assert period.until >= day
        assert all(p.until < day for p in earlier)
        # the periods that ended, then the date's own: oldest first
        assert history[: len(earlier) + 1] == (*earlier, period)


def test_the_periods_that_ended_before_a_date(toll: QuantityClaim) -> None:
    assert [str(p.until) for p in earlier_periods(toll, _day("2025-03-04"))] == [
        "2025-03-03"
    ]
    assert len(earlier_periods(toll, None)) == 2


def _verdict(claim: QuantityClaim, text: str) -> tuple[VerdictKind, list[str]]:
    index = index_article(
        parse_article(text, path="a.txt"), build_lexicon([claim.measure])
    )
    verdict = match_claim(claim, index)
    return verdict.kind, [e.reason for e in verdict.evidence]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # written inside the first period, stating its value
        ("date 2025-03-02\nThe collapse killed 12 miners.\n", VerdictKind.OUTDATED),
        # a range of the second period
        ("date 2025-03-04\nThe death toll rose to 19.\n", VerdictKind.OUTDATED),
        # the current value, whenever written
        ("date 2025-03-02\nThe collapse killed 31 miners.\n", VerdictKind.SUPPORTED),
        # the first period's value, written in the second: superseded
        ("date 2025-03-04\nThe collapse killed 12 miners.\n", VerdictKind.CONTRADICTED),
        # after the last change
        ("date 2025-03-09\nThe death toll rose to 19.\n", VerdictKind.CONTRADICTED),
        # neither value
        ("date 2025-03-02\nThe collapse killed 45 miners.\n", VerdictKind.CONTRADICTED),
        # undated: the current value only
        ("The collapse killed 12 miners.\n", VerdictKind.CONTRADICTED),
        ("The rescue went on all night.\n", VerdictKind.MISSING),
    ],
)
def test_the_verdict_weighs_the_date(
    toll: QuantityClaim, text: str, kind: VerdictKind
) -> None:
    assert _verdict(toll, text)[0] is kind


def test_an_outdated_mention_says_its_period_and_the_current_value(
    toll: QuantityClaim,
) -> None:
    _, reasons = _verdict(toll, "date 2025-03-02\nThe collapse killed 12 miners.\n")
    assert reasons == [
        "reads 12 for 'killed', within the expected 12 until 2025-03-03;"
        " the claim now expects 31"
    ]


def test_a_superseded_figure_says_which_value_it_was(toll: QuantityClaim) -> None:
    _, reasons = _verdict(toll, "date 2025-03-04\nThe collapse killed 12 miners.\n")
    assert reasons == [
        "reads 12 for 'killed', outside the expected 31; it is the value until"
        " 2025-03-03 (= 12): superseded before the article's date, 2025-03-04"
    ]


def test_a_claim_without_history_ignores_the_date(tmp_path: Path) -> None:
    (claim,) = _claims(
        "claims:\n  - {id: t, kind: quantity, measure: killed, equals: 31}\n",
        tmp_path,
    )
    kind, _ = _verdict(claim, "date 2025-03-02\nThe collapse killed 12 miners.\n")
    assert kind is VerdictKind.CONTRADICTED


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The toll stands at 12 so far.", "so far"),
        ("Thus far 12 have died.", "Thus far"),
        ("12 died, as counting continues in the north.", "as counting continues"),
        ("12 died, as the search goes on.", "as the search goes on"),
        ("The toll, still rising, is 12.", "still rising"),
        ("The toll is expected to rise above 12.", "expected to rise"),
        ("A provisional count gives 12 dead.", "provisional"),
        ("The figure of 12 is not yet final.", "not yet final"),
        ("12 miners died in the collapse.", None),
        ("As far as anyone knows, 12 died.", None),
    ],
)
def test_interim_wording(sentence: str, words: str | None) -> None:
    assert interim_wording(sentence, 0, len(sentence)) == words


def test_the_interim_words_show_in_the_evidence(toll: QuantityClaim) -> None:
    _, reasons = _verdict(toll, "The collapse has killed 31 miners so far.\n")
    assert reasons[0].endswith("; interim wording: 'so far'")


def _story() -> list[tuple[str, str, str]]:
    """(claim, article, verdict) of every pair, as the engine decides them."""
    root = STORY / "assertions" / "mine.yaml"
    claims = load_assertion_file(root, rootdir=STORY, default_corpus=[]).claims
    quantities = [c for c in claims if isinstance(c, QuantityClaim)]
    lexicon = build_lexicon((c.measure, c.unit) for c in quantities)
    found = []
    for path in sorted((STORY / "articles").iterdir()):
        index = index_article(load_article(path), lexicon)
        for claim in quantities:
            found.append((claim.id, path.stem, match_claim(claim, index).kind.value))
    return found


def test_the_story_corpus_gets_its_expected_verdicts() -> None:
    got = _story()
    assert len(got) == sum(len(v) for v in EXPECTED.values()) == 16
    wrong = [(c, a, v) for c, a, v in got if EXPECTED[c][a] != v]
    assert wrong == []
    assert sum(v == "outdated" for _, _, v in got) == 3
