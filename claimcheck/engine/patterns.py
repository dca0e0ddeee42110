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
from collections.abc import Callable, Iterable
from typing import Any, cast

import regex

__all__ = [
    "BACKWARD",
    "any_piece",
    "count",
    "folds_plainly",
    "found",
    "found_in",
    "guarded",
    "joint_guard",
    "lazy",
    "lazy_re",
    "may_match",
    "span_in",
]

_LOCK = threading.Lock()

#: a flag for a pattern that is only asked whether it matches (``search``
#: used as a test): the engine then tries it from the end of the text
#: backwards (``regex.REVERSE``).  Whether a match exists does not depend on
#: the direction, but the cost does: a pattern that must end where the text
#: does (``...\s+to\s+$``) is tried at the end only, where a forward search
#: tries it at every position.  Where matches are found, which one is
#: returned may differ, so its use is limited to the test;
#: ``tests/engine/test_patterns.py`` checks each such pattern against its
#: forward twin.
BACKWARD = regex.REVERSE


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


def folds_plainly(text: str) -> bool:
    """Whether ``text`` holds only ASCII and the common marks of
    :data:`_UNSURE`.  There :func:`claimcheck.engine.terms.normalize` only
    lowers letters and makes apostrophes and dashes plain, so a
    case-insensitive pattern written in lower case, with no apostrophe or
    dash of its own, matches the text exactly where its case-sensitive twin
    matches the folded text (each mark stays a character that is no letter,
    digit nor space)."""
    return text.isascii() or _UNSURE.search(text) is None


#: the texts guards tested last, each with its case fold (None: not tested):
#: the cues of a clause are sought one by one, in a few texts (a string keeps
#: its hash, so a text asked again costs one lookup)
_RECENT: dict[str, str | None] = {}
#: how many texts :data:`_RECENT` keeps
_KEEP = 32
#: what :data:`_RECENT` gives for a text it does not keep (the empty text,
#: whose fold is itself, is then folded again)
_UNSEEN = ""


def _fold(part: str) -> str | None:
    """``part`` case folded, or None when it holds a character beyond ASCII
    that is not a common mark (kept for the few texts asked last)."""
    folded = _RECENT.get(part, _UNSEEN)
    if folded is not _UNSEEN:
        return folded
    return _fold_unseen(part)


def _fold_unseen(part: str) -> str | None:
    """:func:`_fold` of a text :data:`_RECENT` does not keep (a guard that
    looked it up there already calls this, not looking it up again)."""
    # (ASCII folds as it lowers, and lowering it is a byte loop: case
    # folding goes through every character's Unicode record)
    if part.isascii():
        folded = part.lower()
    elif _UNSURE.search(part) is not None:
        folded = None
    else:
        # (the common marks fold to themselves, so the fold lowers the ASCII
        # letters alone: done on the UTF-8 bytes, where each mark is bytes
        # beyond ASCII that lowering leaves, rather than character by
        # character through the Unicode records)
        folded = part.encode().lower().decode()
    if len(_RECENT) >= _KEEP:
        _RECENT.clear()
    _RECENT[part] = folded
    return folded


