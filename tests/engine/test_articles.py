"""Reading articles: metadata, exact positions, paragraphs and sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

from claimcheck.engine import articles, sentences
from claimcheck.engine.articles import ArticleWarning, load_article, parse_article
from claimcheck.errors import ArticleError


def test_date_marker_is_metadata_not_text() -> None:
    article = parse_article(" date 2025-01-13 At least 300 died.\n", path="a.txt")
    assert article.metadata == {"date": "2025-01-13"}
    assert article.text[article.body_start :].startswith("At least 300")


def test_front_matter_is_metadata() -> None:
    text = "---\ntitle: Floods\ndate: 2024-05-01\n---\nThe river rose.\n"
    article = parse_article(text, path="a.md")
    assert article.metadata == {"title": "Floods", "date": "2024-05-01"}
    assert article.text[article.body_start :] == "The river rose.\n"
    assert article.position(article.body_start) == (5, 1)


def test_bad_front_matter_names_the_line() -> None:
    with pytest.raises(ArticleError, match=r"^a\.md:3:\d+: front matter"):
        parse_article("---\ntitle: x\n  bad: [\n---\nbody\n", path="a.md")


@pytest.mark.parametrize(
    ("data", "offset_of", "expected"),
    [
        (b"one\ntwo three\n", "three", (2, 5)),
        (b"one\r\ntwo three\r\n", "three", (2, 5)),
        (b"\xef\xbb\xbfone\ntwo", "two", (2, 1)),
        ("caf\u00e9 \u00e0 la\nna\u00efve 45".encode(), "45", (2, 7)),
        (b"solo", "solo", (1, 1)),
    ],
)
def test_positions_are_what_an_editor_shows(
    data: bytes, offset_of: str, expected: tuple[int, int]
) -> None:
    article = parse_article(data, path="a.txt")
    assert article.position(article.text.index(offset_of)) == expected


def test_not_utf8_is_read_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Caf\u00e9 owners said 12 died.".encode("cp1252"))
    with pytest.warns(ArticleWarning, match="not valid UTF-8"):
        article = load_article(path, display_path="latin.txt")
    assert "Caf\u00e9" in article.text


def test_binary_and_absent_files_are_clean_errors(tmp_path: Path) -> None:
    blob = tmp_path / "blob.txt"
    blob.write_bytes(b"\x00\x01\x02")
    with pytest.raises(ArticleError, match="binary file"):
        load_article(blob, display_path="blob.txt")
    with pytest.raises(ArticleError, match="not found"):
        load_article(tmp_path / "gone.txt", display_path="gone.txt")


@pytest.mark.parametrize(
    "codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"]
)
def test_wide_encodings_with_or_without_a_mark_are_read(codec: str) -> None:
    # "utf-16-le"/"-be" write no byte order mark, as some Windows tools save
    text = "Caf\u00e9 owners said 12 died.\nTwo left."
    article = parse_article(text.encode(codec), path="a.txt")
    assert article.text == text
    assert article.position(text.index("12")) == (1, 18)


@pytest.mark.parametrize(
    "data",
    [
        b"\x00\x01\x02" * 400,  # zero bytes in both columns
        b"PK\x03\x04\x14\x00\x00\x00" * 100,
        "odd length".encode("utf-16-le") + b"\x00",
    ],
)
def test_zero_bytes_that_are_no_utf16_are_binary(data: bytes) -> None:
    with pytest.raises(ArticleError, match="binary file"):
        parse_article(data, path="a.txt")


def test_sentences_skip_abbreviations_and_initials() -> None:
    text = (
        "SEOUL, Jan. 13 (UPI) -- Rep. Lee spoke. The U.S. envoy J. Smith agreed! "
        "Mr Kim left."
    )
    article = parse_article(text, path="a.txt")
    assert [text[s:e] for s, e in article.sentences] == [
        "SEOUL, Jan. 13 (UPI) -- Rep. Lee spoke.",
        "The U.S. envoy J. Smith agreed!",
        "Mr Kim left.",
    ]


def test_the_answer_no_ends_its_sentence_but_the_numero_does_not() -> None:
    text = "Did the levee hold? No. Engineers said so. He lives at No. 10 Park Row."
    article = parse_article(text, path="a.txt")
    assert [text[s:e] for s, e in article.sentences] == [
        "Did the levee hold?",
        "No.",
        "Engineers said so.",
        "He lives at No. 10 Park Row.",
    ]


def test_paragraphs_are_lines_or_wrapped_blocks() -> None:
    lines = "First paragraph, one line.\nSecond paragraph, one line.\n"
    assert len(parse_article(lines, path="a.txt").paragraphs) == 2
    wrapped = "A paragraph wrapped\nat a short width and\ncontinuing here.\n\nNext.\n"
    assert len(parse_article(wrapped, path="a.md").paragraphs) == 2


@pytest.mark.parametrize(
    "block",
    [
        "- Dead: 212\n- Injured: 1,450\n- Missing: 38",
        "• Dead: 212\n• Injured: 1,450\n• Missing: 38",
        "1. Dead: 212\n2. Injured: 1,450\n3. Missing: 38",
        "Dead: 212\nInjured: 1,450\nMissing: 38",
        "AT A GLANCE\nDead: 212\nInjured: 1,450\nMissing: 38",
        # a dash or a bar for the colon, a live blog's times
        "Dead - 212\nInjured - 1,450\nMissing - 38",
        "IN NUMBERS\nDead – 212\nInjured – about 1,450\nMissing – 38",
        "Dead | 212\nInjured | 1,450\nMissing | 38",
        "LIVE\n14:05 Toll rises to 212\n13:40 Crews reach the mine\n13.10 Roads shut",
    ],
)
def test_a_list_is_a_paragraph_an_item(block: str) -> None:
    # a fact box: no line's figure reads on into the next line's heading
    article = parse_article(f"Key figures\n\n{block}\n", path="a.txt")
    items = [article.text[s:e] for s, e in article.paragraphs]
    assert items[-3:] == block.split("\n")[-3:]


def test_prose_with_dashes_stays_wrapped() -> None:
    # a wrapped paragraph whose lines hold a dash but no figure after it
    wrapped = (
        "The ferry - an old one - left\nthe quay at dawn - late - and\nsank "
        "near the reef.\n"
    )
    assert len(parse_article(wrapped, path="a.txt").paragraphs) == 1


@given(st.text(max_size=300))
@example("\r\n\r\n")
@example("\ufeff")
def test_any_text_splits_into_exact_spans(text: str) -> None:
    article = parse_article(text, path="a.txt")
    for start, end in (*article.sentences, *article.paragraphs):
        assert 0 <= start < end <= len(article.text)
        assert article.text[start:end].strip() == article.text[start:end]
    for offset in range(0, len(article.text), 7):
        line, column = article.position(offset)
        assert article.line_starts[line - 1] + column - 1 == offset


_LOOK_BACK = regex.compile(r"""(?<=[.!?…])["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\d])""")


