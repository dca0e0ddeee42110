"""Where the cores of numbers are in a text: the trigger's matches, found fast.

:data:`.vocabulary.TRIGGER` finds a digit, a vulgar fraction, a number word
in one of three casings ("two", "Two", "TWO") or "a"/"an" before a measure
("a gallon of").  Searched as it is, the standard library's engine tries it
at every character of the text, some 100 ns each.  Two scans that let the
engine skip ahead on one character class do the same work in less:

- one for a digit or a vulgar fraction;
- one, over the text in lower case with a space in front, for a character
  that is no word character followed by a number word in lower case (or
  "a"/"an" before a measure): every place a word starts after a word
  boundary.

Each place either scan finds is only a candidate: the trigger itself is then
matched there, which keeps its casings and its groups exactly; where it does
not match, the scans go on from the next character.  A trigger match is
always among the candidates: lower-casing changes no character's word,
digit or space class, so when it keeps the text's length (it does but for
a few letters such as "İ"; then the trigger is searched as it is) every
boundary and every number word is where the trigger would see it.
"""

from __future__ import annotations

import re

from claimcheck.engine.numbers.tries import pieces
from claimcheck.engine.numbers.vocabulary import (
    _TRIGGER_WORDS,
    _VULGAR_RE,
    COUNT_WORDS,
    ONE_OF_UNITS,
    TRIGGER,
)
from claimcheck.engine.patterns import lazy_re
from claimcheck.engine.terms import trie_pattern

__all__ = ["Cores"]

_DIGIT = lazy_re(_VULGAR_RE[:-1] + r"\d]")
_WORDS = (
    r"(?:(?:"
    + trie_pattern(pieces(w) for w in (*_TRIGGER_WORDS, *COUNT_WORDS))
    + r")\b"
    + rf"|an?\s+(?=(?:{trie_pattern(map(pieces, ONE_OF_UNITS))})\s+of\b))"
)
_WORD = lazy_re(r"[^\w]" + _WORDS)
# the same two scans for a text of ASCII alone, where a digit is one of ten
# and a word character a letter, a digit or "_": classes of a few ranges,
# which cost the engine less per character than a Unicode category (the
# vulgar fractions lie beyond ASCII)
_ASCII_DIGIT = lazy_re(r"[0-9]")
_ASCII_WORD = lazy_re(r"[^0-9A-Za-z_]" + _WORDS)
_NONE = 1 << 62


class Cores:
    """The trigger's matches in one text, searched as ``TRIGGER.search``.

    Each scan keeps its next candidate and the position it searched from,
    so a search from further on reuses it (the reader mostly goes forward).
    """

    __slots__ = (
        "_digit", "_digit_from", "_digits", "_spaced", "_text", "_word",
        "_word_from", "_words", "lower",
    )  # fmt: skip

    def __init__(self, text: str) -> None:
        self._text = text
        plain = text.isascii()
        self._digits = (_ASCII_DIGIT if plain else _DIGIT).search
        self._words = (_ASCII_WORD if plain else _WORD).search
        #: the text in lower case (other rules of the reader test words in it)
        self.lower = lower = text.lower()
        self._spaced = " " + lower if len(lower) == len(text) else None
        self._digit = self._word = -1
        self._digit_from = self._word_from = _NONE

    def search(self, pos: int) -> re.Match[str] | None:
        """The first match of the trigger at or after ``pos``."""
        text = self._text
        spaced = self._spaced
        if spaced is None:
            return TRIGGER.search(text, pos)
        at = pos
        while True:
            if not self._digit_from <= at <= self._digit:
                found = self._digits(text, at)
                self._digit = _NONE if found is None else found.start()
                self._digit_from = at
            if not self._word_from <= at <= self._word:
                # the character before the word is at the word's own index
                # in the spaced text
                found = self._words(spaced, at)
                self._word = _NONE if found is None else found.start()
                self._word_from = at
            place = min(self._digit, self._word)
            if place == _NONE:
                return None
            match = TRIGGER.match(text, place)
            if match is not None:
                return match
            at = place + 1
