"""pytest-xdist scheduling that keeps an article's items on one worker."""

from __future__ import annotations

from typing import final

from xdist.scheduler import LoadScopeScheduling

__all__ = ["ArticleScheduling", "article_scope"]


def article_scope(nodeid: str) -> str:
    """The article of a pair item's id (``file::claim[article]``), else the id.

    Items of one article then form one scope, so the worker that reads and
    indexes the article runs every claim against it and can drop it after.
    """
    name = nodeid.rpartition("::")[2]
    if name.endswith("]") and "[" in name:
        return name[name.index("[") + 1 : -1]
    return nodeid


@final
class ArticleScheduling(LoadScopeScheduling):  # type: ignore[misc]
    """Load balancing by article instead of by module."""

    def _split_scope(self, nodeid: str) -> str:
        return article_scope(nodeid)
