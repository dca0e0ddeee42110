"""Sequences of states, possibilities, rumours, set phrases and surnames."""

from __future__ import annotations

import pytest

from claimcheck.engine.idioms import idiom_of
from claimcheck.engine.prospects import (
    carried_out,
    possible_after,
    proposed_before,
    rumoured,
)
from claimcheck.engine.sequences import earlier_lead, later_clauses, other_events_out
from claimcheck.engine.surnames import full_name, lone_surnames


@pytest.mark.parametrize(
    ("tail", "possible"),
    [
        (" remain possible, the company said.", True),
        (" could become possible next year.", True),
        (" remains an option, the chief executive said.", True),
        (" were on the table until Friday.", True),
        (" is under consideration.", True),
        (" were being considered.", True),
        (" will go ahead in June.", False),
        (" were announced on Friday.", False),
        (", which were possible, ...", False),
    ],
)
def test_a_possibility_after_the_statement(tail: str, possible: bool) -> None:
    text = "Redundancies" + tail
    assert possible_after(text, [(0, 12)], len(text)) is possible


def test_a_possibility_between_the_statements_words() -> None:
    text = "Ratifying the deal remains an option for the union."
    assert possible_after(text, [(0, 9), (14, 18), (45, 50)], len(text))
    text = "Ratifying the deal was a relief for the union."
    assert not possible_after(text, [(0, 9), (14, 18), (40, 45)], len(text))


@pytest.mark.parametrize(
    ("lead", "proposed"),
    [
        ("The company had proposed 400 ", True),
        ("The board proposed two ", True),
        ("Ministers mooted a ", True),
        ("the planned ", True),
        ("The company announced 400 ", False),
        ("The company made 300 ", False),
    ],
)
def test_a_proposal_before_the_statement(lead: str, proposed: bool) -> None:
    assert proposed_before(lead) is proposed


@pytest.mark.parametrize(
    ("lead", "rumoured_"),
    [
        ("Rumours that the ", True),
        ("Many people speculated that ", True),
        ("A conspiracy theory that the ", True),
        ("Conspiracy theories claiming the ", True),
        ("Speculation that the ", True),
        ("Some users claimed without evidence that the ", True),
        ("Police said the ", False),
        ("Reports that the ", False),
    ],
)
def test_a_rumour_around_the_statement(lead: str, rumoured_: bool) -> None:
    assert rumoured(lead, " was confirmed.") is rumoured_


@pytest.mark.parametrize(
    ("lead", "tail", "rumoured_"),
    [
        ("Claims that ", " spread online.", True),
        ("Reports that the ", " circulated overnight.", True),
        ("Reports that the ", " were confirmed on Monday.", False),
        ("Police said the ", " spread online.", False),
    ],
)
def test_a_report_that_only_spread(lead: str, tail: str, rumoured_: bool) -> None:
    assert rumoured(lead, tail) is rumoured_


def test_an_aside_of_another_event_is_left_out() -> None:
    text = "The suspect, after first denying the charges, confessed"
    assert "denying" not in other_events_out(text)
    text = "The suspect, who denied the charges, confessed"
    assert other_events_out(text) == text


@pytest.mark.parametrize(
    ("window", "done"),
    [
        ("The company went ahead with plans to ", True),
        ("The union carried out its threat to ", True),
        ("The district went ahead with its plan to ", True),
        ("The company announced plans to ", False),
        ("The union threatened to ", False),
    ],
)
def test_a_plan_carried_out(window: str, done: bool) -> None:
    assert carried_out(window) is done


@pytest.mark.parametrize(
    ("lead", "dropped"),
    [
        (
            "After denying the charges for a year, the ",
            "After denying the charges for a year,",
        ),
        ("Having rejected the offer twice, the ", "Having rejected the offer twice,"),
        ("Police said the ", ""),
        ("If the ", ""),
    ],
)
def test_a_phrase_of_another_event_opening_the_clause(lead: str, dropped: str) -> None:
    assert lead[: earlier_lead(lead)] == dropped


def test_a_second_telling_in_a_clause_is_a_clause_of_its_own() -> None:
    # "The banker had pleaded not guilty before he pleaded guilty."
    #  subject (4, 10); pleaded (15, 22) and (44, 51); guilty (27, 33), (52, 58)
    hits = [((4, 10),), ((15, 22), (44, 51)), ((27, 33), (52, 58))]
    assert list(later_clauses(hits, (0, 59), (0, 59))) == [
        ((0, 59), (0, 59)),
        ((33, 59), (0, 59)),
    ]
    # one telling: the clause alone
    assert list(later_clauses([((4, 10),), ((15, 22),)], (0, 30), (0, 30))) == [
        ((0, 30), (0, 30))
    ]


def test_set_phrases_state_or_deny_a_word() -> None:
    assert "by hand" in idiom_of("manually").states
    assert "in good physical health" in idiom_of("healthy").states
    assert "in poor health" in idiom_of("healthy").denies
    assert idiom_of("resigned").states == ()


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Marta Ilves resigned", True),
        ("Elena Sarrat was arrested", True),
        ("the minister resigned", False),
        ("Reyes resigned", False),
        ("Norvale UK recalled the tablets", False),
    ],
)
def test_a_full_name_opens_a_statement(text: str, named: bool) -> None:
    assert full_name(text) is named


def test_a_surname_alone_after_the_full_name() -> None:
    text = (
        "Marta Ilves spoke. Ilves resigned. Peter Ilves stayed. On Friday, Ilves left."
    )
    first = ((0, 5),)
    last = ((6, 11), (19, 24), (41, 46), (66, 71))
    assert lone_surnames(text, first, last) == ((19, 24), (66, 71))
    # never before the full name, nor without it
    assert (
        lone_surnames("Ilves spoke. Marta Ilves left.", ((13, 18),), ((0, 5), (19, 24)))
        == ()
    )
    assert lone_surnames("Ilves spoke.", (), ((0, 5),)) == ()