def _sentence_ends_by_look_back(text: str, start: int, end: int) -> list[int]:
    """Where sentence ends start, by the plain definition: after a mark."""
    return [m.start() for m in _LOOK_BACK.finditer(text, start, end)]


_PIECES = 'Mr A b 7 . ! ? … " ” ) ( “ St x. U.S Ünal no said'.split()


@given(st.lists(st.sampled_from([*_PIECES, " ", "  ", "\n"]), max_size=30).map("".join))
def test_sentence_ends_are_found_as_defined(text: str) -> None:
    for start, end in articles._paragraphs(text, 0):
        found = [s + 1 for s, _ in sentences.sentence_marks(text, start, end)]
        assert found == _sentence_ends_by_look_back(text, start, end)


# marks, closers, openers, spaces of either engine, capitals old and new
_MARK_PIECES = [
    *(".", "!", "?", "…", '"', "”", ")", "]", "(", "[", "“", "‘", "'"),
    *(" ", "\n", "\n\n", "\t", "\x1c", "\x1f", "\x85", "\u00a0", "\u2028"),
    *("A", "a", "7", "Ü", "ǅ", "Ⓐ", "\U00016e40", "\U0001e900", "x", "Mr", "U.S"),
]


@given(st.lists(st.sampled_from(_MARK_PIECES), max_size=40).map("".join))
@example("a. \x1cB")
@example("a.\x1c B")
def test_one_scan_cuts_as_each_paragraph_alone(text: str) -> None:
    paragraphs = articles._paragraphs(text, 0)
    for start, end in paragraphs:
        assert sentences.sentence_marks(text, start, end) == [
            m.span() for m in sentences._SENTENCE_END.finditer(text, start, end)
        ]
    assert sentences.sentences_of(text, paragraphs) == [
        sentences.sentences_in(text, *p) for p in paragraphs
    ]


_LINE_PIECES = [
    *("word", "Ends.", "said:", '"quoted"', "x" * 60, "y" * 101),
    *(" ", "  ", "\t", "\n", "\n\n", "\x0b", "\x0c", "\x1c", "\x85"),
    *("\u00a0", "\u2028", "\u3000", " \n", "\t\n", "\n ", "\n\t"),
]


@given(
    st.lists(st.sampled_from(_LINE_PIECES), max_size=40).map("".join),
    st.integers(min_value=0, max_value=50),
)
@example("a\n \nb", 0)
@example("a\n\u00a0b\nc", 0)
@example(" \nb\n", 0)
def test_paragraphs_from_lines_are_the_pattern_blocks(text: str, start: int) -> None:
    start = min(start, len(text))
    assert articles._paragraphs(text, start) == articles._paragraphs_by_pattern(
        text, start
    )


def test_sentence_openers_of_ascii_are_the_patterns() -> None:
    """The set that answers for the characters of ASCII after a closing mark
    takes exactly those the pattern takes (a capital or a digit)."""
    from claimcheck.engine.sentences import _ASCII_OPENS, _OPENS

    for code in range(128):
        char = chr(code)
        assert (char in _ASCII_OPENS) == (_OPENS.match(char) is not None), char
