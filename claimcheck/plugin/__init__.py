"""pytest hooks: thin glue over the claimcheck core.

Each hook delegates to the run's :class:`~claimcheck.run.session.RunSession`,
kept in ``config.stash`` under :data:`~claimcheck.plugin.stash.SESSION`.  The
options are registered and read in :mod:`claimcheck.plugin.options`, the
collected nodes live in :mod:`claimcheck.plugin.items`, the xdist glue in
:mod:`claimcheck.plugin.workers` and :mod:`claimcheck.plugin.xdist`.
"""

from __future__ import annotations

import sys
from collections.abc import Generator
from pathlib import Path
from typing import Any

import pytest

from claimcheck.plugin.options import (
    YAML,
    add_options,
    claims_possible,
    missing_assertions,
)
from claimcheck.plugin.stash import (
    ARTICLE_ITEMS_LIMIT,
    ASSERTIONS_NOTE,
    BATCHED_FILES,
    CORPUS_NOTE,
    HTML_WANTED,
    ITEM_ATTRIBUTE,
    ITEM_REPORT,
    SESSION,
    WIRE_ATTRIBUTES,
)
from claimcheck.run.atomic import write_atomic as write_atomic  # public here too

# pytest imports this module in every run of the environment, with claims or
# without: the engine, the session and the reports are imported by the hooks
# that need them (opening the session imports them), not here.

__all__ = ["SESSION", "write_atomic"]


def pytest_addhooks(pluginmanager: pytest.PytestPluginManager) -> None:
    """Leave the library's own modules to Python's import.

    pytest rewrites the asserts of every module of a plugin's package, reading,
    parsing and compiling each one as it is imported: 1 to 1.5 s of CPU in
    every process and xdist worker wherever bytecode is not cached
    (``PYTHONDONTWRITEBYTECODE``, read-only installs).  The library holds no
    test assertions, so its package is taken off the list; test files are
    rewritten as ever.
    """
    hook = getattr(pluginmanager, "rewrite_hook", None)
    marked = getattr(hook, "_must_rewrite", None)
    if isinstance(marked, set):
        marked.discard("claimcheck")


def pytest_addoption(parser: pytest.Parser) -> None:
    """Register the ``--claimcheck-*`` options and ``claimcheck_*`` ini keys."""
    add_options(parser)


def pytest_configure(config: pytest.Config) -> None:
    """Open the run's session; the controller also gathers every result.

    A run that can collect no assertion file opens none: the plugin stays
    out of its way, and the engine unimported.
    """
    if not claims_possible(config):
        config.stash[ASSERTIONS_NOTE] = missing_assertions(config) or ""
        return
    from claimcheck.plugin.opening import open_session

    config.stash[SESSION] = open_session(config)
    config.stash[HTML_WANTED] = bool(config.getoption("htmlpath", None))
    workerinput = getattr(config, "workerinput", None)
    if workerinput is None:
        from claimcheck.plugin.results import ResultsPlugin

        config.pluginmanager.register(ResultsPlugin(config), "claimcheck-results")
    else:
        from claimcheck.plugin.workers import join_workers

        join_workers(config, workerinput)


@pytest.hookimpl(optionalhook=True)
def pytest_report_header(config: pytest.Config) -> list[str]:
    """A corpus that stands in for the configured one, in one line."""
    note = config.stash.get(CORPUS_NOTE, None)
    return [note] if note else []


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, config: pytest.Config
) -> None:
    """Assertion folders that do not exist, files collected as article items
    by granularity auto, and files whose article items hold several articles
    each, a line each (even under -q)."""
    note = config.stash.get(ASSERTIONS_NOTE, "")
    if note:
        terminalreporter.write_line(note)
    session = config.stash.get(SESSION, None)
    if session is None:
        return
    runs = config.stash.get(BATCHED_FILES, [])
    # a file whose article items hold several articles is told of once
    batched = {f.shown for f in runs}
    single = [f for f in session.batched if f[0] not in batched]
    if single:
        from claimcheck.plugin.items import batched_note

        terminalreporter.write_line(batched_note(single, session.pair_items_max))
    if runs:
        from claimcheck.plugin.batches import article_batches_note

        limit = config.stash[ARTICLE_ITEMS_LIMIT]
        terminalreporter.write_line(article_batches_note(runs, limit))


def pytest_configure_node(node: Any) -> None:
    """(xdist controller) Hand a local worker the folder indexes are shared in."""
    if SESSION not in node.config.stash:
        return
    from claimcheck.plugin.workers import offer_share

    offer_share(node)


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: Any) -> None:
    """(xdist controller) Hear whether the worker's selection was empty, and
    take its coverage."""
    if SESSION not in node.config.stash:
        return
    from claimcheck.plugin.workers import hear_coverage, hear_selection

    hear_selection(node)
    hear_coverage(node)


