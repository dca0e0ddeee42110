"""Each article is read and indexed once per process, then dropped."""

from __future__ import annotations

from collections.abc import Callable

import pytest

SUITE = """\
claims:
  - id: dead
    kind: quantity
    measure: [killed, died]
    equals: 45
  - id: hurt
    kind: quantity
    measure: [injured]
    equals: 10
  - id: dam
    kind: entity
    name: Kariba Dam
"""

OTHER = """\
claims:
  - id: rain
    kind: quantity
    measure: [rain]
    unit: mm
    equals: 300
"""

#: prints what the run's session did, for the assertions below
COUNTER = """\
from claimcheck.plugin import SESSION


def pytest_terminal_summary(terminalreporter, config):
    state = config.stash[SESSION]
    terminalreporter.write_line(
        f"index builds: {state.indexes.builds}; held: {state.indexes.held}"
    )
"""


@pytest.fixture
def project(make_project: Callable[..., pytest.Pytester]) -> pytest.Pytester:
    articles = {
        f"{name}.txt": f"Officials said {dead} people were killed near the Kariba Dam."
        for name, dead in (("a", 45), ("b", 60), ("c", 45))
    }
    pytester = make_project({"flood.yaml": SUITE, "rain.yaml": OTHER}, articles)
    pytester.makeconftest(COUNTER)
    return pytester


@pytest.mark.parametrize(
    ("args", "outcomes"),
    [
        ((), {"passed": 5, "failed": 1, "skipped": 6}),
        (("-k", "dead"), {"passed": 2, "failed": 1}),
        (("-k", "rain"), {"skipped": 3}),
    ],
)
def test_each_article_is_indexed_once_and_dropped(
    project: pytest.Pytester, args: tuple[str, ...], outcomes: dict[str, int]
) -> None:
    result = project.runpytest("-p", "no:cacheprovider", "assertions", *args)
    result.assert_outcomes(**outcomes)
    result.stdout.fnmatch_lines(["index builds: 3; held: 0"])


def test_a_stopped_run_indexes_no_more_than_it_checks(
    project: pytest.Pytester,
) -> None:
    result = project.runpytest("-p", "no:cacheprovider", "-x", "assertions")
    result.assert_outcomes(passed=2, failed=1, skipped=2)
    result.stdout.fnmatch_lines(["index builds: 2; held: 1"])


def test_items_run_article_by_article(project: pytest.Pytester) -> None:
    result = project.runpytest("-p", "no:cacheprovider", "-v", "assertions")
    ids = [
        line.split(" ")[0]
        for line in result.stdout.lines
        if line.startswith("assertions/")
    ]
    articles = [i.split("[")[1] for i in ids]
    assert articles == sorted(articles)
    # within one article, the files and their claims keep their order
    assert ids[:4] == [
        "assertions/flood.yaml::dead[a]",
        "assertions/flood.yaml::hurt[a]",
        "assertions/flood.yaml::dam[a]",
        "assertions/rain.yaml::rain[a]",
    ]


#: the most indexes held after any item, and the order articles were released
PEAK = """\
import pytest
from claimcheck.plugin import SESSION

peak = [0]
released = []


@pytest.hookimpl(trylast=True)
def pytest_configure(config):
    indexes = config.stash[SESSION].indexes
    indexes.on_release.append(lambda path, index: released.append(path.stem))


def pytest_runtest_teardown(item):
    peak[0] = max(peak[0], item.config.stash[SESSION].indexes.held)


def pytest_terminal_summary(terminalreporter):
    terminalreporter.write_line(f"peak held: {peak[0]}; released: {released}")
"""


@pytest.mark.parametrize(
    ("granularity", "peak"), [("pair", 1), ("article", 1), ("claim", 0)]
)
def test_every_granularity_releases_each_index_after_its_last_item(
    project: pytest.Pytester, granularity: str, peak: int
) -> None:
    project.makeconftest(PEAK)
    for cache in (("-p", "no:cacheprovider"), ()):
        result = project.runpytest(
            *cache, f"--claimcheck-granularity={granularity}", "assertions"
        )
        result.stdout.fnmatch_lines([f"peak held: {peak}; released: ['a', 'b', 'c']"])


def test_claim_items_check_article_by_article_and_keep_their_order(
    project: pytest.Pytester,
) -> None:
    project.makeconftest(PEAK)
    result = project.runpytest(
        "-p", "no:cacheprovider", "--claimcheck-granularity=claim", "-v", "assertions"
    )
    result.assert_outcomes(passed=1, failed=1, skipped=2)
    result.stdout.fnmatch_lines(
        [
            "assertions/flood.yaml::dead FAILED*",
            "assertions/flood.yaml::hurt SKIPPED*",
            "assertions/flood.yaml::dam PASSED*",
            "assertions/rain.yaml::rain SKIPPED*",
            "peak held: 0; released: ['a', 'b', 'c']",
            "FAILED assertions/flood.yaml::dead - 1 of 3 checks failed",
        ]
    )


def test_claim_items_deselected_are_not_checked(project: pytest.Pytester) -> None:
    project.makeconftest(COUNTER)
    result = project.runpytest(
        "-p",
        "no:cacheprovider",
        "--claimcheck-granularity=claim",
        "-k",
        "rain",
        "assertions",
    )
    result.assert_outcomes(skipped=1)
    result.stdout.fnmatch_lines(["index builds: 3; held: 0"])
