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
- :data:`FIRMS`: general nouns of a business or a body ("the company",
  "the club");
- :func:`business`: whether a noun phrase of the sentence before may be
  what "the company" or "the club" stands for: a name ("the Tarvo
  Institute") or a noun of a business, a body or an agent ("the Varo
  Hospitals group", "the brewer"), not a thing ("the data", "the Gerlin
  trial");
- :data:`ROLE`: a title or an age standing for a person; it stands only for
  a name (a run of capitalised words), never for another noun phrase of a
  person ("The chief executive met investors. The minister resigned" tells
  of two people).
"""

from __future__ import annotations

from claimcheck.engine.patterns import lazy

__all__ = ["FIRMS", "ROLE", "TIME_LEAD", "business"]

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
#: general nouns of a business or a body, standing for its name ("Halvex
#: was fined. The company apologised", "The club appealed")
FIRMS = (
    r"company|firm|group|business|manufacturer|maker|drugmaker|carmaker"
    r"|automaker|retailer|bank|lender|insurer|operator|airline|carrier|chain"
    r"|supplier|utility|conglomerate|startup|club|team|union|agency|ministry"
    r"|regulator|watchdog|council|party|charity|broadcaster|studio|university"
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

_BUSINESS = lazy(rf"(?:{FIRMS}|brand|owner|parent|subsidiary|\w+(?:er|or|ist|ian))")


def business(text: str, head: tuple[int, int, str]) -> bool:
    """Whether a noun phrase whose last word is ``head`` (start, end, its
    lower case) may name a business or a body: a name, or a noun of one."""
    return text[head[0]].isupper() or _BUSINESS.fullmatch(head[2]) is not None
