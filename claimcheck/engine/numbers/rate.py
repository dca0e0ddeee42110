"""The rate after an amount: "$15.4/hour", "188 km per hour", "$90 a barrel".

Not part of :data:`.vocabulary.MASTER`: there it would be tried after every
number, and costs as much as the rest; the reader tries it after an amount
with a unit or currency only.
"""

from __future__ import annotations

import re

import regex

from claimcheck.engine.numbers.vocabulary import UNIT
from claimcheck.engine.patterns import lazy, lazy_re

__all__ = ["RATE", "rate_at"]

# "$15.4/hour", "188 km per hour", "$90 a barrel", "10 l/km"
RATE = lazy(
    # "400 millions of dollars for day", as other first languages put it
    r"(?P<per>\s*/\s*|\s+per\s+|\s+an?\s+|\s+for\s+(?=(?:day|hour|week|month)\b"
    r"(?!\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b)))"
    rf"(?P<pu>{UNIT})(?![\p{{L}}\p{{N}}])"
    # "$1.2 billion a year earlier" dates the sum: no rate
    r"(?!\s+(?:earlier|ago|later|before|after|since|from\s+now)\b)",
    regex.IGNORECASE,
)
# what every match of RATE opens with, on the standard library's engine (its
# \s takes every character the pattern's does): most amounts have none, and
# RATE, some 13,000 characters, is then neither run nor compiled
_RATE_OPENS = lazy_re(
    r"\s*/|\s+(?:per|an?)\s|\s+for\s+(?:day|hour|week|month)\b", re.IGNORECASE
)


def rate_at(text: str, end: int) -> regex.Match[str] | None:
    """The match of RATE at ``end``: "/hour", " per day", " a barrel"."""
    return RATE.match(text, end) if _RATE_OPENS.match(text, end) else None
