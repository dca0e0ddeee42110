"""The parts of a sharded run: which part an article falls in, and the option."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.errors import ClaimcheckError
from claimcheck.plugin.shard import Shard, ShardFilter, read_shard, shard_of


@pytest.mark.parametrize(
    ("given", "index", "count"),
    [("1/3", 1, 3), ("3/3", 3, 3), (" 2 / 5 ", 2, 5), ("1/1", 1, 1)],
)
def test_read_shard(given: str, index: int, count: int) -> None:
    assert read_shard(given) == Shard(index=index, count=count)


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ("4/3", "--claimcheck-shard=4/3: the part must be from 1 to 3"),
        ("0/3", "--claimcheck-shard=0/3: the part must be from 1 to 3"),
        ("0/0", "the number of parts must be at least 1"),
        ("2", "--claimcheck-shard=2: expected K/N"),
        ("two/three", "expected K/N, the part K of N parts"),
        ("-1/3", "expected K/N"),
    ],
)
def test_read_shard_refuses(given: str, message: str) -> None:
    with pytest.raises(ClaimcheckError, match=message):
        read_shard(given)


def test_no_shard() -> None:
    assert read_shard(None) is None


def test_parts_are_pinned() -> None:
    """SHA-256 of the path, not Python's hash(): the same on every machine and
    in every release, so jobs of one matrix always agree.  (Each process
    draws its own string-hash seed, so a split by hash() fails here.)"""
    parts = [shard_of(f"articles/a0{i}.txt", 3) for i in range(1, 10)]
    assert parts == [1, 1, 3, 3, 3, 1, 2, 2, 1]
    assert shard_of("articles/a01.txt", 1000) == 132


@given(st.text(min_size=1), st.integers(min_value=1, max_value=40))
def test_one_part_keeps_each_article(article: str, count: int) -> None:
    keepers = [
        k for k in range(1, count + 1) if Shard(index=k, count=count).keeps(article)
    ]
    assert keepers == [shard_of(article, count)]


@pytest.mark.parametrize("count", [2, 3, 5, 8])
def test_parts_are_balanced(count: int) -> None:
    """3,000 articles spread within 12% of an even share over each part."""
    sizes = Counter(shard_of(f"corpus/{i:05}_story.txt", count) for i in range(3000))
    share = 3000 / count
    assert set(sizes) == set(range(1, count + 1))
    assert all(abs(n - share) < 0.12 * share for n in sizes.values()), sizes


def test_filter_keeps_this_parts_articles() -> None:
    root = Path("/project")
    paths = [root / f"articles/a0{i}.txt" for i in range(1, 10)]
    selector = ShardFilter(
        Shard(index=2, count=3), lambda p: p.relative_to(root).as_posix()
    )
    assert selector.select(paths) == [paths[6], paths[7]]
    # an article met again (another assertion file) counts once
    assert selector.select(paths[:3]) == []
    assert (len(selector.kept), len(selector.left)) == (2, 7)
    assert not selector.got_nothing


def test_filter_that_got_nothing() -> None:
    selector = ShardFilter(Shard(index=2, count=3), lambda p: p.as_posix())
    assert not selector.got_nothing  # nothing seen yet: not an empty part
    assert selector.select([Path("articles/a01.txt")]) == []
    assert selector.got_nothing
