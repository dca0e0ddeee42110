"""The fast path for a number word standing alone: "two people", "Seven
were hurt", "forty-five" (see :mod:`.plain` for digits)."""

from __future__ import annotations

import re

import regex

from claimcheck.engine.numbers.plain import NEXT_WORD, plain_tail
from claimcheck.engine.numbers.ranges import Atom
from claimcheck.engine.numbers.vocabulary import ORDINAL_UNITS, POINT, SMALL, TENS

__all__ = ["LONE_WORDS", "NO_ONE", "ONE_ANOTHER", "plain_word"]

# A number word alone: "two people", "Seven were hurt".  Not the zero words
# ("absolute zero" is 0 K), nor "one" of "no one", "one another".
LONE_WORDS = {w: float(v) for w, v in (SMALL | TENS).items() if v}
# after the word: whitespace, or closing punctuation then whitespace or the end
_WORD_ENDS = re.compile(r"\s|[.,;:!?)](?:\s|$)|$")
NO_ONE = regex.compile(r"(?:\bno|\bevery|\bany)[\s-]*$", regex.IGNORECASE)
ONE_ANOTHER = regex.compile(r"\s+another\b", regex.IGNORECASE)


def plain_word(text: str, core: int, end: int) -> Atom | None:
    """The atom of the number word ``text[core:end]`` standing alone, or of a
    tens word and a digit word joined by a hyphen ("forty-five").

    The caller has checked that whitespace comes before it; as for digits, a
    word after it that may continue the expression (a number word, a unit
    other than a plain one-word unit, a joining word, a trailing hedge) sends
    it the full way, and so does anything else glued to it ("two-thirds").
    """
    word = text[core:end].lower()
    value = LONE_WORDS.get(word)
    if value is None:
        return None
    alone = True
    if word in TENS and (joined := _JOINED.match(text, end)):
        digit = _DIGIT_WORDS.get(joined.group(1).lower())
        if digit is None:
            return None  # "twenty-first", "forty-thousand"
        value += digit
        end = joined.end()
        alone = False
    if not _WORD_ENDS.match(text, end):
        return None
    listed = alone and _listed(text, core, end, word)  # "one two three"
    tail = (None, end) if listed else plain_tail(text, end)
    if tail is None:
        return None
    unit, stop = tail
    if (
        alone
        and word in TENS
        and (after := NEXT_WORD.match(text, end))
        and after.group(1).lower().rstrip("s") in ORDINAL_UNITS
    ):
        return None  # "twenty first": a compound ordinal
    if (
        unit is None
        and word == "one"
        and (
            NO_ONE.search(text, max(0, core - 8), core) or ONE_ANOTHER.match(text, end)
        )
    ):
        return None
    return Atom(start=core, end=stop, value=value, kind=POINT, unit=unit)


def _listed(text: str, core: int, end: int, word: str) -> bool:
    """Whether the word ``text[core:end]`` (``word``, lower case) is below
    twenty and so is the word after it ("one two three"): the grammar joins
    no such pair (but up to eight digit words after a "point" no more than
    100 characters back), so the word is a number of its own, with no unit."""
    after = NEXT_WORD.match(text, end) if word in SMALL else None
    return (
        after is not None
        and after.group(1).lower() in SMALL
        and "point" not in text[max(0, core - 100) : core].lower()
    )


# "forty-five": a digit word after a tens word and a hyphen
_JOINED = re.compile(r"[-‐‑]([^\W\d_]+)")
_DIGIT_WORDS = {w: float(v) for w, v in SMALL.items() if 1 <= v <= 9}
