"""plugin/__init__.py: what the hooks gather from every item, and the run's end."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from types import SimpleNamespace
from typing import cast

import pytest

from claimcheck.plugin import pytest_addhooks
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


#: prints the claimcheck modules a fresh process holds after the statement
_MODULES_AFTER = (
    "import sys\n{statement}\n"
    "print(' '.join(sorted(m for m in sys.modules if m.startswith('claimcheck'))))"
)


@pytest.mark.slow
def test_importing_the_plugin_loads_no_engine() -> None:
    """Pytest imports the plugin in every run of the environment."""
    statement = "import pytest, claimcheck.plugin"
    done = subprocess.run(
        [sys.executable, "-c", _MODULES_AFTER.format(statement=statement)],
        capture_output=True,
        text=True,
        check=True,
    )
    loaded = done.stdout.split()
    assert "claimcheck.plugin" in loaded
    assert "claimcheck.engine.numbers" not in loaded
    assert not [
        m for m in loaded if m.startswith(("claimcheck.engine", "claimcheck.claims"))
    ]


@pytest.mark.slow
def test_a_run_without_claims_loads_no_engine(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_plain="def test_one():\n    assert True\n")
    pytester.makeconftest(
        "import sys\n\n\n"
        "def pytest_unconfigure(config):\n"
        "    loaded = [m for m in sys.modules if m.startswith('claimcheck.engine')]\n"
        "    print('ENGINE:', ' '.join(loaded) or 'none')\n"
    )
    result = pytester.runpytest_subprocess()
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["ENGINE: none"])
    result.stdout.no_fnmatch_line("*claimcheck*coverage*")


def test_a_run_without_claims_opens_no_session(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_plain="def test_one():\n    assert True\n")
    pytester.makefile(".yaml", other="key: value\n")
    result = pytester.runpytest()
    result.assert_outcomes(passed=1)
    result.stdout.no_fnmatch_line("*= claimcheck*")


def test_an_option_opens_the_session_without_an_assertion_folder(
    pytester: pytest.Pytester,
) -> None:
    pytester.makepyfile(test_plain="def test_one():\n    assert True\n")
    result = pytester.runpytest("--claimcheck-json=v.json")
    result.assert_outcomes(passed=1)
    data = json.loads(pytester.path.joinpath("v.json").read_text())
    assert data["results"] == []


def test_the_library_is_taken_off_the_modules_pytest_rewrites() -> None:
    # an installed wheel lists the package's files, and pytest marks the
    # package of every plugin to have its asserts rewritten at import
    hook = SimpleNamespace(_must_rewrite={"claimcheck", "xdist"})
    pytest_addhooks(
        cast("pytest.PytestPluginManager", SimpleNamespace(rewrite_hook=hook))
    )
    assert hook._must_rewrite == {"xdist"}
    pytest_addhooks(cast("pytest.PytestPluginManager", SimpleNamespace()))  # no hook


#: writes, at the end of the run, what each report kept that pytest holds
_KEPT_REPORTS = """
import json


def pytest_terminal_summary(terminalreporter):
    rows = [
        [r.nodeid, r.when, r.outcome, sorted(r.keywords), list(r.sections),
         list(r.user_properties), hasattr(r, "claimcheck_item")]
        for reports in terminalreporter.stats.values()
        for r in reports
        if hasattr(r, "when")
    ]
    with open("kept.json", "w") as out:
        json.dump(rows, out)
"""


@pytest.mark.parametrize(
    "args",
    [
        ["--claimcheck-granularity=article"],
        ["--claimcheck-granularity=pair"],
        ["--claimcheck-granularity=article", "-n", "2"],
    ],
)
def test_a_claim_items_passed_reports_keep_no_copy_of_its_keywords(
    project: pytest.Pytester, args: list[str]
) -> None:
    project.makeconftest(_KEPT_REPORTS)
    project.makepyfile(test_plain="def test_plain():\n    print('said')\n")
    result = project.runpytest(
        "assertions", "test_plain.py", "-rP", "--junitxml=junit.xml", *args
    )
    result.assert_outcomes(passed=2, failed=1)
    kept = json.loads(project.path.joinpath("kept.json").read_text())
    assert len(kept) == 9
    for nodeid, when, outcome, keywords, sections, _properties, marked in kept:
        assert not marked
        if nodeid.startswith("test_plain.py"):
            # other tests' reports are left as pytest made them
            assert "test_plain" in keywords
            if when == "call":
                assert sections == [["Captured stdout call", "said\n"]]
        elif outcome == "passed":
            assert keywords == []
        else:
            # a failure keeps what pytest gave it
            assert keywords
    pair = "--claimcheck-granularity=pair" in args
    calls = [row for row in kept if row[1] == "call" and row[0].startswith("assert")]
    assert all(bool(row[5]) is pair for row in calls)
    # the JUnit XML report read the reports whole, before they were lightened
    junit = project.path.joinpath("junit.xml").read_text()
    assert ('name="verdict"' in junit) is pair
    result.stdout.fnmatch_lines(["*said*"])
