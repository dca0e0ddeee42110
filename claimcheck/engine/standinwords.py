"""The words news uses for someone or something named in the sentence before.

After "Reyes defended the contract", the next sentence may tell of Reyes by
her office ("The minister resigned", "The chief executive"), by her age
("The 58-year-old"); after "Dornvale were banned", of the club by a general
noun of a body ("The club appealed", "The union accepted"); and a pronoun
may come after a phrase of time ("On Friday, she resigned", "Two days
later it paid").  These are the patterns' parts that
:mod:`claimcheck.engine.antecedents` reads them with:

- :data:`TIME_LEAD`: a phrase of time opening the sentence before the word
  that stands (a day, "N days later", "the next day");
- :data:`BODIES`: general nouns of a body, read like "the company";
- :data:`ROLE`: a title or an age standing for a person; it stands only for
  a name (a run of capitalised words), never for another noun phrase of a
  person ("The chief executive met investors. The minister resigned" tells
  of two people).
"""

from __future__ import annotations

__all__ = ["BODIES", "ROLE", "TIME_LEAD"]

_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_COUNTS = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
_UNITS = r"(?:minutes?|hours?|days?|weeks?|months?|years?)"
#: a phrase of time before the word that stands, and the comma after it
TIME_LEAD = (
    r"(?:(?:(?:late|early)\s+)?on\s+(?:" + _DAYS + r")"
    rf"|(?:{_COUNTS}\s+)?{_UNITS}\s+later|later|afterwards"
    r"|the\s+next\s+(?:day|morning|week)"
    r"|that\s+(?:morning|afternoon|evening|night))\s*,?\s+"
)
#: general nouns of a body, standing for its name ("The club appealed")
BODIES = (
    r"club|team|union|agency|ministry|regulator|watchdog|council|party"
    r"|charity|broadcaster|studio|university"
)
_TITLES = (
    r"minister|executive|president|chairman|chairwoman|chancellor|premier"
    r"|senator|governor|mayor|judge|coach|manager|director|founder|secretary"
    r"|ambassador|envoy|leader|spokesman|spokeswoman|prosecutor|commissioner"
)
#: a title (one word may come before it: "the transport minister", "the
#: chief executive") or an age ("the 58-year-old"), standing for a person
ROLE = (
    rf"the\s+(?:(?:[^\W\d_]+\s+)?(?:{_TITLES})\b(?!['’])"
    r"|\d+-year-old\b)"
)
