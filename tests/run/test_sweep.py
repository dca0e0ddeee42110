"""run/sweep.py: items of many pairs checked article by article together."""

from __future__ import annotations

from pathlib import Path

from claimcheck.claims import Claim
from claimcheck.errors import ArticleError, ArticleSkipped
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


def test_the_first_item_checks_every_planned_pair_article_by_article() -> None:
    sweep = Sweep()
    claims: list[Claim] = ["x", "y"]  # type: ignore[list-item]
    for claim in claims:
        sweep.plan(claim, [(claim, A), (claim, B)], "f.yaml")
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
    sweep.plan("x", [("x", A), ("x", B), ("x", C)], "f.yaml")  # type: ignore[list-item]
    got: list[object] = list(sweep.take("x", recorder.check, recorder.done))
    assert got == ["x@a", broken, None]
    assert recorder.log.count("done b") == recorder.log.count("done c") == 1
