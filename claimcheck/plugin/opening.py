"""The run's session, opened from the options, the ini keys and the
arguments.

:func:`open_session` reads them (with the article paths given as
arguments) into a :class:`~claimcheck.run.session.RunSession`.  A value the
user must fix stops the run with one :class:`pytest.UsageError` line.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from claimcheck.claims import OutdatedPolicy
from claimcheck.engine.articles import ARTICLE_SUFFIXES
from claimcheck.errors import ClaimcheckError
from claimcheck.plugin.options import GRANULARITIES
from claimcheck.plugin.shard import SHARD, ShardFilter, read_shard
from claimcheck.plugin.stash import ARTICLE_ITEMS_LIMIT, CORPUS_NOTE
from claimcheck.reports.baseline import open_baseline, stale_fails
from claimcheck.reports.outputs import RunOutputs
from claimcheck.run.atomic import write_atomic
from claimcheck.run.cache import IndexCache
from claimcheck.run.changes import changed_files
from claimcheck.run.indexes import Limits
from claimcheck.run.session import RunSession
from claimcheck.run.settings import (
    ARTICLE_ITEMS_MAX,
    PAIR_ITEMS_MAX,
    Granularity,
    whole_number,
)
from claimcheck.suite.globbing import iglob_once

__all__ = ["open_session"]


def open_session(config: pytest.Config) -> RunSession:
    """The run's session, from the options, the ini keys and the arguments."""
    try:
        return _session(config)
    except ClaimcheckError as exc:
        raise pytest.UsageError(str(exc)) from None


def _session(config: pytest.Config) -> RunSession:
    option, rootdir = config.option, config.rootpath
    for entry in option.claimcheck_corpus:
        if not Path(entry).exists():
            raise ClaimcheckError(
                f"--claimcheck-corpus={entry}: no such file or folder; give the"
                " article files or folders to check"
            )
    corpus = [Path(p).resolve() for p in option.claimcheck_corpus]
    given = _take_article_args(config)
    corpus += given
    option.claimcheck_corpus = [str(p) for p in corpus]
    default_corpus = _default_corpus(config, given)
    strict = option.claimcheck_strict
    if strict is None:
        strict = _truth(
            config,
            "claimcheck_strict",
            "true (fail a claim when any mention disagrees) or false",
        )
    limits = Limits.from_ini(
        max_article_bytes=str(config.getini("claimcheck_max_article_bytes")),
        regex_timeout=str(config.getini("claimcheck_regex_timeout")),
        allow_outside=_truth(
            config,
            "claimcheck_allow_outside",
            "true (read articles outside the rootdir) or false",
        ),
    )
    baseline = open_baseline(
        option.claimcheck_baseline,
        rootdir=rootdir,
        folders=config.getini("claimcheck_assertions"),
        updating=option.claimcheck_update_baseline,
        pruning=option.claimcheck_prune_baseline,
    )
    changed = None
    if option.claimcheck_changed:
        changed = changed_files(option.claimcheck_changed, rootdir)
    json_path = option.claimcheck_json
    shard = read_shard(option.claimcheck_shard)
    session = RunSession(
        rootdir=rootdir,
        default_corpus=default_corpus,
        strict=strict,
        corpus_override=corpus,
        limits=limits,
        granularity=_granularity(config),
        pair_items_max=whole_number(
            "claimcheck_pair_items_max",
            str(config.getini("claimcheck_pair_items_max")),
            example=PAIR_ITEMS_MAX,
            meaning="with granularity auto, a file checking more (claim, article)"
            " pairs gets one item per article; 0: always one per pair",
        ),
        outdated=_outdated_policy(config),
        baseline=baseline,
        changed=changed,
        coverage=_coverage_wanted(config),
        outputs=RunOutputs(
            rootdir=rootdir,
            reports=option.claimcheck_report,
            baseline=baseline,
            prune=option.claimcheck_prune_baseline,
            environ=os.environ,
            write=write_atomic,
            json_path=Path(json_path) if json_path else None,
            fail_stale=stale_fails(str(config.getini("claimcheck_baseline_stale"))),
            assertion_folders=config.getini("claimcheck_assertions"),
            shard=shard.place if shard else None,
            corpus=[rootdir / entry for entry in default_corpus] + corpus,
        ),
    )
    config.stash[ARTICLE_ITEMS_LIMIT] = whole_number(
        "claimcheck_article_items_max",
        str(config.getini("claimcheck_article_items_max")),
        example=ARTICLE_ITEMS_MAX,
        meaning="a file of more articles gets at most this many article items,"
        " each of consecutive articles; 0: one item per article",
    )
    display = session.collection.display_path
    config.stash[SHARD] = ShardFilter(shard, display) if shard else None
    cache = getattr(config, "cache", None)
    if cache is not None:
        session.indexes.cache = IndexCache(cache.mkdir("claimcheck"))
    # plain load scheduling would split an article's items between workers
    # (each would index it); --dist loadgroup uses the xdist_group marks
    session.by_article = (
        getattr(option, "dist", "no") == "load"
        and not _dist_given(config)
        and any((rootdir / d).is_dir() for d in config.getini("claimcheck_assertions"))
    )
    return session


