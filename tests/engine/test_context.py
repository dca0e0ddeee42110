"""Spelling variants (the shortcut that skips articles holding no variant) and
the headline that paragraph context reads."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.engine.articles import parse_article
from claimcheck.engine.context import _any_hit_in, context_hits, headline, variants
from claimcheck.engine.index import build_lexicon, index_article
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


def _headline(text: str) -> str | None:
    index = index_article(parse_article(text, path="a.txt"), build_lexicon([]))
    found = headline(index)
    return None if found is None else text[found[0] : found[1]].strip()


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Calloway fire: what we know\n\nCrews held the line.\n",
            "Calloway fire: what we know",
        ),
        (
            "Toll rises to 14 as the fire spreads\n\nCrews held.\n",
            "Toll rises to 14 as the fire spreads",
        ),
        # a first paragraph that ends as a sentence does is the story itself
        ("Crews fought the fire all night.\n\nNine homes burned.\n", None),
        ("Who was driving?\n\nThe driver survived.\n", None),
        # an article of one paragraph has no headline
        ("Calloway fire: what we know\n", None),
        # nor does one opening with a long first line
        (" ".join(["word"] * 30) + "\n\nCrews held.\n", None),
    ],
)
def test_a_headline_is_a_short_first_line(text: str, title: str | None) -> None:
    assert _headline(text) == title


def test_a_hit_in_a_stretch_is_found_from_the_first_starting_there() -> None:
    text = (
        "Ridge fire update\n\nThe Ridge fire burned 40 homes near Ridge Road."
        " Crews held the line.\n\nIn Corran, the river rose. The Ridge crews"
        " moved on to Corran Ridge.\n\nNothing else."
    )
    index = index_article(
        parse_article(text, path="a.txt"), build_lexicon([Terms.of(["homes"])])
    )
    groups = [
        Terms.of(words)
        for words in (["ridge"], ["corran ridge", "ridge road"], ["crews"], ["dam"])
    ]
    # spelling variants too: "Coran Ridge" finds "Corran Ridge"
    groups.append(variants(Terms.of(["coran ridge"]), 1))
    for group in groups:
        hits = context_hits(index, group)
        assert list(hits) == sorted(hits)
        assert hits or group is groups[3]
        for start in range(len(text) + 1):
            for end in range(start, len(text) + 1, 3):
                assert _any_hit_in(index, group, start, end) == any(
                    h[0] >= start and h[1] <= end for h in hits
                ), (group, start, end)
