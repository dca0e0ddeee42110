"""Spelling variants searched for only near the letters they must keep.

A name matched with at most ``e`` errors keeps at least one of any ``e + 1``
disjoint runs of its letters intact (see
:func:`claimcheck.engine.context.variants`).  Searching the whole article
for a variant tries the costly fuzzy pattern at every position; but a match
holding an intact run at ``p`` starts at most a name's length (plus its
errors) of characters before ``p``, not counting the spaces and dashes that
part its words, which the pattern's separators may repeat.  So the pattern
is tried only at those positions, the same way a search would try them:
left to right, each match taken whole and the search going on where it ends.
Where the runs occur so often that this would try a large part of the text,
the whole text is searched as before.
"""

from __future__ import annotations

import regex

__all__ = ["near_spans"]

#: the characters the separators of a phrase may repeat (a superset)
_DASHES = "-\u2010\u2011\u2012\u2013\u2014"
#: past this share of the text's positions, a plain search costs less
_MOST = 0.3


def near_spans(
    pattern: regex.Pattern[str],
    requires: regex.Pattern[str],
    reach: int,
    text: str,
    start: int,
    *,
    timeout: float | None,
) -> list[tuple[int, int]]:
    """Every non-empty (start, end) where ``pattern`` matches ``text[start:]``,
    as ``finditer`` finds them, given that a match holds at most ``reach``
    characters other than spaces and dashes, one of its stretches matching
    ``requires``."""
    windows = _windows(requires, reach, text, start, timeout)
    if sum(end - first for first, _, end in windows) > _MOST * (len(text) - start):
        return _search(pattern, text, start, timeout)
    out: list[tuple[int, int]] = []
    pos = start
    for first, last, end in windows:
        # a search that ends at ``end`` tries each start up to ``last`` as
        # one over the whole text does: no match from there reaches ``end``
        while max(first, pos) <= last:
            m = pattern.search(text, max(first, pos), end, timeout=timeout)
            if m is None or m.start() > last:
                break
            if m.end() == m.start():
                # an empty match moves a search on otherwise: leave it to one
                return _search(pattern, text, start, timeout)
            out.append(m.span())
            pos = m.end()
    return out


def _windows(
    requires: regex.Pattern[str],
    reach: int,
    text: str,
    start: int,
    timeout: float | None,
) -> list[tuple[int, int, int]]:
    """(first, last, end): a match may start from ``first`` to ``last`` (it
    holds a match of ``requires`` starting at ``last`` or before) and ends
    before ``end``; in order, not overlapping."""
    out: list[tuple[int, int, int]] = []
    for found in requires.finditer(text, start, overlapped=True, timeout=timeout):
        at = found.start()
        first = _walk(text, at, -reach - 1, start)
        end = _walk(text, at, reach + 1, len(text)) + 1
        if out and first <= out[-1][1] + 1:
            out[-1] = (out[-1][0], at, max(end, out[-1][2]))
        else:
            out.append((first, at, end))
    return out


def _walk(text: str, at: int, count: int, bound: int) -> int:
    """From ``at``, the position ``count`` characters other than spaces and
    dashes away (back when negative), or ``bound`` first: back, the first
    position with fewer than ``-count`` such characters up to ``at``;
    forward, the position of the ``count``-th such character from ``at``."""
    step = -1 if count < 0 else 1
    left = abs(count)
    while at != bound:
        char = text[at - 1] if step < 0 else text[at]
        if not (char.isspace() or char in _DASHES):
            left -= 1
            if not left:
                return at
        at += step
    return at


def _search(
    pattern: regex.Pattern[str], text: str, start: int, timeout: float | None
) -> list[tuple[int, int]]:
    return [
        m.span()
        for m in pattern.finditer(text, start, timeout=timeout)
        if m.end() > m.start()
    ]
