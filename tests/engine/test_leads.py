"""What leads into a statement's verb in -ing, and others' intentions."""

from __future__ import annotations

import re
from typing import Any

import pytest

from claimcheck.engine import leads
from claimcheck.engine.leads import commanded, gerund_lead, others_intent


@pytest.mark.parametrize(
    ("window", "lead"),
    [
        ("The minister stopped short of ", "negation"),
        ("The union refrained from ", "negation"),
        ("Regulators held off ", "negation"),
        ("The minister avoided ", "negation"),
        ("The protesters proposed ", "intention"),
        ("Halvex agreed to consider ", "intention"),
        ("The council is weighing ", "intention"),
        ("The minister talked of ", "intention"),
        ("An advisory panel recommended ", "intention"),
        ("The pilots are close to ", "intention"),
        ("The union came closer to ", "intention"),
        ("The depot close to the river began ", None),
        ("After ", None),
        ("The union called off the strike after ", None),
        ("Regulators closed the plant after considering the ", None),
    ],
)
def test_a_lead_in_ing(window: str, lead: str | None) -> None:
    assert gerund_lead(window) == lead


@pytest.mark.parametrize(
    ("window", "others"),
    [
        ("The minister was not asked to ", True),
        ("Nobody urged the minister to ", True),
        ("The mayor is not expected to ", True),
        ("The minister has no plans to ", False),
        ("The minister never offered to ", False),
    ],
)
def test_an_intention_of_others(window: str, others: bool) -> None:
    assert others_intent(window) is others


@pytest.mark.parametrize(
    "text",
    [
        "Officials told rescuers to stand down.",
        "The crew was ordered to  leave the ship.",
        "Guards were instructed TO be ready.",
        "Staff were advised to\u00a0be careful.",
        "Miners were told to\tleave, then to stay.",
        "The pilots were told they would fly.",
        "The court ordered a retrial, to the relief of many.",
        "He was directed in writing to resign.",
        "They were told: to go.",
        "Told to leave, they stayed.",
    ],
)
def test_a_command_is_sought_wherever_its_pattern_matches(text: str) -> None:
    # every word taken as the statement's: the window before each one is
    # skipped only where the command's pattern finds nothing in it
    words = [(m.start(), m.end()) for m in re.finditer(r"\w+", text)]
    # (the guarded pattern's own, unguarded)
    command: Any = leads._COMMAND
    for k, word in enumerate(words):
        start = word[0]
        hit = command.pattern.search(text, max(0, start - 80), start)
        found = commanded(text, (word,), 0)
        assert found == (hit is not None and not word[0] <= hit.start() < word[1])
        if hit is not None:
            last = text[max(0, start - 80) : start].rstrip()[-2:]
            assert last.lower() in leads._TO_BE, (text, k)
