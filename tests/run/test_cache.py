"""The on-disk index cache: an unchanged corpus is not read again."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.suites import DEAD as SUITE

COUNTER = """\
from claimcheck.plugin import SESSION


def pytest_terminal_summary(terminalreporter, config):
    state = config.stash[SESSION]
    terminalreporter.write_line(f"index builds: {state.indexes.builds}")
"""


@pytest.fixture
def project(make_project: Callable[..., pytest.Pytester]) -> pytest.Pytester:
    articles = {
        f"{name}.txt": f"Officials said {dead} people were killed.\n"
        for name, dead in (("a", 45), ("b", 60))
    }
    pytester = make_project({"flood.yaml": SUITE}, articles)
    pytester.makeconftest(COUNTER)
    return pytester


def test_an_unchanged_corpus_is_read_from_the_cache(
    project: pytest.Pytester,
) -> None:
    first = project.runpytest("assertions")
    first.stdout.fnmatch_lines(["index builds: 2"])
    again = project.runpytest("assertions")
    again.assert_outcomes(passed=1, failed=1)
    again.stdout.fnmatch_lines(["*'60' reads 60 for 'killed'*", "index builds: 0"])
    assert list(project.path.joinpath(".pytest_cache", "d", "claimcheck").rglob("*"))


def test_an_edited_article_is_read_again(project: pytest.Pytester) -> None:
    project.runpytest("assertions")
    project.path.joinpath("articles", "b.txt").write_text("45 people died.\n")
    result = project.runpytest("assertions")
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(["index builds: 1"])


def test_new_measure_words_read_every_article_again(
    project: pytest.Pytester,
) -> None:
    project.runpytest("assertions")
    project.path.joinpath("assertions", "flood.yaml").write_text(
        SUITE.replace("[killed, died]", "[killed, died, drowned]")
    )
    result = project.runpytest("assertions")
    result.stdout.fnmatch_lines(["index builds: 2"])


def test_cache_clear_clears_it(project: pytest.Pytester) -> None:
    project.runpytest("assertions")
    result = project.runpytest("--cache-clear", "assertions")
    result.stdout.fnmatch_lines(["index builds: 2"])


def test_a_corrupt_entry_is_a_miss(project: pytest.Pytester) -> None:
    project.runpytest("assertions")
    for entry in project.path.joinpath(".pytest_cache", "d", "claimcheck").rglob(
        "*.pickle"
    ):
        entry.write_bytes(b"not a pickle")
    result = project.runpytest("assertions")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["index builds: 2"])
