"""Cheap tests run before a costly pattern skip only what it would not match.

A fact box's row is sought in a line only where a colon, bar or dash stands
near enough its start (claimcheck/engine/boxstatements.py); the last word of
a pattern's match is found from its end back (claimcheck/engine/polarity.py).
"""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.engine import boxstatements, polarity
from claimcheck.engine.articles import parse_article
from claimcheck.engine.boxstatements import _rows
from claimcheck.engine.index import build_lexicon, index_article
from claimcheck.engine.terms import Terms

#: pieces of lines: words of a label, marks, spaces of several kinds
_PIECES = ["Cause", "fix", "é", "12", "a", " ", "  ", "\t", "\u00a0", ":", ":3"]
_PIECES += ["|", " | ", "-", " - ", "–", " — ", '"', "x" * 30, "word " * 7]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_a_row_is_sought_wherever_it_may_stand(pieces: list[str]) -> None:
    line = "".join(pieces)
    row = boxstatements._ROW.match(line, 0, len(line))
    mark = boxstatements._ROW_MARK.match(line, 0, len(line))
    assert row is None or mark is not None, line


def test_the_rows_of_a_box_are_found_past_prose() -> None:
    longest = "Hours the crews on the night shift worked in the flooded hall"
    assert len(longest) == 61  # as long as a label runs
    text = (
        "Officials said the plant in Varrow would stay shut - for now - while"
        " engineers checked the lines.\n\n"
        "VARROW PLANT AT A GLANCE\n"
        "Cause: a cracked cooling pipe\n"
        "Workers sent home | 340\n"
        f"{longest}   — 12\n"
        f"{longest}s — 14\n"
        "Reopening: not before spring\n"
    )
    index = index_article(
        parse_article(text, path="a.txt"), build_lexicon([(Terms.of(["days"]), None)])
    )
    rows = [text[row[0] : value] for _, row, value in _rows(index)]
    assert rows == ["Cause: ", "Workers sent home | ", f"{longest}   — ", "Reopening: "]


_FORWARD_LAST_WORD = regex.compile(r"\w+$")


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet="ab1_ é\u0301’-.\n", max_size=14),
    st.integers(0, 14),
    st.integers(0, 14),
)
def test_the_last_word_is_found_backwards_where_forwards(
    text: str, pos: int, size: int
) -> None:
    pos = min(pos, len(text))
    endpos = min(len(text), pos + size)
    back = polarity._LAST_WORD.search(text, pos, endpos)
    forward = _FORWARD_LAST_WORD.search(text, pos, endpos)
    assert (back and back.span()) == (forward and forward.span()), (text, pos, endpos)
