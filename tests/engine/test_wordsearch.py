"""Phrases found by substring search agree with the folded trie."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.engine.terms import PhraseScanner, normalize
from claimcheck.engine.wordsearch import WordPhrases, WordTable

_WORDS = ["ask", "asked", "task", "new", "york", "new-york", "_x", "x7", "cafe"]
#: what a phrase may hold besides words: a trailing *, an apostrophe, a dot
_PHRASE_WORDS = [*_WORDS, "ask*", "york's", "new*", "u.s.", "x'7", "a.", "ask's*"]
_GAPS = [" ", "  ", "-", " - ", "\n", ", ", ".", "'", "’", "", "é", "_", "\u0301"]


def _search(phrases: list[str], text: str, start: int = 0) -> list[tuple[int, int]]:
    scanner = PhraseScanner.of(phrases)
    folded = normalize(text)
    return scanner.spans(text, start, folded=folded, table=WordTable(folded, start))


def _scan(phrases: list[str], text: str, start: int = 0) -> list[tuple[int, int]]:
    return PhraseScanner.of(phrases).spans(text, start)


def test_words_are_found_whole() -> None:
    text = "They asked; she asks a task. Ask again, asked-for."
    assert _search(["ask", "asked"], text) == [(5, 10), (29, 32), (40, 45)]


def test_the_longest_phrase_wins_and_matches_do_not_overlap() -> None:
    text = "New York City and new  york; New Yorker, york city"
    phrases = ["new york", "new york city", "york city", "new"]
    assert _search(phrases, text) == _scan(phrases, text)
    assert _search(phrases, text)[:2] == [(0, 13), (18, 27)]


def test_phrases_the_search_cannot_take_keep_the_trie() -> None:
    for phrases in (["korean*"], ["'til"], ["$5"], [""], ["plan", "korean*"]):
        assert PhraseScanner.of(phrases).words is None
    assert WordPhrases.of([["soldier"], ["soldiers"]]) is not None


def test_a_phrase_may_go_on_past_its_first_word_in_any_way() -> None:
    phrases = ["north korean*", "north korea's", "u.s.", "korea", "kim jong-un*"]
    assert PhraseScanner.of(phrases).words is not None
    text = (
        "North Koreans and North Korea’s army; the U.S. and Korea. Kim Jong Un's"
        " men, north korea, NORTH KOREAN-made, Kim-Jong-Unification"
    )
    found = _search(phrases, text)
    assert found == _scan(phrases, text)
    assert [text[s:e] for s, e in found] == [
        "North Koreans",
        "North Korea’s",
        "U.S.",
        "Korea",
        "Kim Jong Un",
        "korea",
        "NORTH KOREAN",
        "Kim-Jong-Unification",
    ]


def test_a_start_inside_a_word_does_not_match_its_tail() -> None:
    text = "the tasks asked"
    assert _search(["asks", "asked"], text, 6) == _scan(["asks", "asked"], text, 6)


@settings(max_examples=300, deadline=None)
@given(
    phrases=st.lists(
        st.lists(st.sampled_from(_PHRASE_WORDS), min_size=1, max_size=3).map(" ".join),
        min_size=1,
        max_size=4,
    ),
    pieces=st.lists(
        st.tuples(
            st.sampled_from([*_WORDS, "Ask", "NEW", "s", "U", "asks", "yorkers"]),
            st.sampled_from(_GAPS),
        ),
        max_size=12,
    ),
    start=st.integers(min_value=0, max_value=6),
)
def test_the_search_agrees_with_the_trie(
    phrases: list[str], pieces: list[tuple[str, str]], start: int
) -> None:
    text = "".join(word + gap for word, gap in pieces)
    start = min(start, len(text))
    if PhraseScanner.of(phrases).words is None:
        # only a phrase opening with a starred word is left to the trie
        assert any(p.split()[0].endswith("*") for p in phrases)
    assert _search(phrases, text, start) == _scan(phrases, text, start)


def test_a_table_made_before_its_phrases_finds_them_too() -> None:
    text = "Zyxwvut came; the zyxwvuts and zyxwvut-era zyxwvut"
    folded = normalize(text)
    table = WordTable(folded)  # before any phrase holds the word
    scanner = PhraseScanner.of(["zyxwvut", "zyxwvut era"])
    assert scanner.spans(text, folded=folded, table=table) == _scan(
        ["zyxwvut", "zyxwvut era"], text
    )
    assert scanner.spans(text, folded=folded, table=table) == [
        (0, 7),
        (31, 42),
        (43, 50),
    ]


def test_both_ways_of_cutting_words_table_the_same_places() -> None:
    # curly quotes and dashes are no word characters: the fast cut takes
    # the text; a letter beyond ASCII ("é") is one: the pattern cuts it
    for text in ("“Ask” — asked the tasks_x, ask’s ask", "café: “Ask” asked; ask"):
        folded = normalize(text)
        for start in range(len(folded)):
            assert _search(["ask", "asked", "café"], text, start) == _scan(
                ["ask", "asked", "café"], text, start
            )


@settings(max_examples=300, deadline=None)
@given(
    pieces=st.lists(
        st.tuples(
            st.sampled_from([*_WORDS, "ASK", "asks", "é"]), st.sampled_from(_GAPS)
        ),
        max_size=14,
    ),
    start=st.integers(min_value=0, max_value=8),
)
def test_the_table_holds_each_place_a_word_stands_whole(
    pieces: list[tuple[str, str]], start: int
) -> None:
    PhraseScanner.of(["ask", "asked", "task", "york", "cafe"])  # wanted words
    folded = normalize("".join(word + gap for word, gap in pieces))
    start = min(start, len(folded))
    table = WordTable(folded, start)
    for word in ("ask", "asked", "task", "york", "cafe"):
        assert word in table.wanted
        whole = [
            (at, at + len(word))
            for at in range(start, len(folded) - len(word) + 1)
            if folded.startswith(word, at)
            and not (at and (folded[at - 1].isalnum() or folded[at - 1] == "_"))
            and not (
                at + len(word) < len(folded)
                and (folded[at + len(word)].isalnum() or folded[at + len(word)] == "_")
            )
        ]
        assert table.spans_of(word) == whole, word


def test_a_table_keeps_the_characters_beyond_ascii_it_read() -> None:
    folded = normalize("Title\n\n“Ask” — asked the tasks")
    start = folded.index("“")
    table = WordTable(folded, start)
    assert table.beyond == frozenset("“”")
    assert table.ascii == b"?ask? - asked the tasks"
    # a word character beyond ASCII: the words are cut otherwise
    cafe = WordTable(normalize("the café"))
    assert cafe.ascii is None and cafe.beyond is None
