"""The looks of :class:`claimcheck.engine.cues.Cues` answer as a find per
word over the stretch does, whatever the stretch (empty, reversed, past
the end) and whether or not the places of the words were found once."""

from __future__ import annotations

import random

import pytest

from claimcheck.engine import cues as cues_module
from claimcheck.engine.cues import Cues

WORDS = [("ab",), ("a", "bc"), ("abc", "cab", "b a"), ("c", "b", "ca")]


def _starts_within(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    start = max(start, 0)
    return any(text.find(w, start, end + len(w) - 1) >= 0 for w in words)


def _lacks(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    return all(text.find(w, start, end) < 0 for w in words)


@pytest.mark.parametrize("look_cost", [0, 10, 500])
def test_the_looks_answer_as_a_find_per_word(
    look_cost: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (0: every question looks in its stretch; 500: the places are soon found)
    monkeypatch.setattr(cues_module, "_LOOK_COST", look_cost)
    rnd = random.Random(look_cost)
    said = 0
    for _ in range(1500):
        text = "".join(rnd.choice("ab c") for _ in range(rnd.randint(0, 80)))
        cues = Cues(text, text, figures=rnd.randint(0, 3))
        for _ in range(20):
            words = rnd.choice(WORDS)
            start = rnd.randint(-5, len(text) + 3)
            end = max(start + rnd.randint(-5, 40), 0)  # (no end before the text)
            expected = _starts_within(text, start, end, words)
            assert cues.starts_within(start, end, words) == expected
            lo = max(start, 0)  # (nor, for lacks, a start)
            assert cues.lacks(lo, end, words) == _lacks(text, lo, end, words)
            said += expected
    assert said > 1000
