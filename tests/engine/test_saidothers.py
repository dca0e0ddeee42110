"""A statement's subject who says that another did the act."""

from __future__ import annotations

import pytest

from tests.engine.verdicts import verdicts


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The minister said the mayor resigned.", set()),
        ("The minister said that Ilves resigned.", set()),
        ("The minister told reporters that two aides resigned.", set()),
        ("The minister said she resigned.", {True}),
        ("The minister resigned, the mayor said.", {True}),
        ("The mayor said the minister resigned.", {True}),
        ("The minister said the resignation was final.", {True}),
        ("The minister said the talks failed, and resigned.", {True}),
    ],
)
def test_another_subject_after_a_verb_of_saying_does_the_act(
    text: str, found: set[bool | None]
) -> None:
    assert verdicts("the minister resigned", text) == found


def test_a_general_noun_for_the_named_body_is_no_other_subject() -> None:
    text = "A Norvale spokesman said the company will appeal."
    assert verdicts("Norvale will appeal", text) == {True}
