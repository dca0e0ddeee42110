"""``claimcheck check``: every mistake of every assertion file, ruff's exit codes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from claimcheck.cli import main

GOOD = """\
claims:
  - id: dead
    kind: quantity
    measure: [killed]
    equals: 45
"""

#: three mistakes in three places: a mistyped key, a bad value, a missing key
THREE_MISTAKES = """\
claims:
  - id: dead
    kind: quantity
    measure: [killed]
    equls: 45
  - id: dam
    kind: entity
    name: Kariba Dam
    max_errors: many
  - id: operator
    kind: attribute
    value: Zambezi River Authority
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project folder (the current one) whose corpus is ``articles``."""
    (tmp_path / "pytest.ini").write_text("[pytest]\nclaimcheck_corpus = articles\n")
    (tmp_path / "articles").mkdir()
    (tmp_path / "assertions").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(["check", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_a_clean_suite_exits_0(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "assertions" / "flood.yaml").write_text(GOOD)
    assert run(capsys) == (0, "All checks passed (1 file).\n", "")


def test_every_mistake_of_a_file_is_listed(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "assertions" / "flood.yaml").write_text(THREE_MISTAKES)
    status, out, err = run(capsys)
    assert (status, err) == (1, "")
    lines = out.splitlines()
    assert [line.split(": ")[0] for line in lines[:3]] == [
        "assertions/flood.yaml:5:5",
        "assertions/flood.yaml:9:17",
        "assertions/flood.yaml:10:5",
    ]
    assert "unknown key 'equls' in claim 'dead' (did you mean 'equals'?)" in lines[0]
    assert "'max_errors' in claim 'dam' must be a whole number" in lines[1]
    assert "claim 'operator' has no 'rivals'" in lines[2]
    assert lines[3:] == ["Found 3 errors in 1 file."]


def test_mistakes_of_settings_claims_and_corpus_are_all_listed(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "assertions" / "claimcheck.yaml").write_text("corpuss: articles\n")
    (project / "assertions" / "a.yaml").write_text(
        "defaults:\n  requird: true\n"
        "corpus: [../articles/*.pdf]\n"
        "claims:\n"
        "  - id: one\n    kind: entity\n    name: Lee\n    colour: red\n"
        "  - {id: two, kind: entity}\n"
    )
    status, out, _ = run(capsys)
    assert status == 1
    assert [line.split(": ")[0] for line in out.splitlines()] == [
        "assertions/claimcheck.yaml:1:1",
        "assertions/a.yaml:2:3",
        "assertions/a.yaml:8:5",
        "assertions/a.yaml:9:5",
        "assertions/a.yaml:3:10",
        "Found 5 errors in 1 file.",
    ]


def test_files_in_several_folders_and_ids_across_files(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "assertions" / "a.yaml").write_text(GOOD)
    other = project / "more"
    other.mkdir()
    (other / "b.yaml").write_text(GOOD)
    (other / "c.yaml").write_text("claims: [\n")
    status, out, _ = run(capsys, "assertions", "more")
    assert status == 1
    assert out.splitlines() == [
        "more/c.yaml:1:9: invalid YAML: this '[' is never closed (parsing stopped at"
        " more/c.yaml:2:1: expected the node content, but found '<stream end>');"
        " close it with ']' where the value ends, or quote the value if the '['"
        " belongs to the text",
        "more/b.yaml:2:5: claim id 'dead' is also used at assertions/a.yaml:2:5;"
        " give each claim its own id",
        "Found 2 errors in 3 files.",
    ]


def test_an_unclosed_bracket_is_reported_where_it_opened(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = GOOD.splitlines()
    lines[3] = "    measure: [killed, dead"
    text = "\n".join(["# the flood", "", *lines]) + "\n"
    assert text.splitlines()[5] == "    measure: [killed, dead"  # line 6 of the file
    (project / "assertions" / "flood.yaml").write_text(text)
    status, out, _ = run(capsys)
    assert status == 1
    assert out.startswith(
        "assertions/flood.yaml:6:14: invalid YAML: this '[' is never closed"
        " (parsing stopped at assertions/flood.yaml:7:11:"
    )


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["nowhere"], "nowhere: no such file or folder"),
        (["pytest.ini"], "pytest.ini: not a YAML file"),
        ([], "no assertion files (.yaml) in "),
        (["pipe.yaml"], "pipe.yaml: not a regular file;"),
        (["loop.yaml"], "loop.yaml: a link that leads nowhere (or loops);"),
    ],
    ids=["missing-path", "not-yaml", "no-files", "fifo", "link-loop"],
)
def test_usage_errors_exit_2(
    project: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    """Each a one-line message; a named pipe is never opened (it would wait)."""
    os.mkfifo(project / "pipe.yaml")
    (project / "loop.yaml").symlink_to("loop.yaml")
    status, out, err = run(capsys, *argv)
    assert (status, out) == (2, "")
    assert err.startswith(f"claimcheck: {message}")


def test_a_bad_option_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["check", "--no-such-option"])
    assert exited.value.code == 2
    assert "unrecognized arguments: --no-such-option" in capsys.readouterr().err


def test_the_corpus_comes_from_the_pytest_configuration(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "pytest.ini").write_text("[pytest]\nclaimcheck_corpus = stories\n")
    (project / "assertions" / "flood.yaml").write_text(GOOD)
    status, out, _ = run(capsys)
    assert status == 1
    assert "corpus 'stories' (the claimcheck_corpus setting" in out


def test_assertion_folders_come_from_the_pytest_configuration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "pyproject.toml").write_text(
        "[tool.pytest.ini_options]\n"
        'claimcheck_corpus = ["articles"]\n'
        'claimcheck_assertions = ["facts"]\n'
    )
    (tmp_path / "articles").mkdir()
    (tmp_path / "facts").mkdir()
    (tmp_path / "facts" / "flood.yaml").write_text(GOOD)
    (tmp_path / "facts" / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "facts" / "sub")
    assert run(capsys) == (0, "All checks passed (1 file).\n", "")


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("claimcheck ")
    assert out.split()[1][0].isdigit()
