"""The verbs news tells events with, in the other words reports use."""

from __future__ import annotations

import pytest

from claimcheck.engine.eventverbs import other_words
from tests.engine.verdicts import verdicts


def test_a_claims_verb_takes_the_words_reports_use() -> None:
    assert {"fired", "ousted", "forced out"} <= set(other_words("dismissed"))
    assert {"rejected", "refuted"} <= set(other_words("denied"))
    assert {"requested", "asked for"} <= set(other_words("applied"))
    assert "withdrew" not in other_words("revoked")


@pytest.mark.parametrize(
    ("claim", "text", "expected"),
    [
        ("the curator was dismissed", "The curator was forced out in May.", {True}),
        ("the curator was dismissed", "The curator fired two guards.", set()),
        ("the bank denied the reports", "The bank rejected the reports.", {True}),
        ("the envoy applied for asylum", "The envoy requested asylum.", {True}),
        ("the envoy applied for asylum", "The envoy asked for time.", set()),
        ("the mayor refused to resign", "The mayor rejected calls to resign.", {True}),
        (
            "Pellam Air's licence was revoked",
            "The regulator cancelled Pellam Air's licence.",
            {True},
        ),
        (
            "Pellam Air's licence was revoked",
            "Pellam Air withdrew its licence application.",
            set(),
        ),
    ],
)
def test_an_act_in_the_other_words_reports_use(
    claim: str, text: str, expected: set[bool | None]
) -> None:
    assert verdicts(claim, text) == expected
