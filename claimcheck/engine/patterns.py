"""Regular expressions compiled at their first use, not at import.

The number grammar is one expression of some 40,000 characters: compiling
it takes about half a second, which every process importing the engine
would pay even when it reads no article (a warm index cache, ``--help``,
``--collect-only``, the reports).  :func:`lazy` stands in for a compiled
pattern and compiles it the first time one of its methods is called; the
pattern's bound methods (``match``, ``search``...) are then kept on the
stand-in, so later lookups cost less than on the pattern itself.
"""

from __future__ import annotations

import re
import sys
import threading
from collections.abc import Callable
from typing import Any, cast

import regex

from claimcheck.engine.wordsearch import spaced_words

__all__ = ["guarded", "lazy", "lazy_re", "may_match"]

_LOCK = threading.Lock()


#: what a stand-in offers: the methods and fields of a compiled pattern
_METHODS = (
    "match", "fullmatch", "search", "finditer", "findall", "split", "splititer",
    "sub", "subn", "subf", "subfn", "scanner",
)  # fmt: skip
_FIELDS = ("pattern", "flags", "groups", "groupindex")


class _LazyPattern:
    """A pattern compiled on first use (see the module doc).

    The first call of any method compiles the pattern and puts its bound
    methods on the instance, where later lookups find them at once (an
    instance attribute wins over the class's method).  No ``__getattr__``:
    its mere presence slows every attribute lookup on the object.
    """

    def __init__(self, compile_: Callable[[str, int], Any], source: str, flags: int):
        self._compile = compile_
        self._source = source
        self._flags = flags
        self._compiled: Any = None

    def compiled(self) -> Any:
        """The compiled pattern, compiling it now if no one has yet."""
        if self._compiled is None:
            with _LOCK:
                if self._compiled is None:
                    compiled = self._compile(self._source, self._flags)
                    for name in _METHODS:
                        if hasattr(compiled, name):
                            setattr(self, name, getattr(compiled, name))
                    self._compiled = compiled
        return self._compiled

    def __repr__(self) -> str:
        return f"lazy({self._source[:40]!r}...)"


def _method(name: str) -> Any:
    def first_call(self: _LazyPattern, *args: Any, **kwargs: Any) -> Any:
        return getattr(self.compiled(), name)(*args, **kwargs)

    first_call.__name__ = name
    return first_call


def _field(name: str) -> Any:
    return property(lambda self: getattr(self.compiled(), name))


for _name in _METHODS:
    setattr(_LazyPattern, _name, _method(_name))
for _name in _FIELDS:
    setattr(_LazyPattern, _name, _field(_name))


