"""Article files -> Article: text, metadata, line index, paragraphs, sentences."""

from __future__ import annotations

import bisect
import datetime
import itertools
import re
import stat
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import regex
import yaml

from claimcheck.engine.dates import dateline, read_date
from claimcheck.engine.patterns import lazy
from claimcheck.engine.sentences import (
    MAX_SENTENCE_CHARS,
    bounded,
    sentences_of,
    trimmed,
)
from claimcheck.errors import ArticleError, ArticleSkipped

if TYPE_CHECKING:
    from claimcheck.engine.html import SourceMap

__all__ = [
    "ARTICLE_SUFFIXES",
    "HTML_SUFFIXES",
    "MAX_ARTICLE_BYTES",
    "MAX_SENTENCE_CHARS",
    "Article",
    "ArticleWarning",
    "Span",
    "decode_article",
    "file_kind",
    "laid_out",
    "line_starts_of",
    "load_article",
    "noting_warnings",
    "parse_article",
    "read_article_bytes",
]

#: file suffixes of web pages, read through the html extra (engine/html.py)
HTML_SUFFIXES = (".html", ".htm")

#: file suffixes read as articles when a corpus entry names a directory
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", *HTML_SUFFIXES)

#: encodings tried, in order, when an article is not UTF-8
FALLBACK_ENCODING = "cp1252"

#: default size limit of one article file (the claimcheck_max_article_bytes
#: ini key); a news article is rarely over 100 kB
MAX_ARTICLE_BYTES = 10_000_000

#: where the size limit is set, as messages name it
LIMIT_NAME = "the claimcheck_max_article_bytes ini key"


_T = TypeVar("_T")


