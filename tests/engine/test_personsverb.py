"""The word after a word for persons, which says what befell them
(claimcheck/engine/personsverb.py).

Every sentence here is written for this file; the stories are invented.
"""

from __future__ import annotations

import pytest

from claimcheck.engine.personsverb import told_of_persons


def _told(text: str) -> str | None:
    start = text.index("people")
    found = told_of_persons(text, (start, start + len("people")))
    return None if found is None else text[found[0] : found[1]]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("11 people died in the blast.", "died"),
        ("The count of people sickened rose to 230.", "sickened"),
        ("Some 41 people poisoned at the wedding were treated.", "poisoned"),
        ("230 people hospitalised.", "hospitalised"),
    ],
)
def test_what_befell_them(text: str, word: str) -> None:
    assert _told(text) == word


@pytest.mark.parametrize(
    "text",
    ["7,849 people affected by the floods.", "About 180 people attended."],
)
def test_other_words_leave_the_persons(text: str) -> None:
    assert _told(text) is None
