"""Scoring a corpus of articles against a sub-editor's gold verdicts.

A gold corpus is a folder of stories (``<story>/claims.yaml`` and
``<story>/articles/*.txt``) and a ``gold.yaml`` giving, for every (claim,
article) pair, the verdict a careful sub-editor gives it and a difficulty:
``hard`` when the article holds a trap for the claim (a part figure, another
period or event, speculation, a combined figure, a denial), ``plain``
otherwise. Used by the realistic corpus (tests/test_realistic.py) and the
held-out ones, ``heldout`` and ``fresh`` (tests/test_heldout.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from claimcheck.claims import Claim, QuantityClaim
from claimcheck.engine.articles import load_article
from claimcheck.engine.index import build_lexicon, index_article
from claimcheck.engine.match import match_claim
from claimcheck.suite.loader import load_assertion_file

Gold = dict[str, dict[str, dict[str, list[str]]]]


@dataclass(frozen=True, slots=True, kw_only=True)
class Pair:
    """One (claim, article) pair with its gold and the engine's verdict."""

    story: str
    claim: str
    article: str
    gold: str
    difficulty: str
    reason: str
    got: str

    @property
    def agrees(self) -> bool:
        return self.gold == self.got


@dataclass(frozen=True, slots=True)
class Score:
    """How many pairs agree with the gold, overall and by difficulty."""

    right: int
    total: int
    hard_right: int
    hard: int
    false_support: int

    @property
    def plain_right(self) -> int:
        return self.right - self.hard_right

    @property
    def plain(self) -> int:
        return self.total - self.hard

    def __str__(self) -> str:
        return (
            f"{self.right}/{self.total} (hard {self.hard_right}/{self.hard}); "
            f"plain {self.plain_right}/{self.plain}; "
            f"supported where gold says contradicted: {self.false_support}"
        )


def read_gold(data: Path) -> Gold:
    gold: Gold = yaml.safe_load((data / "gold.yaml").read_text())
    return gold


def story_claims(data: Path, story: str) -> list[Claim]:
    path = data / story / "claims.yaml"
    return list(load_assertion_file(path, rootdir=data, default_corpus=[]).claims)


def score_pairs(data: Path, gold: Gold) -> list[Pair]:
    """Every gold pair with the verdict the engine gives it."""
    stories = sorted(gold)
    claims = {story: story_claims(data, story) for story in stories}
    out = []
    for story in stories:
        # each story's claims check its own articles only: a run reads an
        # article with the measure words of the claims that check it
        lexicon = build_lexicon(
            (c.measure, c.unit) for c in claims[story] if isinstance(c, QuantityClaim)
        )
        by_id = {c.id: c for c in claims[story]}
        for name, verdicts in gold[story].items():
            index = index_article(
                load_article(data / story / "articles" / name), lexicon
            )
            for claim_id, (verdict, difficulty, reason) in verdicts.items():
                got = match_claim(by_id[claim_id], index).kind.value
                out.append(
                    Pair(
                        story=story,
                        claim=claim_id,
                        article=name,
                        gold=verdict,
                        difficulty=difficulty,
                        reason=reason,
                        got=got,
                    )
                )
    return out


def _count(pairs: list[Pair], keep: Callable[[Pair], bool]) -> tuple[int, int]:
    chosen = [p for p in pairs if keep(p)]
    return sum(p.agrees for p in chosen), len(chosen)


def score(pairs: list[Pair]) -> Score:
    right, total = _count(pairs, lambda p: True)
    hard_right, hard = _count(pairs, lambda p: p.difficulty == "hard")
    false_support = sum(
        p.gold == "contradicted" and p.got == "supported" for p in pairs
    )
    return Score(right, total, hard_right, hard, false_support)


def disagreements(pairs: list[Pair]) -> list[str]:
    return [
        f"{p.claim} {p.story}/{p.article}: gold {p.gold} ({p.difficulty}: "
        f"{p.reason}), got {p.got}"
        for p in pairs
        if not p.agrees
    ]


def check_gold_covers(data: Path, gold: Gold, story: str) -> None:
    """The gold names every article and every claim of a story, well formed."""
    articles = sorted(p.name for p in (data / story / "articles").glob("*.txt"))
    claim_ids = {c.id for c in story_claims(data, story)}
    assert sorted(gold[story]) == articles
    for name, verdicts in gold[story].items():
        assert set(verdicts) == claim_ids, name
        for verdict, difficulty, reason in verdicts.values():
            assert verdict in {"supported", "contradicted", "missing"}, name
            assert difficulty in {"plain", "hard"}, name
            assert reason, name
