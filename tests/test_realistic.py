"""The realistic corpus: articles on four real stories, scored against gold.

``tests/data/realistic/<story>/`` holds articles written from real coverage of
one story, the claims an analyst would write about it, and ``gold.yaml`` the
verdict a careful sub-editor gives every (claim, article) pair, with a
difficulty: ``hard`` when the article holds a trap for the claim (a part
figure, another period or event, speculation, a combined figure, a denial).
The gold was written before the engine ever ran on these files; this test
measures the engine against it and ratchets the score.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from claimcheck.claims import Claim, QuantityClaim
from claimcheck.engine.articles import load_article
from claimcheck.engine.index import build_lexicon, index_article
from claimcheck.engine.match import match_claim
from claimcheck.suite.loader import load_assertion_file

DATA = Path(__file__).resolve().parent / "data" / "realistic"
GOLD: dict[str, dict[str, dict[str, list[str]]]] = yaml.safe_load(
    (DATA / "gold.yaml").read_text()
)
STORIES = sorted(GOLD)

#: the ratchet, measured when the corpus was added: raise these as the engine
#: improves, never lower them
FLOOR_PLAIN = 138  # of 138 plain pairs
FLOOR_HARD = 71  # of 82 hard pairs
#: pairs read as supported where the gold says contradicted: the worst error,
#: a false fact let through
CEILING_FALSE_SUPPORT = 0


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


def _claims(story: str) -> list[Claim]:
    path = DATA / story / "claims.yaml"
    return list(load_assertion_file(path, rootdir=DATA, default_corpus=[]).claims)


@pytest.fixture(scope="module")
def pairs() -> list[Pair]:
    """Every gold pair with the verdict the engine gives it."""
    claims = {story: _claims(story) for story in STORIES}
    # one lexicon for the whole corpus, as a run over the folder builds it
    lexicon = build_lexicon(
        (c.measure, c.unit)
        for story_claims in claims.values()
        for c in story_claims
        if isinstance(c, QuantityClaim)
    )
    out = []
    for story in STORIES:
        by_id = {c.id: c for c in claims[story]}
        for name, verdicts in GOLD[story].items():
            index = index_article(
                load_article(DATA / story / "articles" / name), lexicon
            )
            for claim_id, (gold, difficulty, reason) in verdicts.items():
                got = match_claim(by_id[claim_id], index).kind.value
                out.append(
                    Pair(
                        story=story,
                        claim=claim_id,
                        article=name,
                        gold=gold,
                        difficulty=difficulty,
                        reason=reason,
                        got=got,
                    )
                )
    return out


@pytest.mark.parametrize("story", STORIES)
def test_gold_covers_every_pair(story: str) -> None:
    articles = sorted(p.name for p in (DATA / story / "articles").glob("*.txt"))
    claim_ids = {c.id for c in _claims(story)}
    assert sorted(GOLD[story]) == articles
    for name, verdicts in GOLD[story].items():
        assert set(verdicts) == claim_ids, name
        for gold, difficulty, reason in verdicts.values():
            assert gold in {"supported", "contradicted", "missing"}, name
            assert difficulty in {"plain", "hard"}, name
            assert reason, name


def test_the_corpus_is_broad() -> None:
    articles = list(DATA.glob("*/articles/*.txt"))
    assert len(STORIES) >= 4
    assert len(articles) >= 40
    for path in articles:
        words = len(path.read_text().split())
        assert 150 <= words <= 500, path.name
        assert not path.read_text().lstrip().startswith(("<!--", "#")), path.name


def _score(pairs: list[Pair], keep: Callable[[Pair], bool]) -> tuple[int, int]:
    chosen = [p for p in pairs if keep(p)]
    return sum(p.agrees for p in chosen), len(chosen)


def test_score(pairs: list[Pair], record_property: Any) -> None:
    right, total = _score(pairs, lambda p: True)
    hard_right, hard = _score(pairs, lambda p: p.difficulty == "hard")
    plain_right, plain = right - hard_right, total - hard
    false_support = sum(
        p.gold == "contradicted" and p.got == "supported" for p in pairs
    )
    # shown at the end of the run by tests/conftest.py
    record_property(
        "realistic",
        f"{right}/{total} (hard {hard_right}/{hard}); plain {plain_right}/{plain}; "
        f"supported where gold says contradicted: {false_support}",
    )
    for p in pairs:
        if not p.agrees:
            record_property(
                "realistic-disagreement",
                f"{p.claim} {p.story}/{p.article}: gold {p.gold} ({p.difficulty}: "
                f"{p.reason}), got {p.got}",
            )
    assert plain_right >= FLOOR_PLAIN
    assert hard_right >= FLOOR_HARD
    assert false_support <= CEILING_FALSE_SUPPORT
