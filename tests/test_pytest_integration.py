"""Claim items under pytest's options: -k, --lf, --co, -x, -m, JUnit, pytest-html."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable

import pytest

from tests.suites import DAM_NAMED, FLOOD_DEAD

FLOOD = FLOOD_DEAD + "    marks: [casualties]\n" + DAM_NAMED

ARTICLES = {
    "ok.txt": "Officials said 45 people were killed near the Kariba Dam.\n",
    "bad.txt": "Heavy rain fell.\nMore than 60 people died near the Kariba Dam.\n",
    "worse.txt": "Nearly 100 people died in the <valley>.\n",
}


@pytest.fixture
def project(make_project: Callable[..., pytest.Pytester]) -> pytest.Pytester:
    return make_project(
        {"flood.yaml": FLOOD}, ARTICLES, ini="markers =\n    casualties: counts\n"
    )


def test_k_selects_claims_and_articles(project: pytest.Pytester) -> None:
    result = project.runpytest("assertions", "-k", "flood-dead and not ok")
    result.assert_outcomes(failed=2, deselected=4)


def test_markers_from_the_yaml_select_with_m(project: pytest.Pytester) -> None:
    result = project.runpytest("assertions", "-m", "casualties", "--strict-markers")
    result.assert_outcomes(passed=1, failed=2, deselected=3)
    result = project.runpytest("assertions", "-m", "not casualties")
    result.assert_outcomes(passed=2, skipped=1, deselected=3)


def test_collect_only_lists_items(project: pytest.Pytester) -> None:
    result = project.runpytest("assertions", "--co", "-q")
    result.stdout.fnmatch_lines(["6 tests collected*"])
    assert "claimcheck ===" not in result.stdout.str()


def test_x_stops_at_the_first_discrepancy(project: pytest.Pytester) -> None:
    result = project.runpytest("assertions", "-x", "-p", "no:randomly")
    outcomes = result.parseoutcomes()
    assert outcomes["failed"] == 1
    assert sum(outcomes.values()) < 6 + 1  # stopped before running all six


def test_last_failed_reruns_only_the_discrepancies(project: pytest.Pytester) -> None:
    project.runpytest("assertions", "-p", "cacheprovider").assert_outcomes(
        passed=3, failed=2, skipped=1
    )
    result = project.runpytest("assertions", "-p", "cacheprovider", "--lf", "-v")
    result.assert_outcomes(failed=2)
    result.stdout.fnmatch_lines(
        ["*flood-dead?bad? FAILED*", "*flood-dead?worse? FAILED*"]
    )


@pytest.mark.slow
def test_junit_xml_carries_claim_article_verdict_line(project: pytest.Pytester) -> None:
    project.runpytest("assertions", "--junitxml=junit.xml", "-n", "2")
    tree = ET.parse(project.path / "junit.xml")
    props = {
        case.get("name"): {p.get("name"): p.get("value") for p in case.iter("property")}
        for case in tree.iter("testcase")
    }
    assert props["flood-dead[bad]"] == {
        "claim": "flood-dead",
        "article": "articles/bad.txt",
        "verdict": "contradicted",
        "line": "2",
    }
    assert props["dam-named[worse]"]["verdict"] == "missing"


def test_pytest_html_shows_the_evidence(project: pytest.Pytester) -> None:
    pytest.importorskip("pytest_html")
    project.runpytest("assertions", "--html=report.html", "--self-contained-html")
    page = project.path.joinpath("report.html").read_text()
    # pytest-html embeds results as escaped JSON in an attribute
    assert "&lt;mark&gt;More than 60&lt;/mark&gt;" in page
    assert "in the &amp;lt;valley&amp;gt;" in page
