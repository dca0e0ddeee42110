"""Frozen dataclasses given a faster ``__init__`` (claimcheck/engine/slotinit.py)
behave as the generated one does."""

from __future__ import annotations

import dataclasses
import pickle
from typing import Any

import pytest

from claimcheck.engine.evidence import Evidence
from claimcheck.engine.match import Verdict, VerdictKind
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
    with pytest.raises(TypeError, match="keyword-only"):
        slot_init(made)
