"""Cores finds exactly what the trigger finds, from any position."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.engine.numbers.cores import Cores
from claimcheck.engine.numbers.vocabulary import TRIGGER

ROOT = Path(__file__).resolve().parents[3]


def found(text: str, pos: int) -> tuple[int, int, str | None] | None:
    m = TRIGGER.search(text, pos)
    return None if m is None else (m.start(), m.end(), m.lastgroup)


def same_from_everywhere(text: str) -> None:
    cores = Cores(text)
    # forward, as the reader goes, then from every position afresh
    for pos in [*range(len(text) + 1), *reversed(range(len(text) + 1))]:
        m = cores.search(pos)
        assert (None if m is None else (m.start(), m.end(), m.lastgroup)) == found(
            text, pos
        ), (text, pos)


_PIECES = st.sampled_from(
    [
        *("two", "Two", "TWO", "tWo", "twenty", "Hundreds", "THIRDS", "both"),
        *("often", "someone", "weight", "_two", "two_", "twos", "x2", "F-16"),
        *("a gallon of", "An acre of", "a Gallon of", "an hour of", "a"),
        *("300", "1,200", "½", "3¼", "٣", "１２", "²", "Ⅻ"),
        # letters whose lower case is longer, or of another word class
        *("İ", "K", "ſ", "ǅ", "ß", "Σ", "ﬃ", "ŉ"),
    ]
)
_GLUE = st.sampled_from(["", " ", "  ", "\n", "-", ".", ",", "(", "'", "_", "é"])


@given(st.lists(st.tuples(_PIECES, _GLUE), max_size=12))
def test_generated_text(parts: list[tuple[str, str]]) -> None:
    same_from_everywhere("".join(piece + glue for piece, glue in parts))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Two dead, TWENTY hurt, tWo missing; often someone weighs eight",
        "İstanbul: two dead",  # lower case one character longer
        "a gallon of milk, An acre of land, a Gallon of it",
        "F-16 jets, 3½ days, ٣ people, COVID19",
    ],
)
def test_written_text(text: str) -> None:
    same_from_everywhere(text)


def test_seed_articles() -> None:
    for path in sorted((ROOT / "seeds").iterdir()):
        text = path.read_text(encoding="utf-8")
        cores = Cores(text)
        pos, mine, theirs = 0, [], []
        while (m := cores.search(pos)) is not None:
            mine.append(m.span())
            pos = m.end()
        pos = 0
        while (m := TRIGGER.search(text, pos)) is not None:
            theirs.append(m.span())
            pos = m.end()
        assert mine == theirs and mine, path.name


_ASCII_PIECES = st.sampled_from(
    [
        *("two", "Two", "TWO", "tWo", "twenty", "Hundreds", "THIRDS", "both"),
        *("often", "someone", "weight", "_two", "two_", "twos", "x2", "F-16"),
        *("a gallon of", "An acre of", "a Gallon of", "an hour of", "a"),
        *("300", "1,200", "0", "9th", "A1", "1990s"),
    ]
)
_ASCII_GLUE = st.sampled_from(["", " ", "  ", "\n", "\t", "-", ".", ",", "(", "'", "_"])


@given(st.lists(st.tuples(_ASCII_PIECES, _ASCII_GLUE), max_size=12))
def test_generated_ascii_text(parts: list[tuple[str, str]]) -> None:
    """A text of ASCII alone is scanned by classes of ranges, not categories."""
    text = "".join(piece + glue for piece, glue in parts)
    assert text.isascii()
    same_from_everywhere(text)
