"""The words that stand for someone or something named in the sentence before."""

from __future__ import annotations

import pytest
import regex

from claimcheck.engine.standinwords import FIRMS, ROLE, TIME_LEAD

_ROLE = regex.compile(ROLE, regex.I)
_BODY = regex.compile(rf"the\s+(?:{FIRMS})\b", regex.I)
_LEAD = regex.compile(TIME_LEAD, regex.I)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The minister resigned", "The minister"),
        ("The chief executive resigned", "The chief executive"),
        ("The transport minister quit", "The transport minister"),
        ("The 58-year-old resigned", "The 58-year-old"),
        # an owner is no person standing for one
        ("The minister's aide resigned", None),
        ("The ministers resigned", None),
        ("The weather turned", None),
    ],
)
def test_a_title_or_an_age_stands_for_a_person(text: str, found: str | None) -> None:
    match = _ROLE.match(text)
    assert (match.group() if match else None) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The club appealed", True),
        ("The union accepted", True),
        ("The clubhouse burned", False),
        ("The unions accepted", False),
    ],
)
def test_a_body_is_named_by_a_general_noun(text: str, found: bool) -> None:
    assert bool(_BODY.match(text)) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("On Friday, she resigned", "On Friday, "),
        ("Two days later she resigned", "Two days later "),
        ("Late on Monday it paid", "Late on Monday "),
        ("The next day, it paid", "The next day, "),
        ("After Ortega's visit, she resigned", None),
        ("In Cork, she resigned", None),
    ],
)
def test_a_time_may_open_the_sentence_before_the_word(
    text: str, found: str | None
) -> None:
    match = _LEAD.match(text)
    assert (match.group() if match else None) == found
