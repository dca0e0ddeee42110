"""Periods of time worded without a number: "a fortnight", "a month and a half".

Reports give a duration as a word of its own ("the search lasted a
fortnight") or as one and a half of a unit ("a month and a half", "a week
and a half", "one year and a half").  The number reader finds no number in
them; :func:`worded_periods` reads them as weeks or as one and a half of the
unit, with any hedge before them ("more than a fortnight").  A number
before ("three times a fortnight") makes "a fortnight" a frequency's
period, which is left unread.
"""

from __future__ import annotations

import regex

from claimcheck.engine.numbers import units as _units
from claimcheck.engine.numbers.ranges import Atom
from claimcheck.engine.numbers.vocabulary import HEDGES, POINT, Hedge, hedge_pattern

__all__ = ["worded_periods"]

# the cheap test a text passes before the pattern runs: every match holds
# "fortn" or "half" in any case, and each character the pattern takes for
# one of their letters lowers to that letter alone ("İ", which it takes for
# "i", lowers to two characters: hence "fortn", not "fortnight");
# tests/engine/numbers/test_periods.py checks it over every code point
_CUE_WORDS = ("fortn", "half")
_UNITS = r"second|minute|hour|day|week|month|year|decade"
_PERIOD = regex.compile(
    rf"""(?ix)
    (?:{hedge_pattern()})?
    \b(?:
      (?P<fortnight>a\s+fortnight)\b
    | (?:a|an|one)\s+(?P<unit>{_UNITS})\s+and\s+a\s+half\b
    )""",
)
# "twice a fortnight", "three times a fortnight", "€400 a fortnight": a
# frequency or a rate's period
_RATE_BEFORE = regex.compile(r"(?i)(?:\d|\b(?:once|twice|times|per|every|each))\s*$")


def worded_periods(
    atoms: list[Atom], text: str, *, lower: str | None = None
) -> list[Atom]:
    """``atoms`` with each period worded in ``text`` without a number ("a
    fortnight", "a month and a half") read as a duration; an atom inside one
    ("a half") gives way.  ``lower``: ``text.lower()``, when the caller has
    made it."""
    low = text.lower() if lower is None else lower
    if _CUE_WORDS[0] not in low and _CUE_WORDS[1] not in low:
        return atoms
    found: list[Atom] = []
    for m in _PERIOD.finditer(text):
        if _RATE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        if m.group("fortnight"):
            value, unit = 2.0, "wk"
        else:
            value, unit = 1.5, _units.canonical_unit(m.group("unit").lower()) or ""
        found.append(
            Atom(start=m.start(), end=m.end(), value=value, kind=_hedge(m), unit=unit)
        )
    if not found:
        return atoms
    kept = [
        a for a in atoms if not any(a.start < f.end and f.start < a.end for f in found)
    ]
    return sorted(kept + found, key=lambda a: a.start)


def _hedge(m: regex.Match[str]) -> Hedge:
    for name, (kind, _) in HEDGES.items():
        if m.group(name):
            return kind
    return POINT
