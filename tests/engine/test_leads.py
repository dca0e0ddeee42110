"""What leads into a statement's verb in -ing, and others' intentions."""

from __future__ import annotations

import pytest

from claimcheck.engine.leads import gerund_lead, others_intent


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
