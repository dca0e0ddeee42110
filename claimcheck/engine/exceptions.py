"""A universal said with an exception: "all but one of the 22 wards".

"All but one of the 39 constituencies rejected the amendment", "every ward
except Harbour rejected the plan": the clause tells its act of all the group
but some, so it denies a claim's sentence that every one of the group did
it ("every constituency rejected the amendment"), which reads its
quantifier as a word of no content.
"""

from __future__ import annotations

import regex

from claimcheck.engine.patterns import lazy

__all__ = ["excepted"]

Span = tuple[int, int]

# the claim's sentence says it of every one: "every ward", "all the wards"
_UNIVERSAL = lazy(r"\A\s*(?:every|all|each)\b", regex.I)
# "all but one of", "all but two", "every ward except Harbour", "all the
# wards but one", "each of them save the capital"
_EXCEPTED = lazy(
    r"\ball\s+but\b"
    r"|\b(?:every|all|each)\s+(?:[\w'’-]+\s+){0,3}?(?:except|but|save|bar)\b",
    regex.I,
)
#: what every match of _EXCEPTED holds
_PIECES = ("but", "xcept", "save", "bar")


def excepted(text: str, claimed: str, start: int, words: tuple[Span, ...]) -> int:
    """1 when the claim's sentence ``claimed`` says its act of every one of a
    group and the article says it with an exception between ``start`` (its
    sentence's start: a clause may be cut at the "but" of "all but one") and
    the last matched word of ``words``, else 0: a negation to add."""
    if not words or _UNIVERSAL.match(claimed) is None:
        return 0
    end = words[-1][1]
    stretch = text[start:end]
    if not any(piece in stretch for piece in _PIECES):
        return 0
    return int(_EXCEPTED.search(text, start, end) is not None)
