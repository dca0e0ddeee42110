"""The command line finds the pytest configuration as pytest does."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.cli.ini import DEFAULT_ASSERTIONS, DEFAULT_CORPUS, find_project
from claimcheck.errors import ClaimcheckError


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("pytest.ini", "[pytest]\nclaimcheck_corpus = news 'old news'\n"),
        (
            "pyproject.toml",
            "[tool.pytest.ini_options]\nclaimcheck_corpus = ['news', 'old news']\n",
        ),
        ("tox.ini", "[pytest]\nclaimcheck_corpus = news 'old news'\n"),
        ("setup.cfg", "[tool:pytest]\nclaimcheck_corpus = news 'old news'\n"),
    ],
)
def test_each_configuration_file(tmp_path: Path, name: str, text: str) -> None:
    (tmp_path / name).write_text(text)
    (tmp_path / "deep" / "down").mkdir(parents=True)
    project = find_project(tmp_path / "deep" / "down")
    assert project.rootdir == tmp_path
    assert project.inifile == tmp_path / name
    assert project.corpus == ("news", "old news")
    assert project.assertions == DEFAULT_ASSERTIONS


def test_a_file_without_a_pytest_section_does_not_count(tmp_path: Path) -> None:
    (tmp_path / "outer").mkdir()
    (tmp_path / "outer" / "tox.ini").write_text("[tox]\nenvlist = py311\n")
    (tmp_path / "pytest.ini").write_text("")
    project = find_project(tmp_path / "outer")
    assert project.inifile == tmp_path / "pytest.ini"
    assert project.corpus == DEFAULT_CORPUS


def test_a_broken_configuration_is_a_clean_error(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.pytest.ini_options\n")
    with pytest.raises(ClaimcheckError, match="cannot read the pytest configuration"):
        find_project(tmp_path)
