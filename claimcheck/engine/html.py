"""Web pages -> Article: the main text of a news page, mapped back to the page.

A saved news page holds far more than its article: menus, teasers, cookie
notices, scripts.  `trafilatura <https://trafilatura.readthedocs.io>`_, a
library made to find the main text of news pages, picks the article out (it
is the ``html`` extra: ``pip install 'claimcheck[html]'``).  Its text is laid
out one paragraph to a line, blank lines between; each character is then
located in the page, so that reports quote ``page.html:line:column`` of the
file itself: the page's visible text is read with the standard library's
HTML parser, each character with its offset (a character reference such as
``&#8217;`` stands at its ``&``), and every extracted paragraph is found in
that text with whitespace ignored, whole when it can be, else word by word.

The page's title, date, site name and address (its ``<meta>`` and
``<title>`` markup) become the article's ``title``, ``date``, ``outlet`` and
``url``, as front matter does for a Markdown article.
"""

from __future__ import annotations

import bisect
import codecs
import html
import importlib.util
from array import array
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

import regex

from claimcheck.engine.articles import (
    Article,
    decode_article,
    laid_out,
    line_starts_of,
)
from claimcheck.errors import ArticleError, ArticleSkipped

__all__ = ["HTML_EXTRA", "SourceMap", "extractor_missing", "page_text", "parse_page"]

#: what to install to read web pages
HTML_EXTRA = "pip install 'claimcheck[html]'"

#: elements whose content a reader never sees
_HIDDEN = frozenset(["script", "style", "template", "title"])

_WORD = regex.compile(r"\S+")
_LINE_BREAK = regex.compile(r"\n")

#: how far past the previous paragraph a word is looked for, when its
#: paragraph is not found whole (the extractor changed some of its text)
_WORD_WINDOW = 400


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceMap:
    """Where the characters of a text extracted from a file stand in that file.

    ``offsets[i]`` is the file offset of ``text[i]`` (one more entry maps the
    end of the text); ``line_starts`` are the offsets of the file's lines.
    """

    offsets: tuple[int, ...]
    line_starts: tuple[int, ...]

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) in the file of the text's ``offset``."""
        at = self.offsets[min(max(offset, 0), len(self.offsets) - 1)]
        line = bisect.bisect_right(self.line_starts, at) - 1
        return line + 1, at - self.line_starts[line] + 1


def extractor_missing() -> bool:
    """True when the html extra (trafilatura) is not installed."""
    return importlib.util.find_spec("trafilatura") is None


def parse_page(data: bytes | str, *, path: str) -> Article:
    """The article of a web page: its main text, positions in the page.

    Raises :class:`ArticleError` when the html extra is not installed, and
    :class:`ArticleSkipped` for a page with no article text.
    """
    page = data if isinstance(data, str) else _decode_page(data, path)
    if page.startswith("\ufeff"):
        page = page[1:]
    paragraphs, metadata = _extract(page, path)
    text, offsets = page_text(page, paragraphs)
    source = SourceMap(offsets=tuple(offsets), line_starts=line_starts_of(page))
    return laid_out(text, path=path, metadata=metadata, source=source)


#: a charset a page declares in its first bytes (<meta charset=...>, or the
#: content type of <meta http-equiv>)
_CHARSET = regex.compile(
    rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", regex.I
)

#: what browsers read for these labels (the WHATWG encoding standard)
_BROWSER_CODECS = {"ascii": "cp1252", "iso8859-1": "cp1252"}


