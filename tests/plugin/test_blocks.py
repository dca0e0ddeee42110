"""plugin/blocks.py: many discrepancies read as one list, not a wall of blocks."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from tests.suites import DEAD, kariba_articles

#: three of the six articles disagree with DEAD (60 killed, not 45)
FAILING = ["a0", "a2", "a4"]


@pytest.fixture
def project(make_project: Callable[..., pytest.Pytester]) -> pytest.Pytester:
    return make_project({"flood.yaml": DEAD}, kariba_articles(6))


def _blocks(output: str) -> list[str]:
    """The titles of pytest's failure blocks (``____ dead[a0] ____``)."""
    return [
        line.strip("_ ")
        for line in output.splitlines()
        if line.startswith("____") and line.endswith("____")
    ]


@pytest.mark.parametrize("workers", [(), ("-n", "2")])
def test_above_the_limit_the_list_stands_in_for_the_blocks(
    project: pytest.Pytester, workers: tuple[str, ...]
) -> None:
    result = project.runpytest(
        "-o", "claimcheck_max_failure_blocks=2", *workers, "assertions"
    )
    result.assert_outcomes(passed=3, failed=3)
    output = result.stdout.str()
    assert _blocks(output) == []
    assert "= FAILURES =" not in output
    result.stdout.fnmatch_lines(
        [
            "*= claimcheck =*",
            "1 claim x 6 articles: 3 supported, 3 contradicted, 0 missing",
            "3 discrepancies, more than claimcheck_max_failure_blocks = 2: each is"
            " listed below on one line, in full in the reports; -v or --tb=long"
            " shows pytest's failure blocks",
            "*",
            "discrepancies (3):",
            *(f"articles/{a}.txt:1:16: dead contradicted: *" for a in FAILING),
        ]
    )
    # pytest's short summary and counts still name every failed item (in the
    # order they finished)
    summary = output.split("short test summary info")[1]
    for a in FAILING:
        assert f"\nFAILED assertions/flood.yaml::dead[{a}] - " in summary


@pytest.mark.parametrize(
    "args",
    [
        ("-o", "claimcheck_max_failure_blocks=3"),  # at the limit
        ("-o", "claimcheck_max_failure_blocks=2", "-v"),
        ("-o", "claimcheck_max_failure_blocks=2", "--tb=long"),
        ("-o", "claimcheck_max_failure_blocks=2", "--tb=short"),
        (),  # the default limit is above three
    ],
)
def test_up_to_the_limit_or_when_asked_each_discrepancy_has_its_block(
    project: pytest.Pytester, args: tuple[str, ...]
) -> None:
    result = project.runpytest(*args, "assertions")
    result.assert_outcomes(passed=3, failed=3)
    assert _blocks(result.stdout.str()) == [f"dead on {a}.txt" for a in FAILING]
    assert "claimcheck_max_failure_blocks =" not in result.stdout.str()


def test_the_limit_counts_discrepancies_not_items(project: pytest.Pytester) -> None:
    result = project.runpytest(
        "-o",
        "claimcheck_max_failure_blocks=2",
        "--claimcheck-granularity=claim",
        "assertions",
    )
    result.assert_outcomes(failed=1)
    assert _blocks(result.stdout.str()) == []
    result.stdout.fnmatch_lines(["3 discrepancies, more than *", "FAILED *::dead - *"])


def test_other_failures_keep_their_blocks(
    project: pytest.Pytester,
) -> None:
    project.makepyfile(test_plain="def test_plain():\n    assert 1 == 2\n")
    result = project.runpytest(
        "-o", "claimcheck_max_failure_blocks=0", "assertions", "test_plain.py"
    )
    result.assert_outcomes(passed=3, failed=4)
    assert _blocks(result.stdout.str()) == ["test_plain"]


@pytest.mark.parametrize("value", ["-1", "many", "2.5"])
def test_a_limit_that_is_not_a_count_is_a_usage_error(
    project: pytest.Pytester, value: str
) -> None:
    result = project.runpytest("-o", f"claimcheck_max_failure_blocks={value}")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        [f"ERROR: claimcheck_max_failure_blocks = '{value}': write a whole number*"]
    )


def test_an_item_of_many_pairs_writes_its_first_discrepancies_in_full(
    project: pytest.Pytester,
) -> None:
    """What pytest keeps of a claim item is bounded by the limit; -v keeps
    every block."""
    common = ("-o", "claimcheck_max_failure_blocks=1", "--claimcheck-granularity=claim")
    project.runpytest(*common, "--junitxml=bounded.xml", "assertions")
    bounded = (project.path / "bounded.xml").read_text()
    assert "3 of 6 checks failed" in bounded
    assert "... and 2 more discrepancies of this item" in bounded
    assert "a0.txt" in bounded and "a4.txt" not in bounded
    project.runpytest(*common, "-v", "--junitxml=full.xml", "assertions")
    full = (project.path / "full.xml").read_text()
    assert all(f"{a}.txt" in full for a in FAILING)
    assert "more discrepancies of this item" not in full


def test_past_the_limit_a_report_keeps_one_line_once_others_have_read_it(
    project: pytest.Pytester,
) -> None:
    project.makeconftest(
        """
def pytest_sessionfinish(session):
    stats = session.config.pluginmanager.get_plugin("terminalreporter").stats
    for report in stats.get("failed", []):
        print("KEPT", report.nodeid, len(str(report.longrepr).splitlines()))
"""
    )
    result = project.runpytest(
        "-s",
        "-o",
        "claimcheck_max_failure_blocks=1",
        "--junitxml=out.xml",
        "assertions",
    )
    kept = [k.split() for k in re.findall(r"KEPT \S+ \d+", result.stdout.str())]
    assert [node.rsplit("[", 1)[1] for _, node, _ in kept] == [f"{a}]" for a in FAILING]
    # the first is within the limit; the others have one line left
    assert int(kept[0][2]) > 1 and [k[2] for k in kept[1:]] == ["1", "1"]
    # a plugin reading reports as they come (JUnit XML) got the full text
    assert (project.path / "out.xml").read_text().count("contradicted") >= 3
    # pytest's short summary shows the same first line as before
    result.stdout.fnmatch_lines(["FAILED *::dead[[]a4] - dead (quantity): *"])
