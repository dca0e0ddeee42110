"""A right-to-left trie matches what the longest-first list matches."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.engine.numbers import units
from claimcheck.engine.numbers.tries import alternation
from claimcheck.engine.numbers.vocabulary import HEDGES

_PHRASES = sorted(
    {*units.CURRENCY_PREFIXES, *(p for _, ps in HEDGES.values() for p in ps)}
)


def longest_first(words: list[str]) -> str:
    items = sorted(words, key=len, reverse=True)
    return "|".join(r"\s+".join(map(regex.escape, w.split())) for w in items)


def right_to_left(alternatives: str) -> regex.Pattern[str]:
    # a boundary to the left, as the prefix pattern asks of hedges and codes
    return regex.compile(rf"(?r)(?<!\p{{L}})(?:{alternatives})\s?", regex.IGNORECASE)


@given(
    st.lists(st.sampled_from(_PHRASES), min_size=1, max_size=40, unique=True),
    st.lists(st.sampled_from([*_PHRASES, " ", "  ", "\n", "x", "5", "-"]), max_size=6),
)
def test_same_span_as_the_list(words: list[str], before: list[str]) -> None:
    trie = right_to_left(alternation(words, reverse=True))
    listed = right_to_left(longest_first(words))
    text = "".join(before) + " "
    for end in range(len(text) + 1):
        a, b = trie.match(text, 0, end), listed.match(text, 0, end)
        assert (a and a.span()) == (b and b.span()), (text, end)


def test_the_longer_code_wins() -> None:
    trie = right_to_left(alternation(["$", "US$", "C$", "hk $"], reverse=True))
    for text, start in (("it cost US$", 8), ("it cost HK  $", 8), ("a $", 2)):
        m = trie.match(text, 0, len(text))
        assert m is not None and m.start() == start, text
