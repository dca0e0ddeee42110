"""Votes given as a score or a tally (claimcheck/engine/votes.py).

Sentences on several decisions (a rate committee, a court, a union ballot,
a council, a parliament, a shareholder meeting, a jury), each checked
against claims naming the winning or the losing side.
"""

from __future__ import annotations

import pytest

from claimcheck.claims import Location, QuantityClaim, Scope
from claimcheck.engine import votes
from claimcheck.engine.articles import parse_article
from claimcheck.engine.index import build_lexicon, index_article
from claimcheck.engine.match import match_claim
from claimcheck.engine.numbers.interval import Interval
from claimcheck.engine.numbers.reader import read_quantities
from claimcheck.engine.terms import Terms
from claimcheck.engine.votes import vote_evidence

FOR = ("voted for", "in favour", "backed", "supported")
AGAINST = ("voted against", "against", "opposed")
MAJORITY = ("majority", "sided with")
DISSENT = ("dissented", "dissent", "minority")


def claim(measure: tuple[str, ...], value: float) -> QuantityClaim:
    expected = Interval.point(value)
    return QuantityClaim(
        id="v",
        description="",
        location=Location(path="assertions/votes.yaml", line=1, column=1),
        measure=Terms.of(measure),
        expected=expected,
        stated=expected,
        context_scope=Scope.PARAGRAPH,
    )


def verdict(text: str, measure: tuple[str, ...], value: float) -> str:
    c = claim(measure, value)
    index = index_article(
        parse_article(text, path="a.txt"), build_lexicon([(c.measure, None)])
    )
    return match_claim(c, index).kind.value


@pytest.mark.parametrize(
    ("text", "winners", "losers"),
    [
        ("The board voted 7-2 to approve the merger.", 7, 2),
        (
            "Shareholders approved the pay deal 1,204-388 at the annual meeting.",
            1204,
            388,
        ),
        ("The jury split 10-2, the judge was told.", 10, 2),
        ("Senators voted 61 to 38 to confirm the nominee.", 61, 38),
        ("The amendment was carried by nine votes to two.", 9, 2),
        ("The assembly adopted the budget by forty-one votes to nine.", 41, 9),
        ("A 7-2 majority of the appeals court upheld the fine.", 7, 2),
        ("Results\n\nVote: 11-4\n\nThe motion carried.", 11, 4),
        ("The motion passed by a margin of 23–19 on Thursday.", 23, 19),
        ("The final tally was 23-19.", 23, 19),
    ],
)
def test_each_side_of_a_vote(text: str, winners: int, losers: int) -> None:
    assert verdict(text, FOR, winners) == "supported"
    assert verdict(text, AGAINST, losers) == "supported"
    assert verdict(text, MAJORITY, winners) == "supported"
    assert verdict(text, DISSENT, losers) == "supported"
    # the other side's count is another measure: neither side is contradicted
    # by it, but a count that differs is
    assert verdict(text, FOR, winners + 1) == "contradicted"
    assert verdict(text, AGAINST, losers + 1) == "contradicted"


@pytest.mark.parametrize(
    "text",
    [
        "The union's members rejected the pay offer 3,120-880.",
        "The High Court ruled 3,120-880 against the city.",
        "The motion was defeated by 3,120 votes to 880.",
    ],
)
def test_a_decision_against_something(text: str) -> None:
    # the winners are the side against; majority and minority stay
    assert verdict(text, AGAINST, 3120) == "supported"
    assert verdict(text, FOR, 880) == "supported"
    assert verdict(text, MAJORITY, 3120) == "supported"
    assert verdict(text, DISSENT, 880) == "supported"


@pytest.mark.parametrize(
    "text",
    [
        "The plan passed 41-9, against the advice of the council's officers.",
        "Councillors voted 41 to 9 in favour, opposing the mayor for once.",
    ],
)
def test_against_in_another_clause_leaves_the_sides(text: str) -> None:
    assert verdict(text, FOR, 41) == "supported"
    assert verdict(text, AGAINST, 9) == "supported"


