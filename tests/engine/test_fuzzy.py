"""Spelling variants searched near their intact letters, as a search finds them."""

from __future__ import annotations

import dataclasses
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.engine import fuzzy
from claimcheck.engine.context import variants
from claimcheck.engine.terms import Terms

_NAMES = [
    ["People Power Party", "People's Power Party"],
    ["Lee Seong-kweun"],
    ["National Intelligence Service"],
    ["Reconnaissance General Bureau", "General Reconnaissance Office"],
]
_FILLER = ["the", "party", "power", "people", "service", "general", ",", ".", "\n"]


def _both(
    names: list[str], text: str, errors: int | None, start: int = 0
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    near = variants(Terms.of(names), errors)
    assert near.reach is not None
    plain = dataclasses.replace(near, reach=None)
    # the near search however often the letters occur (short texts hold
    # them densely, where it would otherwise search the whole text)
    with mock.patch.object(fuzzy, "_MOST", float("inf")):
        return near.spans(text, start), plain.spans(text, start)


def test_a_variant_is_found_near_its_intact_letters() -> None:
    text = "Officials of the Peeple Powr Party spoke; the party denied it."
    near, everywhere = _both(_NAMES[0], text, None)
    assert near == everywhere == [(17, 34)]


def test_a_variant_with_spread_out_separators_is_found() -> None:
    text = "the  National \n\n Inteligence  --  Service  said"
    near, everywhere = _both(_NAMES[2], text, None)
    assert near == everywhere
    assert near


def test_no_intact_letters_no_search() -> None:
    near, everywhere = _both(_NAMES[2], "nothing here at all", None)
    assert near == everywhere == []


def test_where_the_letters_abound_the_whole_text_is_searched() -> None:
    near = variants(Terms.of(_NAMES[0]), None)
    text = "party power people " * 20 + "the Peoples Power Prty"
    plain = dataclasses.replace(near, reach=None)
    assert near.spans(text, 0) == plain.spans(text, 0) == [(384, 402)]


def _typo(name: str, edits: list[tuple[int, int, str]]) -> str:
    chars = list(name)
    for kind, where, char in edits:
        if not chars:
            break
        i = where % len(chars)
        if kind == 0:
            chars[i] = char
        elif kind == 1:
            del chars[i]
        else:
            chars.insert(i, char)
    return "".join(chars)


@settings(max_examples=200, deadline=None)
@given(
    which=st.integers(min_value=0, max_value=len(_NAMES) - 1),
    errors=st.sampled_from([None, 1, 2, 3]),
    parts=st.lists(
        st.one_of(
            st.sampled_from(_FILLER),
            st.tuples(
                st.integers(min_value=0, max_value=1),
                st.lists(
                    st.tuples(
                        st.integers(min_value=0, max_value=2),
                        st.integers(min_value=0, max_value=40),
                        st.sampled_from(list("aeo -x'")),
                    ),
                    max_size=3,
                ),
            ),
        ),
        max_size=10,
    ),
    gaps=st.sampled_from([" ", "  ", " - ", "\n", ""]),
    start=st.integers(min_value=0, max_value=30),
)
def test_the_near_search_agrees_with_a_whole_search(
    which: int,
    errors: int | None,
    parts: list[str | tuple[int, list[tuple[int, int, str]]]],
    gaps: str,
    start: int,
) -> None:
    names = _NAMES[which]
    pieces = []
    for part in parts:
        if isinstance(part, str):
            pieces.append(part)
        else:
            pick, edits = part
            pieces.append(_typo(names[pick % len(names)], edits))
    text = gaps.join(pieces)
    near, everywhere = _both(names, text, errors, min(start, len(text)))
    assert near == everywhere
