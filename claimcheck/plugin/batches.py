"""Article items of many articles each, for a file of a large corpus.

pytest keeps every item, and the reports of each, to the end of the run:
some kilobytes an item, whatever the item checks.  A file of 100,000 article
items therefore holds hundreds of megabytes that a run of 10,000 does not,
when the checks themselves keep one article's index at a time.  Above
``claimcheck_article_items_max`` articles, a file's article items are made
of consecutive articles, as few to an item as keep the file within that many
items (see :func:`~claimcheck.run.settings.articles_per_item`): the run's
size in pytest stops growing with the corpus.  Each item still checks every
claim against whole articles, one after the other, so an article's index is
built, used by every claim and dropped, as for one item per article; each
verdict is recorded per (claim, article) pair, so the reports and the
discrepancy list are those of one item per article.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import final, overload

from claimcheck.run.paths import PathList

__all__ = ["BatchedFile", "PathRun", "article_batches_note"]


@final
class PathRun(Sequence[Path]):
    """Consecutive paths of a :class:`~claimcheck.run.paths.PathList`, by
    their places: a ``Path`` made each time one is read (an item of a run of
    articles keeps three numbers and the list its file's items share)."""

    __slots__ = ("paths", "start", "stop")

    def __init__(self, paths: PathList, start: int, stop: int) -> None:
        self.paths = paths
        self.start = start
        self.stop = stop

    def __len__(self) -> int:
        return self.stop - self.start

    @overload
    def __getitem__(self, index: int) -> Path: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Path]: ...

    def __getitem__(self, index: int | slice) -> Path | Sequence[Path]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        size = len(self)
        if index < 0:
            index += size
        if not 0 <= index < size:
            raise IndexError("path index out of range")
        return Path(self.paths.name(self.start + index))


@dataclass(frozen=True)
class BatchedFile:
    """An assertion file collected as items of several articles each."""

    #: the file as the terminal shows it
    shown: str
    #: the articles it checks (in this part of a sharded run)
    articles: int
    #: articles an item (the last item may have fewer)
    per_item: int
    #: whether granularity ``auto`` chose article items for it
    auto: bool


def article_batches_note(files: Sequence[BatchedFile], limit: int) -> str:
    """The line saying which files have items of several articles, and how
    to get one item per article (or per pair)."""
    shown = [
        f"{f.shown} ({f.articles:,} articles, {f.per_item:,} an item)"
        for f in files[:3]
    ]
    if len(files) > 3:
        shown.append(f"{len(files) - 3} more")
    undo = "claimcheck_article_items_max = 0 gives one item per article"
    if any(f.auto for f in files):
        undo += ", --claimcheck-granularity=pair one per pair"
    return (
        f"claimcheck: items of consecutive articles for {', '.join(shown)}: more"
        f" articles than claimcheck_article_items_max ({limit:,}); {undo}"
    )
