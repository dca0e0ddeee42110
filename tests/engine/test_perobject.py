"""Answers kept per object, by the object itself."""

from __future__ import annotations

from claimcheck.engine import perobject
from claimcheck.engine.perobject import per_object


class _Thing:
    def __init__(self, name: str) -> None:
        self.name = name


def test_each_object_is_answered_once() -> None:
    asked: list[str] = []

    @per_object
    def upper(thing: _Thing) -> str:
        asked.append(thing.name)
        return thing.name.upper()

    first, second = _Thing("dam"), _Thing("dam")
    assert [upper(first), upper(first), upper(second)] == ["DAM", "DAM", "DAM"]
    # an equal object is another object: asked again
    assert asked == ["dam", "dam"]


def test_an_object_is_never_taken_for_one_that_had_its_id() -> None:
    @per_object
    def name(thing: _Thing) -> str:
        return thing.name

    assert name(_Thing("dam")) == "dam"
    # (the first is gone: its id may be reused by the next)
    assert name(_Thing("levee")) == "levee"


def test_the_memo_is_emptied_when_full() -> None:
    kept: list[_Thing] = []

    @per_object
    def name(thing: _Thing) -> str:
        return thing.name

    for n in range(perobject.KEPT + 5):
        kept.append(_Thing(str(n)))
        assert name(kept[-1]) == str(n)
    assert name(kept[0]) == "0"
