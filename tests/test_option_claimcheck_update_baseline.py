"""--claimcheck-update-baseline: accept this run's discrepancies."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import yaml

from tests.suites import DAM_NAMED, FLOOD_DEAD

FLOOD = FLOOD_DEAD + DAM_NAMED + "    required: true\n"

ARTICLES = {
    "ok.txt": "Officials said 45 people were killed near the Kariba Dam.\n",
    "bad.txt": "Heavy rain fell.\nMore than 60 people died near the Kariba Dam.\n",
    "worse.txt": "Nearly 100 people died in the valley.\n",
}

BASELINE = "assertions/claimcheck-baseline.yaml"


@pytest.fixture
def project(make_project: Callable[..., pytest.Pytester]) -> pytest.Pytester:
    return make_project({"flood.yaml": FLOOD}, ARTICLES)


def _entries(project: pytest.Pytester) -> dict[tuple[str, str], dict[str, str]]:
    data = yaml.safe_load(project.path.joinpath(BASELINE).read_text())
    return {(e["claim"], e["article"]): e for e in data["accepted"]}


@pytest.mark.slow
def test_round_trip_update_green_then_red_on_an_edited_article(
    project: pytest.Pytester,
) -> None:
    project.runpytest("assertions").assert_outcomes(passed=3, failed=3)
    result = project.runpytest("assertions", "--claimcheck-update-baseline")
    # the update run accepts what it writes
    result.assert_outcomes(passed=3, xfailed=3)
    result.stdout.fnmatch_lines(
        [
            f"baseline {BASELINE} written: 3 added, 0 re-accepted for review,"
            " 0 removed, 3 entries",
        ]
    )
    assert set(_entries(project)) == {
        ("flood-dead", "articles/bad.txt"),
        ("flood-dead", "articles/worse.txt"),
        ("dam-named", "articles/worse.txt"),
    }
    text = project.path.joinpath(BASELINE).read_text()
    assert text.startswith("# claimcheck baseline")
    # green, with xfails
    result = project.runpytest("assertions")
    result.assert_outcomes(passed=3, xfailed=3)
    assert result.ret == pytest.ExitCode.OK
    # an edited article fails again
    project.path.joinpath("articles", "bad.txt").write_text(
        "Heavy rain fell.\nMore than 70 people died near the Kariba Dam.\n"
    )
    result = project.runpytest("assertions")
    result.assert_outcomes(passed=3, xfailed=2, failed=1)
    assert result.ret == pytest.ExitCode.TESTS_FAILED


@pytest.mark.slow
def test_update_keeps_notes_and_refreshes_changed_entries(
    project: pytest.Pytester,
) -> None:
    project.runpytest("assertions", "--claimcheck-update-baseline")
    path = project.path / BASELINE
    data = yaml.safe_load(path.read_text())
    for entry in data["accepted"]:
        entry["note"] = f"reviewed: {entry['article']}"
    path.write_text(yaml.safe_dump(data))
    project.path.joinpath("articles", "bad.txt").write_text(
        "More than 70 people died near the Kariba Dam.\n"
    )
    result = project.runpytest("assertions", "--claimcheck-update-baseline")
    result.stdout.fnmatch_lines(
        ["*written: 0 added, 1 re-accepted for review, 0 removed, 3 entries"]
    )
    entries = _entries(project)
    assert {e["note"] for e in entries.values()} == {
        "reviewed: articles/bad.txt",
        "reviewed: articles/worse.txt",
    }
    assert entries[("flood-dead", "articles/bad.txt")]["quote"] == "More than 70"
    # an update that changes nothing leaves the file alone
    before = path.read_text()
    result = project.runpytest("assertions", "--claimcheck-update-baseline")
    assert "written" not in result.stdout.str()
    assert path.read_text() == before


def test_a_k_update_prunes_nothing(project: pytest.Pytester) -> None:
    project.runpytest("assertions", "--claimcheck-update-baseline")
    # fix the article, then update (and prune) only the other claim
    project.path.joinpath("articles", "worse.txt").write_text(
        "45 people died near the Kariba Dam.\n"
    )
    result = project.runpytest(
        "assertions",
        "-k",
        "dam-named",
        "--claimcheck-update-baseline",
        "--claimcheck-prune-baseline",
    )
    result.assert_outcomes(passed=3)
    # dam-named on worse.txt ran and is fixed: pruned; flood-dead did not run
    assert set(_entries(project)) == {
        ("flood-dead", "articles/bad.txt"),
        ("flood-dead", "articles/worse.txt"),
    }
    project.runpytest(
        "assertions", "-k", "ok", "--claimcheck-update-baseline"
    ).assert_outcomes(passed=2)
    assert len(_entries(project)) == 2


def test_update_writes_to_the_baseline_option_path(project: pytest.Pytester) -> None:
    result = project.runpytest(
        "assertions",
        "--claimcheck-update-baseline",
        "--claimcheck-baseline=ci/accepted.yaml",
    )
    result.stdout.fnmatch_lines(["baseline ci/accepted.yaml written: 3 added*"])
    assert project.path.joinpath("ci", "accepted.yaml").exists()
    assert not project.path.joinpath(BASELINE).exists()
