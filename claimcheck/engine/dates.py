"""Dates written in articles: front-matter values and datelines.

An article's date says which of a claim's values held when it was written
(see :mod:`claimcheck.engine.history`).  Only a full date counts: a dateline
without a year ("KABUL, March 3 (Wire) -") leaves the article undated.
"""

from __future__ import annotations

import datetime

import regex

from claimcheck.engine.patterns import lazy

__all__ = ["MONTH_NAMES", "dateline", "read_date"]

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "january jan",
            "february feb",
            "march mar",
            "april apr",
            "may",
            "june jun",
            "july jul",
            "august aug",
            "september sep sept",
            "october oct",
            "november nov",
            "december dec",
        ),
        1,
    )
    for name in names.split()
}
#: the months' full names as a bare alternation (group it where it stands
#: in a pattern), for patterns that ignore case
MONTH_NAMES = (
    "january|february|march|april|may|june|july|august|september|october"
    "|november|december"
)
_MONTH = r"(?P<month>(?i:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r"))\.?"
_WRITTEN_DATE = (
    rf"(?:{_MONTH}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})"
    rf"|(?P<day2>\d{{1,2}})\s+{_MONTH.replace('month', 'month2')}\s+(?P<year2>\d{{4}}))"
)
_DATE_TEXT = lazy(rf"\s*(?:(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})|{_WRITTEN_DATE})(?!\d)")
# "KABUL, March 3, 2025 (Wire) -", "GENEVA, 3 March 2025 -": a place in
# capitals, a full date, an optional agency, a dash.  A dateline without a
# year ("KABUL, March 3 (Wire) -") names no day on its own and is not taken.
_DATELINE = lazy(
    rf"\p{{Lu}}[\p{{Lu}}\s.'’-]{{1,40}}(?:,\s*[\p{{L}}.\s]{{1,30}})?,\s+"
    rf"{_WRITTEN_DATE}\s*(?:\([^()\n]{{1,40}}\)\s*)?[-–—:]"
)
#: the paragraphs a dateline may open (a headline may come first)
_DATELINE_PARAGRAPHS = 3


def read_date(text: str) -> datetime.date | None:
    """A date written ``2025-03-06`` (a time may follow), ``March 6, 2025`` or
    ``6 March 2025``; None for anything else, a date without a year too."""
    match = _DATE_TEXT.match(text)
    return _date_of(match) if match else None


def _date_of(match: regex.Match[str]) -> datetime.date | None:
    try:
        if match.groupdict().get("iso"):
            return datetime.date.fromisoformat(match.group("iso"))
        month = match.group("month") or match.group("month2")
        day = match.group("day") or match.group("day2")
        year = match.group("year") or match.group("year2")
        return datetime.date(int(year), _MONTHS[month.casefold()], int(day))
    except ValueError:
        return None


def dateline(
    text: str, paragraphs: tuple[tuple[int, int], ...]
) -> datetime.date | None:
    """The full date of a dateline opening one of the first paragraphs."""
    for start, end in paragraphs[:_DATELINE_PARAGRAPHS]:
        match = _DATELINE.match(text, start, end)
        if match:
            return _date_of(match)
    return None
