"""suite/globbing.py: ``**`` globs that walk each real folder once."""

from __future__ import annotations

import glob
import os
import time
from pathlib import Path

import pytest

from claimcheck.suite.globbing import iglob_once


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    for name in ("a.txt", "sub/b.txt", "sub/deep/c.md", ".hid/d.txt", "sub/.e.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    os.symlink(tmp_path / "sub", tmp_path / "link")
    return tmp_path


@pytest.mark.parametrize(
    "pattern",
    [
        "**/*.txt",
        "**",
        "*/**/*.md",
        "**/deep/*",
        "s*/**/*.txt",
        "**/.hid/*.txt",
        "**/.*.txt",
        "*.txt",
        "sub/*",
    ],
)
def test_the_same_files_as_glob_without_loops(tree: Path, pattern: str) -> None:
    full = os.path.join(tree, pattern)
    expected = sorted(glob.iglob(full, recursive=True))
    # glob lists a folder below ``**`` twice through a link; each real folder
    # is walked once here, so compare what the paths point at
    assert {os.path.realpath(p) for p in iglob_once(full)} == {
        os.path.realpath(p) for p in expected
    }
    assert set(iglob_once(full)) <= set(expected)


def test_a_relative_pattern_is_spelled_as_glob_spells_it(
    tree: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tree / "sub")
    assert sorted(iglob_once("**/*.md")) == ["deep/c.md"]


def test_links_that_loop_are_walked_once(tmp_path: Path) -> None:
    # glob would walk a/b/a/b/... along every path of links, 2**40 of them
    (tmp_path / "x.txt").write_text("x")
    for name in ("a", "b", "c"):
        os.symlink(".", tmp_path / name)
    took = time.process_time()
    found = list(iglob_once(os.path.join(tmp_path, "**", "*.txt")))
    assert time.process_time() - took < 1
    assert found == [os.path.join(tmp_path, "x.txt")]
