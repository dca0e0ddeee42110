"""--claimcheck-prune-baseline: drop entries that no longer match."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import yaml

FLOOD = """\
claims:
  - id: flood-dead
    kind: quantity
    measure: [died]
    equals: 45
"""

BASELINE = "assertions/claimcheck-baseline.yaml"


@pytest.fixture
def project(make_project: Callable[..., pytest.Pytester]) -> pytest.Pytester:
    died = "More than 60 people died.\n"
    pytester = make_project(
        {"flood.yaml": FLOOD}, dict.fromkeys(["a.txt", "b.txt", "c.txt"], died)
    )
    pytester.runpytest("assertions", "--claimcheck-update-baseline")
    return pytester


def _articles(project: pytest.Pytester) -> list[str]:
    data = yaml.safe_load(project.path.joinpath(BASELINE).read_text())
    return [e["article"] for e in data["accepted"]]


def test_prune_removes_fixed_changed_and_deleted_entries(
    project: pytest.Pytester,
) -> None:
    assert _articles(project) == ["articles/a.txt", "articles/b.txt", "articles/c.txt"]
    project.path.joinpath("articles", "a.txt").write_text("45 people died.\n")
    project.path.joinpath("articles", "b.txt").write_text("More than 90 died.\n")
    project.path.joinpath("articles", "c.txt").unlink()
    result = project.runpytest("assertions", "--claimcheck-prune-baseline")
    # b fails in this run (its entry no longer matches), and leaves the file
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        [
            "*: removed stale baseline entry flood-dead on articles/a.txt: now"
            " supported, no longer a discrepancy",
            "*: removed stale baseline entry flood-dead on articles/b.txt: the"
            " article changed*",
            "*: removed stale baseline entry flood-dead on articles/c.txt: the"
            " article no longer exists",
            f"baseline {BASELINE} written: 0 added, 0 re-accepted for review,"
            " 3 removed, 0 entries",
        ]
    )
    assert _articles(project) == []


def test_prune_keeps_entries_of_items_that_did_not_run(
    project: pytest.Pytester,
) -> None:
    project.path.joinpath("articles", "a.txt").write_text("45 people died.\n")
    project.path.joinpath("articles", "b.txt").write_text("45 people died.\n")
    result = project.runpytest(
        "assertions", "articles/a.txt", "--claimcheck-prune-baseline"
    )
    result.assert_outcomes(passed=1)
    assert _articles(project) == ["articles/b.txt", "articles/c.txt"]
