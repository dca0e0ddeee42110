"""Another event told as an earlier year's (claimcheck/engine/pastyears.py).

Every sentence here is written for this file; the stories are invented.
"""

from __future__ import annotations

import pytest

from tests.engine.test_yearspans import mentions


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The Harrow pit disaster of 1974 killed 61 men.", "61"),
        ("In the floods of 2002, 118 people died along the river.", "118"),
        # a later year in the article: the earlier one is another event
        ("The storm of 2019 killed 40. This year's storm struck in 2024.", "40"),
    ],
)
def test_an_event_named_with_its_year_after_it_is_another(
    text: str, number: str
) -> None:
    assert mentions(text)[number].scope == "event"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # the article's own year given again, and none later
        ("12 May 2019. The storm of 2019 has killed 40, officials said.", "40"),
        # a day, not a year
        ("The storm of Tuesday killed 40 people.", "40"),
    ],
)
def test_the_story_s_own_year_stays_its_own(text: str, number: str) -> None:
    assert mentions(text)[number].scope != "event"


@pytest.mark.parametrize(
    ("text", "number", "event"),
    [
        ("Last year, 31 people died in the heat at the fair.", "31", True),
        ("The previous year 29 people drowned in the estuary.", "29", True),
        ("A year earlier, 29 people had died at the fair.", "29", True),
        # the base of a change, or the start of a running count
        ("Since last year, 410 people have died on the roads.", "410", False),
        ("This year 48 people died at the fair, against 31 last year.", "48", False),
    ],
)
def test_last_year_opening_the_clause_is_another_year(
    text: str, number: str, event: bool
) -> None:
    assert (mentions(text)[number].scope == "event") is event
