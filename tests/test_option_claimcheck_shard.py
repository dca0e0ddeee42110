"""--claimcheck-shard=K/N: each part checks its articles whole, and the parts
together check what one run checks, at every granularity."""

from __future__ import annotations

import json
import shutil
import subprocess
from typing import Any

import pytest

from claimcheck.plugin.shard import shard_of
from tests.matrix import ARTICLES, expected_verdicts, matrix_project

GRANULARITIES = [
    "pair",
    pytest.param("claim", marks=pytest.mark.slow),
    pytest.param("article", marks=pytest.mark.slow),
]


def _results(pytester: pytest.Pytester, *args: str) -> list[dict[str, Any]]:
    """The records of a run, written with --claimcheck-json."""
    result = pytester.runpytest(
        "-p", "no:cacheprovider", "--claimcheck-json=r.json", *args
    )
    assert result.ret in (0, 1), result.stdout.str()
    records: list[dict[str, Any]] = json.loads(
        (pytester.path / "r.json").read_text(encoding="utf-8")
    )["results"]
    return records


@pytest.mark.parametrize("granularity", GRANULARITIES)
def test_parts_check_the_corpus_once(
    pytester: pytest.Pytester, granularity: str
) -> None:
    matrix_project(pytester)
    option = f"--claimcheck-granularity={granularity}"
    whole = _results(pytester, option)
    assert {(r["claim"], r["article"]): r["verdict"] for r in whole} == (
        expected_verdicts()
    )
    parts = [_results(pytester, option, f"--claimcheck-shard={k}/3") for k in (1, 2, 3)]
    for k, records in enumerate(parts, 1):
        # an article is read in its own part only, by every claim there
        mine = {a for a in ARTICLES if shard_of(a, 3) == k}
        assert {r["article"] for r in records} == mine
        assert len(records) == 5 * len(mine)
    assert sorted(
        (r for records in parts for r in records),
        key=lambda r: (r["claim"], r["article"]),
    ) == sorted(whole, key=lambda r: (r["claim"], r["article"]))


def test_part_items(pytester: pytest.Pytester) -> None:
    """Items of other parts' articles are never collected: nothing is deselected."""
    matrix_project(pytester)
    result = pytester.runpytest(
        "-p", "no:cacheprovider", "--co", "-q", "--claimcheck-shard=2/3"
    )
    result.stdout.fnmatch_lines(
        ["assertions/flood.yaml::dam-named[[]a07[]]", "10 tests collected*"]
    )
    assert "deselected" not in result.stdout.str()
    assert "a01" not in result.stdout.str()


def test_empty_part_passes(pytester: pytest.Pytester) -> None:
    """More parts than articles: a part left without any passes, and says why."""
    matrix_project(pytester)
    for path in ARTICLES[1:]:
        (pytester.path / path).unlink()
    empty = next(k for k in range(1, 5) if shard_of(ARTICLES[0], 4) != k)
    result = pytester.runpytest(
        "-p",
        "no:cacheprovider",
        f"--claimcheck-shard={empty}/4",
        "--claimcheck-report=part.json",
        "--claimcheck-report=part.md",
    )
    assert result.ret == 0
    result.stdout.fnmatch_lines(
        [
            f"--claimcheck-shard={empty}/4: every article of the corpus falls in"
            " another of the 4 parts, so nothing was checked; the run passes"
        ]
    )
    # its JSON report says so, for claimcheck merge; the others wait for results
    report = json.loads((pytester.path / "part.json").read_text(encoding="utf-8"))
    assert report["results"] == []
    assert report["run"]["shard"] == {"index": empty, "count": 4}
    assert not (pytester.path / "part.md").exists()


@pytest.mark.slow
def test_part_under_xdist(pytester: pytest.Pytester) -> None:
    pytest.importorskip("xdist")
    matrix_project(pytester)
    alone = _results(pytester, "--claimcheck-shard=1/3")
    spread = _results(pytester, "--claimcheck-shard=1/3", "-n", "2")
    assert sorted(spread, key=lambda r: (r["claim"], r["article"])) == sorted(
        alone, key=lambda r: (r["claim"], r["article"])
    )


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("3", "*--claimcheck-shard=3: expected K/N, the part K of N parts*"),
        ("4/3", "*--claimcheck-shard=4/3: the part must be from 1 to 3*"),
    ],
)
def test_bad_value(pytester: pytest.Pytester, value: str, message: str) -> None:
    matrix_project(pytester)
    result = pytester.runpytest(f"--claimcheck-shard={value}")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([message])
    assert "Traceback" not in result.stderr.str()


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_parts_of_a_changed_run(pytester: pytest.Pytester) -> None:
    """With --claimcheck-changed, the part holding the changed article checks
    it; the others pass, still writing their reports for the merge."""
    matrix_project(pytester)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.com"]
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "corpus"]):
        subprocess.run([*git, *args], cwd=pytester.path, check=True)
    changed = ARTICLES[6]
    with (pytester.path / changed).open("a", encoding="utf-8") as handle:
        handle.write("Roads reopened on Friday.\n")
    for k in (1, 2, 3):
        result = pytester.runpytest(
            "-p",
            "no:cacheprovider",
            "--claimcheck-changed=HEAD",
            f"--claimcheck-shard={k}/3",
            f"--claimcheck-report=part{k}.json",
        )
        report = json.loads((pytester.path / f"part{k}.json").read_text("utf-8"))
        articles = {r["article"] for r in report["results"]}
        if k == shard_of(changed, 3):
            assert (result.ret, articles) == (1, {changed})
        else:
            assert (result.ret, articles) == (0, set())