def lazy(source: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(source, flags)``, done the first time it is used."""
    return cast("regex.Pattern[str]", _LazyPattern(regex.compile, source, flags))


def lazy_re(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, done the first time it is used."""
    return cast("re.Pattern[str]", _LazyPattern(re.compile, source, flags))


#: a character beyond ASCII that is not a common typographic mark: such
#: letters may match a pattern's letters in ways case folding alone does not
#: show ("İ" matches "i", yet folds to "i" and a combining dot, which parts
#: "claİm" from "claim"), so a guard lets text holding one through.  The marks
#: fold to themselves and match no letter.
_UNSURE = re.compile(
    "[^\x00-\x7f’‘“”—–…•·«»‹›\u00a0\u2009\u202f″′€£¥°×§©®\u2010-\u2015]"
)


#: the texts guards tested last, each as [text, its case fold (None: not
#: tested), that with spaces for what parts words (None: not made yet)]: the
#: cues of a clause are sought one by one, in a few texts
_RECENT: list[list[Any]] = [["", "", None] for _ in range(4)]
#: where in :data:`_RECENT` the next text goes
_NEXT = [0]


class _GuardedPattern:
    r"""A pattern that runs only on text holding the words a match needs.

    Most cue patterns (a negation, a modal verb, a forecast) are an
    alternation of words tried at every position of a clause, some
    microseconds each; whether the clause holds one of their words at all is
    a few substring tests.  ``groups`` lists, for each way the pattern can
    match, what every such match holds: each of some sets of pieces, one
    piece of each set at least (lower case, as :meth:`str.casefold` gives
    them; a piece that starts or ends with ``_`` stands there at a word
    boundary, as ``\b`` puts one).  A text whose case fold fits no group
    cannot match, so the pattern is not run and the result is what it would
    give, no match.  On ASCII text and common marks (:data:`_UNSURE`) a
    case-insensitive pattern matches a literal exactly where the folded text
    holds it, and a word boundary stands exactly where a character that is
    not a word character (or the text's start or end) meets one that is, so
    the test never skips a match; other text is always searched.
    ``tests/engine/test_patterns.py`` checks every guard of the engine
    against its pattern.
    """

    __slots__ = ("groups", "pattern")

    def __init__(
        self,
        pattern: regex.Pattern[str],
        groups: tuple[tuple[tuple[tuple[str, ...], ...], ...], ...],
    ) -> None:
        self.pattern = pattern
        #: for each group, its sets: (plain pieces, pieces at word
        #: boundaries with a space for each boundary, those without them)
        self.groups = groups

    def may_match(
        self,
        text: str,
        pos: int = 0,
        endpos: int = sys.maxsize,
        *,
        parts: bool = False,
    ) -> bool:
        """Whether ``text[pos:endpos]`` fits one of the groups (or holds
        letters beyond ASCII, where the test is not made).  With ``parts``,
        whether some part of it may: a part has word boundaries at its ends
        that the whole may lack, so no boundary is asked for."""
        part = text[pos:endpos] if pos or endpos < len(text) else text
        for last in _RECENT:
            if last[0] is part:
                break
        else:
            last = [
                part,
                None
                if not part.isascii() and _UNSURE.search(part) is not None
                else part.casefold(),
                None,
            ]
            at = _NEXT[0]
            _RECENT[at] = last
            _NEXT[0] = (at + 1) % len(_RECENT)
        folded: str | None = last[1]
        if folded is None:
            return True
        spaced: str | None = last[2]
        for group in self.groups:
            for plain, bounded, loose in group:
                if plain and any(map(folded.__contains__, plain)):
                    continue
                if parts:
                    if loose and any(map(folded.__contains__, loose)):
                        continue
                elif bounded:
                    if spaced is None:
                        spaced = last[2] = f" {spaced_words(folded)} "
                    if any(map(spaced.__contains__, bounded)):
                        continue
                break
            else:
                return True
        return False

    def search(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> regex.Match[str] | None:
        if not self.may_match(text, pos, endpos):
            return None
        return self.pattern.search(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        if not self.may_match(text, pos, endpos):
            return []
        return self.pattern.findall(text, pos, endpos)

    def sub(self, repl: str, text: str) -> str:
        if not self.may_match(text):
            return text
        return self.pattern.sub(repl, text)


def _is_piece(piece: str) -> bool:
    """Whether ``piece`` is case-folded, and at a word boundary made of ASCII
    letters and digits."""
    inner = piece.strip("_")
    if not inner or piece != piece.casefold() or " " in piece:
        return False
    return inner == piece or (inner.isascii() and inner.isalnum())


def guarded(pattern: regex.Pattern[str], *groups: str) -> regex.Pattern[str]:
    """``pattern``, searched only in text that fits one of ``groups``.

    A group is written as sets of pieces parted by spaces, the pieces of a
    set parted by ``|``: ``"_plan|hope _to_"`` fits text holding a word that
    starts with "plan" or the letters "hope", and the word "to" (see
    :class:`_GuardedPattern`).  The stand-in offers ``search``, ``findall``
    and ``sub``.
    """
    parsed = []
    for group in groups:
        sets = []
        for written in group.split(" "):
            pieces = written.split("|")
            if not all(map(_is_piece, pieces)):
                raise ValueError(f"guard pieces must be case-folded words: {group!r}")
            plain = tuple(p for p in pieces if "_" not in p)
            bounded = tuple(p.replace("_", " ") for p in pieces if "_" in p)
            sets.append(
                (plain, bounded, tuple(p.strip("_") for p in pieces if "_" in p))
            )
        # the sets of fewest pieces first: the test fails soonest
        sets.sort(key=lambda s: len(s[0]) + len(s[1]))
        parsed.append(tuple(sets))
    if not parsed:
        raise ValueError("a guard needs a group of pieces")
    return cast("regex.Pattern[str]", _GuardedPattern(pattern, tuple(parsed)))


def may_match(pattern: regex.Pattern[str], text: str) -> bool:
    """False only when ``pattern``, a :func:`guarded` one, can match nowhere in
    ``text`` nor in any part of it (what the text lacks, its parts lack)."""
    return not isinstance(pattern, _GuardedPattern) or pattern.may_match(
        text, parts=True
    )
