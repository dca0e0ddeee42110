"""pytest hooks: thin glue over the claimcheck core.

Each hook delegates to the run's :class:`~claimcheck.run.session.RunSession`
(in ``config.stash``); the collected nodes live in :mod:`claimcheck.plugin.items`,
what xdist workers share in :mod:`claimcheck.run.share`.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Generator
from pathlib import Path
from typing import Any, final

import pytest

from claimcheck.engine.articles import ARTICLE_SUFFIXES, MAX_ARTICLE_BYTES
from claimcheck.errors import ClaimcheckError
from claimcheck.plugin.items import (
    SESSION,
    AggregateItem,
    AssertionFileNode,
    CheckItem,
    ClaimItem,
)
from claimcheck.reports.baseline import open_baseline
from claimcheck.reports.html import html_extras
from claimcheck.reports.outputs import RunOutputs
from claimcheck.run.atomic import check_writable
from claimcheck.run.atomic import write_atomic as write_atomic  # public here too
from claimcheck.run.cache import IndexCache
from claimcheck.run.changes import changed_files
from claimcheck.run.session import REGEX_TIMEOUT, RunSession
from claimcheck.run.share import (
    SHARE_INPUT,
    IndexShare,
    make_share,
    pack,
    unpack,
    worker_place,
)
from claimcheck.suite.loader import is_assertion_file

#: whether pytest-html writes a report (``--html``): only then are the
#: evidence extras worth building
HTML_WANTED = pytest.StashKey[bool]()
#: report attribute holding the verdict record; plain data, so it crosses
#: pytest-xdist's wire with the report
RESULT_ATTRIBUTE = "claimcheck_result"
#: report attribute pytest-html reads its extras from
HTML_EXTRAS = "extras"
#: report attribute of an aggregated item: a list of verdict records
RESULTS_ATTRIBUTE = "claimcheck_results"
GRANULARITIES = ("pair", "claim", "article")
#: report attribute holding warnings about articles (plain strings)
NOTES_ATTRIBUTE = "claimcheck_notes"
#: report attributes packed into JSON text for xdist's wire
WIRE_ATTRIBUTES = (RESULT_ATTRIBUTE, RESULTS_ATTRIBUTE)
#: (xdist controller) the folder the run's workers share indexes through
SHARED_FOLDER = pytest.StashKey[Path]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("claimcheck", "claimcheck: check articles against claims")
    group.addoption(
        "--claimcheck-json",
        metavar="PATH",
        help="write every verdict, with its evidence, to PATH as JSON",
    )
    group.addoption(
        "--claimcheck-report",
        action="append",
        default=[],
        metavar="PATH",
        help="write a report to PATH (repeatable): .md (Markdown), .json or"
        " .html (a self-contained page)",
    )
    group.addoption(
        "--claimcheck-baseline",
        metavar="PATH",
        help="accepted discrepancies, run as xfail (default:"
        " assertions/claimcheck-baseline.yaml when present)",
    )
    group.addoption(
        "--claimcheck-update-baseline",
        action="store_true",
        help="add this run's discrepancies to the baseline (notes are kept)",
    )
    group.addoption(
        "--claimcheck-prune-baseline",
        action="store_true",
        help="remove baseline entries that no longer match what this run found",
    )
    group.addoption(
        "--claimcheck-changed",
        metavar="REF",
        help="check only articles added or changed since git REF, and every"
        " article for assertion files changed since REF",
    )
    group.addoption(
        "--claimcheck-strict",
        action="store_true",
        default=None,
        help="fail a claim when any mention disagrees, even beside one that agrees",
    )
    group.addoption(
        "--claimcheck-corpus",
        action="append",
        default=[],
        metavar="PATH",
        help="check only these articles or folders of articles (repeatable);"
        " article paths given as arguments do the same",
    )
    group.addoption(
        "--claimcheck-granularity",
        choices=GRANULARITIES,
        default=None,
        help="one test item per (claim, article) pair (default), per claim"
        " covering every article, or per article covering every claim",
    )
    parser.addini(
        "claimcheck_granularity",
        default="pair",
        help="default for --claimcheck-granularity: pair, claim or article",
    )
    parser.addini(
        "claimcheck_max_article_bytes",
        default=str(MAX_ARTICLE_BYTES),
        help="refuse article files larger than this many bytes",
    )
    parser.addini(
        "claimcheck_regex_timeout",
        default=str(REGEX_TIMEOUT),
        help="seconds one pattern may run per megabyte of article (0: no limit)",
    )
    parser.addini(
        "claimcheck_allow_outside",
        type="bool",
        default=False,
        help="read articles outside the rootdir (through links or '..')",
    )
    parser.addini(
        "claimcheck_corpus",
        type="args",
        default=["seeds"],
        help="default corpus of articles (folders or globs, relative to rootdir)",
    )
    parser.addini(
        "claimcheck_assertions",
        type="args",
        default=["assertions"],
        help="folders whose YAML files are assertion files (relative to rootdir)",
    )
    parser.addini(
        "claimcheck_strict",
        type="bool",
        default=False,
        help="default for --claimcheck-strict",
    )


def pytest_configure(config: pytest.Config) -> None:
    corpus = [Path(p).resolve() for p in config.option.claimcheck_corpus]
    corpus += _take_article_args(config)
    config.option.claimcheck_corpus = [str(p) for p in corpus]
    strict = config.option.claimcheck_strict
    if strict is None:
        strict = bool(config.getini("claimcheck_strict"))
    config.stash[SESSION] = RunSession(
        rootdir=config.rootpath,
        default_corpus=config.getini("claimcheck_corpus"),
        strict=strict,
        corpus_override=corpus,
    )
    config.stash[HTML_WANTED] = bool(config.getoption("htmlpath", None))
    _configure_scale(config)
    _configure_limits(config)
    outputs = _configure_outputs(config)
    workerinput = getattr(config, "workerinput", None)
    if workerinput is None:
        config.pluginmanager.register(_Results(config, outputs), "claimcheck-results")
    else:
        _configure_worker(config, workerinput)


def _configure_worker(config: pytest.Config, workerinput: dict[str, Any]) -> None:
    """(xdist worker) Its place among the workers, and the index share."""
    state = config.stash[SESSION]
    state.worker = worker_place(workerinput)
    share = workerinput.get(SHARE_INPUT)
    if share and state.cache is None:
        state.share = IndexShare(Path(share), str(workerinput.get("workerid", "gw")))


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node: Any) -> None:
    """(xdist controller) With claim items and pytest's cache off, give local
    workers a folder to share indexes through (see claimcheck.run.share)."""
    config: pytest.Config = node.config
    wanted = config.option.claimcheck_granularity == "claim" and getattr(
        node.gateway.spec, "popen", False
    )
    if not wanted or config.stash[SESSION].cache is not None:
        return
    if SHARED_FOLDER not in config.stash:
        config.stash[SHARED_FOLDER] = make_share()
    node.workerinput[SHARE_INPUT] = str(config.stash[SHARED_FOLDER])


def pytest_unconfigure(config: pytest.Config) -> None:
    share = config.stash[SESSION].share if SESSION in config.stash else None
    if isinstance(share, IndexShare):
        share.close()
    folder = config.stash.get(SHARED_FOLDER, None)
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.hookimpl(wrapper=True)
def pytest_report_to_serializable(
    config: pytest.Config,
) -> Generator[None, dict[str, Any] | None, dict[str, Any] | None]:
    """(xdist worker) Verdict records cross the wire as one JSON string per
    report; other users of this hook (such as a report log) get them as is."""
    data = yield
    if data is not None and hasattr(config, "workerinput"):
        pack(data, WIRE_ATTRIBUTES)
    return data


@pytest.hookimpl(tryfirst=True)
def pytest_report_from_serializable(data: dict[str, Any]) -> None:
    unpack(data, WIRE_ATTRIBUTES)


def _configure_outputs(config: pytest.Config) -> RunOutputs:
    """The baseline, the changed-files filter and the report writers."""
    state, option = config.stash[SESSION], config.option
    try:
        state.baseline = open_baseline(
            option.claimcheck_baseline,
            rootdir=config.rootpath,
            folders=config.getini("claimcheck_assertions"),
            updating=option.claimcheck_update_baseline,
        )
        if option.claimcheck_changed:
            state.changed = changed_files(option.claimcheck_changed, config.rootpath)
        return RunOutputs(
            rootdir=config.rootpath,
            reports=option.claimcheck_report,
            baseline=state.baseline,
            prune=option.claimcheck_prune_baseline,
            environ=os.environ,
            write=write_atomic,
        )
    except ClaimcheckError as exc:
        raise pytest.UsageError(str(exc)) from None


def _configure_limits(config: pytest.Config) -> None:
    """Size and time limits on hostile input; an unwritable output fails early."""
    try:
        config.stash[SESSION].set_limits(
            max_article_bytes=str(config.getini("claimcheck_max_article_bytes")),
            regex_timeout=str(config.getini("claimcheck_regex_timeout")),
            allow_outside=bool(config.getini("claimcheck_allow_outside")),
        )
        if config.option.claimcheck_json:
            check_writable(Path(config.option.claimcheck_json), "--claimcheck-json")
    except ClaimcheckError as exc:
        raise pytest.UsageError(str(exc)) from None


def _configure_scale(config: pytest.Config) -> None:
    """Granularity, the on-disk index cache, and xdist's scheduling."""
    state = config.stash[SESSION]
    granularity = config.option.claimcheck_granularity
    granularity = granularity or str(config.getini("claimcheck_granularity"))
    if granularity not in GRANULARITIES:
        raise pytest.UsageError(
            f"claimcheck_granularity = {granularity!r}: use one of"
            f" {', '.join(GRANULARITIES)}"
        )
    config.option.claimcheck_granularity = granularity
    state.revisits = granularity == "claim"
    cache = getattr(config, "cache", None)
    if cache is not None:
        state.cache = IndexCache(cache.mkdir("claimcheck"))
    # plain load scheduling would split an article's items between workers
    # (each would index it); --dist loadgroup uses the xdist_group marks
    state.by_article = (
        getattr(config.option, "dist", "no") == "load"
        and not _dist_given(config)
        and any(
            (config.rootpath / d).is_dir()
            for d in config.getini("claimcheck_assertions")
        )
    )


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """(xdist) Plain ``-n``: send all items of one article to one worker."""
    if not config.stash[SESSION].by_article:
        return None
    from claimcheck.plugin.xdist import ArticleScheduling

    return ArticleScheduling(config, log)


