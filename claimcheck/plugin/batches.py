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
built, used by every claim and dropped, as for one item per article (an
item keeps its articles as a :class:`~claimcheck.run.paths.PathRun`); each
verdict is recorded per (claim, article) pair, so the reports and the
discrepancy list are those of one item per article.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["BatchedFile", "article_batches_note"]


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