class _GuardedPattern:
    """A pattern that runs only on text holding the words a match needs.

    Most cue patterns (a negation, a modal verb, a forecast) are an
    alternation of words tried at every position of a clause, some
    microseconds each; whether the clause holds one of their words at all is
    a few substring tests.  ``groups`` lists, for each way the pattern can
    match, what every such match holds: each of some sets of pieces, one
    piece of each set at least (lower case, as :meth:`str.casefold` gives
    them).  A text whose case fold fits no group cannot match, so the
    pattern is not run and the result is what it would give, no match.  On
    ASCII text and common marks (:data:`_UNSURE`) a case-insensitive pattern
    matches a literal exactly where the folded text holds it, so the test
    never skips a match; other text is always searched.
    ``tests/engine/test_patterns.py`` checks every guard of the engine
    against its pattern.
    """

    __slots__ = ("_fits", "_looks_back", "_twin", "groups", "pattern")

    def __init__(
        self,
        pattern: regex.Pattern[str],
        groups: tuple[tuple[tuple[str, ...], ...], ...],
    ) -> None:
        self.pattern = pattern
        self.groups = groups
        self._fits = _fitting_test(groups)
        self._twin: regex.Pattern[str] | None = None
        #: whether the pattern holds a lookbehind (known once asked)
        self._looks_back: bool | None = None

    def may_match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """Whether ``text[pos:endpos]`` fits one of the groups (or holds
        letters beyond ASCII, where the test is not made)."""
        part = text[pos:endpos] if pos or endpos < len(text) else text
        folded = _RECENT.get(part, _UNSEEN)
        if folded is _UNSEEN:
            folded = _fold_unseen(part)
        return folded is None or self._fits(folded)

    def found(self, text: str) -> bool:
        """Whether the pattern matches somewhere in ``text``."""
        # (the memo of folds looked up here, not through a call: a guard runs
        # once per cue sought, and most fail)
        folded = _RECENT.get(text, _UNSEEN)
        if folded is _UNSEEN:
            folded = _fold_unseen(text)
        if folded is None:
            return self.pattern.search(text) is not None
        if not self._fits(folded):
            return False
        return (self._twin or self.twin()).search(folded) is not None

    def found_in(self, text: str, pos: int, endpos: int) -> bool:
        """Whether :meth:`search` finds a match in ``text`` from ``pos`` to
        ``endpos``, tested on the folded text from the character before
        ``pos`` on, all a pattern without a lookbehind looks back at (a word
        boundary): the text of a clause is folded, not the article's."""
        return self.span_in(text, pos, endpos) is not None

    def span_in(self, text: str, pos: int, endpos: int) -> tuple[int, int] | None:
        """The span of the match :meth:`search` finds in ``text`` from
        ``pos`` to ``endpos``, found as :meth:`found_in` finds it: where the
        text folds plainly the twin matches the folded text exactly where the
        pattern matches the text, at the same places."""
        if self._looks_back is None:
            self._looks_back = "(?<" in self.pattern.pattern
        start = pos - 1 if pos > 0 and not self._looks_back else 0
        folded = _fold(text[start:endpos])
        if folded is None:
            hit = self.pattern.search(text, pos, endpos)
            return None if hit is None else hit.span()
        if not self._fits(folded):
            return None
        hit = self.twin().search(folded, pos - start)
        return None if hit is None else (hit.start() + start, hit.end() + start)

    def count(self, text: str) -> int:
        """How many times the pattern matches in ``text``, as ``findall``
        finds them."""
        folded = _RECENT.get(text, _UNSEEN)
        if folded is _UNSEEN:
            folded = _fold_unseen(text)
        if folded is None:
            return len(self.pattern.findall(text))
        if not self._fits(folded):
            return 0
        return len((self._twin or self.twin()).findall(folded))

    def twin(self) -> regex.Pattern[str]:
        """The pattern without ``IGNORECASE``, for the case-folded text.

        Where the text holds only ASCII and the common marks its fold only
        lowers ASCII letters, one for one, so the twin of a case-insensitive
        pattern written in lower case matches the folded text exactly where
        the pattern matches the text (``tests/engine/test_patterns.py``
        checks that for every guarded pattern of the engine); a
        case-sensitive search costs about half.
        """
        if self._twin is None:
            self._twin = regex.compile(
                self.pattern.pattern, self.pattern.flags & ~regex.IGNORECASE
            )
        return self._twin

    def search(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> regex.Match[str] | None:
        # (:meth:`may_match` written out: a guard runs once per cue sought)
        folded = _fold(text[pos:endpos] if pos or endpos < len(text) else text)
        if folded is not None and not self._fits(folded):
            return None
        return self.pattern.search(text, pos, endpos)

    def match(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> regex.Match[str] | None:
        # (a match in ``text[pos:endpos]`` holds the pieces as a search's does)
        if not self.may_match(text, pos, endpos):
            return None
        return self.pattern.match(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Any:
        if not self.may_match(text, pos, endpos):
            return []
        return self.pattern.findall(text, pos, endpos)

    def sub(self, repl: str, text: str) -> str:
        folded = _RECENT.get(text, _UNSEEN)
        if folded is _UNSEEN:
            folded = _fold_unseen(text)
        if folded is None:
            return self.pattern.sub(repl, text)
        if not self._fits(folded):
            return text
        # the twin's matches in the folded text are the pattern's in the
        # text, at the same places: each is replaced in the text (a pattern
        # that may match nothing, or a replacement that is a template, is
        # left to the pattern)
        spans = [m.span() for m in (self._twin or self.twin()).finditer(folded)]
        if not spans:
            return text
        if "\\" in repl or any(a == b for a, b in spans):
            return self.pattern.sub(repl, text)
        parts = []
        pos = 0
        for a, b in spans:
            parts += [text[pos:a], repl]
            pos = b
        parts.append(text[pos:])
        return "".join(parts)


def _fitting_test(
    groups: tuple[tuple[tuple[str, ...], ...], ...],
) -> Callable[[str], bool]:
    """One function testing whether a case-folded text fits one of ``groups``:
    the groups written out as substring tests joined by ``and`` and ``or``,
    which Python evaluates left to right, stopping as soon as the answer is
    known, with no call per piece.  The pieces are the engine's own words,
    written as string literals (``repr``)."""
    test = " or ".join(
        "("
        + " and ".join(
            "(" + " or ".join(f"{p!r} in f" for p in pieces) + ")" for pieces in group
        )
        + ")"
        for group in groups
    )
    fits: Callable[[str], bool] = eval(f"lambda f: {test or 'False'}")
    return fits


def any_piece(pieces: Iterable[str]) -> Callable[[str], bool]:
    """A test whether a text holds one of ``pieces`` (as a substring): the
    tests written out and joined by ``or`` (see :func:`_fitting_test`),
    with no generator or call per piece."""
    return _fitting_test(((tuple(pieces),),))


def guarded(pattern: regex.Pattern[str], *groups: str) -> regex.Pattern[str]:
    """``pattern``, searched only in text that fits one of ``groups``.

    A group is written as sets of pieces parted by spaces, the pieces of a
    set parted by ``|``: ``"plan|hope to"`` fits text holding "plan" or
    "hope", and "to" (see :class:`_GuardedPattern`).  The stand-in offers
    ``search``, ``findall`` and ``sub``.
    """
    # the sets of fewest pieces first: the test fails soonest
    parsed = tuple(
        tuple(sorted((tuple(p.split("|")) for p in group.split(" ")), key=len))
        for group in groups
    )
    if not parsed or any(
        not piece or piece != piece.casefold()
        for group in parsed
        for pieces in group
        for piece in pieces
    ):
        raise ValueError(f"guard pieces must be case-folded words: {groups!r}")
    return cast("regex.Pattern[str]", _GuardedPattern(pattern, parsed))


def joint_guard(*patterns: regex.Pattern[str]) -> Callable[[str], bool]:
    """One test for several :func:`guarded` patterns: whether a text fits a
    group of one of them (or holds letters beyond ASCII).  Where it does
    not, each pattern skips the text and every part of it, as
    :func:`may_match` says, so a reader that seeks many cues in one text and
    its parts tests the text once rather than once per cue."""
    groups: list[tuple[tuple[str, ...], ...]] = []
    for pattern in patterns:
        if not isinstance(pattern, _GuardedPattern):
            raise TypeError(f"a joint guard takes guarded patterns: {pattern!r}")
        groups += pattern.groups
    fits = _fitting_test(tuple(groups))

    def may_match_one(text: str) -> bool:
        folded = _RECENT.get(text, _UNSEEN)
        if folded is _UNSEEN:
            folded = _fold_unseen(text)
        return folded is None or fits(folded)

    return may_match_one


def may_match(pattern: regex.Pattern[str], text: str) -> bool:
    """False only when ``pattern``, a :func:`guarded` one, can match nowhere in
    ``text`` nor in any part of it (what the text lacks, its parts lack)."""
    return not isinstance(pattern, _GuardedPattern) or pattern.may_match(text)


def found(pattern: regex.Pattern[str], text: str) -> bool:
    """Whether ``pattern`` matches somewhere in ``text``; a :func:`guarded`
    one is tested on the folded text where it can be (see
    :meth:`_GuardedPattern.twin`)."""
    if isinstance(pattern, _GuardedPattern):
        return pattern.found(text)
    return pattern.search(text) is not None


def found_in(pattern: regex.Pattern[str], text: str, pos: int, endpos: int) -> bool:
    """Whether ``pattern.search(text, pos, endpos)`` finds a match; a
    :func:`guarded` one is tested on the folded part of the text where it can
    be (see :meth:`_GuardedPattern.found_in`)."""
    if isinstance(pattern, _GuardedPattern):
        return pattern.found_in(text, pos, endpos)
    return pattern.search(text, pos, endpos) is not None


def span_in(
    pattern: regex.Pattern[str], text: str, pos: int, endpos: int
) -> tuple[int, int] | None:
    """The span of ``pattern.search(text, pos, endpos)``'s match, or None; a
    :func:`guarded` one is sought in the folded part of the text where it can
    be (see :meth:`_GuardedPattern.span_in`)."""
    if isinstance(pattern, _GuardedPattern):
        return pattern.span_in(text, pos, endpos)
    hit = pattern.search(text, pos, endpos)
    return None if hit is None else hit.span()


def count(pattern: regex.Pattern[str], text: str) -> int:
    """How many matches ``pattern.findall(text)`` finds (see :func:`found`)."""
    if isinstance(pattern, _GuardedPattern):
        return pattern.count(text)
    return len(pattern.findall(text))
