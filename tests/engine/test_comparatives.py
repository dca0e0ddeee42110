"""Comparisons in statements: which of two sides a claim and a clause make
the greater (see :mod:`claimcheck.engine.comparatives`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from claimcheck.claims import AssertionFile
from claimcheck.engine.articles import parse_article
from claimcheck.engine.index import build_lexicon, index_article
from claimcheck.engine.match import match_claim
from claimcheck.engine.statements import parse_sentence
from claimcheck.engine.terms import Terms
from claimcheck.suite.loader import load_assertion_file


def _no_vocabulary(name: str) -> Terms:
    raise AssertionError(name)


def _words(slots: tuple[Terms, ...]) -> list[str]:
    """Each slot as the word of the claim it spells (one of its terms)."""
    return [
        next(
            (w for w in _CLAIM_WORDS if w in {t.text for t in slot.terms}),
            slot.terms[0].text,
        )
        for slot in slots
    ]


_CLAIM_WORDS = (
    "women men boys girls greens liberals exports imports wages prices nurses"
    " doctors electric petrol died passed cars won seats".split()
)


@pytest.mark.parametrize(
    ("claim", "greater", "lesser", "rest"),
    [
        ("more women than men died", ["women"], ["men"], ["died"]),
        ("fewer boys than girls passed the exam", ["girls"], ["boys"], ["passed"]),
        (
            "the Greens won more seats than the Liberals",
            ["greens"],
            ["liberals"],
            ["won", "seats"],
        ),
        ("exports exceeded imports", ["exports"], ["imports"], []),
        ("imports lagged behind exports", ["exports"], ["imports"], []),
        ("wages were lower than prices", ["prices"], ["wages"], []),
        ("nurses outnumbered doctors at the rally", ["nurses"], ["doctors"], []),
        (
            "more electric cars than petrol cars were sold",
            ["electric"],
            ["petrol"],
            ["cars"],
        ),
    ],
)
def test_a_claim_names_its_greater_and_its_lesser_side(
    claim: str, greater: list[str], lesser: list[str], rest: list[str]
) -> None:
    comparison = parse_sentence(claim, _no_vocabulary).comparison
    assert comparison is not None
    assert _words(comparison.greater) == greater
    assert _words(comparison.lesser) == lesser
    assert set(rest) <= set(_words(comparison.rest))


@pytest.mark.parametrize(
    "claim",
    [
        "the dam held",
        "men and women died",
        "more than 40 women died",
        "the flood was worse than in 2010",
        "the army was behind the attack",
        "the toll was higher than officials said",
    ],
)
def test_a_claim_comparing_no_two_sides_is_read_as_before(claim: str) -> None:
    assert parse_sentence(claim, _no_vocabulary).comparison is None


@pytest.fixture(scope="module")
def suite(tmp_path_factory: pytest.TempPathFactory) -> AssertionFile:
    claims: list[dict[str, Any]] = [
        {"id": "women", "kind": "statement", "says": "more women than men died"},
        {
            "id": "exports",
            "kind": "statement",
            "says": "exports exceeded imports",
            "contradicted_by": ["imports exceeded exports"],
        },
    ]
    return _suite(tmp_path_factory.mktemp("comparisons"), claims)


def _suite(folder: Path, claims: list[dict[str, Any]]) -> AssertionFile:
    """``claims`` loaded as an assertion file written in ``folder``."""
    path = folder / "claims.yaml"
    path.write_text(yaml.safe_dump({"claims": claims}), encoding="utf-8")
    return load_assertion_file(path, rootdir=folder, default_corpus=["."])


def _verdict(suite: AssertionFile, claim_id: str, text: str) -> tuple[str, list[str]]:
    claim = next(c for c in suite.claims if c.id == claim_id)
    index = index_article(parse_article(text + "\n", path="a.txt"), build_lexicon([]))
    result = match_claim(claim, index)
    return result.kind.value, [e.reason for e in result.evidence]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The heat killed more men than women.", "contradicted"),
        ("More women died than men.", "supported"),
        ("Men died in greater numbers than women.", "contradicted"),
        ("The number of women who died exceeded that of men.", "supported"),
        ("Deaths among women outnumbered deaths among men.", "supported"),
        ("Men were outnumbered by women among the dead.", "supported"),
        ("Not men but women made up most of the dead.", "supported"),
        ("Over 900 men and 700 women died.", "missing"),
        # a rate or a manner orders no counts
        ("Women died at a higher rate than men.", "missing"),
        ("A larger proportion of women than men died.", "missing"),
        ("Women were more likely than men to die.", "missing"),
        ("Women died more often than men.", "missing"),
        # bounds of each side order nothing
        ("Fewer than 40 women and 30 men died.", "missing"),
        # the comparison in one clause, the claim's verb in another
        ("More women than men were treated, but more men died.", "missing"),
        ("Men and women died in the heat, with women more numerous.", "missing"),
        ("Residents said women accounted for 40 per cent of the dead.", "missing"),
        ("It is not true that more women than men died.", "contradicted"),
        ("It is not true that more men than women died.", "missing"),
        # the larger part: after the side, before it, of a total
        ("Most of the dead were women.", "supported"),
        ("Of the 300 dead, 180 were men.", "contradicted"),
        ("Men made up nine-tenths of the dead.", "contradicted"),
        # a side joined to another has no larger part of its own
        ("Men and women made up most of the dead.", "missing"),
        ("Most of the dead were men or women.", "missing"),
        ("Most women died at home.", "missing"),
    ],
)
def test_a_clause_is_read_for_its_greater_side(
    suite: AssertionFile, text: str, verdict: str
) -> None:
    assert _verdict(suite, "women", text)[0] == verdict


def test_the_reverse_is_named_as_such(suite: AssertionFile) -> None:
    verdict, why = _verdict(suite, "women", "More men than women died in the heat.")
    assert verdict == "contradicted"
    assert why == ["states the reverse of 'more women than men died'"]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Exports exceeded imports in May.", "supported"),
        ("Imports exceeded exports in May.", "contradicted"),
        ("Imports trailed exports in May.", "supported"),
        ("Exports did not exceed imports in May.", "contradicted"),
    ],
)
def test_a_listed_reverse_reads_the_same_way(
    suite: AssertionFile, text: str, verdict: str
) -> None:
    assert _verdict(suite, "exports", text)[0] == verdict


def test_a_statement_without_a_comparison_keeps_its_reading(tmp_path: Path) -> None:
    claims = [{"id": "died", "kind": "statement", "says": "women died"}]
    suite = _suite(tmp_path, claims)
    assert _verdict(suite, "died", "More men than women died.")[0] == "supported"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Women died at a higher rate than men in the heatwave.", "supported"),
        ("Men died at a higher rate than women.", "contradicted"),
        # a count orders no rates
        ("More women than men died.", "missing"),
    ],
)
def test_a_claim_comparing_rates_reads_the_rates_an_article_gives(
    tmp_path: Path, text: str, verdict: str
) -> None:
    says = "women died at a higher rate than men"
    suite = _suite(tmp_path, [{"id": "rate", "kind": "statement", "says": says}])
    assert _verdict(suite, "rate", text)[0] == verdict
