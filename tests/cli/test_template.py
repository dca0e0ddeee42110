"""The files init writes: the workflow is the one docs/ci.md shows, and works."""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

import pytest
import yaml

from claimcheck.cli import main
from claimcheck.cli.template import WORKFLOW

CI_DOC = Path(__file__).parents[2] / "docs" / "ci.md"


def documented_workflow() -> str:
    """The YAML block under docs/ci.md's "The workflow" heading."""
    text = CI_DOC.read_text(encoding="utf-8")
    section = text[text.index("### The workflow") :]
    match = re.search(r"^```yaml\n(.*?)^```$", section, re.S | re.M)
    assert match, "docs/ci.md: no yaml block under 'The workflow'"
    return match.group(1)


def steps() -> list[dict[str, Any]]:
    workflow = yaml.safe_load(WORKFLOW)
    found: list[dict[str, Any]] = workflow["jobs"]["claims"]["steps"]
    return found


def test_docs_show_the_workflow_init_writes() -> None:
    shown = re.sub(
        r'"claimcheck==[^"]+"', '"claimcheck=={version}"', documented_workflow()
    )
    assert shown == WORKFLOW


def test_a_pull_request_checks_what_changed_and_a_push_everything() -> None:
    workflow = yaml.safe_load(WORKFLOW)
    # PyYAML reads the key "on" as True
    assert set(workflow[True]) == {"push", "pull_request"}
    [check] = [s for s in steps() if s.get("id") == "check"]
    changed = check["env"]["CHANGED"]
    assert changed.startswith("${{ github.event_name == 'pull_request' &&")
    assert "--claimcheck-changed=origin/{0}', github.base_ref) || '' }}" in changed
    assert check["run"].startswith("pytest $CHANGED ")
    [comment] = [s for s in steps() if "github-script" in s.get("uses", "")]
    assert "github.event_name == 'pull_request'" in comment["if"]
    assert "reports/claimcheck.comment.md" in comment["with"]["script"]


def test_the_workflow_commands_pass_in_a_new_project(
    pytester: pytest.Pytester, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["init", str(pytester.path)]) == 0
    capsys.readouterr()
    runs = [s["run"] for s in steps() if "run" in s]
    assert main(shlex.split(runs[1])[1:]) == 0  # claimcheck check
    # the check step as a push runs it: CHANGED empty
    [check] = [s for s in steps() if s.get("id") == "check"]
    args = shlex.split(check["run"].replace("$CHANGED", ""))
    assert args[0] == "pytest"
    pytester.runpytest(*args[1:]).assert_outcomes(passed=10)
    assert (pytester.path / "reports" / "claimcheck.html").is_file()
    comment = (pytester.path / "reports" / "claimcheck.comment.md").read_text()
    assert comment.startswith("### ✓ claimcheck: 5 claims × 2 articles: 10 supported")
