"""--claimcheck-changed=REF: check only what changed since a git revision."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    shutil.which("git") is None, reason="git is not installed"
)

FLOOD = """\
claims:
  - id: flood-dead
    kind: quantity
    measure: [died]
    equals: 45
  - id: dam-named
    kind: entity
    name: Kariba Dam
"""
OTHER = """\
claims:
  - id: rain
    kind: entity
    name: heavy rain
"""


def git(cwd: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


@pytest.fixture
def repo(pytester: pytest.Pytester) -> pytest.Pytester:
    """A committed project: two assertion files, two articles, on 'main'."""
    pytester.makeini("[pytest]\nclaimcheck_corpus = articles\n")
    pytester.mkdir("assertions")
    pytester.mkdir("articles")
    pytester.path.joinpath("assertions", "flood.yaml").write_text(FLOOD)
    pytester.path.joinpath("assertions", "other.yaml").write_text(OTHER)
    for name in ("one", "two"):
        pytester.path.joinpath("articles", f"{name}.txt").write_text(
            "Heavy rain fell. 45 people died near the Kariba Dam.\n"
        )
    git(pytester.path, "init", "-q", "-b", "main")
    git(pytester.path, "add", "-A")
    git(pytester.path, "commit", "-q", "-m", "articles")
    return pytester


def _ran(result: pytest.RunResult) -> set[str]:
    return {
        line.split("::")[1].split(" ")[0]
        for line in result.outlines
        if line.startswith("assertions/") and "::" in line
    }


def test_only_an_added_article_is_checked(repo: pytest.Pytester) -> None:
    repo.path.joinpath("articles", "new.txt").write_text("More than 60 people died.\n")
    result = repo.runpytest("assertions", "-v", "--claimcheck-changed=main")
    result.assert_outcomes(failed=1, skipped=2, deselected=6)
    assert _ran(result) == {"flood-dead[new]", "dam-named[new]", "rain[new]"}


def test_a_committed_article_on_a_branch_is_checked(repo: pytest.Pytester) -> None:
    git(repo.path, "checkout", "-q", "-b", "feature")
    repo.path.joinpath("articles", "two.txt").write_text("45 people died.\n")
    git(repo.path, "commit", "-q", "-am", "edit two")
    result = repo.runpytest("assertions", "-v", "--claimcheck-changed=main")
    assert _ran(result) == {"flood-dead[two]", "dam-named[two]", "rain[two]"}
    # nothing changed since the branch itself
    result = repo.runpytest("assertions", "--claimcheck-changed=HEAD")
    result.assert_outcomes(deselected=6)


def test_a_changed_assertion_file_checks_all_its_articles(
    repo: pytest.Pytester,
) -> None:
    repo.path.joinpath("assertions", "other.yaml").write_text(
        OTHER.replace("heavy rain", "rain")
    )
    result = repo.runpytest("assertions", "-v", "--claimcheck-changed=main")
    assert _ran(result) == {"rain[one]", "rain[two]"}


def test_a_changed_shared_config_checks_every_claim_below_it(
    repo: pytest.Pytester,
) -> None:
    repo.path.joinpath("assertions", "claimcheck.yaml").write_text(
        "vocabularies:\n  dead: [died]\n"
    )
    result = repo.runpytest("assertions", "--claimcheck-changed=main")
    result.assert_outcomes(passed=6)


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        ("no-git", "*--claimcheck-changed=main: * is not inside a git repository*"),
        (
            "bad-ref",
            "*--claimcheck-changed=nope: unknown git revision 'nope' in *; name a"
            " branch, tag or commit*",
        ),
    ],
)
def test_git_problems_are_one_clean_error(
    pytester: pytest.Pytester, setup: str, message: str
) -> None:
    pytester.makeini("[pytest]\nclaimcheck_corpus = articles\n")
    pytester.mkdir("assertions")
    pytester.path.joinpath("assertions", "flood.yaml").write_text(FLOOD)
    ref = "main"
    if setup == "bad-ref":
        git(pytester.path, "init", "-q", "-b", "main")
        ref = "nope"
    result = pytester.runpytest("assertions", f"--claimcheck-changed={ref}")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([message])
    assert "Traceback" not in result.stderr.str()


def test_a_pull_request_touching_only_the_baseline_passes(
    repo: pytest.Pytester,
) -> None:
    git(repo.path, "checkout", "-q", "-b", "feature")
    repo.path.joinpath("assertions", "claimcheck-baseline.yaml").write_text(
        "version: 1\naccepted: []\n"
    )
    repo.path.joinpath("README.md").write_text("How we check claims.\n")
    result = repo.runpytest("assertions", "--claimcheck-changed=main")
    assert result.ret == pytest.ExitCode.OK
    result.assert_outcomes(deselected=6)
    result.stdout.fnmatch_lines(
        [
            "--claimcheck-changed=main: no article or assertion file changed since"
            " main, so nothing was checked; the run passes"
        ]
    )


def test_no_tests_without_the_changed_option_still_exits_5(
    repo: pytest.Pytester,
) -> None:
    result = repo.runpytest("assertions", "-k", "no-such-claim")
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED
    assert "nothing was checked" not in result.stdout.str()


def test_an_empty_selection_passes_under_xdist(repo: pytest.Pytester) -> None:
    pytest.importorskip("xdist")
    result = repo.runpytest("assertions", "-n", "2", "--claimcheck-changed=HEAD")
    assert result.ret == pytest.ExitCode.OK
    result.stdout.fnmatch_lines(["*so nothing was checked; the run passes"])
