"""A figure dated by the time clause after it (claimcheck/engine/timeclauses.py).

Every sentence here is written for this file; the stories are invented.
"""

from __future__ import annotations

import pytest

from claimcheck.engine.index import Mention, build_lexicon
from claimcheck.engine.terms import Terms
from tests.engine.verdicts import bound_mentions

LEXICON = build_lexicon(
    [
        (Terms.of(["died", "killed", "dead"]), None),
        (Terms.of(["damages"]), "currency:EUR"),
    ]
)


def mentions(text: str) -> dict[str, Mention]:
    return bound_mentions(text, LEXICON)


@pytest.mark.parametrize(
    ("text", "number", "year"),
    [
        (
            "Harl, 2 May 2026\n\nFour people died when a bus hit the bridge in 2013.",
            "Four",
            "2013",
        ),
        (
            "Harl, 2 May 2026\n\nNine were killed after the dam gave way"
            " there in March 1999.",
            "Nine",
            "1999",
        ),
        (
            "Twelve people died during the storms of 2008 in the north.",
            "Twelve",
            "2008",
        ),
        (
            "The council paid EUR 4 million in damages following a flood in 2017.",
            "EUR 4 million",
            "2017",
        ),
    ],
)
def test_a_time_clause_with_a_year_dates_the_figure(
    text: str, number: str, year: str
) -> None:
    mention = mentions(text)[number]
    assert mention.scope == "period"
    assert mention.qualifier is not None
    assert text[mention.qualifier[0] : mention.qualifier[1]].endswith(year)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # no year: the story's own time
        ("Harl, 2 May 2026\n\nSeven people died when the bus left the road.", "Seven"),
        # the story's own year, given again in its date
        (
            "Harl, 2 May 2026\n\nSeven people died when the bus left the road"
            " on 1 May 2026.",
            "Seven",
        ),
        # a record's frame opens no time clause
        (
            "Harl, 2 May 2026\n\nSeven people died, the worst toll since 2013.",
            "Seven",
        ),
    ],
)
def test_the_story_own_time(text: str, number: str) -> None:
    assert mentions(text)[number].scope == ""
