"""Numbers the reader's grammar is not asked about.

An item of a list of numbers ("1,2,3", "4 7 9") is read as its digits: the
grammar would try every way of joining the run at every item, which costs a
millisecond an item and makes a long list take minutes.  A year before a
plural scale ("in 2023 thousands fled") and a scale word after an identifier
("R2.4 billion") open no quantity at all.
"""

from __future__ import annotations

import re

from claimcheck.engine.numbers.ranges import Atom
from claimcheck.engine.numbers.vocabulary import POINT, SCALES

__all__ = ["list_item", "no_count_at"]


# an item of a list of numbers that a bare comma or a space separates
# ("1,2,3", "4 7 9"): the grammar would try every way of joining the run at
# every item
_LIST_ITEM = re.compile(r"\d{1,3}(?=[, ]\d)(?![, ]\d{3}(?!\d))(?! \d+/)")


def list_item(text: str, core: int) -> Atom | None:
    """The atom of the digits at ``core`` that a bare comma or a space after
    a number opens and the same separator closes before a number, unless that number
    is a group of three digits ("5,10,000", "2 500 000": they go the full
    way) or a fraction ("3 1/2")."""
    if text[core - 1] not in ", ":
        return None
    m = _LIST_ITEM.match(text, core)
    # a list keeps its separator: "3 1,20" opens a number ("1,20") that the
    # full way reads, as it reads "1,2003"
    if m is None or text[m.end()] != text[core - 1]:
        return None
    return Atom(start=core, end=m.end(), value=float(m.group()), kind=POINT, unit=None)


# "In 2023 thousands fled": a year, then a vague count of its own
_PLURAL_SCALE = re.compile(
    r"\s+(?:hundreds|thousands|millions|billions|trillions|dozens|lakhs|crores)\b",
    re.IGNORECASE,
)


def year_before_plural_scale(text: str, core: int, end: int) -> bool:
    """Whether the digits ``text[core:end]`` are a year ("1000" to "2199")
    that a plural scale word follows: "in 2024 millions fled" is no
    2,024 million."""
    return (
        end - core == 4
        and text[core] in "12"
        and (text[core] == "1" or text[core + 1] in "01")
        and (not core or not (text[core - 1].isalnum() or text[core - 1] in ".,"))
        and _PLURAL_SCALE.match(text, end) is not None
    )


def no_count_at(text: str, core: int, end: int) -> bool:
    """Whether the reader's trigger ``text[core:end]`` opens no quantity:
    a scale word after a code-like number, or a year before a plural
    scale."""
    if text[core].isalpha():
        return scale_of_a_code(text, core, end)
    return year_before_plural_scale(text, core, end) or provision_number(text, core)


# "Article 41.2", "Section 5", "Chapter 11", "under section 144": a
# provision's number is its name
_PROVISIONS = frozenset(
    "article section clause chapter paragraph amendment annex schedule art sec".split()
)
_UNDER = re.compile(r"\bunder\s+$", re.I)


def provision_number(text: str, core: int) -> bool:
    """Whether the digits at ``core`` name a provision (an article, a
    section...) rather than count anything."""
    if core < 4 or text[core - 1] != " ":
        return False
    at = core - 1
    if text[at - 1] == ".":
        at -= 1  # "Art. 5"
    start = at
    while start and text[start - 1].isalpha():
        start -= 1
    word = text[start:at]
    name = word.lower()
    if name not in _PROVISIONS and not (name[-1:] == "s" and name[:-1] in _PROVISIONS):
        return False
    return word[0].isupper() or (
        text[at] != "." and _UNDER.search(text, max(0, start - 12), start) is not None
    )


def scale_of_a_code(text: str, core: int, end: int) -> bool:
    """Whether the scale word ``text[core:end]`` follows a number glued to
    letters ("R2.4 billion", "A380 million"): that number is no quantity
    the reader takes, and the scale word alone is none either."""
    if text[core:end].lower().rstrip("s") not in SCALES:
        return False
    at = core - 1 if core and text[core - 1] == " " else core
    if not at or not text[at - 1].isdigit():
        return False
    while at and (text[at - 1].isdigit() or text[at - 1] in ".,"):
        at -= 1
    return at > 0 and text[at - 1].isalpha()
