"""plugin/__init__.py: what the hooks gather from every item, and the run's end."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from tests.suites import DEAD, kariba_articles


@pytest.fixture
def project(make_project: Callable[..., pytest.Pytester]) -> pytest.Pytester:
    return make_project({"flood.yaml": DEAD}, kariba_articles(2))


def _outcomes(pytester: pytest.Pytester, *args: str) -> dict[str, str]:
    pytester.runpytest("assertions", "--claimcheck-json=v.json", *args)
    data = json.loads(pytester.path.joinpath("v.json").read_text())
    return {r["article"]: r["outcome"] for r in data["results"]}


@pytest.mark.parametrize("granularity", ["pair", "claim", "article"])
def test_an_accepted_discrepancy_reads_xfailed_at_every_granularity(
    project: pytest.Pytester, granularity: str
) -> None:
    project.runpytest("assertions", "--claimcheck-update-baseline")
    assert _outcomes(project, f"--claimcheck-granularity={granularity}") == {
        "articles/a0.txt": "xfailed",
        "articles/a1.txt": "passed",
    }


def test_the_verdicts_file_is_written_when_nothing_ran(
    project: pytest.Pytester,
) -> None:
    assert _outcomes(project, "-k", "no-such-claim") == {}


def test_each_article_warning_is_shown_once(project: pytest.Pytester) -> None:
    project.path.joinpath("articles", "latin.txt").write_bytes(
        "45 people were killed in Malmö.\n".encode("cp1252")
    )
    result = project.runpytest("assertions", "-n", "2")
    result.stdout.fnmatch_lines(["*= claimcheck warnings =*", "articles/latin.txt*"])
    assert result.stdout.str().count("articles/latin.txt: ") == 1
