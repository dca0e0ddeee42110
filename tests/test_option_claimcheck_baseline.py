"""--claimcheck-baseline=PATH: accepted discrepancies run as xfail."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from tests.suites import FLOOD_DEAD as FLOOD

ARTICLES = {
    "ok.txt": "Officials said 45 people were killed when the river burst.\n",
    "bad.txt": "Heavy rain fell.\nMore than 60 people died in the floods.\n",
    "worse.txt": "Nearly 100 people died near the dam.\n",
}


@pytest.fixture
def project(make_project: Callable[..., pytest.Pytester]) -> pytest.Pytester:
    return make_project({"flood.yaml": FLOOD}, ARTICLES)


def _accept_bad(project: pytest.Pytester, path: str) -> None:
    """Accept flood-dead on bad.txt with a note, through an update run."""
    project.runpytest("assertions", "-k", "bad", "--claimcheck-update-baseline")
    if path != "assertions/claimcheck-baseline.yaml":
        project.path.joinpath("assertions", "claimcheck-baseline.yaml").rename(
            project.path / path
        )
    file = project.path / path
    file.write_text(
        file.read_text().replace(
            "note: accepted without review; say here why this discrepancy is accepted",
            "note: the mayor's early count, reviewed",
        )
    )


def test_default_baseline_accepts_with_the_note_as_reason(
    project: pytest.Pytester,
) -> None:
    _accept_bad(project, "assertions/claimcheck-baseline.yaml")
    result = project.runpytest("assertions", "-rxf")
    result.assert_outcomes(passed=1, failed=1, xfailed=1)
    result.stdout.fnmatch_lines(
        [
            "XFAIL assertions/flood.yaml::flood-dead[bad] - accepted in"
            " assertions/claimcheck-baseline.yaml: the mayor's early count, reviewed",
            "FAILED assertions/flood.yaml::flood-dead?worse?*",
        ]
    )
    result.stdout.fnmatch_lines(
        [
            "discrepancies (1):",
            "articles/worse.txt:1:1: flood-dead contradicted: 'Nearly 100'*",
            "accepted by the baseline (1):",
            "articles/bad.txt:2:1: flood-dead contradicted: 'More than 60'*",
        ]
    )


def test_baseline_path_option(project: pytest.Pytester) -> None:
    _accept_bad(project, "accepted.yaml")
    result = project.runpytest("assertions", "--claimcheck-baseline=accepted.yaml")
    result.assert_outcomes(passed=1, failed=1, xfailed=1)
    # without the option, the default file is absent: nothing is accepted
    project.runpytest("assertions").assert_outcomes(passed=1, failed=2)


def test_a_changed_article_fails_again_and_says_why(project: pytest.Pytester) -> None:
    _accept_bad(project, "assertions/claimcheck-baseline.yaml")
    # moving the text keeps the entry: the fingerprint holds no offsets
    project.path.joinpath("articles", "bad.txt").write_text(
        "Heavy rain fell all night.\n\nMore than 60 people died in the floods.\n"
    )
    project.runpytest("assertions", "-k", "bad").assert_outcomes(xfailed=1)
    project.path.joinpath("articles", "bad.txt").write_text(
        "Heavy rain fell.\nMore than 80 people died in the floods.\n"
    )
    result = project.runpytest("assertions", "-k", "bad")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "assertions/claimcheck-baseline.yaml:*:3: the baseline accepts"
            " flood-dead on this article, but the discrepancy changed: it accepted"
            " 'More than 60', the article now says 'More than 80'. It fails until"
            " re-accepted: review it, then run with --claimcheck-update-baseline*",
            "",
            "articles/bad.txt:2:1: flood-dead contradicted: 'More than 80'*",
        ]
    )
    result.stdout.fnmatch_lines(
        [
            "assertions/claimcheck-baseline.yaml:*:3: stale baseline entry"
            " flood-dead on articles/bad.txt: the article changed; the discrepancy"
            " fails again; remove it with --claimcheck-prune-baseline"
        ]
    )


def test_an_entry_whose_article_is_fixed_is_reported_stale(
    project: pytest.Pytester,
) -> None:
    _accept_bad(project, "assertions/claimcheck-baseline.yaml")
    project.path.joinpath("articles", "bad.txt").write_text("45 people died.\n")
    result = project.runpytest("assertions")
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(
        ["*: stale baseline entry flood-dead on articles/bad.txt: now supported*"]
    )


def test_stale_entries_are_listed_in_the_markdown_and_html_reports(
    project: pytest.Pytester,
) -> None:
    _accept_bad(project, "assertions/claimcheck-baseline.yaml")
    project.path.joinpath("articles", "bad.txt").write_text("45 people died.\n")
    project.runpytest(
        "assertions", "--claimcheck-report=r.md", "--claimcheck-report=r.html"
    )
    markdown = project.path.joinpath("r.md").read_text()
    assert "## Stale baseline entries" in markdown
    assert re.search(
        r"^\| assertions/claimcheck-baseline\.yaml:\d+:3 \| flood-dead \|"
        r" articles/bad\.txt \| now supported, no longer a discrepancy \|$",
        markdown,
        re.M,
    )
    page = project.path.joinpath("r.html").read_text()
    assert re.search(
        r"<li><code>assertions/claimcheck-baseline\.yaml:\d+:3</code>: flood-dead"
        r" on articles/bad\.txt: now supported, no longer a discrepancy</li>",
        page,
    )


@pytest.mark.slow
def test_baseline_accepts_under_xdist(project: pytest.Pytester) -> None:
    _accept_bad(project, "assertions/claimcheck-baseline.yaml")
    result = project.runpytest("assertions", "-n", "2")
    result.assert_outcomes(passed=1, failed=1, xfailed=1)


@pytest.mark.parametrize(
    ("args", "content", "message"),
    [
        (
            ["--claimcheck-baseline=nope.yaml"],
            None,
            "ERROR: --claimcheck-baseline=nope.yaml: */nope.yaml not found; create it"
            " with --claimcheck-update-baseline, or fix the path",
        ),
        (
            [],
            "accepted:\n  - claim: flood-dead\n",
            "ERROR: assertions/claimcheck-baseline.yaml:2:5: baseline entry lacks"
            " 'article', 'verdict', 'fingerprint'*",
        ),
    ],
)
def test_a_bad_baseline_is_one_clean_error(
    project: pytest.Pytester, args: list[str], content: str | None, message: str
) -> None:
    if content is not None:
        project.path.joinpath("assertions", "claimcheck-baseline.yaml").write_text(
            content
        )
    result = project.runpytest("assertions", *args)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([message])
    assert "Traceback" not in result.stderr.str() + result.stdout.str()


@pytest.mark.parametrize("granularity", ["claim", "article"])
def test_aggregated_items_honour_the_baseline(
    project: pytest.Pytester, granularity: str
) -> None:
    _accept_bad(project, "assertions/claimcheck-baseline.yaml")
    option = f"--claimcheck-granularity={granularity}"
    # the accepted pair no longer fails; the other discrepancy still does
    result = project.runpytest("assertions", option, "-rxf")
    result.stdout.fnmatch_lines(
        [
            "*1 of * checks failed (1 more accepted by"
            " assertions/claimcheck-baseline.yaml)*"
            if granularity == "claim"
            else "XFAIL *bad* - 1 discrepancy accepted in"
            " assertions/claimcheck-baseline.yaml",
        ]
    )
    result.stdout.fnmatch_lines(["accepted by the baseline (1):"])
    assert result.ret == 1
    # without the unaccepted article, the run is green
    project.path.joinpath("articles", "worse.txt").unlink()
    result = project.runpytest("assertions", option)
    assert result.ret == 0
    result.stdout.fnmatch_lines(["*xfailed*"])
    # an edited article is a new discrepancy again
    project.path.joinpath("articles", "bad.txt").write_text("Some 70 people died.\n")
    assert project.runpytest("assertions", option).ret == 1


def test_an_update_run_in_claim_granularity_accepts_every_discrepancy(
    project: pytest.Pytester,
) -> None:
    option = "--claimcheck-granularity=claim"
    project.runpytest("assertions", option, "--claimcheck-update-baseline")
    baseline = project.path / "assertions" / "claimcheck-baseline.yaml"
    assert "bad.txt" in baseline.read_text()
    assert "worse.txt" in baseline.read_text()
    result = project.runpytest("assertions", option)
    assert result.ret == 0
    result.stdout.fnmatch_lines(["accepted by the baseline (2):"])


def test_stale_entries_fail_the_run_when_the_policy_says_so(
    make_project: Callable[..., pytest.Pytester],
) -> None:
    project = make_project(
        {"flood.yaml": FLOOD}, ARTICLES, ini="claimcheck_baseline_stale = fail\n"
    )
    _accept_bad(project, "assertions/claimcheck-baseline.yaml")
    # the worse article is fixed too: every item passes, the stale entry fails
    project.path.joinpath("articles", "bad.txt").write_text("45 people died.\n")
    project.path.joinpath("articles", "worse.txt").write_text("45 people died.\n")
    result = project.runpytest("assertions")
    result.assert_outcomes(passed=3)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(
        [
            "assertions/claimcheck-baseline.yaml:*:3: stale baseline entry"
            " flood-dead on articles/bad.txt: now supported, no longer a"
            " discrepancy; the run fails (claimcheck_baseline_stale = fail);"
            " remove it with --claimcheck-prune-baseline"
        ]
    )
    # pruning removes the entry, and the run passes again
    result = project.runpytest("assertions", "--claimcheck-prune-baseline")
    assert result.ret == pytest.ExitCode.OK
    assert project.runpytest("assertions").ret == pytest.ExitCode.OK


def test_stale_entries_only_warn_by_default(project: pytest.Pytester) -> None:
    _accept_bad(project, "assertions/claimcheck-baseline.yaml")
    project.path.joinpath("articles", "bad.txt").write_text("45 people died.\n")
    project.path.joinpath("articles", "worse.txt").write_text("45 people died.\n")
    result = project.runpytest("assertions")
    assert result.ret == pytest.ExitCode.OK
    result.stdout.fnmatch_lines(["*: stale baseline entry flood-dead on*"])


def test_an_unknown_stale_policy_is_one_clean_error(
    make_project: Callable[..., pytest.Pytester],
) -> None:
    project = make_project(
        {"flood.yaml": FLOOD}, ARTICLES, ini="claimcheck_baseline_stale = error\n"
    )
    result = project.runpytest("assertions")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        ["*claimcheck_baseline_stale = 'error': use warn (list stale*or fail*"]
    )
