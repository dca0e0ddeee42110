"""pytest hooks and items: thin glue over the claimcheck core."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import Any, final

import pytest

from claimcheck.articles import ARTICLE_SUFFIXES
from claimcheck.assertions import AssertionFile, Claim, is_assertion_file
from claimcheck.errors import ClaimcheckError
from claimcheck.match import Verdict, VerdictKind
from claimcheck.report import (
    render_failure,
    render_missing,
    result_record,
    summary_lines,
)
from claimcheck.session import RunSession

SESSION = pytest.StashKey[RunSession]()
#: report attribute holding the verdict record; plain data, so it crosses
#: pytest-xdist's wire with the report
RESULT_ATTRIBUTE = "claimcheck_result"


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("claimcheck", "claimcheck: check articles against claims")
    group.addoption(
        "--claimcheck-json",
        metavar="PATH",
        help="write every verdict, with its evidence, to PATH as JSON",
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
    if not hasattr(config, "workerinput"):
        config.pluginmanager.register(_Results(config), "claimcheck-results")


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
    if isinstance(item, ClaimItem) and call.when == "call" and item.record:
        setattr(report, RESULT_ATTRIBUTE, item.record)
    return report


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if isinstance(item, ClaimItem):
            item.session_state.expect(item.article_path)


@final
class _Results:
    """Gathers verdicts from reports (also those of xdist workers) and writes them."""

    def __init__(self, config: pytest.Config) -> None:
        self.config = config

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        record = getattr(report, RESULT_ATTRIBUTE, None)
        if report.when == "call" and isinstance(record, dict):
            self.config.stash[SESSION].record({**record, "outcome": report.outcome})

    def pytest_terminal_summary(
        self, terminalreporter: pytest.TerminalReporter
    ) -> None:
        lines = summary_lines(self.config.stash[SESSION].results)
        if lines:
            terminalreporter.write_sep("=", "claimcheck")
            for line in lines:
                terminalreporter.write_line(line)

    def pytest_sessionfinish(self) -> None:
        path = self.config.option.claimcheck_json
        if path:
            results = sorted(
                self.config.stash[SESSION].results,
                key=lambda r: (r["file"], r["claim"], r["article"]),
            )
            text = json.dumps({"results": results}, indent=1) + "\n"
            write_atomic(Path(path), text)


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@final
class AssertionFileNode(pytest.File):
    """One YAML assertion file: an item per (claim, article)."""

    def collect(self) -> Iterator[pytest.Item]:
        state = self.config.stash[SESSION]
        try:
            loaded = state.load_file(self.path)
        except ClaimcheckError as exc:
            raise self.CollectError(str(exc)) from exc
        articles = state.articles_for(loaded)
        if not articles and not state.corpus_override:
            raise self.CollectError(
                f"{state.display_path(self.path)}: the corpus"
                f" {', '.join(loaded.corpus)!s} (in {loaded.corpus_root}) holds no"
                f" article ({', '.join(ARTICLE_SUFFIXES)}); check 'corpus:' or the"
                " claimcheck_corpus ini key"
            )
        for claim in loaded.claims:
            for article in articles:
                name = f"{claim.id}[{_article_id(article, Path(loaded.corpus_root))}]"
                item = ClaimItem.from_parent(
                    self, name=name, claim=claim, article_path=article, source=loaded
                )
                for mark in claim.marks:
                    item.add_marker(mark)
                yield item


def _article_id(path: Path, root: Path) -> str:
    try:
        rel = path.relative_to(root.resolve())
    except ValueError:
        rel = Path(path.name)
    return rel.with_suffix("").as_posix()


class Discrepancy(Exception):
    """A (claim, article) pair that fails; carries the rendered failure."""


@final
class ClaimItem(pytest.Item):
    """One claim checked against one article."""

    def __init__(
        self,
        *,
        claim: Claim,
        article_path: Path,
        source: AssertionFile,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.claim = claim
        self.article_path = article_path
        self.source = source
        self.verdict: Verdict | None = None
        self.record: dict[str, Any] | None = None
        self.line: int | None = None

    @property
    def session_state(self) -> RunSession:
        return self.config.stash[SESSION]

    def runtest(self) -> None:
        state = self.session_state
        try:
            article = state.article(self.article_path)
            verdict = state.verdict(self.claim, self.article_path)
        finally:
            state.done(self.article_path)
        self.verdict = verdict
        record = result_record(
            verdict,
            self.claim,
            article,
            assertion_file=state.display_path(Path(self.source.path)),
        )
        strict_failure = (self.claim.strict or state.strict) and verdict.wavering
        record["strict_failure"] = strict_failure
        if record["evidence"]:
            self.line = record["evidence"][0]["line"]
        self.user_properties += [
            ("claim", self.claim.id),
            ("article", article.path),
            ("verdict", verdict.kind.value),
            ("line", self.line or 0),
        ]
        self.record = record
        if verdict.kind is VerdictKind.CONTRADICTED or strict_failure:
            raise Discrepancy(render_failure(verdict, self.claim, article))
        if verdict.kind is VerdictKind.MISSING:
            if self.claim.required:
                raise Discrepancy(render_failure(verdict, self.claim, article))
            pytest.skip(render_missing(verdict, self.claim))

    def repr_failure(
        self,
        excinfo: pytest.ExceptionInfo[BaseException],
        style: Any = None,
    ) -> str:
        if isinstance(excinfo.value, Discrepancy | ClaimcheckError):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo, style=style))

    def reportinfo(self) -> tuple[Path, int | None, str]:
        line = None if self.line is None else self.line - 1
        return self.article_path, line, f"{self.claim.id} on {self.article_path.name}"