class ArticleWarning(UserWarning):
    """An article was read with a fallback, or skipped."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Span:
    """A stretch of an article's text: ``article.text[start:end] == text``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """One article: its exact text and where its checkable body lies.

    ``text`` is the file's decoded content (a byte order mark removed), so
    offsets into it map to the line and column an editor shows.  Metadata
    (YAML front matter, or a leading ``date YYYY-MM-DD`` marker) lies before
    ``body_start`` and is never checked.
    """

    path: str
    text: str
    body_start: int = 0
    metadata: dict[str, Any] = field(default_factory=dict, compare=False)
    #: offset of the first character of every line
    line_starts: tuple[int, ...] = (0,)
    #: (start, end) of every paragraph of the body
    paragraphs: tuple[tuple[int, int], ...] = ()
    #: (start, end) of every sentence of the body, in order
    sentences: tuple[tuple[int, int], ...] = ()
    #: for text extracted from a web page: where each character stands in
    #: the page's file; None when ``text`` is the file's own text
    source: SourceMap | None = field(default=None, compare=False)

    @property
    def date(self) -> datetime.date | None:
        """The day the article was published: its front matter's ``date``, the
        leading date marker, or a dateline with a full date; None if undated."""
        value = self.metadata.get("date")
        return read_date(str(value)) if value is not None else None

    @property
    def name(self) -> str:
        """The article's file name without its suffix."""
        return Path(self.path).stem

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) in the article's file of a character offset,
        as an editor counts (in the page, for text extracted from one).
        """
        if self.source is not None:
            return self.source.position(offset)
        return self.text_position(offset)

    def text_position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset in ``text``."""
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return line + 1, offset - self.line_starts[line] + 1

    def line_text(self, line: int) -> str:
        """The text of a 1-based line without its line break."""
        start = self.line_starts[line - 1]
        end = self.line_starts[line] if line < len(self.line_starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n")

    @property
    def line_count(self) -> int:
        return len(self.line_starts)

    def span(self, start: int, end: int) -> Span:
        return Span(start=start, end=end, text=self.text[start:end])

    def sentence_at(self, offset: int) -> tuple[int, int]:
        """The (start, end) of the sentence holding ``offset``."""
        index = bisect.bisect_right(self.sentences, (offset, len(self.text) + 1)) - 1
        return self.sentences[max(index, 0)]

    def paragraph_at(self, offset: int) -> tuple[int, int]:
        """The (start, end) of the paragraph holding ``offset``."""
        index = bisect.bisect_right(self.paragraphs, (offset, len(self.text) + 1)) - 1
        return self.paragraphs[max(index, 0)]


def load_article(
    path: Path,
    *,
    display_path: str | None = None,
    max_bytes: int | None = None,
    limit_name: str = LIMIT_NAME,
) -> Article:
    """Read and split one article file.

    Text that is not UTF-8 is decoded as cp1252 with an :class:`ArticleWarning`;
    a binary file (NUL bytes) raises :class:`ArticleSkipped`, and a file over
    ``max_bytes`` raises :class:`ArticleError`.
    """
    shown = display_path or str(path)
    data = read_article_bytes(
        path, display_path=shown, max_bytes=max_bytes, limit_name=limit_name
    )
    return parse_article(data, path=shown)


def read_article_bytes(
    path: Path,
    *,
    display_path: str,
    max_bytes: int | None = None,
    limit_name: str = LIMIT_NAME,
) -> bytes:
    """The bytes of an article file, refused when over ``max_bytes`` (the
    message says to raise ``limit_name``, the setting that gave it).

    The size is checked before reading, so a huge file is never loaded.
    """
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            # a device or a pipe could be read forever
            raise ArticleError(
                f"{display_path} is {file_kind(status.st_mode)}, not an article"
                " file; remove it from the corpus"
            )
        size = status.st_size
        if max_bytes is not None and size > max_bytes:
            raise ArticleError(
                f"{display_path}: article is {size:,} bytes, over the limit of"
                f" {max_bytes:,}; split it, remove it from the corpus, or raise"
                f" {limit_name}"
            )
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise ArticleError(
            f"{display_path}: article not found; was it moved or deleted?"
        ) from exc
    except OSError as exc:
        raise ArticleError(
            f"{display_path}: cannot read article ({exc.strerror});"
            " check its permissions"
        ) from exc


_FILE_KINDS = {
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFIFO: "a named pipe",
    stat.S_IFSOCK: "a socket",
    stat.S_IFDIR: "a folder",
    stat.S_IFREG: "a file",
}


def file_kind(mode: int) -> str:
    """What a file of ``st_mode`` ``mode`` is, in words: "a named pipe"."""
    return _FILE_KINDS.get(stat.S_IFMT(mode), "not a regular file")


def noting_warnings(read: Callable[[], _T], notes: list[str]) -> _T:
    """Call ``read``, adding the message of each :class:`ArticleWarning` to ``notes``.

    The plugin shows these in its own summary: under pytest's
    ``filterwarnings = error`` a warning raised inside a test would turn a
    readable article into an error.  Other warnings pass through unchanged.
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ArticleWarning)
        result = read()
    for warning in caught:
        if issubclass(warning.category, ArticleWarning):
            notes.append(str(warning.message))
        else:
            warnings.warn_explicit(
                warning.message, warning.category, warning.filename, warning.lineno
            )
    return result


def parse_article(data: bytes | str, *, path: str) -> Article:
    """Split an article's content (bytes or text) into an :class:`Article`.

    A path ending in ``.html`` or ``.htm`` is a web page: its main text is
    extracted (:func:`claimcheck.engine.html.parse_page`).
    """
    if path.lower().endswith(HTML_SUFFIXES):
        from claimcheck.engine.html import parse_page  # the extra, when used

        return parse_page(data, path=path)
    text = data if isinstance(data, str) else decode_article(data, path)
    if text.startswith("\ufeff"):
        text = text[1:]
    body_start, metadata = _read_metadata(text, path)
    return laid_out(text, path=path, body_start=body_start, metadata=metadata)


def laid_out(
    text: str,
    *,
    path: str,
    body_start: int = 0,
    metadata: dict[str, Any] | None = None,
    source: SourceMap | None = None,
) -> Article:
    """The :class:`Article` of a text: its lines, paragraphs and sentences."""
    line_starts = line_starts_of(text)
    paragraphs = _paragraphs(text, body_start)
    metadata = metadata or {}
    if "date" not in metadata:
        dated = dateline(text, paragraphs)
        if dated is not None:
            metadata = {**metadata, "date": dated.isoformat()}
    elif read_date(str(metadata["date"])) is None:
        warnings.warn(
            ArticleWarning(
                f"{path}: front matter date {metadata['date']!r} is not a date;"
                " write it as YYYY-MM-DD, or a claim's history cannot date the"
                " article"
            ),
            stacklevel=2,
        )
    sentences = tuple(
        piece
        for found in sentences_of(text, paragraphs)
        for s in found
        for piece in bounded(text, *s)
    )
    return Article(
        path=path,
        text=text,
        body_start=body_start,
        metadata=metadata,
        line_starts=line_starts,
        paragraphs=paragraphs,
        sentences=sentences,
        source=source,
    )


def decode_article(data: bytes, path: str) -> str:
    """An article file's bytes as text: UTF-8 (or UTF-16 or UTF-32, see
    :func:`_wide_encoding`), else cp1252 with an :class:`ArticleWarning`; binary raises
    :class:`ArticleSkipped`.
    """
    wide = _wide_encoding(data)
    if wide is None and b"\x00" in data[:8192]:
        raise ArticleSkipped(
            f"{path}: binary file, not an article; skipped. Remove it from the corpus"
        )
    if wide is not None:
        try:
            return data.decode(wide)
        except UnicodeDecodeError as exc:
            raise ArticleSkipped(
                f"{path}: starts as {wide.upper()} but is not (byte {exc.start});"
                " skipped. Save it as UTF-8 or remove it from the corpus"
            ) from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        warnings.warn(
            ArticleWarning(
                f"{path}: not valid UTF-8 (byte {exc.start});"
                f" read as {FALLBACK_ENCODING}. Save the article as UTF-8 to"
                " silence this."
            ),
            stacklevel=3,
        )
        return data.decode(FALLBACK_ENCODING, errors="replace")


def _wide_encoding(data: bytes) -> str | None:
    """UTF-32 or UTF-16 by the byte order mark; without one, UTF-16 when
    every other byte of the first 8 kB is zero, as in text of Latin script
    saved by tools that write no mark."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "utf-32"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    head = data[: 8192 & ~1] if len(data) % 2 == 0 or len(data) > 8192 else b""
    if len(head) < 4:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if odd >= len(head) // 4 and even == 0:
        return "utf-16-le"
    if even >= len(head) // 4 and odd == 0:
        return "utf-16-be"
    return None


