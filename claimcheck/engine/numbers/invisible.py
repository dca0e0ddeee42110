"""Invisible characters inside a number: "2\u200b12" is 212, not 2 and 12.

Text copied from the web carries characters that show nothing: zero-width
spaces and joiners, soft hyphens, word joiners, a stray byte order mark,
direction marks.  Between the digits of a number they split it in two for
the reader ("2\u200b12" read as 2 and 12), a false contradiction of a claim
of 212.  Positions must not move (every report quotes file:line:column), so
the article text keeps them: the reader is given a copy of the text without
the invisible characters that sit inside a number, and each span it finds
is mapped back to the original text, where it covers them.

Direction overrides (U+202A-U+202E, U+2066-U+2069) are not among them: they
change the order in which the digits show, so a number read through one is
not what a reader sees (docs/security.md).
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

__all__ = ["INVISIBLE", "Visible", "through_invisible", "visible_digits"]

#: characters that show nothing and join what is around them
INVISIBLE = "\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u2060-\u2064\ufeff"
_ANY = re.compile(f"[{INVISIBLE}]")
# a number with invisible characters between its digits or around one group
# separator: "2\u200b12", "1\u200b,\u200b200", "3.\u00ad5"
_RUN = re.compile(rf"\d(?:[{INVISIBLE}]*[.,]?[{INVISIBLE}]*\d)*")


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=_Spanned)
S_co = TypeVar("S_co", bound=_Spanned, covariant=True)


@dataclasses.dataclass(frozen=True, slots=True)
class Visible:
    """A text without the invisible characters inside its numbers.

    ``cuts`` holds, for each character left out, the position in ``text``
    of the first character kept after it (repeated for a run of them).
    """

    text: str
    cuts: tuple[int, ...]

    def original(self, position: int) -> int:
        """The position in the original text of ``text[position]``."""
        return position + bisect.bisect_right(self.cuts, position)

    def restore(self, found: Sequence[S], source: str, offset: int) -> tuple[S, ...]:
        """Spans found in ``text`` as spans of ``source`` (plus ``offset``).

        A span ends after its last character, so the characters left out
        inside it are covered and its text is quoted from ``source``.
        """
        out = []
        for item in found:
            start = self.original(item.start)
            end = self.original(item.end - 1) + 1 if item.end > item.start else start
            out.append(
                dataclasses.replace(
                    item,  # type: ignore[type-var]
                    start=start + offset,
                    end=end + offset,
                    text=source[start:end],
                )
            )
        return tuple(out)


def visible_digits(text: str) -> Visible | None:
    """``text`` without the invisible characters inside its numbers.

    ``None`` when no number has one (the usual case, told by one scan).
    """
    # (every such character lies beyond ASCII, and a text knows whether it
    # holds any at once)
    if text.isascii() or _ANY.search(text) is None:
        return None
    parts: list[str] = []
    cuts: list[int] = []
    kept = 0  # characters of ``text`` copied so far
    dropped = 0
    for m in _RUN.finditer(text):
        run = m.group()
        if _ANY.search(run) is None:
            continue
        parts.append(text[kept : m.start()])
        for i, char in enumerate(run):
            if _ANY.match(char):
                cuts.append(m.start() + i - dropped)
                dropped += 1
            else:
                parts.append(char)
        kept = m.end()
    if not cuts:
        return None
    parts.append(text[kept:])
    return Visible("".join(parts), tuple(cuts))


class _Reader(Protocol[S_co]):
    def __call__(
        self, text: str, *, offset: int = 0, article: str | None = None
    ) -> tuple[S_co, ...]: ...


def through_invisible(read: _Reader[S]) -> _Reader[S]:
    """``read(text, offset=, article=)`` that reads numbers through invisible
    characters, giving spans of ``text`` that cover them."""

    @functools.wraps(read)
    def wrapper(
        text: str, *, offset: int = 0, article: str | None = None
    ) -> tuple[S, ...]:
        shown = visible_digits(text)
        if shown is None:
            return read(text, offset=offset, article=article)
        return shown.restore(read(shown.text, article=article), text, offset)

    return wrapper
