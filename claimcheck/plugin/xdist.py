"""pytest-xdist scheduling that keeps an article's items on one worker."""

from __future__ import annotations

from typing import Any, final

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
    """Load balancing by article instead of by module.

    xdist's scope scheduler looks each sent item up in the whole collection
    and counts pending items over every scope a worker ever had; both grow
    with the run, so a corpus of 10,000 articles took minutes of the
    controller's time.  Here positions are a dict and finished scopes are
    forgotten.
    """

    def __init__(self, config: Any, log: Any = None) -> None:
        super().__init__(config, log)
        self._positions: dict[Any, dict[str, int]] = {}

    def _split_scope(self, nodeid: str) -> str:
        return article_scope(nodeid)

    def mark_test_complete(
        self, node: Any, item_index: int, duration: float = 0
    ) -> None:
        nodeid = self.registered_collections[node][item_index]
        scope = self._split_scope(nodeid)
        work = self.assigned_work[node]
        work[scope][nodeid] = True
        if all(work[scope].values()):
            del work[scope]
        self._reschedule(node)

    def _assign_work_unit(self, node: Any) -> None:
        scope, work_unit = self.workqueue.popitem(last=False)
        self.assigned_work.setdefault(node, {})[scope] = work_unit
        positions = self._positions.get(node)
        if positions is None:
            collection = self.registered_collections[node]
            positions = {nodeid: i for i, nodeid in enumerate(collection)}
            self._positions[node] = positions
        node.send_runtest_some(
            [positions[nodeid] for nodeid, done in work_unit.items() if not done]
        )