def pytest_sessionfinish(session: pytest.Session) -> None:
    """(xdist worker) Send the coverage of the articles this worker checked."""
    if hasattr(session.config, "workerinput") and SESSION in session.config.stash:
        from claimcheck.plugin.workers import tell_coverage

        tell_coverage(session.config)


def pytest_unconfigure(config: pytest.Config) -> None:
    """Write the index cache's last entries; remove the run's records and
    what the workers shared indexes through."""
    session = config.stash.get(SESSION, None)
    if session is not None:
        session.indexes.flush()
        session.results.records.close()
        from claimcheck.plugin.workers import close_share

        close_share(config)


@pytest.hookimpl(wrapper=True)
def pytest_report_to_serializable(
    config: pytest.Config,
) -> Generator[None, dict[str, Any] | None, dict[str, Any] | None]:
    """(xdist worker) Send each report's verdict records as one JSON string."""
    data = yield
    # other users of this hook (such as a report log) get the records as is
    if data is not None and hasattr(config, "workerinput") and SESSION in config.stash:
        from claimcheck.run.share import pack

        pack(data, WIRE_ATTRIBUTES)
    return data


@pytest.hookimpl(tryfirst=True)
def pytest_report_from_serializable(
    config: pytest.Config, data: dict[str, Any]
) -> None:
    """(xdist controller) Restore the verdict records a worker sent as JSON."""
    if SESSION not in config.stash:
        return
    from claimcheck.run.share import unpack

    unpack(data, WIRE_ATTRIBUTES)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """(xdist) Plain ``-n``: send all items of one article to one worker."""
    session = config.stash.get(SESSION, None)
    if session is None or not session.by_article:
        return None
    from claimcheck.plugin.xdist import ArticleScheduling

    return ArticleScheduling(config, log)


def pytest_collect_file(
    file_path: Path, parent: pytest.Collector
) -> pytest.File | None:
    """Collect the assertion files of the run."""
    # every file of every run passes here: only YAML imports the nodes
    if file_path.suffix.lower() not in YAML or SESSION not in parent.config.stash:
        return None
    from claimcheck.plugin.items import AssertionFileNode
    from claimcheck.plugin.order import collects

    if not collects(file_path, parent.config):
        return None
    node: pytest.File = AssertionFileNode.from_parent(
        parent, path=file_path, nodeid=_node_id(file_path, parent.config)
    )
    return node


def _node_id(path: Path, config: pytest.Config) -> str | None:
    """The node id of an assertion file (None: pytest's own), with a
    control character in its name escaped: pytest prints the id raw in its
    progress and error lines, before claimcheck refuses the file."""
    if str(path).isprintable():
        return None
    from claimcheck.suite.names import escaped

    try:
        relative = path.relative_to(config.rootpath).as_posix()
    except ValueError:
        return None
    return escaped(relative)


def pytest_collection_modifyitems(
    config: pytest.Config, items: list[pytest.Item]
) -> None:
    """Deselect unchanged articles' items; order items article by article."""
    if SESSION not in config.stash:
        return
    from claimcheck.plugin.order import select_and_order
    from claimcheck.plugin.shard import SHARD
    from claimcheck.plugin.workers import tell_selection

    select_and_order(config, items)
    selector = config.stash[SHARD]
    if selector is not None and selector.got_nothing:
        # every article fell in other parts: a pass, as for --claimcheck-changed
        config.stash[SESSION].selected_nothing = True
    tell_selection(config)


def pytest_collection_finish(session: pytest.Session) -> None:
    """Count each article's items, after ``-k``/``-m`` deselection."""
    if SESSION not in session.config.stash:
        return
    from claimcheck.plugin.order import expect_articles

    expect_articles(session.items)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """Attach a claim item's verdict records to its call report; mark each
    report of a claim item, so that it is made lighter once logged."""
    report = yield
    # no claim item exists before the module defining them is imported
    nodes = sys.modules.get("claimcheck.plugin.items")
    if nodes is not None and isinstance(item, nodes.CheckItem):
        if call.when == "call":
            item.attach(report)
        if hasattr(item.config, "workerinput"):
            # across xdist's wire, a mark; in one process, the report itself
            # (a new attribute would grow every report's __dict__ for good)
            setattr(report, ITEM_ATTRIBUTE, True)
        else:
            item.config.stash[ITEM_REPORT] = report
    return report
