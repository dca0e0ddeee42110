"""Statements a fact box's row makes with its box's heading.

A fact box puts a statement in a row: its label's noun and its value make
the statement, its heading names the subject ("SKYVALE OUTAGE AT A GLANCE /
Cause: a faulty software update" puts "the outage was caused by a faulty
update"; "DORRAN BRAKE FAULT / Fix: free over-the-air update" puts "the
fault will be fixed by a free over-the-air update").  The colon cuts such a
row in two for the plain reading (:func:`claimcheck.engine.statements.
find_statement`), and the heading is a sentence of its own; here the row is
one clause, and the words a slot lacks there come from the heading.

A row is a line of a block of lines (no blank line between them) after the
block's first, that opens with a short label and a colon (not a time's,
"10:45"), a bar or a dash.  The heading is the block's first line, or its
label where that line is a row itself ("Pay talks: where things stand").  A
row whose label names another time or event ("Cause of the 2019 outage:")
is not the story's (:func:`claimcheck.engine.rows.other_time`); the value
must hold a word of the statement ("Cause: not yet known" puts nothing).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from claimcheck.engine.patterns import lazy
from claimcheck.engine.polarity import read_cues
from claimcheck.engine.rows import other_time
from claimcheck.engine.statements import StatementMatch

if TYPE_CHECKING:
    from claimcheck.engine.index import ArticleIndex
    from claimcheck.engine.statements import Sentence

__all__ = ["box_statements"]

Span = tuple[int, int]

# a row: a short label, then a colon (not a time's), a bar or a dash, then
# its value
_ROW = lazy(
    r"[^\S\n]*(?P<label>[^\W\d_][^\n:|–—]{0,60}?)[^\S\n]*"
    r"(?::(?!\d)|[^\S\n][|–—-][^\S\n])[^\S\n]*(?=\S)"
)
# what a row needs: a colon, a bar or a dash as near its label's first letter
# as _ROW lets it stand (its label runs 61 characters at most, then spaces),
# sought first: no run here gives anything back, where the label's lazy run
# tries the mark after each of its characters (most lines of prose have none)
_ROW_MARK = lazy(r"[^\S\n]*+[^\W\d_][^:|–—-]{0,60}+[^\S\n]*+[:|–—-]")
# the same after a newline (a literal the search skips to): the start of
# every line but the first at once; its runs stop at the line's end, as
# _ROW_MARK's stop at the end it is given
_LINE_MARK = lazy(r"\n[^\S\n]*+[^\W\d_][^:|–—\n-]{0,60}+[^\S\n]*+[:|–—-]")
#: a row, as (heading, row line, where its value starts)
Row = tuple[Span, Span, int]


def box_statements(index: ArticleIndex, sentence: Sentence) -> list[StatementMatch]:
    """Every row of a fact box that, with its box's heading, holds all of
    ``sentence``'s slots, one of them in the row's value."""
    rows = _rows(index)
    if not rows:
        return []
    hits = [index.hits(slot) for slot in sentence.slots]
    if not all(hits):
        return []
    text = index.article.text
    out = []
    for heading, row, value in rows:
        words = []
        for slot_hits in hits:
            hit = _first(slot_hits, row) or _first(slot_hits, heading)
            if hit is None or hit in words:
                break
            words.append(hit)
        else:
            own = [w for w in words if w[0] >= row[0]]
            if not any(w[0] >= value for w in own):
                continue
            bounds = index.article.sentence_at(row[0])
            cues = read_cues(text, sentence=bounds, clause=row, words=own)
            out.append(
                StatementMatch(
                    sentence=bounds, clause=row, words=tuple(sorted(words)), cues=cues
                )
            )
    return out


def _first(spans: Sequence[Span], within: Span) -> Span | None:
    """The first of the sorted ``spans`` inside ``within``."""
    i = bisect.bisect_left(spans, (within[0], within[0]))
    if i < len(spans) and spans[i][1] <= within[1]:
        return spans[i]
    return None


def _rows(index: ArticleIndex) -> list[Row]:
    """The rows of the article's fact boxes (kept with the index)."""
    memo: dict[str, Any] = index._memo
    found: list[Row] | None = memo.get("box rows")
    if found is not None:
        return found
    found = memo["box rows"] = []
    text = index.article.text
    if ":" not in text and "|" not in text and " - " not in text:
        return found
    # only a line _ROW_MARK matches can be a row: those are found in one
    # search, and each one's block is walked back to its first line, the
    # heading (where every line was read in turn, a few microseconds each)
    # (the block of the line found before, while the walk reaches it)
    last_line, last_first = -1, -1
    starts = [m.start() + 1 for m in _LINE_MARK.finditer(text)]
    if _ROW_MARK.match(text, 0, _line_end(text, 0)):
        starts.insert(0, 0)
    for start in starts:
        line = (start, _line_end(text, start))
        first = _block_start(text, line[0], last_line, last_first)
        last_line, last_first = line[0], first
        if first == line[0]:
            continue  # a block's first line is its heading
        heading_line = (first, _line_end(text, first))
        head = (
            _ROW.match(text, *heading_line)
            if _ROW_MARK.match(text, *heading_line)
            else None
        )
        heading = heading_line if head is None else head.span("label")
        row = _ROW.match(text, *line)
        if row is not None and not other_time(row.group("label")):
            found.append((heading, line, row.end()))
    return found


def _line_end(text: str, start: int) -> int:
    """Where the line starting at ``start`` ends (its newline, or the text's end)."""
    stop = text.find("\n", start)
    return len(text) if stop < 0 else stop


def _block_start(text: str, start: int, known: int, known_first: int) -> int:
    """Where the first line of the block holding the line at ``start`` starts:
    back past every line that is not blank (``known``, a line of the block
    walked before, starts its block at ``known_first``)."""
    first = start
    while first > 0:
        if first == known:
            return known_first
        before = text.rfind("\n", 0, first - 1) + 1
        if not text[before : first - 1].strip():
            return first  # a blank line ends the block above
        first = before
    return first
