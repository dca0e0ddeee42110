"""Frozen dataclasses given a faster ``__init__`` (claimcheck/engine/slotinit.py)
behave as the generated one does."""

from __future__ import annotations

import dataclasses
import pickle
from typing import Any

import pytest

from claimcheck.engine.binding import Binding
from claimcheck.engine.evidence import Evidence
from claimcheck.engine.index import Mention
from claimcheck.engine.match import Verdict, VerdictKind
from claimcheck.engine.numbers.interval import Interval
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.polarity import Cues
from claimcheck.engine.slotinit import slot_init


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class _Plain:
    start: int
    label: str = "x"
    parts: tuple[int, ...] = ()


_Fast: type[Any] = slot_init(
    dataclasses.make_dataclass(
        "_Fast",
        [("start", int), ("label", str, "x"), ("parts", tuple[int, ...], ())],
        frozen=True,
        slots=True,
        kw_only=True,
    )
)


def test_fields_and_defaults_are_set_as_the_generated_init_sets_them() -> None:
    for kwargs in (
        {"start": 1},
        {"start": 2, "label": "y"},
        {"start": 3, "parts": (4,)},
    ):
        fast, plain = _Fast(**kwargs), _Plain(**kwargs)
        assert dataclasses.astuple(fast) == dataclasses.astuple(plain)
        assert fast == _Fast(**kwargs) and hash(fast) == hash(_Fast(**kwargs))
        assert repr(fast).removeprefix("_Fast") == repr(plain).removeprefix("_Plain")


def test_the_engine_classes_stay_frozen_and_keyword_only() -> None:
    cues = Cues(negations=1)
    assert cues == Cues(negations=1, suppositions=frozenset())
    with pytest.raises(dataclasses.FrozenInstanceError):
        cues.negations = 2  # type: ignore[misc]
    with pytest.raises(TypeError):
        Cues(1)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Cues(denials=1)  # type: ignore[call-arg]
    evidence = Evidence(
        start=1, end=4, text="300", value="300", compatible=True, reason="r"
    )
    assert dataclasses.replace(evidence, reason="s").reason == "s"
    verdict = Verdict(claim_id="c", article="a.txt", kind=VerdictKind.MISSING)
    assert verdict.evidence == () and verdict.candidates == ()
    assert pickle.loads(pickle.dumps(verdict)) == verdict
    with pytest.raises(TypeError):
        Verdict(claim_id="c", article="a.txt")  # type: ignore[call-arg]


def test_a_default_factory_is_refused() -> None:
    made = dataclasses.make_dataclass(
        "_Listed",
        [("items", list[int], dataclasses.field(default_factory=list))],
        frozen=True,
        slots=True,
        kw_only=True,
    )
    with pytest.raises(TypeError, match="default factory"):
        slot_init(made)


@dataclasses.dataclass(frozen=True, slots=True)
class _PlainMixed:
    start: int
    end: int = 0
    label: str = dataclasses.field(default="x", kw_only=True)


_FastMixed: type[Any] = slot_init(
    dataclasses.make_dataclass(
        "_FastMixed",
        [
            ("start", int),
            ("end", int, 0),
            ("label", str, dataclasses.field(default="x", kw_only=True)),
        ],
        frozen=True,
        slots=True,
    )
)


def test_positional_fields_come_first_as_the_generated_init_takes_them() -> None:
    cases: tuple[tuple[tuple[int, ...], dict[str, Any]], ...] = (
        ((1,), {}),
        ((1, 2), {}),
        ((1,), {"end": 3, "label": "y"}),
    )
    for args, kwargs in cases:
        fast, plain = _FastMixed(*args, **kwargs), _PlainMixed(*args, **kwargs)
        assert dataclasses.astuple(fast) == dataclasses.astuple(plain)
        assert fast == _FastMixed(*args, **kwargs)
    with pytest.raises(TypeError):
        _FastMixed(1, 2, "y")
    with pytest.raises(TypeError):
        _FastMixed()


def test_the_index_classes_stay_frozen_and_take_what_they_took() -> None:
    interval = Interval(low=1.0, high=2.0)
    assert interval == Interval(low=1.0, high=2.0, low_inclusive=True)
    quantity = Quantity(start=0, end=2, text="12", interval=interval)
    assert quantity.unit is None
    assert pickle.loads(pickle.dumps(quantity)) == quantity
    assert dataclasses.replace(quantity, unit="%").unit == "%"
    with pytest.raises(TypeError):
        Quantity(0, 2, "12", interval)  # type: ignore[call-arg]
    binding = Binding(None, "")
    assert binding == Binding(bound=None, rule="") and hash(binding) == hash(
        Binding(None, "")
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        binding.rule = "object"  # type: ignore[misc]
    mention = Mention(quantity=quantity, sentence=(0, 3), clause=(0, 3), bound=None)
    assert (mention.rule, mention.combined, mention.scope, mention.qualifier) == (
        "",
        False,
        "",
        None,
    )
