"""A model's number: "all of its Avro 310 Vista 8 jets", "the 2017-2023
Model 3".

A number right after a capitalised word names a model, and counts nothing,
where that word follows another number of the same name ("Avro 310 Vista
8", "2017-2023 Model 3") or where the number stands between two
capitalised words and a number follows the second ("Avro 310 Vista 8": the
310).  A count before a model's name keeps its reading ("grounded 64 Avro
310 jets": the 64 opens no name, as no capitalised word stands before it;
its noun is read past the model's number where the count is plainly one,
hedged or grouped, "more than 170 Avro 310 jets", since a bare "737 Max 9
planes" may open with the model's own number),
and so does one after a place's name or a date ("On Monday 64 jets", "on 5
May 12 flights"): a month or a day of the week names no model.
"""

from __future__ import annotations

from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.patterns import lazy

__all__ = ["model_number"]

# the capitalised word right before the number, and the token before it, which
# no mark ends ("February 28. All 18 crew", "West Bengal 6, Bangladesh 10": a
# sentence's or a list's next words)
_BEFORE = lazy(r"(?P<prior>\S*[^\W_])\s+(?P<name>[A-Z][\w-]*)\s$")
# a capitalised word after the number, then a number of the same name
_AFTER = lazy(r"\s+[A-Z][\w-]*\s+\d")
_DATES = frozenset(
    "january february march april may june july august september october"
    " november december jan feb mar apr jun jul aug sep sept oct nov dec"
    " monday tuesday wednesday thursday friday saturday sunday".split()
)


def model_number(text: str, q: Quantity) -> bool:
    """Whether ``q``, a bare number, is part of a model's name."""
    if (
        q.start < 2
        or text[q.start - 1] != " "
        or not text[q.start - 2].isalnum()
        or not q.text.isdigit()
        or len(q.text) > 4
    ):
        return False
    word = text[text.rfind(" ", 0, q.start - 1) + 1 : q.start - 1]
    if not word[:1].isupper():
        return False  # most numbers stand after no capitalised word
    before = _BEFORE.search(text, max(0, q.start - 40), q.start)
    if before is None or before.group("name").casefold() in _DATES:
        return False
    if any(c.isdigit() for c in before.group("prior")):
        return True  # "Avro 310 Vista 8", "2017-2023 Model 3"
    return _AFTER.match(text, q.end) is not None  # "Avro 310 Vista 8": the 310


# a model's number inside a noun phrase, after a capitalised word of it
_DIGITS = lazy(r"\s+\d{1,4}s?(?![\w,.])")


def model_digits(text: str, pos: int, end: int, last: int | None) -> int | None:
    """Where a model's number at ``pos`` ends, when the word of the noun
    phrase before it (starting at ``last``) is capitalised: "more than 170
    Avro 310 jets" counts jets past the model's 310; else None."""
    if last is None or not text[last].isupper():
        return None
    digits = _DIGITS.match(text, pos, end)
    return None if digits is None else digits.end()
