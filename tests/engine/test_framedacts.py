"""Acts told by a verb that the words after it complete, and a doer named
in a clause of its own after the act."""

from __future__ import annotations

import pytest

from claimcheck.engine.framedacts import framed_complete, framed_heads
from tests.engine.verdicts import verdicts


def test_a_verb_of_the_table_takes_its_phrases_verbs() -> None:
    forms, lemma = framed_heads("sued")
    assert lemma == "sue"
    assert {"took", "taken", "takes"} <= set(forms)
    # (a noun after a determiner is no act: "the fine")
    assert framed_heads("fine", "the") == ((), "")
    assert framed_heads("merged") == ((), "")


def test_a_phrases_verb_needs_its_ending_inside_the_clause() -> None:
    text = "The council took the firm to court. The council took the firm to task."
    took = text.index("took")
    assert framed_complete(text, [(took, took + 4)], [(0, "sue")], text.index("."))
    later = text.index("took", took + 1)
    assert not framed_complete(text, [(later, later + 4)], [(0, "sue")], len(text))


@pytest.mark.parametrize(
    ("claim", "text", "expected"),
    [
        (
            "the council sued the waste firm",
            "The council took the waste firm to court.",
            {True},
        ),
        (
            "the council sued the waste firm",
            "The waste firm was taken to court by the council.",
            {True},
        ),
        (
            "the council sued the waste firm",
            "The council took the waste firm to task.",
            set(),
        ),
        (
            "the council sued the waste firm",
            "The council has not taken the waste firm to court.",
            {False},
        ),
        (
            "the army released the four hostages",
            "The army set the four hostages free.",
            {True},
        ),
        ("the club cancelled the gala", "The club called the gala off.", {True}),
        ("the club cancelled the gala", "The club called the gala a success.", set()),
        (
            "the grocer recalled its cheese",
            "The grocer pulled its cheese from shelves.",
            {True},
        ),
        (
            "the grocer recalled its cheese",
            "The grocer pulled its cheese from the fair.",
            set(),
        ),
        (
            "the agency fined the bank",
            "The agency ordered the bank to pay a penalty.",
            {True},
        ),
        (
            "the agency fined the bank",
            "The agency ordered the bank to pay compensation.",
            set(),
        ),
        ("the governor resigned", "The governor quit on Friday.", {True}),
        ("the governor resigned", "The governor quit smoking.", set()),
        ("the governor resigned", "The governor quit the party.", set()),
        ("the governor resigned", "The governor gave up her post.", {True}),
    ],
)
def test_an_act_told_by_a_phrase_holding_its_object(
    claim: str, text: str, expected: set[bool | None]
) -> None:
    assert verdicts(claim, text) == expected


def test_the_act_is_read_from_the_phrases_verb_where_what_governs_it_stands() -> None:
    # "free" alone says "released", but here "promised to" governs "set"
    assert verdicts(
        "the army released the four hostages",
        "The army promised to set the four hostages free.",
    ) == {None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Residents sued the mill after the council declined to act.", set()),
        ("Residents sued the mill when the council stayed silent.", set()),
        ("Residents sued the mill before the council finally sued it.", {True}),
        ("The mill was sued by the council after the flood.", {True}),
        ("After the flood, the council sued the mill.", {True}),
    ],
)
def test_a_doer_named_in_a_clause_of_its_own_after_the_act(
    text: str, expected: set[bool | None]
) -> None:
    assert verdicts("the council sued the mill", text) == expected


@pytest.mark.parametrize(
    ("claim", "text", "expected"),
    [
        (
            "police released the two reporters",
            "Police let the two reporters go.",
            {True},
        ),
        ("the banker was extradited", "The banker was handed over to Varnia.", {True}),
        (
            "the firm's licence was revoked",
            "Ministers stripped the firm of its licence.",
            {True},
        ),
        (
            "the agency approved the pill",
            "The agency gave the green light to the pill.",
            {True},
        ),
        ("the agency approved the pill", "The agency signed off on the pill.", {True}),
        (
            "the agency approved the pill",
            "The agency cleared the pill for sale.",
            {True},
        ),
        (
            "the agency approved the pill",
            "The agency cleared the pill of blame.",
            set(),
        ),
        (
            "the agency approved the pill",
            "The agency granted approval for the pill.",
            {True},
        ),
        ("the carrier apologised", "The carrier said it was deeply sorry.", {True}),
        ("the carrier apologised", "The carrier said it was ready.", set()),
        (
            "the firm denied the claims",
            "The firm dismissed the claims as lies.",
            {True},
        ),
        ("the firm denied the claims", "The firm said the claims were false.", {True}),
        (
            "the firm denied the claims",
            "The firm said the claims were not false.",
            set(),
        ),
        (
            "the envoy applied for asylum",
            "The envoy claimed asylum at the border.",
            {True},
        ),
        (
            "the envoy applied for asylum",
            "The envoy claimed the border was shut.",
            set(),
        ),
        (
            "the dairy recalled its cheese",
            "The dairy announced a recall of its cheese.",
            {True},
        ),
        ("the union reached a deal", "The union struck a deal at dawn.", {True}),
        ("the union reached a deal", "The union agreed a pay deal.", {True}),
        ("the union reached the depot", "The union agreed a deal at the depot.", set()),
        ("the union reached a deal", "The union agreed the deal was poor.", set()),
        (
            "the yard filed for bankruptcy",
            "The yard sought bankruptcy protection.",
            {True},
        ),
        ("the yard filed for bankruptcy", "The yard declared bankruptcy.", {True}),
        (
            "the yard filed a complaint",
            "The yard sought protection from a complaint.",
            set(),
        ),
        ("the state opened an inquiry", "The state launched an inquiry.", {True}),
        (
            "the state opened the bridge",
            "The state launched an inquiry into the bridge.",
            set(),
        ),
    ],
)
def test_acts_as_news_words_them_told_by_a_phrase(
    claim: str, text: str, expected: set[bool | None]
) -> None:
    assert verdicts(claim, text) == expected
