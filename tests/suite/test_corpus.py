"""Corpus entries: each one that names nothing is a mistake at its line:column."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.errors import AssertionFileError
from claimcheck.suite.loader import check_assertion_files, load_assertion_file

ENTITY = "claims: [{id: c, kind: entity, name: Lee}]\n"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    (tmp_path / "assertions").mkdir()
    (tmp_path / "articles" / "2024").mkdir(parents=True)
    (tmp_path / "articles" / "2024" / "one.md").write_text("Lee spoke.\n")
    (tmp_path / "articles" / "empty").mkdir()
    return tmp_path


def load(root: Path, text: str) -> tuple[str, ...]:
    path = root / "assertions" / "a.yaml"
    path.write_text(text)
    return load_assertion_file(path, rootdir=root, default_corpus=()).corpus


def test_a_glob_that_matches_a_file_deep_down_is_kept(root: Path) -> None:
    assert load(root, "corpus: ../articles/**/*.md\n" + ENTITY) == ("**/*.md",)


def test_a_glob_that_matches_nothing_is_named_at_its_place(root: Path) -> None:
    text = "corpus:\n  - ../articles/**/*.md\n  - ../articles/*.txt\n" + ENTITY
    with pytest.raises(AssertionFileError) as refused:
        load(root, text)
    assert str(refused.value) == (
        "assertions/a.yaml:3:5: the corpus entry '../articles/*.txt' holds no"
        " article: the glob matches no file in articles; fix the pattern or remove"
        " the entry"
    )


def test_a_glob_matching_only_folders_matches_nothing(root: Path) -> None:
    with pytest.raises(AssertionFileError, match=r"'\.\./articles/\*' holds no"):
        load(root, "corpus: ../articles/*\n" + ENTITY)


def test_an_empty_folder_named_as_such_is_allowed(root: Path) -> None:
    # a folder is where articles will land; a glob names files that should exist
    assert load(root, "corpus: ../articles/empty\n" + ENTITY)


def test_every_bad_entry_is_listed_when_collecting(root: Path) -> None:
    path = root / "assertions" / "a.yaml"
    path.write_text(
        "corpus: [../nowhere, ../articles/*.pdf, 5, ../articles]\n" + ENTITY
    )
    errors = check_assertion_files([path], rootdir=root, default_corpus=())
    assert [str(e).split(": ")[0] for e in errors] == [
        "assertions/a.yaml:1:10",
        "assertions/a.yaml:1:22",
        "assertions/a.yaml:1:41",  # '5' is read as a folder name
    ]