def _dist_given(config: pytest.Config) -> bool:
    args = [*config.invocation_params.args, *config.getini("addopts")]
    args += os.environ.get("PYTEST_ADDOPTS", "").split()
    return any(
        a in ("--dist", "-d") or a.startswith("--dist=") or a == "--distload"
        for a in args
    )


def _take_article_args(config: pytest.Config) -> list[Path]:
    """Article files and folders given as arguments narrow the corpus."""
    keep: list[str] = []
    articles: list[Path] = []
    for arg in config.args:
        path = Path(config.invocation_params.dir, arg.split("::")[0])
        if "::" not in arg and _holds_articles_only(path):
            articles.append(path.resolve())
        else:
            keep.append(arg)
    if articles:
        dirs = [
            str(config.rootpath / d) for d in config.getini("claimcheck_assertions")
        ]
        config.args[:] = keep or [d for d in dirs if Path(d).exists()]
    return articles


def _holds_articles_only(path: Path) -> bool:
    if path.is_file():
        return path.suffix.lower() in ARTICLE_SUFFIXES
    if not path.is_dir():
        return False
    files = [p for p in path.rglob("*") if p.is_file()]
    return bool(files) and not any(
        p.suffix.lower() in (".yaml", ".yml", ".py") for p in files
    )


def pytest_collect_file(
    file_path: Path, parent: pytest.Collector
) -> pytest.File | None:
    if file_path.suffix.lower() not in (".yaml", ".yml"):
        return None
    if not is_assertion_file(file_path) or not _wanted(file_path, parent.config):
        return None
    node: pytest.File = AssertionFileNode.from_parent(parent, path=file_path)
    return node


