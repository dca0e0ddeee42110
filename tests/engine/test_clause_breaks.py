"""Where clauses break (claimcheck/engine/clauses.py): the words that open a
clause are read in any case, and the marks and spaces as they stand.

Every sentence here is written for this file.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.engine.clauses import clause_cuts


@pytest.mark.parametrize(
    ("text", "cuts"),
    [
        ("Crews saved 40 people, and 12 were hurt", [0, 22, 23, 39]),
        ("Crews saved 40 people, AND 12 were hurt", [0, 22, 23, 39]),
        ("52 passengers, 12 Of Whom died", [0, 14, 30]),
        ("Rain fell; the river rose — While crews waited", [0, 10, 28, 46]),
        ("Injuries: 14\nMissing | 3", [0, 9, 13, 22, 24]),
    ],
)
def test_breaks(text: str, cuts: list[int]) -> None:
    assert clause_cuts(text, 0, len(text), []) == cuts


_PIECES = st.sampled_from(
    [
        *("and", "but", "or not", "while", "whereas", "which", "whose", "with"),
        *("without", "though", "if", "unless", "until", "as well as", "of"),
        *("crews", "12", "rose", "Injuries", "Missing"),
        *(",", ";", ":", "—", "–", "|", "-", "--", " ", "  ", "\n", "\t"),
    ]
)


@given(
    st.lists(st.tuples(_PIECES, st.sampled_from(["", " "])), max_size=14),
    st.sampled_from([str.upper, str.title, str.swapcase]),
)
def test_words_break_in_any_case(
    parts: list[tuple[str, str]], case: Callable[[str], str]
) -> None:
    """A sentence breaks where the same sentence in lower case does."""
    text = "".join(piece + glue for piece, glue in parts)
    cased = case(text)
    assert len(cased) == len(text)
    assert clause_cuts(cased, 0, len(cased), []) == clause_cuts(text, 0, len(text), [])
