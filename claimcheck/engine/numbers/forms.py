"""What the words around a matched number change in its reading.

The pattern (:mod:`.vocabulary`) takes a unit wherever one may stand; these
checks, run on a match only, drop a unit the surroundings show is none
("Section 5 C", a closing quotation mark after a number) and give a unit
the pattern cannot see ("percent of 10", "absolute zero", "° on the
Celsius scale").  docs/numbers.md has the rules.
"""

from __future__ import annotations

import regex

from claimcheck.engine.numbers.currencies import CURRENCY_PREFIXES
from claimcheck.engine.numbers.vocabulary import LETTER_DOLLARS

# Words that name a numbered thing: the letter after its number is a label
# ("Section 5 C", "Grade 3 F", "Figure 2 C"), not a temperature or tonnes.
_LABEL = regex.compile(
    r"\b(?:section|sections|article|art|figure|fig|table|part|chapter|appendix"
    r"|annex|schedule|exhibit|paragraph|para|clause|class|grade|form|group"
    r"|category|type|model|level|volume|vol|no|number|route|page|item|unit"
    r"|room|flat|block|gate|platform|terminal|stage|phase|tier|division|box"
    r"|row|seat|lot|plot|building|ward|district|zone|sector|sheet|plate|line"
    r"|track|title|rule|step|question|problem|exercise|option|plan|pool"
    r"|league|size|bed|floor|apartment|suite|bay|pier|berth|lane|exit)"
    r"\.?\s+$",
    regex.IGNORECASE,
)
_DIGITS_AFTER = regex.compile(r"\s?\.?\d")
_SIZE_WORD = regex.compile(
    r"\s+(?:long|wide|tall|high|thick|deep|across)\b", regex.IGNORECASE
)


def unit_not_meant(m: regex.Match[str], text: str) -> bool:
    """True when the unit the pattern took after a number is not one here.

    A spaced "C", "F" or "t" after a label's number; '"' after a number
    inside a quotation, where it closes it ('he said "it cost 8"'); a
    second currency symbol or code after an amount that opens the next one
    ("$ 20,000.00 $ 37,305.97", "rmb 10 usd 20"; but "10 $ 30 $" is 10 $
    and 30 $).
    """
    start = m.start()
    if m.start("lone") >= 0:
        return _LABEL.search(text, max(0, start - 30), start) is not None
    if m.start("inq") >= 0 and m.group("inq") == '"':
        if _SIZE_WORD.match(text, m.end("inq")):
            return False
        return text.count('"', 0, m.start("inq")) % 2 == 1
    if m.start("u") >= 0 and m.start("cur") >= 0 and m.start("cent") < 0:
        u = m.group("u")
        return (
            u in CURRENCY_PREFIXES or u.upper() in CURRENCY_PREFIXES
        ) and _DIGITS_AFTER.match(text, m.end("u")) is not None
    return False


def currency_code(symbol: str) -> tuple[str, float]:
    """The code of a symbol before an amount ("€", "C$", "hk $", "nzd$",
    "MEUR"), and the scale it carries (a million for "MEUR")."""
    if symbol in CURRENCY_PREFIXES:
        return CURRENCY_PREFIXES[symbol], 1.0
    if symbol[0] in "kM" and symbol[1:] in CURRENCY_PREFIXES:
        return CURRENCY_PREFIXES[symbol[1:]], 1e6 if symbol[0] == "M" else 1e3
    return LETTER_DOLLARS[symbol[:-1].strip().lower()], 1.0


# "percent of 10", "per cent of twenty-two" opening a clause: 10 %
_PERCENT_OF = regex.compile(
    r"(?:^|(?<=[.;:!?(\n]\s*))\s*(?:percents?|per\s?cents?)\s+of\s+$",
    regex.IGNORECASE,
)
_CLAUSE_END = regex.compile(r"\s*(?:[.,;:!?)\]]|$)")


def percent_before(text: str, start: int, end: int) -> int | None:
    """Where "percent of" opens a clause before the number at ``start``
    that closes it ("percent of 10" is 10 %); ``None`` otherwise."""
    if not text.endswith("of ", 0, start) or not _CLAUSE_END.match(text, end):
        return None
    m = _PERCENT_OF.search(text, max(0, start - 20), start)
    return None if m is None else m.start() + len(m.group()) - len(m.group().lstrip())


def absolute_zero(text: str, start: int, els: list[str]) -> bool:
    """True for the "zero" of "absolute zero": 0 kelvin."""
    return (
        len(els) == 1
        and els[0].lower() == "zero"
        and text[max(0, start - 9) : start].lower() == "absolute "
    )


# "−273.15° on the Celsius scale", "30° Fahrenheit"
DEGREE_SCALE = regex.compile(
    r"\s*(?:on\s+the\s+)?(?P<scale>celsius|centigrade|fahrenheit)\b(?:\s+scale\b)?",
    regex.IGNORECASE,
)


def degree_scale(text: str, end: int) -> tuple[str, int] | None:
    """The temperature unit a bare "°" before ``end`` is, and where it ends."""
    m = DEGREE_SCALE.match(text, end)
    if m is None:
        return None
    unit = "degF" if m.group("scale").lower() == "fahrenheit" else "degC"
    return unit, m.end()