def _wanted(path: Path, config: pytest.Config) -> bool:
    """YAML files under the assertion folders, or named on the command line."""
    resolved = path.resolve()
    for folder in config.getini("claimcheck_assertions"):
        root = (config.rootpath / folder).resolve()
        if root in resolved.parents:
            return True
    return any(
        Path(config.invocation_params.dir, a.split("::")[0]).resolve() == resolved
        for a in config.args
    )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    if call.when != "call" or not isinstance(item, CheckItem):
        return report
    if isinstance(item, ClaimItem) and item.record:
        setattr(report, RESULT_ATTRIBUTE, item.record)
        # pytest-html shows the evidence beside the result, when it writes
        # a report (on an xdist worker too: workers get the controller's options)
        if item.config.stash[HTML_WANTED]:
            extras = [*getattr(report, HTML_EXTRAS, []), *html_extras(item.record)]
            setattr(report, HTML_EXTRAS, extras)
    if isinstance(item, AggregateItem) and item.records:
        setattr(report, RESULTS_ATTRIBUTE, item.records)
    notes = item.session_state.take_notes()
    if notes:
        setattr(report, NOTES_ATTRIBUTE, notes)
    return report


def pytest_collection_modifyitems(
    config: pytest.Config, items: list[pytest.Item]
) -> None:
    changed = config.stash[SESSION].changed
    if changed is not None:
        # --claimcheck-changed: the other articles' items are deselected
        keep = [
            i
            for i in items
            if not isinstance(i, ClaimItem) or changed.wants(i.article_path, i.path)
        ]
        if len(keep) < len(items):
            kept = set(map(id, keep))
            config.hook.pytest_deselected(items=[i for i in items if id(i) not in kept])
            items[:] = keep
    # article-major (stable, so claims keep their file order within an
    # article): an article is indexed, checked by every claim, then dropped
    items[:] = sorted(items, key=_article_order)


