"""Terms: analysts' phrases as patterns, and the scanner for many at once."""

from __future__ import annotations

import dataclasses

from hypothesis import given
from hypothesis import strategies as st

from claimcheck.engine.terms import PhraseScanner, Terms

PHRASES = ["death toll", "death", "deaths", "kill*", "killed", "People’s Army"]


def test_the_longest_phrase_wins_at_each_position() -> None:
    scanner = PhraseScanner.of(PHRASES)
    text = "The Death-Toll rose; 3 deaths, killers killed; the people's army."
    found = [text[a:b] for a, b in scanner.spans(text)]
    assert found == ["Death-Toll", "deaths", "killers", "killed", "people's army"]


def test_a_phrase_matches_whole_words_only() -> None:
    scanner = PhraseScanner.of(["dead"])
    assert scanner.spans("deadline and undead, but dead.") == [(25, 29)]


def test_text_whose_case_folding_changes_length_is_read_as_written() -> None:
    scanner = PhraseScanner.of(["death toll"])
    text = "STRASSE İstanbul Straße: the death toll"
    assert [text[a:b] for a, b in scanner.spans(text)] == ["death toll"]


def test_spans_start_where_asked() -> None:
    scanner = PhraseScanner.of(["dead"])
    assert scanner.spans("dead or dead", 1) == [(8, 12)]


_WORD = st.sampled_from(["dead", "death", "toll", "killed", "kill", "army", "the"])
_SEP = st.sampled_from([" ", "-", "—", ", ", "\n", "s ", "’s "])


@given(
    phrases=st.lists(
        st.lists(_WORD, min_size=1, max_size=2).map(" ".join), min_size=1, max_size=4
    ),
    words=st.lists(st.tuples(_WORD, _SEP), max_size=12),
    upper=st.booleans(),
)
def test_the_scanner_finds_what_each_phrase_finds(
    phrases: list[str], words: list[tuple[str, str]], upper: bool
) -> None:
    text = "".join(w + s for w, s in words)
    text = text.upper() if upper else text
    scanner = PhraseScanner.of(phrases)
    spans = scanner.spans(text)
    # each span is one phrase, matched as that phrase's own pattern would
    for start, end in spans:
        assert any(
            (m := Terms.of([p]).pattern.match(text, start)) and m.end() == end
            for p in phrases
        ), (text, start, end)
    # and nothing a phrase matches on its own is missed
    for p in phrases:
        for m in Terms.of([p]).pattern.finditer(text):
            assert any(a < m.end() and m.start() < b for a, b in spans), (p, text)
    # the verbatim pattern (for text whose folding changes length) agrees
    assert [m.span() for m in scanner.verbatim.finditer(text)] == spans
    # and skipping the scan where no phrase can stand changes nothing
    assert dataclasses.replace(scanner, required=()).spans(text) == spans


def test_the_scan_is_skipped_only_where_no_phrase_can_stand() -> None:
    scanner = PhraseScanner.of(["death toll", "deaths", "kill*", "people’s army"])
    # a phrase's longest word stands in its every match ("kill" for "kill*");
    # "death" (of "death toll") stands in "deaths" too, so it does for both
    assert set(scanner.required) == {"death", "kill", "people's"}
    assert scanner.spans("No one was hurt.") == []
    assert scanner.spans("Killings rose.") == [(0, 8)]
    assert scanner.spans("the People’s Army") == [(4, 17)]
