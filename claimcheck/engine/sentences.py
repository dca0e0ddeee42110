"""Cutting a paragraph of an article into sentences.

A sentence ends at terminal punctuation followed by space and something that
can open a sentence, unless an abbreviation or an initial stands before the
period; a "sentence" longer than :data:`MAX_SENTENCE_CHARS` is cut at spaces.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck.engine.patterns import lazy, lazy_re

__all__ = [
    "MAX_SENTENCE_CHARS",
    "bounded",
    "sentence_marks",
    "sentences_in",
    "sentences_of",
    "trimmed",
]

#: a "sentence" longer than this (a table, a list, text without punctuation)
#: is cut at spaces into pieces no longer, so that the work of binding numbers,
#: which grows with the square of a sentence's length, stays bounded
MAX_SENTENCE_CHARS = 2_000


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without the white space at either end."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# Sentence ends: terminal punctuation, optional closing quotes/brackets, then
# space and something that can open a sentence.  Abbreviations and initials
# before a period are not ends.  The mark is matched, not looked back at, so
# the scan skips to marks (~7x faster); the end proper starts after it.
_SENTENCE_END = lazy(r"""[.!?…]["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\d])""")
# The same, faster: the standard library's engine finds each mark and takes
# the character that would open the next sentence; `regex` (whose Unicode
# tables are newer) then says whether it is a capital or a digit.  The space
# is `regex`'s \s, which leaves out the separators U+001C-U+001F.
_SPACE = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_MARK = lazy_re(rf"""[.!?…]["'”’)\]]*(?=[{_SPACE}]+["'“‘(\[]?(.))""", re.S)
_OPENS = lazy(r"[\p{Lu}\d]")
#: the characters of ASCII that :data:`_OPENS` takes: asked of most marks'
#: next character, a set answers for them without a pattern run
_ASCII_OPENS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "rep",
        "sen",
        "gen",
        "lt",
        "col",
        "sgt",
        "capt",
        "cpl",
        "maj",
        "adm",
        "gov",
        "pres",
        "st",
        "jr",
        "sr",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "no",
        "nos",
        "vs",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "dept",
        "est",
        "fig",
        "approx",
        "u.s",
        "u.n",
        "u.k",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
        "mt",
        "ft",
    ]
)


#: abbreviations that stand only before a number ("No. 10", "Fig. 3"): the
#: answer "No." before a word ends its sentence
_BEFORE_NUMBERS = frozenset({"no", "nos", "fig"})


def sentence_marks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of every sentence-ending mark in ``[start, end)``,
    closing quotes and brackets included, where :data:`_SENTENCE_END` finds
    them."""
    opens = _OPENS.match
    return [
        m.span()
        for m in _MARK.finditer(text, start, end)
        if (c := m.group(1)) in _ASCII_OPENS or (not c.isascii() and opens(c))
    ]


def sentences_of(
    text: str, paragraphs: Sequence[tuple[int, int]]
) -> list[list[tuple[int, int]]]:
    """The sentences of each paragraph, its marks found in one scan.

    A mark a scan of the whole body finds ends before the end of its
    paragraph (closing marks are not space, paragraphs are trimmed) exactly
    when the paragraph's own scan finds it; one at the very end of a
    paragraph ends nothing more than the paragraph does.
    """
    if not paragraphs:
        return []
    marks = sentence_marks(text, paragraphs[0][0], paragraphs[-1][1])
    out = []
    i = 0
    for start, end in paragraphs:
        while i < len(marks) and marks[i][0] < start:
            i += 1
        first = i
        while i < len(marks) and marks[i][1] < end:
            i += 1
        out.append(_cut(text, start, end, marks[first:i]))
    return out


def sentences_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of the paragraph ``[start, end)``."""
    return _cut(text, start, end, sentence_marks(text, start, end))


def _cut(
    text: str, start: int, end: int, marks: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    begin = start
    for mark_start, stop in marks:
        word = _word_before_period(text, begin, mark_start + 1)
        if (
            word is not None
            and (word in _ABBREVIATIONS or len(word) == 1)
            and (
                word not in _BEFORE_NUMBERS
                or text[stop : stop + 8].strip()[:1].isdigit()
            )
        ):
            continue
        span = trimmed(text, begin, stop)
        if span[0] < span[1]:
            out.append(span)
        begin = stop
    span = trimmed(text, begin, end)
    if span[0] < span[1]:
        out.append(span)
    return out


def bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence cut at spaces into pieces of at most MAX_SENTENCE_CHARS."""
    out: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, limit)
        cut = limit if cut < 0 else cut
        piece = trimmed(text, start, cut)
        if piece[0] < piece[1]:
            out.append(piece)
        start = trimmed(text, cut, end)[0]
    if start < end:
        out.append((start, end))
    return out


def _word_before_period(text: str, begin: int, end: int) -> str | None:
    """The word before a closing period, lower-cased, or None for ! and ?."""
    pos = end
    while pos > begin and text[pos - 1] in "\"'”’)]":
        pos -= 1
    if pos == begin or text[pos - 1] != ".":
        return None
    word_end = pos - 1
    word_start = word_end
    while word_start > begin and (
        text[word_start - 1].isalpha() or text[word_start - 1] == "."
    ):
        word_start -= 1
    return text[word_start:word_end].casefold()