def _article_order(item: pytest.Item) -> str:
    return str(item.article_path) if isinstance(item, ClaimItem) else ""


def pytest_collection_finish(session: pytest.Session) -> None:
    # counted on the final list, after -k / -m deselection
    for item in session.items:
        if isinstance(item, ClaimItem | AggregateItem):
            for path in item.article_paths():
                item.session_state.expect(path)


@final
class _Results:
    """Gathers verdicts from reports (also those of xdist workers) and writes them."""

    def __init__(self, config: pytest.Config, outputs: RunOutputs) -> None:
        self.config = config
        self.outputs = outputs
        #: warnings about articles, each once, from every worker
        self.notes: dict[str, None] = {}
        self.write_error: str | None = None

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.when != "call":
            return  # the plugin attaches its attributes to the call phase only
        notes = getattr(report, NOTES_ATTRIBUTE, None)
        if notes:
            self.notes.update(dict.fromkeys(notes))
        record = getattr(report, RESULT_ATTRIBUTE, None)
        if isinstance(record, dict):
            self.config.stash[SESSION].record({**record, "outcome": report.outcome})
        records = getattr(report, RESULTS_ATTRIBUTE, None)
        if isinstance(records, list):
            for each in records:
                self.config.stash[SESSION].record(each)

    def pytest_terminal_summary(
        self, terminalreporter: pytest.TerminalReporter
    ) -> None:
        width = self.config.get_terminal_writer().fullwidth
        lines = self.outputs.summary(self.config.stash[SESSION].results, width)
        if lines:
            terminalreporter.write_sep("=", "claimcheck")
            for line in lines:
                terminalreporter.write_line(line)
        if self.notes:
            terminalreporter.write_sep("=", "claimcheck warnings")
            for note in self.notes:
                terminalreporter.write_line(note)
        if self.write_error:
            terminalreporter.write_line(f"ERROR: {self.write_error}", red=True)

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        try:
            self._write_outputs()
        except ClaimcheckError as exc:
            # shown in the terminal summary, which pytest writes after this
            self.write_error = str(exc)
            session.exitstatus = pytest.ExitCode.USAGE_ERROR

    def _write_outputs(self) -> None:
        path = self.config.option.claimcheck_json
        if path:
            results = sorted(
                self.config.stash[SESSION].results,
                key=lambda r: (r["file"], r["claim"], r["article"]),
            )
            text = json.dumps({"results": results}, indent=1) + "\n"
            write_atomic(Path(path), text)
        self.outputs.finish(self.config.stash[SESSION].results)