def _decode_page(data: bytes, path: str) -> str:
    """A page's text in the charset it declares; else as any article is."""
    declared = _CHARSET.search(data, 0, 4096)
    if declared is not None and not data.startswith(
        (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
    ):
        try:
            codec = codecs.lookup(declared.group(1).decode("ascii")).name
        except LookupError:
            codec = "utf-8"
        if not _ascii_compatible(codec):
            # found in ASCII bytes, so not the page's: browsers read a page
            # that declares UTF-16 as UTF-8 (the WHATWG encoding standard)
            codec = "utf-8"
        if codec != "utf-8" and b"\x00" not in data[:8192]:
            try:
                return data.decode(_BROWSER_CODECS.get(codec, codec))
            except (UnicodeError, LookupError):
                # not what it says it is, or a transform such as base64
                # rather than a charset: read as any article
                pass
    return decode_article(data, path)


def _ascii_compatible(codec: str) -> bool:
    """Whether ``codec`` writes ASCII as ASCII (not UTF-16, EBCDIC, base64)."""
    try:
        return "<meta charset=".encode(codec) == b"<meta charset="
    except (LookupError, UnicodeError):
        return False


def _extract(page: str, path: str) -> tuple[list[str], dict[str, Any]]:
    """The page's main text as paragraphs, and its metadata."""
    try:
        import trafilatura
    except ImportError as exc:
        raise ArticleError(
            f"{path}: a web page is read through the html extra, which is not"
            f" installed; install it ({HTML_EXTRA}) or remove the page from the"
            " corpus"
        ) from exc
    document = trafilatura.bare_extraction(
        page,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        deduplicate=False,
        date_extraction_params={"original_date": True, "extensive_search": False},
    )
    body = getattr(document, "text", None) or ""
    paragraphs = [" ".join(line.split()) for line in body.splitlines()]
    paragraphs = [p for p in paragraphs if p]
    if not paragraphs:
        raise ArticleSkipped(
            f"{path}: no article text found in the page; skipped. Save the"
            " article's own page, or its text as .txt"
        )
    metadata: dict[str, Any] = {}
    for key, attribute in _METADATA:
        value = getattr(document, attribute, None)
        if isinstance(value, str) and value.strip():
            metadata[key] = " ".join(value.split())
    return paragraphs, metadata


#: article metadata key <- trafilatura's Document attribute
_METADATA = (
    ("title", "title"),
    ("date", "date"),
    ("outlet", "sitename"),
    ("url", "url"),
    ("author", "author"),
)


def page_text(page: str, paragraphs: list[str]) -> tuple[str, array[int]]:
    """The text of ``paragraphs`` (blank lines between) and, for each of its
    characters and its end, the offset in ``page`` it was found at.

    A character not found (the extractor changed it) takes the place of the
    character before it, or of the first found one.
    """
    visible, places = _visible(page)
    text = "\n\n".join(paragraphs)
    found = array("q", [-1]) * (len(text) + 1)
    cursor = 0
    start = 0
    for paragraph in paragraphs:
        words = [(start + m.start(), m.group()) for m in _WORD.finditer(paragraph)]
        dense = "".join(word for _, word in words)
        at = visible.find(dense, cursor)
        if at < 0:
            at = visible.find(dense)
        if at >= 0:
            for where, word in words:
                found[where : where + len(word)] = places[at : at + len(word)]
                at += len(word)
            cursor = at
        else:
            for where, word in words:
                at = visible.find(word, cursor, cursor + _WORD_WINDOW + len(word))
                if at >= 0:
                    found[where : where + len(word)] = places[at : at + len(word)]
                    cursor = at + len(word)
        start += len(paragraph) + 2
    _fill(found, text, len(page))
    return text, found


def _fill(found: array[int], text: str, page_length: int) -> None:
    """Give the characters not found a place: spaces and line breaks the one
    after the character before them, others that character's place.
    """
    first = next((f for f in found if f >= 0), page_length)
    previous = -1
    for i, place in enumerate(found):
        if place >= 0:
            previous = place
            continue
        if previous < 0:
            found[i] = first
        elif i < len(text) and not text[i].isspace():
            found[i] = previous
        else:
            found[i] = min(previous + 1, page_length)


class _VisibleText(HTMLParser):
    """The page's visible characters, whitespace left out, each with its
    offset in the page.
    """

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=False)
        self.parts: list[str] = []
        self.places = array("q")
        self.hidden = 0
        self._lines = [0, *(m.end() for m in _LINE_BREAK.finditer(page))]

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._lines[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN and self.hidden:
            self.hidden -= 1

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        offset = self._offset()
        for m in _WORD.finditer(data):
            self.parts.append(m.group())
            self.places.extend(range(offset + m.start(), offset + m.end()))

    def handle_entityref(self, name: str) -> None:
        self._reference(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._reference(f"&#{name};")

    def _reference(self, reference: str) -> None:
        if self.hidden:
            return
        decoded = "".join(html.unescape(reference).split())
        if decoded:
            self.parts.append(decoded)
            self.places.extend([self._offset()] * len(decoded))


def _visible(page: str) -> tuple[str, array[int]]:
    parser = _VisibleText(page)
    parser.feed(_unclosed_as_text(page))
    parser.close()
    return "".join(parser.parts), parser.places


#: how far a tag's ">" may stand from its "<"
_TAG_REACH = 4096
_CLOSER = regex.compile(">")


def _unclosed_as_text(page: str) -> str:
    """``page`` with each "<" that no ">" closes within :data:`_TAG_REACH`
    characters turned into a character of text of the same length: the
    standard parser reads every such "<" as a tag that runs to the end of the
    page, once for each, so that a page of "<a <a <a ..." took minutes."""
    closers = [m.start() for m in _CLOSER.finditer(page)] if "<" in page else []
    out: list[str] | None = None
    start = page.find("<")
    while start >= 0:
        after = bisect.bisect_left(closers, start)
        if after == len(closers) or closers[after] - start > _TAG_REACH:
            if out is None:
                out = list(page)
            out[start] = "\ufffd"
        start = page.find("<", start + 1)
    return page if out is None else "".join(out)
