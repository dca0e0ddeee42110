"""run/collection.py: a corpus folder's files, found as strings in the order
of their paths' parts (as ``sorted(Path.rglob("*"))`` gives them)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path, PurePath

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.engine.articles import ARTICLE_SUFFIXES
from claimcheck.errors import ArticleError
from claimcheck.run.collection import _files_under, _parts, _suffix, expand_corpus

_part = st.text(st.sampled_from("ab.-_B1 "), min_size=1, max_size=5).filter(
    lambda p: p not in (".", "..")
)


def _rglob(base: Path) -> list[str]:
    return [
        str(p) for p in sorted(base.rglob("*")) if p.suffix.lower() in ARTICLE_SUFFIXES
    ]


def _found(base: Path) -> list[str]:
    return [
        n for n in _files_under(str(base)) if _suffix(n).lower() in ARTICLE_SUFFIXES
    ]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.lists(_part, min_size=1, max_size=3), max_size=12),
    st.sampled_from([".txt", ".TXT", ".md", ".html", ""]),
)
def test_files_come_as_rglob_sorted_gives_them(
    trees: list[list[str]], suffix: str
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder, "corpus")
        base.mkdir()
        for parts in trees:
            *dirs, name = parts
            where = base.joinpath(*dirs)
            if any(p.is_file() for p in [where, *where.parents] if p != base):
                continue
            where.mkdir(parents=True, exist_ok=True)
            target = where / (name + suffix)
            if not target.exists():
                target.write_text("x")
        assert _found(base) == _rglob(base)


def test_dot_files_links_and_folders_named_like_articles(tmp_path: Path) -> None:
    base = tmp_path / "corpus"
    (base / "a").mkdir(parents=True)
    (base / "a" / "z.txt").write_text("x")
    (base / "a.txt").write_text("x")
    (base / "a-b.txt").write_text("x")
    (base / ".hidden.txt").write_text("x")
    (base / ".txt").write_text("x")  # no suffix: a dot file
    (base / "folder.txt").mkdir()
    (base / "folder.txt" / "in.md").write_text("x")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "far.txt").write_text("x")
    os.symlink(tmp_path / "elsewhere", base / "link")
    assert _found(base) == _rglob(base)
    # folders named like articles are no articles; links to folders are
    # not followed
    assert [
        Path(p).relative_to(base).as_posix()
        for p in expand_corpus(["corpus"], tmp_path)
    ] == [".hidden.txt", "a/z.txt", "a-b.txt", "a.txt", "folder.txt/in.md"]


@given(st.lists(_part, min_size=1, max_size=3))
def test_a_suffix_is_read_as_pathlib_reads_it(parts: list[str]) -> None:
    name = "/".join(parts)
    assert _suffix(name) == PurePath(name).suffix


def test_a_file_named_twice_or_linked_to_stands_once_where_first_found(
    tmp_path: Path,
) -> None:
    base = tmp_path / "corpus"
    (base / "b").mkdir(parents=True)
    (base / "b" / "one.txt").write_text("x")
    (base / "b" / "two.txt").write_text("x")
    (tmp_path / "extra").mkdir()
    (tmp_path / "extra" / "three.txt").write_text("x")
    # a link to a file already listed, found before the file itself
    os.symlink(base / "b" / "two.txt", base / "a-link.txt")
    found = expand_corpus(
        ["extra/three.txt", "corpus", "corpus/b/one.txt", "extra"], tmp_path
    )
    real = tmp_path.resolve()
    assert found.names() == [
        str(real / "extra" / "three.txt"),
        str(real / "corpus" / "b" / "two.txt"),
        str(real / "corpus" / "b" / "one.txt"),
    ]
    assert found.place(real / "corpus" / "b" / "one.txt") == 2


@given(
    st.lists(
        st.lists(
            st.sampled_from(["a", "a-b", "a.b", "b", ".", "", "B", "a b"]),
            min_size=1,
            max_size=4,
        ),
        max_size=20,
    ),
    st.sampled_from(["/", "/base/", "base/", "//base/"]),
)
def test_glob_matches_sort_as_their_paths_parts_sort(
    parts: list[list[str]], anchor: str
) -> None:
    # the matches of one glob start alike: an anchor, then a folder
    names = [anchor + "corpus/" + "/".join(p) for p in parts]
    assert sorted(names, key=_parts) == sorted(names, key=lambda n: Path(n).parts)


@pytest.mark.parametrize(
    ("links", "shown"),
    [
        ({"a.txt": "b.txt", "b.txt": "a.txt"}, "a.txt -> b.txt -> a.txt"),
        ({"a.txt": "a.txt"}, "a.txt -> a.txt"),
        ({"a.txt": "sub/../a.txt"}, "a.txt -> a.txt"),
    ],
)
def test_a_loop_of_links_is_named_as_one(
    tmp_path: Path, links: dict[str, str], shown: str
) -> None:
    base = tmp_path / "corpus"
    (base / "sub").mkdir(parents=True)
    for name, target in links.items():
        os.symlink(target, base / name)
    with pytest.raises(ArticleError) as caught:
        expand_corpus(["corpus"], tmp_path, confine_to=tmp_path)
    assert str(caught.value) == (
        f"corpus entry corpus/a.txt is a link in a loop of links ({shown}), not an"
        " article file; remove it from the corpus folder or narrow the corpus entry"
    )
