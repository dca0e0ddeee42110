"""The ``--claimcheck-*`` options and ``claimcheck_*`` ini keys.

pytest registers them in every run of the environment, claims or none, so
this module imports no engine: :mod:`claimcheck.plugin.opening` reads them
into the run's session when the run has claims to check.
"""

from __future__ import annotations

import pytest

from claimcheck.plugin.blocks import MAX_FAILURE_BLOCKS
from claimcheck.plugin.shard import add_shard_option
from claimcheck.run.settings import (
    ARTICLE_ITEMS_MAX,
    PAIR_ITEMS_MAX,
    REGEX_TIMEOUT,
    Granularity,
)

__all__ = [
    "GRANULARITIES",
    "YAML",
    "add_options",
    "claims_possible",
    "missing_assertions",
]

GRANULARITIES = tuple(g.value for g in Granularity)
#: the claimcheck_assertions ini key's default
_DEFAULT_ASSERTIONS = ["assertions"]
#: the suffixes of assertion files
YAML = (".yaml", ".yml")


def add_options(parser: pytest.Parser) -> None:
    """Register claimcheck's command-line options and ini keys."""
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
        help="write a report to PATH (repeatable): .md (Markdown), .json,"
        " .html (a self-contained page) or .comment.md (a pull-request comment)",
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
        help="one test item per (claim, article) pair, per claim covering every"
        " article, per article covering every claim, or auto (default): pair"
        " items, article items for a file of more than claimcheck_pair_items_max"
        " pairs",
    )
    add_shard_option(group)
    parser.addini(
        "claimcheck_granularity",
        default="auto",
        help="default for --claimcheck-granularity: auto, pair, claim or article",
    )
    parser.addini(
        "claimcheck_pair_items_max",
        default=f"{PAIR_ITEMS_MAX:_}",
        help="granularity auto: an assertion file checking more (claim, article)"
        " pairs than this gets one item per article (0: always pair items)",
    )
    parser.addini(
        "claimcheck_article_items_max",
        default=f"{ARTICLE_ITEMS_MAX:_}",
        help="article items (granularity article, or auto above"
        " claimcheck_pair_items_max): a file of more articles than this gets at"
        " most this many items, each of consecutive articles (0: one per article)",
    )
    parser.addini(
        "claimcheck_max_failure_blocks",
        default=str(MAX_FAILURE_BLOCKS),
        help="above this many discrepancies the terminal lists them one a line"
        " instead of a failure block each (-v or --tb=long: the blocks)",
    )
    parser.addini(
        "claimcheck_max_article_bytes",
        default="",
        help="refuse article files larger than this many bytes (default:"
        " 10_000_000; 0: no limit)",
    )
    parser.addini(
        "claimcheck_regex_timeout",
        default=str(REGEX_TIMEOUT),
        help="seconds one pattern may run per megabyte of article (0: no limit)",
    )
    parser.addini(
        "claimcheck_allow_outside",
        default="false",
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
        default=list(_DEFAULT_ASSERTIONS),
        help="folders whose YAML files are assertion files (relative to rootdir)",
    )
    parser.addini(
        "claimcheck_baseline_stale",
        default="warn",
        help="stale baseline entries: warn (list them) or fail (fail the run)",
    )
    parser.addini(
        "claimcheck_outdated",
        default="pass",
        help="an article dated before a claim's value changed that states the"
        " value of its own date: pass (with a note), fail or skip",
    )
    parser.addini(
        "claimcheck_coverage",
        default="true",
        help="report the figures no claim checks and the claims no article"
        " states (default: true)",
    )
    parser.addini(
        "claimcheck_strict",
        default="false",
        help="default for --claimcheck-strict",
    )


def claims_possible(config: pytest.Config) -> bool:
    """Whether the run may collect an assertion file: a folder of the
    ``claimcheck_assertions`` ini key exists, or a YAML file is named on the
    command line (the only files collected), or a ``--claimcheck-*`` option
    is given (its report is written, empty or not).
    """
    root = config.rootpath
    if any(
        (root / folder).is_dir() for folder in config.getini("claimcheck_assertions")
    ):
        return True
    if any(a.split("::")[0].lower().endswith(YAML) for a in config.args):
        return True
    return any(
        value not in (None, False, [])
        for name, value in vars(config.option).items()
        if name.startswith("claimcheck_")
    )


def missing_assertions(config: pytest.Config) -> str | None:
    """A note when the ``claimcheck_assertions`` key was set (not left at its
    default) and none of its folders exists: "no tests ran" alone would not
    say why no claim was checked."""
    folders: list[str] = config.getini("claimcheck_assertions")
    if folders == _DEFAULT_ASSERTIONS:
        return None
    shown = ", ".join(repr(f) for f in folders) or "nothing"
    return (
        f"claimcheck: claimcheck_assertions names {shown}, and no such folder"
        f" exists under {config.rootpath}; no claim is checked (fix the key,"
        " or create the folder)"
    )
