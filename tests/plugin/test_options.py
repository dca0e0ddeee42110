"""plugin/options.py: the options a run reads, strict mode above all, through
pytester.

Strict mode turns a *wavering* pair (supported, yet another mention of the
same fact disagrees) into a failure: from ``--claimcheck-strict``, from the
``claimcheck_strict`` ini key, or from ``strict: true`` on one claim.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from tests.suites import TOLL, TOLL_STRICT

#: two claims on the same words; only ``toll-strict`` asks for strictness
CLAIMS = TOLL + TOLL_STRICT

#: one mention agrees (45), a later one disagrees (60): supported, wavering
WAVERING = """\
Officials said 45 people were killed in the flood on Sunday.
By Monday the mayor said 60 people were killed.
"""

#: every mention agrees
STEADY = "Officials said 45 people were killed in the flood.\n"


@pytest.fixture
def project(make_project: Callable[..., pytest.Pytester]) -> pytest.Pytester:
    return make_project(
        {"flood.yaml": CLAIMS}, {"wavering.txt": WAVERING, "steady.txt": STEADY}
    )


def test_a_wavering_pair_passes_unless_strict(project: pytest.Pytester) -> None:
    result = project.runpytest("assertions", "-v")
    # toll-strict fails on the wavering article only; toll passes everywhere
    result.assert_outcomes(passed=3, failed=1)
    out = result.stdout.str()
    assert "flood.yaml::toll[wavering] PASSED" in out
    assert "flood.yaml::toll-strict[wavering] FAILED" in out


def test_a_strict_failure_quotes_the_disagreeing_mention(
    project: pytest.Pytester,
) -> None:
    result = project.runpytest("assertions", "-k", "toll-strict and wavering")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "toll-strict (quantity): killed = 45",
            "supported by articles/wavering.txt",
            "*2 By Monday the mayor said 60 people were killed.",
            "articles/wavering.txt:2:*: toll-strict supported: '60'*",
        ]
    )
    # the summary's matrix marks the pair as wavering, with its legend
    result.stdout.fnmatch_lines(["*W wavering (strict)*"])


@pytest.mark.parametrize(
    "how",
    [("--claimcheck-strict",), ("-o", "claimcheck_strict=true")],
    ids=["flag", "ini"],
)
def test_strict_for_the_whole_run(
    project: pytest.Pytester, how: tuple[str, ...]
) -> None:
    result = project.runpytest("assertions", *how)
    # both claims now fail on the wavering article
    result.assert_outcomes(passed=2, failed=2)


def test_the_ini_file_makes_a_plain_claim_strict(
    make_project: Callable[..., pytest.Pytester],
) -> None:
    # the ini file asks for strict; the claim itself does not
    pytester = make_project(
        {"flood.yaml": TOLL},
        {"wavering.txt": WAVERING},
        ini="claimcheck_strict = true\n",
    )
    pytester.runpytest("assertions").assert_outcomes(failed=1)


def test_strict_failures_are_recorded_as_such(project: pytest.Pytester) -> None:
    project.runpytest("assertions", "--claimcheck-json=verdicts.json")
    data = json.loads(project.path.joinpath("verdicts.json").read_text())
    by_key = {(r["claim"], r["article"]): r for r in data["results"]}
    strict = by_key[("toll-strict", "articles/wavering.txt")]
    assert (strict["verdict"], strict["wavering"], strict["strict_failure"]) == (
        "supported",
        True,
        True,
    )
    assert strict["outcome"] == "failed"
    plain = by_key[("toll", "articles/wavering.txt")]
    assert (plain["wavering"], plain["strict_failure"], plain["outcome"]) == (
        True,
        False,
        "passed",
    )


def test_strict_under_claim_granularity(project: pytest.Pytester) -> None:
    result = project.runpytest(
        "assertions", "--claimcheck-granularity=claim", "--claimcheck-strict"
    )
    result.assert_outcomes(failed=2)
    result.stdout.fnmatch_lines(["1 of 2 checks failed"])


def test_the_baseline_accepts_a_strict_failure(project: pytest.Pytester) -> None:
    first = project.runpytest("assertions", "--claimcheck-update-baseline")
    first.assert_outcomes(passed=3, xfailed=1)
    again = project.runpytest("assertions", "-rx")
    again.assert_outcomes(passed=3, xfailed=1)
    again.stdout.fnmatch_lines(["*accepted in assertions/claimcheck-baseline.yaml*"])


def test_an_unknown_granularity_is_one_usage_error(project: pytest.Pytester) -> None:
    result = project.runpytest("assertions", "-o", "claimcheck_granularity=file")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        ["*claimcheck_granularity = 'file': use one of auto, pair, claim, article"]
    )
    assert "Traceback" not in result.stderr.str()


@pytest.mark.parametrize(
    ("key", "meaning"),
    [
        ("claimcheck_strict", "fail a claim when any mention disagrees"),
        ("claimcheck_allow_outside", "read articles outside the rootdir"),
        ("claimcheck_coverage", "report the figures no claim checks"),
    ],
)
def test_a_true_false_key_with_another_value_names_the_key(
    project: pytest.Pytester, key: str, meaning: str
) -> None:
    result = project.runpytest("assertions", "-o", f"{key}=perhaps")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([f"ERROR: {key} = 'perhaps': use true ({meaning}*"])
    assert "Traceback" not in result.stderr.str()


@pytest.mark.parametrize("spelling", ["True", "yes", "on", "1", "t", "Y"])
def test_strict_takes_every_spelling_of_true(
    project: pytest.Pytester, spelling: str
) -> None:
    result = project.runpytest("assertions", "-o", f"claimcheck_strict={spelling}")
    result.assert_outcomes(passed=2, failed=2)


def test_a_corpus_option_that_names_nothing_is_one_usage_error(
    project: pytest.Pytester,
) -> None:
    """Not "no tests ran": the path that does not exist is named."""
    result = project.runpytest("assertions", "--claimcheck-corpus=nowhere")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        ["ERROR: --claimcheck-corpus=nowhere: no such file or folder; give the*"]
    )


def test_assertion_folders_that_do_not_exist_are_named(
    project: pytest.Pytester,
) -> None:
    """Not "no tests ran" alone: the key and its folders are named."""
    result = project.runpytest("-q", "-o", "claimcheck_assertions=claims")
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED
    result.stdout.fnmatch_lines(
        ["claimcheck: claimcheck_assertions names 'claims', and no such folder*"]
    )


def test_no_note_in_a_run_without_claimcheck_settings(
    pytester: pytest.Pytester,
) -> None:
    pytester.makepyfile("def test_one(): pass")
    result = pytester.runpytest("-q")
    result.assert_outcomes(passed=1)
    assert "claimcheck" not in result.stdout.str()
