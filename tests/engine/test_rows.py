"""The unit a fact box's label gives a bare figure (claimcheck/engine/rows.py),
and the measure word such a row binds to.

Every row here is written for this file.
"""

from __future__ import annotations

import pytest

from claimcheck.engine.articles import parse_article
from claimcheck.engine.index import build_lexicon, index_article
from claimcheck.engine.terms import Terms

LEXICON = build_lexicon(
    [
        (Terms.of(["underground", "trapped"]), "d"),
        (Terms.of(["burned", "scorched"]), "ha"),
        (Terms.of(["without power"]), "h"),
        (Terms.of(["trapped"]), None),
    ]
)


def read(text: str, number: str) -> tuple[str | None, str | None]:
    """The unit ``number`` is read in, and the measure word it binds to."""
    index = index_article(parse_article(text, path="a.txt"), LEXICON, read_all=True)
    found = {text[m.quantity.start : m.quantity.end]: m for m in index.mentions}
    mention = found[number]
    word = None if mention.bound is None else text[slice(*mention.bound)]
    return mention.quantity.unit, word


@pytest.mark.parametrize(
    ("text", "number", "unit", "word"),
    [
        ("IN FIGURES\nDays underground: 17\nWorkers trapped: 41", "17", "d",
         "underground"),
        ("IN FIGURES\nDays underground: 17\nWorkers trapped: 41", "41", None,
         "trapped"),
        ("Hectares burned: 12,000 (state estimate)", "12,000", "ha", "burned"),
        ("Hours without power: 40\nHomes hit: 900", "40", "h", "without power"),
        # a label naming no unit, or one in the singular, leaves the figure a
        # count; so does a figure with words after it or inside prose
        ("Workers trapped: 41", "41", None, "trapped"),
        ("Day underground: 17", "17", None, None),
        ("Days underground: 17 for most of the crew", "17", None, None),
        ("The crew spent days underground: 17 of them were trapped.", "17", None,
         "trapped"),
    ],
)  # fmt: skip
def test_a_row_label_gives_its_unit(
    text: str, number: str, unit: str | None, word: str | None
) -> None:
    assert read(text, number) == (unit, word)


@pytest.mark.parametrize(
    ("text", "number", "word"),
    [
        # "How long ...?" is answered by a duration, "How many ...?" by a count
        ("How long were they trapped? Nine days, the mine said.", "Nine days",
         "trapped"),
        ("How long were they trapped?\n\nNine days, the mine said.", "Nine days",
         "trapped"),
        ("How many were trapped? Nine days later, all were out.", "Nine days",
         None),
    ],
)  # fmt: skip
def test_a_question_of_how_long(text: str, number: str, word: str | None) -> None:
    assert read(text, number) == ("d", word)
