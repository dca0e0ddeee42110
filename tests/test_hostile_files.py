"""Files that cannot be read (permissions), met by every command.

The test suite may run as root, who reads files of any mode, so reading is
refused here the way the system refuses it: ``Path.read_bytes`` raises
``PermissionError`` for the locked names.
"""

from __future__ import annotations

import errno
import os
import pathlib
from collections.abc import Callable
from pathlib import Path

import pytest

from claimcheck.cli import main
from tests.test_hostile_articles import ARTICLE, FLOOD, assert_clean

LOCKED = ("locked.txt", "locked.yaml")


@pytest.fixture(autouse=True)
def locked(monkeypatch: pytest.MonkeyPatch) -> None:
    read_bytes = pathlib.Path.read_bytes

    def refusing(path: Path) -> bytes:
        if path.name in LOCKED:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return read_bytes(path)

    monkeypatch.setattr(pathlib.Path, "read_bytes", refusing)


def test_an_unreadable_article_fails_its_checks_and_names_itself(
    make_project: Callable[..., pytest.Pytester],
) -> None:
    project = make_project({"flood.yaml": FLOOD}, {"ok.txt": ARTICLE, "locked.txt": ""})
    result = project.runpytest("-p", "no:cacheprovider", "assertions")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        [
            "*articles/locked.txt: cannot read article (Permission denied);"
            " check its permissions*"
        ]
    )
    assert_clean(result.stdout.str())


def test_an_unreadable_assertion_file_is_one_message(
    make_project: Callable[..., pytest.Pytester],
) -> None:
    project = make_project({"locked.yaml": FLOOD}, {"ok.txt": ARTICLE})
    result = project.runpytest("-p", "no:cacheprovider", "assertions")
    assert result.ret == 2
    result.stdout.fnmatch_lines(
        [
            "assertions/locked.yaml: cannot read file: Permission denied; check that it"
            " exists and that you may read it"
        ]
    )
    assert_clean(result.stdout.str())


def test_suggest_skips_an_unreadable_article_with_a_note(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "locked.txt"):
        folder.joinpath(name).write_text(ARTICLE)
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(tmp_path)
        assert main(["suggest", "articles"]) == 0
    out, err = capsys.readouterr()
    assert err == (
        "claimcheck: articles/locked.txt: cannot read article (Permission denied);"
        " check its permissions (skipped)\n"
    )
    assert "equals: 45" in out
    assert_clean(err)


def test_extract_names_an_unreadable_article(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(ARTICLE)
    assert main(["extract", str(path)]) == 2
    err = capsys.readouterr().err
    assert err == (
        f"claimcheck: {path}: cannot read article (Permission denied);"
        " check its permissions\n"
    )
