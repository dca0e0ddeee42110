"""The two sides of a share (claimcheck/engine/sides.py)."""

from __future__ import annotations

import pytest

from claimcheck.engine.numbers.interval import Interval
from claimcheck.engine.numbers.reader import Quantity, read_quantities
from claimcheck.engine.sides import (
    other_side,
    said_otherwise,
    speaks_of_running,
    stopped_side,
)
from claimcheck.engine.terms import Term, Terms


def _at(text: str, noun: str) -> tuple[Quantity, tuple[int, int]]:
    q = read_quantities(text, article=text)[0]
    start = text.index(noun, q.end)
    return q, (start, start + len(noun))


@pytest.mark.parametrize(
    ("text", "noun", "side"),
    [
        (
            "About 80 percent of services were cancelled on Monday.",
            "services",
            "cancelled",
        ),
        ("Some 80% of trains did not run on Monday.", "trains", "not run"),
        ("The attack left 80% of services idle.", "services", "idle"),
        ("Some 80% of long-distance trains were not running.", "trains", "not running"),
        ("The operator cancelled about 80% of its services.", "services", "cancelled"),
        (
            "By noon 75% of the regional fleet was out of service.",
            "fleet",
            "out of service",
        ),
    ],
)
def test_a_share_that_stopped(text: str, noun: str, side: str) -> None:
    q, bound = _at(text, noun)
    found = stopped_side(text, q, bound, len(text))
    assert found is not None
    assert text[found[0] : found[1]] == side


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Only 20 percent of trains ran on Monday.", "trains"),
        ("Some 80% of trains were late on Monday.", "trains"),
        # a count, not a share
        ("About 800 services were cancelled on Monday.", "services"),
    ],
)
def test_a_share_that_did_not_stop(text: str, noun: str) -> None:
    q, bound = _at(text, noun)
    assert stopped_side(text, q, bound, len(text)) is None


@pytest.mark.parametrize(
    ("text", "noun", "said"),
    [
        ("Some 80% of trains were late on Monday.", "trains", "late"),
        ("About 30% of services arrived late.", "services", "late"),
    ],
)
def test_a_share_in_another_state(text: str, noun: str, said: str) -> None:
    q, bound = _at(text, noun)
    found = said_otherwise(text, q, bound, len(text))
    assert found is not None
    assert text[found[0] : found[1]] == said


@pytest.mark.parametrize(
    "text",
    [
        "Only 20 percent of trains ran on time.",
        "About 20% of services were running by noon.",
        "About 20% of services, the operator said.",
    ],
)
def test_a_share_that_ran(text: str) -> None:
    q, bound = _at(text, "trains" if "trains" in text else "services")
    assert said_otherwise(text, q, bound, len(text)) is None


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["trains ran", "trains"], True),
        (["services running"], True),
        (["operated"], True),
        (["cancelled", "services cancelled"], False),
        (["trains", "services"], False),
    ],
)
def test_a_claim_on_those_that_ran(words: list[str], expected: bool) -> None:
    terms = Terms(terms=tuple(Term(text=w) for w in words))
    assert speaks_of_running(terms) is expected


def test_the_other_side_of_a_share() -> None:
    assert other_side(Interval.point(80)) == Interval.point(20)
    side = other_side(Interval(low=72, high=88, high_inclusive=False))
    assert (side.low, side.high) == (12, 28)
    assert not side.low_inclusive and side.high_inclusive
