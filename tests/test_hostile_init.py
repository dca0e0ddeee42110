"""``claimcheck init`` and the configuration it reads, in a hostile folder.

A cloned repository may hold links where init writes (to a file elsewhere,
to nothing yet), a file where it makes a folder, or a broken pytest
configuration. init writes only inside the project, never through a link,
and says in one line per file what it could not do.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from claimcheck.cli import main
from claimcheck.cli.ini import find_project
from claimcheck.errors import ClaimcheckError
from tests.test_hostile_articles import assert_clean


def init(capsys: pytest.CaptureFixture[str], folder: Path) -> tuple[int, str, str]:
    status = main(["init", str(folder)])
    out, err = capsys.readouterr()
    assert_clean(err)
    return status, out, err


@pytest.mark.parametrize(
    "name", ["pytest.ini", ".gitignore", "articles/2026-03-02-ferry-aground.md"]
)
def test_a_link_where_init_writes_is_left_alone(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str
) -> None:
    project, elsewhere = tmp_path / "project", tmp_path / "elsewhere"
    project.joinpath(name).parent.mkdir(parents=True)
    elsewhere.mkdir()
    kept = elsewhere / "kept.txt"
    kept.write_text("[pytest]\n# the user's own\n")
    for target, link in ((kept, name), (elsewhere / "new.txt", name + ".new")):
        os.symlink(target, project / link)
    status, out, _ = init(capsys, project)
    assert status == 0
    assert any(line.startswith(f"left {name} as it is") for line in out.splitlines())
    assert kept.read_text() == "[pytest]\n# the user's own\n"
    assert sorted(p.name for p in elsewhere.iterdir()) == ["kept.txt"]


def test_a_dangling_link_is_not_written_through(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    project = tmp_path / "project"
    project.mkdir()
    os.symlink(tmp_path / "nothing-yet.ini", project / "pytest.ini")
    os.symlink(tmp_path / "nothing-yet", project / ".gitignore")
    status, out, _ = init(capsys, project)
    assert status == 0
    assert not (tmp_path / "nothing-yet.ini").exists()
    assert not (tmp_path / "nothing-yet").exists()
    assert "left .gitignore as it is: it is a link to" in out


def test_a_folder_leading_out_of_the_project_is_not_written_into(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    project, elsewhere = tmp_path / "project", tmp_path / "elsewhere"
    project.mkdir()
    os.symlink(elsewhere, project / ".github")  # to nothing yet
    elsewhere.mkdir()
    os.symlink(elsewhere, project / ".claimcheck")
    status, out, err = init(capsys, project)
    assert status == 2
    assert list(elsewhere.iterdir()) == []
    assert err.splitlines() == [
        "claimcheck: could not write .github/workflows/claimcheck.yml: its folder"
        f" leads out of the project (to {elsewhere.resolve()}/workflows); make it a"
        " folder of the project",
        "claimcheck: could not write .claimcheck/assertions.schema.json: its folder"
        f" leads out of the project (to {elsewhere.resolve()}); make it a folder of"
        " the project",
        "claimcheck: could not write .claimcheck/config.schema.json: its folder"
        f" leads out of the project (to {elsewhere.resolve()}); make it a folder of"
        " the project",
    ]
    assert "wrote pytest.ini" in out


def test_a_file_where_init_makes_a_folder_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    tmp_path.joinpath(".github").write_text("not a folder\n")
    status, out, err = init(capsys, tmp_path)
    assert status == 2
    assert err == (
        "claimcheck: could not write .github/workflows/claimcheck.yml:"
        f" {tmp_path.as_posix()}/.github/workflows: Not a directory; fix it, then"
        " run init again\n"
    )
    assert tmp_path.joinpath(".github").read_text() == "not a folder\n"
    assert "wrote assertions/ferry.yaml" in out


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("pytest.ini", "mine\n", "pytest.ini:1: * a line before the first [section]"),
        ("pytest.ini", "[pytest]\nx = 1\n[pytest]\n", "pytest.ini:3: * section *"),
        ("pytest.ini", "[pytest]\nx = 1\nx = 2\n", "pytest.ini:3: * option 'x' *"),
        ("pytest.ini", "[pytest]\n  a\nb\n", "pytest.ini:2: * neither a key nor *"),
        ("tox.ini", "\xff[pytest]\n", "tox.ini: * not UTF-8 text (byte 0)*"),
        ("pyproject.toml", "[tool.pytest]\nx = \n", "pyproject.toml:2:5: * value*"),
    ],
)
def test_a_broken_configuration_is_one_line_at_its_place(
    tmp_path: Path, name: str, text: str, message: str
) -> None:
    tmp_path.joinpath(name).write_bytes(text.encode("latin-1"))
    with pytest.raises(ClaimcheckError) as caught:
        find_project(tmp_path)
    said = str(caught.value)
    assert "\n" not in said
    assert said.startswith(str(tmp_path))
    assert said.endswith("; fix the file")
    head, _, tail = message.partition(" * ")
    assert said[len(str(tmp_path)) + 1 :].startswith(head)
    assert tail.rstrip("*").strip("* ") in said
