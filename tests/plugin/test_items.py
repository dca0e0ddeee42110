"""Collected nodes: marks that only xdist's loadgroup reads, and article ids."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.suites import DEAD_AND_DAM as SUITE
from tests.suites import kariba_articles

#: writes, in each process, how many collected items carry an xdist_group mark
GROUP_MARKS = """\
def pytest_collection_modifyitems(config, items):
    marked = sum(1 for i in items if i.get_closest_marker("xdist_group"))
    name = getattr(config, "workerinput", {}).get("workerid", "main")
    with open(f"grouped-{name}.txt", "w") as handle:
        handle.write(f"{marked} of {len(items)}")
"""


def _grouped(pytester: pytest.Pytester) -> dict[str, str]:
    return {
        p.stem.removeprefix("grouped-"): p.read_text()
        for p in pytester.path.glob("grouped-*.txt")
    }


@pytest.fixture
def project(make_project: Callable[..., pytest.Pytester]) -> pytest.Pytester:
    articles = kariba_articles()
    pytester = make_project({"flood.yaml": SUITE}, articles)
    pytester.makeconftest(GROUP_MARKS)
    return pytester


@pytest.mark.parametrize(
    ("args", "grouped"),
    [
        ((), {"main": "0 of 12"}),
        (("-n", "2"), {"gw0": "0 of 12", "gw1": "0 of 12"}),
        (("-n", "2", "--dist", "loadgroup"), {"gw0": "12 of 12", "gw1": "12 of 12"}),
    ],
)
def test_only_loadgroup_workers_mark_groups(
    project: pytest.Pytester, args: tuple[str, ...], grouped: dict[str, str]
) -> None:
    result = project.runpytest(*args, "assertions")
    result.assert_outcomes(passed=9, failed=3)
    assert _grouped(project) == grouped


def test_article_ids_are_relative_to_the_corpus_without_suffix(
    make_project: Callable[..., pytest.Pytester],
) -> None:
    pytester = make_project(
        {"flood.yaml": SUITE.split("  - id: dam")[0]}, {"c.md": "45 killed.\n"}
    )
    nested = pytester.path / "articles" / "2024" / "jan"
    nested.mkdir(parents=True)
    (nested / "a.b.txt").write_text("45 people were killed.\n")
    result = pytester.runpytest("--co", "-q", "assertions")
    result.stdout.fnmatch_lines(
        ["assertions/flood.yaml::dead[2024/jan/a.b]", "assertions/flood.yaml::dead[c]"]
    )
