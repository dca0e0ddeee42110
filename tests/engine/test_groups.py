"""Groups of people joined by "and" (claimcheck/engine/groups.py)."""

from __future__ import annotations

import pytest

from claimcheck.engine.articles import parse_article
from claimcheck.engine.groups import grouped
from claimcheck.engine.index import build_lexicon, index_article
from claimcheck.engine.numbers.interval import Interval
from claimcheck.engine.numbers.reader import read_quantities
from claimcheck.engine.terms import Terms


def _group(text: str, number: str) -> tuple[str, Interval | None] | None:
    quantities = read_quantities(text, offset=0, article=text)
    q = next(q for q in quantities if q.text == number)
    found = grouped(text, q, quantities, (0, len(text)))
    if found is None:
        return None
    quoted = text[found.start : found.end]
    if found.total is not None:
        assert found.total.text == quoted
        return quoted, found.total.interval
    return quoted, None


@pytest.mark.parametrize(
    ("text", "number", "quoted", "total"),
    [
        (
            "A guide and three hikers fell.",
            "three",
            "A guide and three hikers",
            Interval.point(4),
        ),
        (
            "Rangers found six climbers and their guide.",
            "six",
            "six climbers and their guide",
            Interval.point(7),
        ),
        (
            "Two nurses and four patients were evacuated.",
            "Two",
            "Two nurses and four patients",
            Interval.point(6),
        ),
        (
            "A father and his two young sons drowned.",
            "two",
            "A father and his two young sons",
            Interval.point(3),
        ),
        (
            "Three soldiers and a civilian were hurt.",
            "Three",
            "Three soldiers and a civilian",
            Interval.point(4),
        ),
        (
            "The pilot and at least six passengers died.",
            "at least six",
            "The pilot and at least six passengers",
            Interval(low=7.0, high=None, high_inclusive=False),
        ),
        # whoever stands before "and N others" is one more
        (
            "The owner and seven others were arrested.",
            "seven",
            "The owner and seven others",
            Interval.point(8),
        ),
        (
            "Police held the plant manager and two other staff.",
            "two",
            "the plant manager and two other staff",
            Interval.point(3),
        ),
        (
            "Lee Jae-myung and four others were charged.",
            "four",
            "Lee Jae-myung and four others",
            Interval.point(5),
        ),
    ],
)
def test_the_counts_of_a_group_add(
    text: str, number: str, quoted: str, total: Interval
) -> None:
    assert _group(text, number) == (quoted, total)


@pytest.mark.parametrize(
    ("text", "number", "quoted"),
    [
        ("Several hikers and two guides fell.", "two", "Several hikers and two guides"),
        ("The hikers and two guides fell.", "two", "The hikers and two guides"),
        ("Pilgrims and 40 stewards were hurt.", "40", "Pilgrims and 40 stewards"),
        (
            "Twelve guards and some prisoners fled.",
            "Twelve",
            "Twelve guards and some prisoners",
        ),
    ],
)
def test_a_member_without_a_count_leaves_the_group_open(
    text: str, number: str, quoted: str
) -> None:
    assert _group(text, number) == (quoted, None)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # no group: one member, or the other side of "and" is no member of people
        ("The storm killed 14 people and injured 46 others.", "14"),
        ("The blast killed 14 people and injured civilians.", "14"),
        ("Crews rescued 12 people and two dogs.", "12"),
        # plural before "and N others": how many is open, and no group is read
        ("The owners and seven others were fined.", "seven"),
        ("Two passenger trains and a freight train collided.", "Two"),
        ("Police held 12 suspects and seized a car.", "12"),
        ("Between 10 and 12 hikers were missing.", "Between 10 and 12"),
    ],
)
def test_no_group(text: str, number: str) -> None:
    assert _group(text, number) is None


def test_a_member_that_opens_a_clause_of_its_own_is_no_member() -> None:
    text = "The flood killed 14 people and 3,000 residents fled."
    quantities = read_quantities(text, offset=0, article=text)
    killed = text.index("killed")
    hits = [(killed, killed + 6), (text.index("fled"), text.index("fled") + 4)]
    assert grouped(text, quantities[0], quantities, (0, len(text)), hits) is None
    text = "The flood killed 14 people and 3 rescuers on Monday."
    quantities = read_quantities(text, offset=0, article=text)
    found = grouped(text, quantities[0], quantities, (0, len(text)), hits[:1])
    assert found is not None and found.total is not None
    assert found.total.text == "14 people and 3 rescuers"


def test_a_measure_word_in_the_group_counts_its_own_member() -> None:
    text = "The tug carried 21 crew members and two pilots."
    quantities = read_quantities(text, offset=0, article=text)
    crew = text.index("crew")
    assert grouped(text, quantities[0], quantities, (0, len(text))) is not None
    assert (
        grouped(text, quantities[0], quantities, (0, len(text)), [(crew, crew + 4)])
        is None
    )


@pytest.mark.parametrize(
    ("text", "rule", "value"),
    [
        ("A guide and three hikers were killed in the rockfall.", "subject", 4),
        ("The rockfall killed a guide and three hikers.", "object", 4),
        ("Three hikers and a guide died on the ridge.", "counted noun", 4),
    ],
)
def test_the_group_is_bound_as_one_figure(text: str, rule: str, value: int) -> None:
    lexicon = build_lexicon([Terms.of(["killed", "died"])])
    index = index_article(parse_article(text, path="a.txt"), lexicon)
    bound = [m for m in index.mentions if m.bound is not None]
    assert [(m.rule, m.quantity.interval) for m in bound] == [
        (rule, Interval.point(value))
    ]
    assert all(m.rule == "sum" for m in index.mentions if m.bound is None)


def test_an_open_group_binds_no_member() -> None:
    text = "Several hikers and two guides were killed."
    lexicon = build_lexicon([Terms.of(["killed"])])
    index = index_article(parse_article(text, path="a.txt"), lexicon)
    assert [(m.quantity.text, m.bound, m.rule) for m in index.mentions] == [
        ("two", None, "group")
    ]
