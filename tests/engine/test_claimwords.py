"""A claim's "would" read as the future it reports, and its "May" as the
month."""

from __future__ import annotations

import pytest

from claimcheck.engine.statements import parse_sentence
from tests.engine.verdicts import no_vocabulary, verdicts


def test_a_claims_would_is_the_future_it_reports() -> None:
    sentence = parse_sentence("the mine would reopen", no_vocabulary)
    assert sentence.cues.suppositions == {"future"}
    # (another modal or a condition keeps the claim's supposition as it is)
    assert (
        "future"
        not in parse_sentence(
            "the mine would reopen if prices rose", no_vocabulary
        ).cues.suppositions
    )
    assert (
        "future"
        not in parse_sentence("the mine could reopen", no_vocabulary).cues.suppositions
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mine will reopen, the owners said.", {True}),
        ("The owners said the mine would reopen.", {True}),
        ("The mine could reopen, the owners said.", {None}),
        ("The mine will reopen only if prices rise.", {None}),
        ("The mine will not reopen.", {False}),
    ],
)
def test_a_claims_would_is_stated_by_the_articles_will(
    text: str, expected: set[bool | None]
) -> None:
    assert verdicts("the mine would reopen", text) == expected


def test_may_with_its_capital_in_a_claim_is_the_month() -> None:
    claim = "the canal reopened in May"
    assert verdicts(claim, "The canal reopened in May.") == {True}
    assert verdicts(claim, "The canal reopened in June.") == set()
    assert verdicts(claim, "The canal may reopen in June.") == set()
