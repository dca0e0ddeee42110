"""A statement's subject named as the one another party belongs to."""

from __future__ import annotations

import pytest

from claimcheck.engine.relations import held_by_relation
from tests.engine.verdicts import verdicts


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("A supplier of Halden Shipyards filed for bankruptcy.", True),
        ("The board of Halden Shipyards filed for bankruptcy.", False),
        ("Regulators revoked the licence of Halden Shipyards' handling agent.", True),
        ("Regulators revoked Halden Shipyards' operating licence.", False),
    ],
)
def test_a_relation_holding_the_subject_after_of_or_owned_by_it(
    text: str, held: bool
) -> None:
    start = text.index("Halden")
    assert held_by_relation(text, (start, start + 6), 0) is held


@pytest.mark.parametrize(
    ("claim", "text", "expected"),
    [
        (
            "Halden Shipyards filed for bankruptcy",
            "A supplier of Halden Shipyards filed for bankruptcy.",
            set(),
        ),
        (
            "Halden Shipyards filed for bankruptcy",
            "A subsidiary of Halden Shipyards filed for bankruptcy on Monday.",
            set(),
        ),
        (
            "Halden Shipyards filed for bankruptcy",
            "Halden Shipyards, a supplier of warships, filed for bankruptcy.",
            {True},
        ),
        (
            "Pellam Air's licence was revoked",
            "The licence of Pellam Air's handling agent was revoked.",
            set(),
        ),
        (
            "Pellam Air's licence was revoked",
            "Pellam Air's operating licence was revoked.",
            {True},
        ),
        (
            "the pilot applied for asylum",
            "The wife of the pilot applied for asylum.",
            set(),
        ),
    ],
)
def test_another_partys_act_is_not_the_subjects(
    claim: str, text: str, expected: set[bool | None]
) -> None:
    assert verdicts(claim, text) == expected
