"""A participle qualifying the thing counted (engine/qualified.py)."""

from __future__ import annotations

import pytest

from claimcheck.engine.binding import Binding
from claimcheck.engine.qualified import qualified_noun, row_noun


def _words(text: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for word in text.split():
        start = text.index(word, pos)
        out.append((start, start + len(word), word.casefold()))
        pos = start + len(word)
    return out


@pytest.mark.parametrize(
    ("run", "expected"),
    [
        ("buried houses", True),
        ("flooded homes", True),
        ("burnt cars", True),
        # people are what befell them; no participle; a word between
        ("injured workers", False),
        ("houses buried", False),
        ("buried old houses", False),
        ("injured fighting", False),
    ],
)
def test_qualified_noun(run: str, expected: bool) -> None:
    words = _words(run)
    first, last = words[0], words[-1]
    inside = [(first[0], first[1]), (last[0], last[1])]
    assert qualified_noun(words, inside) is expected


@pytest.mark.parametrize(
    ("text", "label", "noun"),
    [
        ("Houses buried (local officials): more than 150", "buried", "Houses"),
        ("Flights cancelled: 3,400", "cancelled", "Flights"),
        # people; a label that is no participle; a noun not opening the row
        ("People killed: 40", "killed", None),
        ("Houses lost to the fire: 40", "lost", "Houses"),
        ("Death toll: 40", "toll", None),
        ("Near the river, houses buried: 40", "buried", None),
    ],
)
def test_row_noun(text: str, label: str, noun: str | None) -> None:
    at = text.index(label)
    hits = [
        (m, m + len(w))
        for w in ("Houses", "houses", "Flights", "People", "Death")
        if (m := text.find(w)) >= 0
    ]
    found = row_noun(text, Binding((at, at + len(label)), "label"), hits)
    assert [text[a:b] for a, b in found] == ([noun] if noun else [])
