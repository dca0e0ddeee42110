"""Totals over years and yearly tolls (claimcheck/engine/yearspans.py).

Every sentence here is written for this file; the stories are invented.
"""

from __future__ import annotations

import pytest

from claimcheck.engine.index import Mention, build_lexicon
from claimcheck.engine.terms import Terms
from tests.engine.verdicts import bound_mentions

LEXICON = build_lexicon(
    [
        (
            Terms.of(
                ["killed", "died", "dead", "drowned", "lives", "injured", "bodies"]
            ),
            None,
        ),
        (Terms.of(["trainees", "apprentices"]), None),
    ]
)


def mentions(text: str) -> dict[str, Mention]:
    return bound_mentions(text, LEXICON)


@pytest.mark.parametrize(
    ("text", "number", "said"),
    [
        (
            "Since 2012 about 2,300 people have drowned in the estuary.",
            "about 2,300",
            "Since 2012",
        ),
        (
            "At least 700 climbers have died on the peak since the 1980s.",
            "At least 700",
            "since the 1980s",
        ),
        (
            "Since the start of the year the region's roads have killed 410 people.",
            "410",
            "Since the start of the year",
        ),
        (
            "In the past three decades, 5,100 miners were killed in the province.",
            "5,100",
            "In the past three decades",
        ),
        (
            "Some 90 skiers are killed by avalanches every year.",
            "Some 90",
            "every year",
        ),
        (
            "Around 1,400 people a year are injured on the crossing.",
            "Around 1,400",
            "a year",
        ),
        ("The river claims roughly 60 lives annually.", "roughly 60", "annually"),
    ],
)
def test_a_total_over_years_is_another_period(
    text: str, number: str, said: str
) -> None:
    mention = mentions(text)[number]
    assert mention.scope == "period"
    assert mention.qualifier is not None
    assert text[mention.qualifier[0] : mention.qualifier[1]] == said


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # the story's own time
        ("Since Tuesday, 130 bodies have been recovered.", "130"),
        ("Since the dam burst, 130 people have died.", "130"),
        # a record's frame: how long the record stood
        ("The blast killed 212, the worst toll in the last twenty years.", "212"),
        ("It was the deadliest day since 1996, with 212 people killed.", "212"),
        # another figure stands between
        ("Since 2015, when 40 died, the toll has reached 212 killed.", "212"),
        # a yearly figure of anything but a toll is the amount itself
        ("The yard takes on 600 apprentices a year.", "600"),
        # since the story's own start
        ("The yard has trained 2,000 apprentices since it opened.", "2,000"),
    ],
)
def test_the_story_s_own_time_stays_the_whole(text: str, number: str) -> None:
    assert mentions(text)[number].scope != "period"
