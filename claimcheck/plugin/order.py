"""Which claim items a run collects, and the order they run in: article by
article, each article's items counted so that its index is dropped after
the last one."""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from pathlib import Path

import pytest

from claimcheck.plugin.items import AggregateItem, CheckItem, ClaimItem
from claimcheck.plugin.options import YAML
from claimcheck.plugin.stash import SESSION
from claimcheck.run.paths import PathList, PathRun
from claimcheck.run.session import RunSession
from claimcheck.suite.loader import is_assertion_file

__all__ = ["collects", "expect_articles", "select_and_order"]


def collects(file_path: Path, config: pytest.Config) -> bool:
    """Whether ``file_path`` is an assertion file this run collects: YAML under
    the assertion folders, or named on the command line.
    """
    if file_path.suffix.lower() not in YAML:
        return False
    if not is_assertion_file(file_path):
        return False
    resolved = file_path.resolve()
    for folder in config.getini("claimcheck_assertions"):
        root = (config.rootpath / folder).resolve()
        if root in resolved.parents:
            return True
    return any(
        Path(config.invocation_params.dir, a.split("::")[0]).resolve() == resolved
        for a in config.args
    )


def select_and_order(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Deselect what ``--claimcheck-changed`` leaves out; order article-major."""
    changed = config.stash[SESSION].changed
    if changed is not None:
        keep = [
            i
            for i in items
            if not isinstance(i, ClaimItem) or changed.wants(i.article_path, i.path)
        ]
        if len(keep) < len(items):
            # an empty selection is a pass (see pytest_sessionfinish)
            config.stash[SESSION].selected_nothing = not keep
            kept = set(map(id, keep))
            config.hook.pytest_deselected(items=[i for i in items if id(i) not in kept])
            items[:] = keep
    # article-major (stable, so claims keep their file order within an
    # article): an article is indexed, checked by every claim, then dropped
    items[:] = sorted(items, key=_article_order)


def _article_order(item: pytest.Item) -> str:
    return item.order_key() if isinstance(item, CheckItem) else ""


def expect_articles(items: list[pytest.Item]) -> None:
    """Count, per article, the items that will read it (so it is dropped after
    the last one); in one process, plan the claim items' sweep.

    Article items (of one article or a run of them) that hold every place
    of their file's list are counted once for the list, as a claim item
    over it is: no count (and no ``Path``) an article until its first check
    ends.
    """
    by_place: dict[int, tuple[PathList, array[int]]] = {}
    for item in items:
        if isinstance(item, CheckItem):
            state = item.session_state
            pairs = item.pairs if isinstance(item, AggregateItem) else None
            if pairs is not None and isinstance(pairs.articles, PathList):
                # claims over a whole list: counted once, not per article
                state.expect_each(pairs.articles, len(pairs.claims))
            elif pairs is not None and isinstance(pairs.articles, PathRun):
                run = pairs.articles
                counts = by_place.setdefault(
                    id(run.paths), (run.paths, array("I", bytes(4 * len(run.paths))))
                )[1]
                for place in range(run.start, run.stop):
                    counts[place] += len(pairs.claims)
            else:
                for path, times in item.uses():
                    state.expect(path, times)
            # one process runs every claim item: they check article by
            # article together (on xdist workers they walk the articles)
            sweeps = state.worker[1] == 1
            if isinstance(item, AggregateItem) and item.spread_out and sweeps:
                shown = state.collection.display_path(Path(item.source.path))
                state.plan_sweep(item.nodeid, item.pairs, shown)
    if by_place:
        _expect_places(items[0].config.stash[SESSION], by_place.values())


def _expect_places(
    state: RunSession, lists: Iterable[tuple[PathList, array[int]]]
) -> None:
    """The counts of article items by their place in a list: once for the
    list when every place has the same, else article by article."""
    for paths, counts in lists:
        first = counts[0]
        if first and counts.count(first) == len(counts):
            state.expect_each(paths, first)
            continue
        for place, times in enumerate(counts):
            if times:
                state.expect(paths[place], times)
