"""run/paths.py: packed article paths, and the checks still to read each."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.run.paths import PathList, PathRun, Pending

#: path-like names: folders and files, unicode and spaces included
_names = st.lists(
    st.text(
        st.characters(exclude_categories=["Cs"], exclude_characters="\0/"),
        min_size=1,
        max_size=12,
    ),
    min_size=1,
    max_size=4,
).map(lambda parts: "/" + "/".join(parts))


@given(st.lists(_names, unique=True, max_size=30))
def test_a_path_list_reads_as_the_list_of_paths_it_packs(names: list[str]) -> None:
    paths = [Path(n) for n in names]
    packed = PathList(paths)
    assert len(packed) == len(paths)
    assert list(packed) == paths
    assert packed == paths
    assert [packed[i] for i in range(len(paths))] == paths
    assert [packed.name(i) for i in range(len(paths))] == [str(p) for p in paths]
    for i, path in enumerate(paths):
        assert packed.place(path) == i
        assert path in packed
    assert packed[1:3] == paths[1:3]
    if paths:
        assert packed[-1] == paths[-1]


def test_a_path_not_listed_has_no_place() -> None:
    packed = PathList(["/c/a.txt", "/c/b.txt"])
    assert packed.place("/c/c.txt") is None
    assert Path("/c/a") not in packed
    assert packed.place("/c/b.txt") == 1
    assert object() not in packed
    with pytest.raises(IndexError):
        packed[2]


def test_an_empty_list() -> None:
    empty = PathList()
    assert len(empty) == 0
    assert list(empty) == []
    assert empty.place("/a") is None
    assert empty == []
    assert empty == PathList([])


def test_lists_compare_by_their_paths() -> None:
    assert PathList(["/a", "/b"]) == PathList([Path("/a"), "/b"])
    assert PathList(["/a", "/b"]) != PathList(["/a"])
    assert PathList(["/a", "/b"]) != PathList(["/b", "/a"])


def test_single_articles_are_counted_down_to_their_last_check() -> None:
    pending = Pending()
    a = Path("/c/a.txt")
    pending.expect(a, 2)
    pending.expect(a)
    assert [pending.done(a) for _ in range(3)] == [False, False, True]
    # nothing more expected: a further check releases nothing
    assert pending.done(a) is False
    assert not pending


def test_a_list_is_counted_once_for_every_article_it_holds() -> None:
    pending = Pending()
    paths = PathList([f"/c/{n}.txt" for n in range(5)])
    pending.expect_each(paths, 3)
    pending.expect(Path("/c/2.txt"))  # a pair item of another file
    for n in (0, 1, 3, 4):
        path = Path(f"/c/{n}.txt")
        assert [pending.done(path) for _ in range(3)] == [False, False, True]
    two = Path("/c/2.txt")
    assert [pending.done(two) for _ in range(4)] == [False, False, False, True]
    # counted once: after its last check the article is not counted again
    assert pending.done(two) is False
    assert pending.done(Path("/c/9.txt")) is False


def test_lists_that_share_articles_add_up() -> None:
    pending = Pending()
    pending.expect_each(PathList(["/c/a.txt", "/c/b.txt"]), 2)
    pending.expect_each(PathList(["/c/b.txt", "/c/c.txt"]), 1)
    b = Path("/c/b.txt")
    assert [pending.done(b) for _ in range(3)] == [False, False, True]
    c = Path("/c/c.txt")
    assert pending.done(c) is True


def test_more_checks_expected_of_an_article_already_started() -> None:
    pending = Pending()
    a = Path("/c/a.txt")
    pending.expect(a, 2)
    assert pending.done(a) is False
    pending.expect(a)
    assert [pending.done(a) for _ in range(2)] == [False, True]


def test_paths_that_share_a_folder_keep_it_once_and_read_back_whole() -> None:
    names = [
        "/data/corpus/000/000001.txt",
        "/data/corpus/000/000001.txt.bak",
        "/data/corpus/001/000002.txt",
        "/data/corpus/0",
    ]
    paths = PathList(names)
    assert paths.names() == names and [paths.name(i) for i in range(4)] == names
    assert list(paths) == [Path(n) for n in names]
    assert [paths.place(n) for n in names] == [0, 1, 2, 3]
    assert paths.place("/data/corpus/000/") is None
    assert paths == PathList(names) and paths != PathList(names[::-1])
    assert paths[1:3].names() == names[1:3]
    one = PathList(["/data/corpus/000/000001.txt"])
    assert one.names() == ["/data/corpus/000/000001.txt"]
    assert one.place(Path("/data/corpus/000/000001.txt")) == 0
    assert one == PathList(one) and one != PathList(["/data/corpus/000/000002.txt"])


@given(st.lists(st.sampled_from(["/c/a", "/c/b", "/d/a", "/c/a/b", "/"]), max_size=40))
def test_distinct_paths_keep_the_place_each_first_stands_at(names: list[str]) -> None:
    once = list(dict.fromkeys(names))
    packed = PathList.distinct(iter(names))
    assert packed.names() == once
    assert packed == PathList(once)
    assert [packed.place(n) for n in once] == list(range(len(once)))


def test_a_list_with_a_path_twice_places_it_first() -> None:
    packed = PathList(["/c/a", "/c/b", "/c/a"])
    assert len(packed) == 3 and packed.place("/c/a") == 0
    assert packed.names() == ["/c/a", "/c/b", "/c/a"]


def test_many_paths_over_several_folders_read_back_in_order() -> None:
    names = [f"/data/corpus/{n // 1000:03}/{n:06}.txt" for n in range(10_000)]
    names += ["/elsewhere/x.md", "/data/corpus/000/000001.txt"]
    packed = PathList.distinct(names)
    assert len(packed) == 10_001
    assert packed.names() == names[:-1]
    assert [packed.name(i) for i in (0, 4095, 4096, 9999, 10_000)] == [
        names[0],
        names[4095],
        names[4096],
        names[9999],
        "/elsewhere/x.md",
    ]
    assert packed.place(names[8191]) == 8191 and packed.place("/data") is None
    assert packed[4000:4200].names() == names[4000:4200]
    assert packed == PathList(names[:-1]) and packed != PathList(names[1:])


def test_paths_added_one_at_a_time_are_numbered_in_the_order_met() -> None:
    grown = PathList()
    assert [grown.add(n) for n in ["/c/b", "/c/a", "/c/b", "/d"]] == [0, 1, 0, 2]
    assert grown.names() == ["/c/b", "/c/a", "/d"]
    assert grown.place("/c/a") == 1 and grown.place("/c/c") is None
    # still open, it equals the same paths packed
    assert grown == PathList(["/c/b", "/c/a", "/d"]) != PathList(["/c/b", "/c/a"])
    assert grown != PathList(["/c/b", "/c/a", "/e"])
    packed = PathList(["/x", "/y"])
    assert packed.add("/y") == 1 and packed.add("/z") == 2 and len(packed) == 3


def test_items_over_one_list_count_each_article_once_for_all_of_them() -> None:
    pending = Pending()
    names = [f"/c/{n}.txt" for n in range(3)]
    shared = PathList(names)
    for _ in range(3):  # three claim items over one corpus
        pending.expect_each(shared, 1)
    pending.expect_each(PathList(names), 2)  # another file, the same corpus
    for name in names:
        path = Path(name)
        assert [pending.done(path) for _ in range(5)] == [False] * 4 + [True]
        assert pending.done(path) is False


def test_a_list_expected_once_counting_began_counts_every_article_again() -> None:
    pending = Pending()
    paths = PathList(["/c/a.txt", "/c/b.txt"])
    pending.expect_each(paths, 1)
    a, b = Path("/c/a.txt"), Path("/c/b.txt")
    assert pending.done(a) is True
    pending.expect_each(paths, 1)
    # a list of its own: a's check by it is counted after the first ones
    assert pending.done(a) is True
    assert [pending.done(b) for _ in range(2)] == [False, True]


def test_a_path_at_a_place_reads_as_a_list_of_that_one_path() -> None:
    packed = PathList([f"/corpus/{n // 1000:03d}/{n}.txt" for n in range(5000)])
    one = PathRun(packed, 4321, 4322)
    assert len(one) == 1
    assert one[0] == one[-1] == Path("/corpus/004/4321.txt")
    assert list(one) == [Path("/corpus/004/4321.txt")]
    assert one[:] == [Path("/corpus/004/4321.txt")]
    with pytest.raises(IndexError):
        one[1]


def test_a_run_of_places_reads_its_paths_only() -> None:
    packed = PathList(f"corpus/a{i:02}.txt" for i in range(10))
    run = PathRun(packed, 3, 6)
    assert len(run) == 3
    assert list(run) == [Path(f"corpus/a0{i}.txt") for i in (3, 4, 5)]
    assert run[-1] == Path("corpus/a05.txt")
    assert run[1:] == [Path("corpus/a04.txt"), Path("corpus/a05.txt")]
    for outside in (3, -4):
        with pytest.raises(IndexError, match="path index out of range"):
            run[outside]
