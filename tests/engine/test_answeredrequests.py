"""A request to do a thing, refused or granted, before the thing's verb."""

from __future__ import annotations

import pytest

from claimcheck.engine.answeredrequests import answered_request


@pytest.mark.parametrize(
    ("window", "answer"),
    [
        ("Tarrow Aero refused to meet the strikers' demand to ", "refused"),
        ("Tarrow Aero rejected the union's demand to ", "refused"),
        ("The board turned down calls to ", "refused"),
        ("The minister refused demands to ", "refused"),
        ("The mayor brushed aside calls for him to ", "refused"),
        ("Tarrow Aero met the strikers' demand to ", "granted"),
        ("The minister bowed to calls to ", "granted"),
        # a request made or renewed, with no answer
        ("Opposition parties renewed their calls for the minister to ", None),
        ("The union repeated its demand to ", None),
        ("The strikers demanded that the firm ", None),
        # a refusal of something else than the request
        ("The firm rejected the offer and agreed to ", None),
    ],
)
def test_answered_request(window: str, answer: str | None) -> None:
    assert answered_request(window) == answer
