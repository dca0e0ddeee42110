"""Figures beside a story's whole: margins, capacities, portions and sums.

Each sentence is read by the index with a small lexicon; the test names the
scope the figure gets ("" for the whole) or the sum it is part of.  Every
sentence here is written for this file.
"""

from __future__ import annotations

import pytest

from claimcheck.engine.articles import parse_article
from claimcheck.engine.index import ArticleIndex, build_lexicon, index_article
from claimcheck.engine.terms import Terms

LEXICON = build_lexicon(
    [
        (Terms.of(["votes", "seats", "cases", "killed", "margin"]), None),
        (Terms.of(["containers", "passengers", "vehicles", "aboard"]), None),
        (Terms.of(["operating margin"]), "%"),
        (Terms.of(["tunnel", "pipeline", "long", "shaft", "deep", "depth"]), "m"),
        (Terms.of(["cost", "costs", "grant", "spent"]), "currency:USD"),
    ]
)


def _index(text: str) -> ArticleIndex:
    return index_article(parse_article(text, path="a.txt"), LEXICON)


def _scopes(text: str) -> dict[str, str]:
    """The scope of each bound figure, by its words."""
    return {m.quantity.text: m.scope for m in _index(text).mentions if m.bound}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Yes won by 721,567 votes, the board said.", "721,567"),
        ("Halm beat the mayor by about 4,000 votes.", "about 4,000"),
        ("Ory led Dekker by 38,200 votes in the city.", "38,200"),
        ("The Greens' winning margin was 1,204 votes.", "1,204"),
        ("Her margin of victory was some 900 votes.", "some 900"),
        ("The gap narrowed to 300 votes on Sunday.", "300"),
        ("Her lead over the two Greens was 2,000 votes.", "2,000"),
        ("Teller won with a 2,310-vote margin.", "2,310"),
        ("Clinics saw 12 cases more than in 2023.", "12"),
        ("Labour finished 41 seats ahead of the Greens.", "41"),
        ("The coalition ended 6 seats short of a majority.", "6"),
    ],
)
def test_a_margin_is_a_difference(text: str, figure: str) -> None:
    assert _scopes(text)[figure] == "difference"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the agents of a passive, a vote's tally, a time
        ("The motion was carried by 41 votes to 9.", "41"),
        ("The march was led by 40 councillors holding 200 votes.", "200"),
        ("A team led by 12 officers counted 3,000 votes.", "3,000"),
        ("Floods killed 20 people more than a year ago.", "20"),
        ("Water reached 40 cases less than a mile from the river.", "40"),
        ("The board counted 2,104,330 votes, a lead of 721,567 for Yes.", "2,104,330"),
        # a claim on the margin itself binds to its noun
        ("The operating margin widened to 7.4%.", "7.4%"),
        ("He was jailed for 25 years and 300 votes were recounted.", "300"),
    ],
)
def test_no_margin(text: str, figure: str) -> None:
    assert _scopes(text)[figure] == ""


@pytest.mark.parametrize(
    ("text", "figure", "scope"),
    [
        (
            "Some 4,700 containers sat on the 10,000-container ship.",
            "10,000",
            "capacity",
        ),
        ("The 400-passenger Lindqvist sank off Hallo Point.", "400", "capacity"),
        ("A 900-passenger vessel joined the search.", "900", "capacity"),
        (
            "The Vessa, a 10,000-container ship, was built in 2019.",
            "10,000",
            "capacity",
        ),
        # a vehicle's own fittings are its whole; other nouns are no vessel
        ("A 40-vehicle pile-up closed the road.", "40", ""),
        ("Crews have bored 47 metres of the rescue tunnel.", "47 metres", "part"),
        ("Only 11 metres of the tunnel remain to be bored.", "11 metres", "part"),
        ("Workers replaced 31 metres of its pipeline.", "31 metres", "part"),
        ("All 58 metres of the tunnel were lined.", "58 metres", ""),
        ("The tunnel is 58 metres long.", "58 metres", ""),
        # a length dug so far, or still to dig
        ("The shaft has been drilled to 47 metres.", "47 metres", "part"),
        ("Drilling of the shaft stopped at 47 metres.", "47 metres", "part"),
        ("Crews dug the tunnel 41 metres into the hill.", "41 metres", "part"),
        ("Only 11 metres of the shaft are still to dig.", "11 metres", "part"),
        (
            "The shaft reached a depth of 47 metres, with 11 metres to go.",
            "47 metres",
            "part",
        ),
        (
            "The shaft reached a depth of 58 metres, and the miners were freed.",
            "58 metres",
            "",
        ),
        ("The shaft has its last 16 metres unlined.", "16 metres", "part"),
        ("The tunnel is 58 metres long and will be drilled in May.", "58 metres", ""),
        ("Its depth of 58 metres remains a record.", "58 metres", ""),
    ],
)
def test_capacities_and_portions(text: str, figure: str, scope: str) -> None:
    assert _scopes(text)[figure] == scope


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "The closure cost $380 million in lost revenue plus $170 million"
            " in extra costs.",
            550e6,
        ),
        ("Repairs cost $60 million in materials and $36 million in labour.", 96e6),
        ("The grant spent $4 million on roads plus $2 million on schools.", 6e6),
        ("The ruling cost the firm a $9 million fine plus $4 million in fees.", 13e6),
    ],
)
def test_amounts_told_kind_by_kind_add_up(text: str, total: float) -> None:
    mentions = _index(text).mentions
    sums = [m for m in mentions if m.rule == "sum"]
    assert [m.quantity.interval.low for m in sums] == [total]
    assert [m.scope for m in mentions if m.rule != "sum"] == ["part", "part"]


@pytest.mark.parametrize(
    "text",
    [
        # a time, a place, the whole ("of it"), another unit: no sum
        "The flood cost $380 million in 2023 and $170 million in 2024.",
        "The storm cost $30 million in Orrin plus $12 million in Callow.",
        "The plan cost $50 million, $34 million of it in grants.",
        "The strike cost $40 million in lost trade plus 12 days in delays.",
        # a verb's form, or the first amount counting its own noun
        "The grant spent $9 million raised and $4 million borrowed.",
        "The council paid a $9 million grant plus $4 million in fees.",
    ],
)
def test_no_sum(text: str) -> None:
    assert not [m for m in _index(text).mentions if m.rule == "sum"]
