"""``--claimcheck-shard=K/N``: one of N parts of the corpus, each article whole.

A CI matrix runs the suite in N jobs; job K takes the articles whose hash
falls in part K, so an article is read and indexed by one job only, at every
granularity: pair and article items of other parts' articles are never
collected, and a claim item checks only this part's articles.  The hash is
SHA-256 of the article's path relative to the rootdir (with ``/``), so every
machine, Python build and ``PYTHONHASHSEED`` splits the corpus alike, and an
article keeps its part when others are added or removed.  ``claimcheck
merge`` combines the parts' JSON reports into one run's reports.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, final

import pytest

from claimcheck.errors import ClaimcheckError
from claimcheck.run.paths import PathList

if TYPE_CHECKING:
    from claimcheck.reports.summary import ShardPlace

__all__ = [
    "SHARD",
    "Shard",
    "ShardFilter",
    "add_shard_option",
    "empty_shard_note",
    "read_shard",
    "shard_articles",
    "shard_of",
]


@final
@dataclass(frozen=True, slots=True, kw_only=True)
class Shard:
    """Part ``index`` (1-based) of ``count`` parts of the corpus."""

    index: int
    count: int

    def keeps(self, article: str) -> bool:
        """Whether the article (its path relative to the rootdir) is in this part."""
        return shard_of(article, self.count) == self.index

    @property
    def place(self) -> ShardPlace:
        """The part as the JSON report's ``run.shard`` records it."""
        return {"index": self.index, "count": self.count}

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"


def shard_of(article: str, count: int) -> int:
    """The part (1 to ``count``) an article falls in, from its path's hash."""
    digest = hashlib.sha256(article.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % count + 1


_SPEC = re.compile(r"\s*(\d+)\s*/\s*(\d+)\s*")


def read_shard(given: str | None) -> Shard | None:
    """``K/N`` as a :class:`Shard`; None when not given.  A malformed value
    raises :class:`ClaimcheckError` saying what to write."""
    if given is None:
        return None
    match = _SPEC.fullmatch(given)
    if match is None:
        raise ClaimcheckError(
            f"--claimcheck-shard={given}: expected K/N, the part K of N parts"
            " (e.g. --claimcheck-shard=2/3)"
        )
    index, count = int(match[1]), int(match[2])
    if not 1 <= index <= count:
        raise ClaimcheckError(
            f"--claimcheck-shard={given}: the part must be from 1 to {count}"
            f" (--claimcheck-shard=1/{count} ... {count}/{count})"
            if count
            else f"--claimcheck-shard={given}: the number of parts must be at least 1"
        )
    return Shard(index=index, count=count)


@final
class ShardFilter:
    """Keeps this part's articles out of each assertion file's corpus, and
    counts what it kept and left to other parts."""

    def __init__(self, shard: Shard, display: Callable[[Path], str]) -> None:
        self.shard = shard
        #: an article's path as records and the hash show it
        self.display = display
        self.kept: set[Path] = set()
        self.left: set[Path] = set()

    def select(self, articles: Sequence[Path]) -> list[Path]:
        """The articles of this part, in their order."""
        mine = []
        for path in articles:
            if self.shard.keeps(self.display(path)):
                mine.append(path)
                self.kept.add(path)
            else:
                self.left.add(path)
        return mine

    @property
    def got_nothing(self) -> bool:
        """Every article of the corpus fell in other parts."""
        return bool(self.left) and not self.kept


#: the run's part of the corpus, None when it checks the whole corpus
SHARD = pytest.StashKey[ShardFilter | None]()


def add_shard_option(group: pytest.OptionGroup) -> None:
    """Register ``--claimcheck-shard``."""
    group.addoption(
        "--claimcheck-shard",
        metavar="K/N",
        help="check only part K of N parts of the corpus (a CI matrix job);"
        " each article's checks all run in one part; combine the parts'"
        " JSON reports with 'claimcheck merge'",
    )


def shard_articles(config: pytest.Config, articles: PathList) -> PathList:
    """The articles of the run's part (all of them when the run is whole)."""
    selector = config.stash.get(SHARD, None)
    return articles if selector is None else PathList(selector.select(articles))


def empty_shard_note(config: pytest.Config, selected_nothing: bool) -> str | None:
    """Why a part checked nothing, when every article fell in other parts."""
    selector = config.stash.get(SHARD, None)
    if selector is None or not selected_nothing:
        return None
    return (
        f"--claimcheck-shard={selector.shard}: every article of the corpus falls"
        f" in another of the {selector.shard.count} parts, so nothing was checked;"
        " the run passes"
    )
