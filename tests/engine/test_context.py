"""Spelling variants: the shortcut that skips articles holding no variant."""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.engine.context import variants
from claimcheck.engine.terms import Terms

_WORDS = ["Seoul", "Metro", "Police", "Agency", "Kim", "Jong", "O'Neil", "Ana"]
_NOISE = ["the", "Seol", "Metr0", "Poilce", "Agncy", "Kin", "Jon", "ONeil", "an", "-"]


@st.composite
def _phrases(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3))
    star = draw(st.booleans())
    return " ".join(words) + ("*" if star else "")


@st.composite
def _texts(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_WORDS + _NOISE), max_size=12))
    gaps = draw(st.lists(st.sampled_from([" ", "  ", "-", ", ", "'s "]), max_size=12))
    return "".join(
        w + g for w, g in zip(words, gaps + [" "] * len(words), strict=False)
    )


@settings(max_examples=300, deadline=None)
@given(
    names=st.lists(_phrases(), min_size=1, max_size=2),
    errors=st.sampled_from([None, 1, 2, 3, 4]),
    text=_texts(),
)
def test_the_shortcut_finds_what_the_variants_find(
    names: list[str], errors: int | None, text: str
) -> None:
    fuzzy = variants(Terms.of(names), errors)
    without = dataclasses.replace(fuzzy, requires=None)
    assert fuzzy.spans(text) == without.spans(text)


def test_an_article_without_any_run_is_skipped() -> None:
    fuzzy = variants(Terms.of(["Reconnaissance General Bureau"]), None)
    assert fuzzy.requires is not None
    assert fuzzy.requires.search("Troops crossed the river at dawn.") is None
    assert fuzzy.spans("the Reconaissance Generl Bureau said") == [(4, 31)]


def test_a_name_too_short_for_its_errors_has_no_shortcut() -> None:
    assert variants(Terms.of(["Ab"]), 2).requires is None
