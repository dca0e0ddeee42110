"""Rates a qualifier makes another quantity (claimcheck/engine/qualifiers.py)."""

from __future__ import annotations

import pytest

from claimcheck.engine.qualifiers import qualified


def _kind(
    text: str, figure: str, measure: str, clause: tuple[int, int] | None = None
) -> str | None:
    start = text.index(figure)
    bound = text.index(measure)
    found = qualified(
        text,
        *(clause or (0, len(text))),
        figure=(start, start + len(figure)),
        bound=(bound, bound + len(measure)),
    )
    return None if found is None else found[0]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Small developers pay a reduced 15 per cent commission.", "part"),
        ("A discounted fee of 12 per cent applies to news apps.", "part"),
        ("Developers pay a 27 per cent fee on linked purchases.", "part"),
        ("For apps with fewer than a million users, the fee is 15 per cent.", "part"),
        ("Subscriptions carry a fee of 15 per cent after the first year.", "period"),
        ("The store keeps its standard 30 per cent fee on most sales.", None),
        ("The store charges developers a 25 per cent fee on sales.", None),
    ],
)
def test_a_rate_of_a_special_case(text: str, kind: str | None) -> None:
    figure = next(w for w in ("12", "15", "25", "27", "30") if w in text)
    measure = "fee" if "fee" in text else "commission"
    assert _kind(text, f"{figure} per cent", measure) == kind


def test_a_qualifier_belongs_to_its_own_figure() -> None:
    text = "The fee is 32 per cent, and 15 per cent for new developers."
    cut = text.index(", and")
    assert _kind(text, "32 per cent", "fee", (0, cut)) is None
    assert _kind(text, "15 per cent", "fee", (cut, len(text))) == "part"
