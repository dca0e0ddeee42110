"""A vague count beside a precise one (claimcheck/engine/rough.py)."""

from __future__ import annotations

from claimcheck.engine.evidence import Evidence
from claimcheck.engine.rough import set_aside_rough


def _e(text: str, ok: bool | None) -> Evidence:
    return Evidence(
        start=0, end=len(text), text=text, value="", compatible=ok, reason="r"
    )


def test_rough_fit_set_aside_when_every_precise_figure_disagrees() -> None:
    out = set_aside_rough([_e("Dozens", True), _e("At least 43", False)])
    assert [e.compatible for e in out] == [None, False]
    assert "told roughly" in out[0].reason


def test_rough_fit_stays_alone() -> None:
    out = set_aside_rough([_e("dozens of", True)])
    assert [e.compatible for e in out] == [True]


def test_rough_fit_stays_beside_a_precise_fit() -> None:
    out = set_aside_rough([_e("hundreds of", True), _e("300", True), _e("12", False)])
    assert [e.compatible for e in out] == [True, True, False]


def test_precise_figures_are_never_set_aside() -> None:
    out = set_aside_rough([_e("31", True), _e("43", False)])
    assert [e.compatible for e in out] == [True, False]
