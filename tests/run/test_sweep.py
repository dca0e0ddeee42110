"""run/sweep.py: items of many pairs checked article by article together."""

from __future__ import annotations

from pathlib import Path
from typing import cast

import pytest

from claimcheck.claims import Claim
from claimcheck.errors import ArticleError, ArticleSkipped
from claimcheck.reports.records import Outcome, ResultRecord
from claimcheck.run import sweep as sweep_module
from claimcheck.run.pairs import PairGrid
from claimcheck.run.results import PairCheck
from claimcheck.run.sweep import Sweep

A, B, C = Path("a.txt"), Path("b.txt"), Path("c.txt")


class Recorder:
    """Stands in for the session: logs each check and each release."""

    def __init__(self, fail: dict[Path, Exception] | None = None) -> None:
        self.log: list[str] = []
        self.fail = fail or {}

    def check(self, claim: Claim, path: Path, shown: str) -> PairCheck:
        self.log.append(f"check {claim} {path.stem} {shown}")
        if path in self.fail:
            raise self.fail[path]
        return f"{claim}@{path.stem}"  # type: ignore[return-value]

    def done(self, path: Path) -> None:
        self.log.append(f"done {path.stem}")

    def checks(self) -> list[str]:
        """The checks logged, without the releases."""
        return [line for line in self.log if line.startswith("check")]


def test_the_first_item_checks_every_planned_pair_article_by_article() -> None:
    sweep = Sweep()
    claims: list[Claim] = ["x", "y"]  # type: ignore[list-item]
    for claim in claims:
        sweep.plan(claim, PairGrid([claim], [A, B]), "f.yaml")
    recorder = Recorder()
    got: list[object] = list(sweep.take("y", recorder.check, recorder.done))
    assert got == ["y@a", "y@b"]
    assert recorder.log == [
        "check x a f.yaml",
        "done a",
        "check y a f.yaml",
        "done a",
        "check x b f.yaml",
        "done b",
        "check y b f.yaml",
        "done b",
    ]
    recorder.log.clear()
    got = list(sweep.take("x", recorder.check, recorder.done))
    assert got == ["x@a", "x@b"]
    assert recorder.log == []  # checked already
    assert "x" not in sweep and "y" not in sweep


def test_errors_stay_at_their_pair_and_skipped_articles_are_left_out() -> None:
    broken = ArticleError("b.txt: not UTF-8")
    recorder = Recorder({B: broken, C: ArticleSkipped("c.txt: empty")})
    sweep = Sweep()
    sweep.plan("x", PairGrid(["x"], [A, B, C]), "f.yaml")  # type: ignore[list-item]
    got: list[object] = list(sweep.take("x", recorder.check, recorder.done))
    assert got == ["x@a", broken, None]
    assert recorder.log.count("done b") == recorder.log.count("done c") == 1


def test_corpora_that_share_articles_read_each_article_once() -> None:
    """Two files over different article lists: an article both read is
    checked by every claim of both before the next article."""
    sweep = Sweep()
    sweep.plan("x", PairGrid(["x"], [A, B]), "f.yaml")  # type: ignore[list-item]
    sweep.plan("y", PairGrid(["y"], [B, C]), "g.yaml")  # type: ignore[list-item]
    # the same articles in a list of their own: one group with the first
    sweep.plan("z", PairGrid(["z"], [A, B]), "h.yaml")  # type: ignore[list-item]
    recorder = Recorder()
    got: list[object] = list(sweep.take("y", recorder.check, recorder.done))
    assert got == ["y@b", "y@c"]
    assert recorder.checks() == [
        "check x a f.yaml",
        "check z a h.yaml",
        "check x b f.yaml",
        "check z b h.yaml",
        "check y b g.yaml",
        "check y c g.yaml",
    ]
    got = list(sweep.take("z", recorder.check, recorder.done))
    assert got == ["z@a", "z@b"]
    got = list(sweep.take("x", recorder.check, recorder.done))
    assert got == ["x@a", "x@b"]


def test_an_item_of_many_claims_gets_its_pairs_in_claim_order() -> None:
    sweep = Sweep()
    sweep.plan("both", PairGrid(["x", "y"], [A, B]), "f.yaml")  # type: ignore[list-item]
    recorder = Recorder()
    got: list[object] = list(sweep.take("both", recorder.check, recorder.done))
    assert got == ["x@a", "x@b", "y@a", "y@b"]
    assert recorder.checks() == [
        "check x a f.yaml",
        "check y a f.yaml",
        "check x b f.yaml",
        "check y b f.yaml",
    ]


def _checked(claim: str, path: Path) -> PairCheck:
    record = {"claim": claim, "article": path.name, "evidence": ["x" * len(claim)]}
    return PairCheck(
        record=cast(ResultRecord, record),
        outcome=Outcome.FAILED if path == B else Outcome.PASSED,
        message=f"{claim} on {path.name}" if path == B else None,
    )


@pytest.mark.parametrize("chunk", [1, 1 << 20])
def test_checks_come_back_whole_in_order_from_many_chunks(
    monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    """Checks written in chunks of any size, one claim's between another's,
    come back equal and in the item's order; skips and errors in place."""
    monkeypatch.setattr(sweep_module, "_SMALLEST", chunk)
    monkeypatch.setattr(sweep_module, "_LARGEST", chunk)
    paths = [Path(f"a{n}.txt") for n in range(300)] + [A, B, C]
    broken = ArticleError("c.txt: not UTF-8")
    skipped = ArticleSkipped("a7.txt: binary")

    def check(claim: Claim, path: Path, shown: str) -> PairCheck:
        if path == C:
            raise broken
        if path.name == "a7.txt":
            raise skipped
        return _checked(str(claim), path)

    sweep = Sweep()
    claims = ["x", "y", "zz"]
    for claim in claims:
        sweep.plan(claim, PairGrid([claim], paths), "f.yaml")  # type: ignore[list-item]
    for claim in ("y", "zz", "x"):
        got = list(sweep.take(claim, check, lambda _: None))
        want: list[object] = [_checked(claim, p) for p in paths]
        want[7], want[-1] = None, broken
        assert got == want


def test_articles_in_another_order_come_back_in_the_item_order() -> None:
    """Two corpora list the same articles in other orders: each item still
    gets its checks in its own order."""
    sweep = Sweep()
    sweep.plan("x", PairGrid(["x"], [A, B, C]), "f.yaml")  # type: ignore[list-item]
    sweep.plan("y", PairGrid(["y"], [C, A, B]), "g.yaml")  # type: ignore[list-item]
    broken = ArticleError("a.txt: not UTF-8")

    def check(claim: Claim, path: Path, shown: str) -> PairCheck:
        if path == A and str(claim) == "y":
            raise broken
        return _checked(str(claim), path)

    got: list[object] = list(sweep.take("y", check, lambda _: None))
    assert got == [_checked("y", C), broken, _checked("y", B)]
    got = list(sweep.take("x", check, lambda _: None))
    assert got == [_checked("x", p) for p in (A, B, C)]