_NEWLINE = lazy(r"\r\n|\n|\r")


def line_starts_of(text: str) -> tuple[int, ...]:
    """The offset of the first character of every line (CRLF, LF or CR ends)."""
    if "\r" in text:
        return (0, *(m.end() for m in _NEWLINE.finditer(text)))
    # only LF ends: each line starts one past the end of the one before
    lines = text.split("\n")
    return tuple(
        itertools.accumulate([len(line) + 1 for line in lines[:-1]], initial=0)
    )


_FRONT_MATTER = lazy(
    r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", regex.S | regex.M
)
_DATE_MARKER = lazy(r"\A[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*")


def _read_metadata(text: str, path: str) -> tuple[int, dict[str, Any]]:
    # (both patterns open at the start: the engine would look for their
    # words through the whole text first)
    match = _FRONT_MATTER.match(text) if text.startswith("---") else None
    if match:
        try:
            loaded = yaml.safe_load(match.group(1))
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"{mark.line + 2}:{mark.column + 1}" if mark else "1:1"
            raise ArticleError(
                f"{path}:{where}: front matter is not valid YAML; fix it or remove the"
                " '---' block"
            ) from exc
        meta = loaded if isinstance(loaded, dict) else {}
        return match.end(), {str(k): _plain(v) for k, v in meta.items()}
    match = _DATE_MARKER.match(text) if text.lstrip(" \t").startswith("date") else None
    if match:
        return match.end(), {"date": match.group(1)}
    return 0, {}


