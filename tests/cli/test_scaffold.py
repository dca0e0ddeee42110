"""``claimcheck init``: a project that pytest passes as it is, never overwriting."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from claimcheck.cli import main
from claimcheck.cli.template import FILES


def init(capsys: pytest.CaptureFixture[str], folder: Path) -> list[str]:
    assert main(["init", str(folder)]) == 0
    return capsys.readouterr().out.splitlines()


def test_init_then_pytest_passes(
    pytester: pytest.Pytester, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = init(capsys, pytester.path)
    assert "wrote assertions/ferry.yaml" in lines
    assert "wrote pytest.ini" in lines
    result = pytester.runpytest()
    # five claims (one of each kind, two quantities) x two articles, all agreeing
    result.assert_outcomes(passed=10)
    result.stdout.fnmatch_lines(["*5 claims x 2 articles: 10 supported*"])
    assert result.ret == pytest.ExitCode.OK


def test_init_then_check_is_clean(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    init(capsys, tmp_path / "story")
    monkeypatch.chdir(tmp_path / "story" / "assertions")
    assert main(["check"]) == 0
    assert capsys.readouterr().out == "All checks passed (1 file).\n"


def test_the_example_points_editors_at_the_schema(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    init(capsys, tmp_path)
    first = (tmp_path / "assertions" / "ferry.yaml").read_text().splitlines()[0]
    assert first == (
        "# yaml-language-server: $schema=../.claimcheck/assertions.schema.json"
    )
    target = tmp_path / "assertions" / first.split("=", 1)[1]
    assert target.resolve().is_file()
    assert main(["schema", "assertions"]) == 0
    assert capsys.readouterr().out == target.read_text()


def test_existing_files_are_left_as_they_are(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / ".github" / "workflows").mkdir(parents=True)
    (tmp_path / ".github" / "workflows" / "claimcheck.yml").write_text("mine\n")
    (tmp_path / ".gitignore").write_text("build/\nreports/")
    (tmp_path / "pyproject.toml").write_text("[tool.pytest.ini_options]\n")
    lines = init(capsys, tmp_path)
    assert "left .github/workflows/claimcheck.yml as it is (it exists)" in lines
    assert (tmp_path / ".github/workflows/claimcheck.yml").read_text() == "mine\n"
    assert lines[0].startswith("left pyproject.toml as it is: it configures pytest")
    assert not (tmp_path / "pytest.ini").exists()
    assert "added .gitignore lines: .pytest_cache/, __pycache__/" in lines
    assert (tmp_path / ".gitignore").read_text() == (
        "build/\nreports/\n.pytest_cache/\n__pycache__/\n"
    )


def test_a_second_init_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    init(capsys, tmp_path)
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    lines = init(capsys, tmp_path)
    after = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert after == before
    assert "left assertions/ as it is: it holds assertion files already" in lines
    assert not any(line.startswith("wrote") for line in lines)


def test_init_into_a_file_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "taken").write_text("")
    assert main(["init", str(tmp_path / "taken")]) == 2
    assert "not a folder" in capsys.readouterr().err


def test_the_workflow_checks_then_runs_pytest() -> None:
    workflow = yaml.safe_load(FILES[".github/workflows/claimcheck.yml"])
    runs = [step.get("run", "") for step in workflow["jobs"]["claims"]["steps"]]
    assert "claimcheck check" in runs
    assert any(run.startswith("pytest") for run in runs)


def test_the_template_names_each_claim_kind() -> None:
    example = FILES["assertions/ferry.yaml"]
    for kind in ("quantity", "statement", "attribute", "entity"):
        assert f"    kind: {kind}\n" in example


def test_pytest_runs_from_the_assertions_folder_too(
    pytester: pytest.Pytester,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    init(capsys, pytester.path)
    monkeypatch.chdir(pytester.path / "assertions")
    pytester.runpytest().assert_outcomes(passed=10)
