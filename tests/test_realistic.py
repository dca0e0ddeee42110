"""The realistic corpus: articles on four real stories, scored against gold.

``tests/data/realistic/<story>/`` holds articles written from real coverage of
one story, the claims an analyst would write about it, and ``gold.yaml`` the
verdict a careful sub-editor gives every (claim, article) pair, with a
difficulty: ``hard`` when the article holds a trap for the claim (a part
figure, another period or event, speculation, a combined figure, a denial).
The gold was written before the engine ever ran on these files; this test
measures the engine against it and ratchets the score. The scoring is shared
with the held-out corpus (tests/gold_corpus.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.gold_corpus import (
    Pair,
    check_gold_covers,
    disagreements,
    read_gold,
    score,
    score_pairs,
)

DATA = Path(__file__).resolve().parent / "data" / "realistic"
GOLD = read_gold(DATA)
STORIES = sorted(GOLD)

#: the ratchet, measured when the corpus was added: raise these as the engine
#: improves, never lower them
FLOOR_PLAIN = 138  # of 138 plain pairs
FLOOR_HARD = 71  # of 82 hard pairs
#: pairs read as supported where the gold says contradicted: the worst error,
#: a false fact let through
CEILING_FALSE_SUPPORT = 0


@pytest.fixture(scope="module")
def pairs() -> list[Pair]:
    return score_pairs(DATA, GOLD)


@pytest.mark.parametrize("story", STORIES)
def test_gold_covers_every_pair(story: str) -> None:
    check_gold_covers(DATA, GOLD, story)


def test_the_corpus_is_broad() -> None:
    articles = list(DATA.glob("*/articles/*.txt"))
    assert len(STORIES) >= 4
    assert len(articles) >= 40
    for path in articles:
        words = len(path.read_text().split())
        assert 150 <= words <= 500, path.name
        assert not path.read_text().lstrip().startswith(("<!--", "#")), path.name


def test_score(pairs: list[Pair], record_property: Any) -> None:
    result = score(pairs)
    # shown at the end of the run by tests/conftest.py
    record_property("realistic", str(result))
    for line in disagreements(pairs):
        record_property("realistic-disagreement", line)
    assert result.plain_right >= FLOOR_PLAIN
    assert result.hard_right >= FLOOR_HARD
    assert result.false_support <= CEILING_FALSE_SUPPORT