@pytest.mark.parametrize(
    ("text", "measure", "value"),
    [
        # a game's score, even beside a vote word
        ("The council voted to fund the club that lost 5-4 on Saturday.", FOR, 5),
        ("Vale beat Dunmore 5-4 in the cup final.", FOR, 5),
        ("The final score was 5-4 after a vote-winning save.", FOR, 5),
        ("The committee's side won 5-4, a week after the vote.", FOR, 5),
        # a date, a range, a change, a share
        ("Minutes of the vote taken on 5-4-2026 were published.", FOR, 5),
        ("The plan backed by the council covers 300-400 homes.", FOR, 400),
        ("Members voted to cut the levy from 5 to 4 per cent.", FOR, 5),
        ("Members voted to cut the levy 5 to 4 per cent.", AGAINST, 4),
        # equal counts: no winner
        ("The committee split 4-4 and the chair held the rate.", FOR, 4),
        # a claim naming both sides, or neither
        ("The motion carried 41 to 9.", ("in favour", "against"), 41),
        ("The motion carried 41 to 9.", ("votes",), 41),
    ],
)
def test_no_vote_count(text: str, measure: tuple[str, ...], value: float) -> None:
    assert verdict(text, measure, value) == "missing"


@pytest.mark.parametrize(
    "text",
    [
        # an earlier vote
        "A similar bill passed 290-140 in 2019.",
        "In 2019 a similar bill passed 290-140.",
        "Last year the house voted 290-140 for a similar bill.",
        # a vote supposed, not taken
        "The committee is expected to vote 290-140 to cut.",
        "If the bill passes 290-140, it goes to the senate.",
    ],
)
def test_a_vote_not_the_one_taken(text: str) -> None:
    # neither agrees nor contradicts: 290 and 140 are not this vote's counts
    assert verdict(text, FOR, 312) == "missing"
    assert verdict(text, AGAINST, 118) == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "The housing bill passed 312-118 on Tuesday, after a bill in 2019 failed.",
        "After the bill failed in 2019, the housing bill passed 312-118 on Tuesday.",
    ],
)
def test_an_earlier_year_in_another_clause(text: str) -> None:
    assert verdict(text, FOR, 312) == "supported"
    assert verdict(text, AGAINST, 130) == "contradicted"


def test_the_losing_side_does_not_contradict_the_winners() -> None:
    text = "Four members preferred to hold the rate; nine voted against a rise."
    assert verdict(text, FOR, 5) == "missing"


@pytest.mark.parametrize(
    ("measure", "value"),
    [
        # a side named only in passing, or words that may count anything
        (("applied for asylum",), 7),
        (("backed",), 7),
        (("supported", "backed"), 2),
        (("opposed",), 2),
        (("called for", "voted"), 7),
    ],
)
def test_a_measure_naming_no_side_of_a_vote(
    measure: tuple[str, ...], value: float
) -> None:
    text = "The council approved the asylum plan 7-2 on Monday."
    assert verdict(text, measure, value) == "missing"
    assert verdict(text, measure, value + 1) == "missing"


@pytest.mark.parametrize(
    ("measure", "value"),
    [
        (("supported", "voted for"), 7),
        (("votes in favour of",), 7),
        (("Voted  Against",), 2),
        (("the minority",), 2),
        (("in dissent", "dissenters"), 2),
    ],
)
def test_a_measure_naming_a_side(measure: tuple[str, ...], value: float) -> None:
    text = "The council approved the asylum plan 7-2 on Monday."
    assert verdict(text, measure, value) == "supported"
    assert verdict(text, measure, value + 1) == "contradicted"


def test_a_claim_with_a_unit_gets_no_count() -> None:
    c = QuantityClaim(
        id="v",
        description="",
        location=Location(path="assertions/votes.yaml", line=1, column=1),
        measure=Terms.of(FOR),
        expected=Interval.point(71),
        stated=Interval.point(71),
        unit="%",
    )
    text = "Members backed the strike 71-29."
    index = index_article(parse_article(text, path="a.txt"), build_lexicon([]))
    assert vote_evidence(c, index) == []


def test_the_reader_reads_no_range_in_a_score() -> None:
    # "41 to 9" is no range from 9 to 41; "300 to 400" still is
    assert read_quantities("The motion carried 41 to 9.") == ()
    (homes,) = read_quantities("It covers 300 to 400 homes.")
    assert (homes.interval.low, homes.interval.high) == (300, 400)


def test_the_prefilter_lets_every_vote_word_through() -> None:
    # the article is searched only when it holds one of the stems: each word
    # that makes a pair a vote's must hold one
    before = """vote votes voted voting ballot carry carries carried pass passes
    passed split ruled margin majority decision ruling verdict tally approved
    adopted rejected defeated endorsed upheld overturned""".split()
    after = "vote votes majority ruling decision verdict split margin".split()
    for word in before:
        assert votes._BEFORE.search(f"The {word} "), word
    for word in after:
        assert votes._AFTER.match(f" {word}"), word
    for word in {*before, *after}:
        assert any(stem in word for stem in votes._STEMS), word