def _plain(value: Any) -> Any:
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


# A paragraph ends at a blank line.  Inside a block of lines, a line break ends
# a paragraph too unless the block is hard-wrapped prose (every line but the
# last long and none ending a sentence), as in Markdown written at 72 columns.
_BLOCK = lazy(r"[^\r\n]+(?:(?:\r\n|\n|\r)[ \t]*[^\s][^\r\n]*)*")
_WRAP_WIDTH = 100
_LINE = re.compile(r"[^\r\n]+")


# a line that goes on a block: any spaces or tabs, then no white space
_GOES_ON = lazy(r"[ \t]*[^\s]")


def _paragraphs(text: str, body_start: int) -> tuple[tuple[int, int], ...]:
    """The paragraphs of the body: the blocks of :data:`_BLOCK`, cut."""
    if "\r" in text:
        return _paragraphs_by_pattern(text, body_start)
    # Only LF ends: the same blocks from the lines, without a pattern run
    # over every character.  A block opens at a line that is not empty and
    # takes each next line that goes on.
    out: list[tuple[int, int]] = []
    goes_on = _GOES_ON.match
    block: list[str] = []
    block_start = at = body_start
    for line in text[body_start:].split("\n"):
        if block and goes_on(line):
            block.append(line)
        else:
            if block:
                _cut_block(text, block_start, block, out)
            block = [line] if line else []
            block_start = at
        at += len(line) + 1
    if block:
        _cut_block(text, block_start, block, out)
    return tuple(out)


def _cut_block(
    text: str, start: int, lines: list[str], out: list[tuple[int, int]]
) -> None:
    """Add the paragraphs of the block of ``lines`` at ``start`` to ``out``."""
    if len(lines) > 1 and _is_wrapped(lines):
        out.append(trimmed(text, start, start + sum(map(len, lines)) + len(lines) - 1))
        return
    for line in lines:
        span = trimmed(text, start, start + len(line))
        if span[0] < span[1]:
            out.append(span)
        start += len(line) + 1


def _paragraphs_by_pattern(text: str, body_start: int) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    for block in _BLOCK.finditer(text, body_start):
        lines = list(_LINE.finditer(block.group()))
        if len(lines) > 1 and _is_wrapped([m.group() for m in lines]):
            out.append(trimmed(text, block.start(), block.end()))
            continue
        for m in lines:
            span = trimmed(text, block.start() + m.start(), block.start() + m.end())
            if span[0] < span[1]:
                out.append(span)
    return tuple(out)


def _is_wrapped(lines: list[str]) -> bool:
    body = [line.rstrip() for line in lines[:-1]]
    if any(_BULLET.match(line) for line in lines) or all(
        _HEADED.match(line) for line in lines[1:]
    ):
        # "- Dead: 212" under "- Injured: 1,450", "Dead: 212" under
        # "Injured: 1,450", maybe under a title ("AT A GLANCE"): a list, a
        # line an item
        return False
    return all(len(line) <= _WRAP_WIDTH for line in lines) and not all(
        line.endswith((".", "!", "?", '"', "”", ":")) for line in body
    )


#: a list item's mark: "- ", "* ", "• ", "1. ", "2) "
_BULLET = re.compile(r"[ \t]*(?:[-*•▪◦–—]|\d{1,2}[.)])[ \t]")
#: a line that a short heading and a colon open: "Injured: 1,450"; or a
#: dash or a bar with a figure after it ("Deaths - 38", "Rescued | 96"); or
#: a live blog's time ("14:05 Death toll rises to 41")
_HEADED = re.compile(
    r"[ \t]*(?:[^\s:|][^:|\n]{0,38}(?::[ \t]+\S|[ \t][-–—|][ \t]+[^\n]*\d)"
    r"|\d{1,2}[:.]\d\d[ \t]+\S)"
)
