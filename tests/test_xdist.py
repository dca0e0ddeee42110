"""pytest-xdist: workers collect alike, and the controller gets every verdict."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from tests.suites import DEAD_AND_DAM as SUITE
from tests.suites import kariba_articles

# every test here starts xdist workers
pytestmark = pytest.mark.slow


@pytest.fixture
def project(make_project: Callable[..., pytest.Pytester]) -> pytest.Pytester:
    articles = kariba_articles()
    return make_project({"flood.yaml": SUITE}, articles)


@pytest.mark.parametrize("granularity", ["pair", "claim", "article"])
def test_two_workers_report_every_verdict(
    project: pytest.Pytester, granularity: str
) -> None:
    serial_out = project.path / "serial.json"
    project.runpytest(
        f"--claimcheck-granularity={granularity}",
        f"--claimcheck-json={serial_out}",
        "assertions",
    )
    out = project.path / "out.json"
    result = project.runpytest(
        "-n",
        "2",
        f"--claimcheck-granularity={granularity}",
        f"--claimcheck-json={out}",
        "assertions",
    )
    results = json.loads(out.read_text())["results"]
    assert len(results) == 12
    assert results == json.loads(serial_out.read_text())["results"]
    result.stdout.fnmatch_lines(
        ["2 claims x 6 articles: 9 supported, 3 contradicted, 0 missing"]
    )


def test_items_of_one_article_share_a_worker(project: pytest.Pytester) -> None:
    result = project.runpytest("-n", "2", "-v", "assertions")
    result.assert_outcomes(passed=9, failed=3)
    # plain -n schedules by article: each article ran on a single worker
    workers: dict[str, set[str]] = {}
    for line in result.stdout.lines:
        if line.startswith("[gw") and "::" in line:
            article = line.rsplit("[", 1)[1].split("]")[0]
            workers.setdefault(article, set()).add(line.split("]")[0])
    assert len(workers) == 6
    assert all(len(w) == 1 for w in workers.values())