def _granularity(config: pytest.Config) -> Granularity:
    given = config.option.claimcheck_granularity
    given = given or str(config.getini("claimcheck_granularity"))
    try:
        return Granularity(given)
    except ValueError:
        raise ClaimcheckError(
            f"claimcheck_granularity = {given!r}: use one of {', '.join(GRANULARITIES)}"
        ) from None


#: the spellings pytest's own true/false ini type accepts
_TRUTH = dict.fromkeys(("true", "t", "yes", "y", "on", "1"), True)
_TRUTH |= dict.fromkeys(("false", "f", "no", "n", "off", "0"), False)


def _coverage_wanted(config: pytest.Config) -> bool:
    return _truth(
        config,
        "claimcheck_coverage",
        "true (report the figures no claim checks and the claims no article"
        " states) or false",
    )


def _truth(config: pytest.Config, key: str, choices: str) -> bool:
    """A true/false ini key; another value stops the run naming the key."""
    given = str(config.getini(key)).strip()
    wanted = _TRUTH.get(given.casefold())
    if wanted is None:
        raise ClaimcheckError(f"{key} = {given!r}: use {choices}")
    return wanted


def _outdated_policy(config: pytest.Config) -> OutdatedPolicy:
    given = str(config.getini("claimcheck_outdated")).strip()
    try:
        return OutdatedPolicy(given)
    except ValueError:
        raise ClaimcheckError(
            f"claimcheck_outdated = {given!r}: use pass (an outdated article"
            " passes with a note), fail or skip"
        ) from None


def _dist_given(config: pytest.Config) -> bool:
    args = [*config.invocation_params.args, *config.getini("addopts")]
    args += os.environ.get("PYTEST_ADDOPTS", "").split()
    return any(
        a in ("--dist", "-d") or a.startswith("--dist=") or a == "--distload"
        for a in args
    )


def _default_corpus(config: pytest.Config, given: list[Path]) -> list[str]:
    """The ``claimcheck_corpus`` setting; when none of its entries exists, the
    articles given on the command line, with a note saying so.
    """
    configured: list[str] = config.getini("claimcheck_corpus")
    root = config.rootpath
    if not given or any(next(iglob_once(str(root / e)), None) for e in configured):
        return configured
    shown = [_shown(p, root) for p in given]
    config.stash[CORPUS_NOTE] = (
        f"claimcheck: corpus {', '.join(map(repr, configured))} does not exist;"
        f" using {', '.join(shown)} given on the command line"
        " (set claimcheck_corpus to make it the default)"
    )
    return shown


def _shown(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root.resolve()).as_posix() or "."
    except ValueError:
        return path.as_posix()


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
