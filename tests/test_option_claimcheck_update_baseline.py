"""--claimcheck-update-baseline: accept this run's discrepancies."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

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


def _entries(project: pytest.Pytester) -> dict[tuple[str, str], dict[str, Any]]:
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


COMMENTED = """\
# our baseline: reviewed every Monday
version: 1
accepted:
# the valley article overstates; the ministry's figure is 45
- claim: flood-dead
  article: articles/worse.txt
  verdict: contradicted
  fingerprint: {worse}
  note: outlet counts the missing as dead  # Ana, 2025-03
# kept while the bad article is corrected
- claim: flood-dead
  article: articles/bad.txt
  verdict: contradicted
  fingerprint: {bad}
  note: early estimate  # Ben
"""


@pytest.mark.slow
def test_comments_order_and_notes_survive_an_update_and_a_prune(
    project: pytest.Pytester,
) -> None:
    project.runpytest("assertions", "--claimcheck-update-baseline")
    prints = {k[1]: e["fingerprint"] for k, e in _entries(project).items()}
    path = project.path / BASELINE
    path.write_text(
        COMMENTED.format(
            worse=prints["articles/worse.txt"], bad=prints["articles/bad.txt"]
        )
    )
    # the update adds dam-named on worse.txt; the hand-made order stays
    result = project.runpytest("assertions", "--claimcheck-update-baseline")
    result.stdout.fnmatch_lines(["*written: 1 added, 0 re-accepted for review*"])
    text = path.read_text()
    for kept in (
        "# our baseline: reviewed every Monday",
        "# the valley article overstates; the ministry's figure is 45",
        "note: outlet counts the missing as dead  # Ana, 2025-03",
        "# kept while the bad article is corrected",
        "note: early estimate  # Ben",
    ):
        assert kept in text
    assert text.index("articles/worse.txt") < text.index("articles/bad.txt")
    assert "claim: dam-named" in text
    # the bad article is fixed: the prune removes its entry, the comments stay
    project.path.joinpath("articles", "bad.txt").write_text("45 people died.\n")
    result = project.runpytest("assertions", "--claimcheck-prune-baseline")
    result.stdout.fnmatch_lines(
        ["*written: 0 added, 0 re-accepted for review,*1 removed*"]
    )
    text = path.read_text()
    assert "articles/bad.txt" not in text
    assert "note: early estimate" not in text
    for kept in (
        "# our baseline: reviewed every Monday",
        "# the valley article overstates; the ministry's figure is 45",
        "note: outlet counts the missing as dead  # Ana, 2025-03",
    ):
        assert kept in text


@pytest.mark.slow
def test_a_changed_discrepancy_fails_until_re_accepted_for_review(
    project: pytest.Pytester,
) -> None:
    project.runpytest("assertions", "--claimcheck-update-baseline")
    path = project.path / BASELINE
    path.write_text(path.read_text().replace("accepted without review", "checked"))
    project.path.joinpath("articles", "bad.txt").write_text(
        "Heavy rain fell.\nMore than 70 people died near the Kariba Dam.\n"
    )
    # not silently accepted under its old note
    result = project.runpytest("assertions", "-k", "bad")
    result.assert_outcomes(failed=1, passed=1)
    result.stdout.fnmatch_lines(
        [
            f"{BASELINE}:*:3: the baseline accepts flood-dead on this article, but"
            " the discrepancy changed: it accepted 'More than 60', the article now"
            " says 'More than 70'. It fails until re-accepted: review it, then run"
            " with --claimcheck-update-baseline (which marks the entry"
            " 'reviewed: false' and keeps its note)"
        ]
    )
    project.runpytest("assertions", "--claimcheck-update-baseline")
    entry = _entries(project)[("flood-dead", "articles/bad.txt")]
    assert entry["reviewed"] is False
    assert entry["note"].startswith("checked")
    assert entry["quote"] == "More than 70"
    result = project.runpytest("assertions", "-k", "bad", "-rx")
    result.assert_outcomes(xfailed=1, passed=1)
    result.stdout.fnmatch_lines(["*re-accepted after the article changed; review*"])


def test_a_read_only_baseline_is_refused_and_left_alone(
    project: pytest.Pytester,
) -> None:
    # run as root, chmod stops no write: the refusal rests on the owner's write
    # bit as well as os.access, so this test holds for root and other users
    project.runpytest("assertions", "--claimcheck-update-baseline")
    path = project.path / BASELINE
    before = path.read_text()
    path.chmod(0o444)
    project.path.joinpath("articles", "ok.txt").write_text("Nearly 90 people died.\n")
    try:
        for option in ("--claimcheck-update-baseline", "--claimcheck-prune-baseline"):
            result = project.runpytest("assertions", option)
            assert result.ret == pytest.ExitCode.USAGE_ERROR
            result.stderr.fnmatch_lines(
                [
                    f"*{option}: {BASELINE} is read-only, so the baseline was not"
                    " changed; make the file writable (chmod u+w), or point"
                    " --claimcheck-baseline at a writable copy"
                ]
            )
            assert "Traceback" not in result.stderr.str()
            assert path.read_text() == before
    finally:
        path.chmod(0o644)


def test_a_baseline_in_a_read_only_folder_is_refused(project: pytest.Pytester) -> None:
    # as above: the folder's owner write bit counts, also for root
    folder = project.path / "assertions"
    folder.chmod(0o555)
    try:
        result = project.runpytest("assertions", "--claimcheck-update-baseline")
    finally:
        folder.chmod(0o755)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        [
            f"*--claimcheck-update-baseline: {BASELINE} cannot be written: its"
            f" folder {folder} is read-only, so the baseline was not changed; make the"
            " folder writable*"
        ]
    )
    assert not (project.path / BASELINE).exists()
