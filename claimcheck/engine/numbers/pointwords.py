"""Changes in points worded as a fraction of a point.

Coverage of rates often words the size of a change as a fraction of a point
("a quarter of a percentage point", "half a point", "three-quarters of a
point", "two-tenths of a percentage point", "a three-quarter-point rise", "a
full percentage point").  The number reader reads those fractions as a share
of a whole ("a quarter of the district"); :func:`worded_points` reads them
again as percentage points.
"""

from __future__ import annotations

import regex

from claimcheck.engine.numbers.ranges import Atom
from claimcheck.engine.numbers.vocabulary import DENOMS, POINT, SMALL

__all__ = ["worded_points"]

# The cheap tests a text passes before the pattern runs: it says "point" in
# any case, and it speaks in percentages (elsewhere a point is a score or an
# index).  The first is read in the text in lower case, where "point" stands
# as such, or as "poi̇nt" where an "İ" (which the case-insensitive pattern
# takes for "i") lowers to "i" and a combining dot; every other character
# the pattern takes for one of its letters lowers to that letter alone
# (tests/engine/numbers/test_points.py checks it over every code point)
_CUES = ("point", "poi\u0307nt")
# ("a quarter of a point off its main rate": an interest rate is a
# percentage too, as is a yield)
_PERCENT_NEAR = regex.compile(
    r"%|\bper\s?cent|\bpercentage\b|\b(?:interest|base|main|policy|bank|lending"
    r"|deposit|repo|mortgage|key|benchmark|refinancing)\s+rates?\b|\byields?\b",
    regex.IGNORECASE,
)
_NUMERATORS = {"a": 1, "an": 1, "one": 1} | {
    w: n for w, n in SMALL.items() if 1 < n < 10
}
_NUM = "|".join(sorted(_NUMERATORS, key=len, reverse=True))
# "a third point" is an ordinal: only halves and quarters go without "of a"
_HALVES = "half|halves|quarters?"
_DENOM = "|".join(
    sorted(
        (w for w, v in DENOMS.items() if v in (2, 3, 4, 5, 10, 100)),
        key=len,
        reverse=True,
    )
)
_PCT = r"(?P<pct>percentage[\s-]+|per\s?cent(?:age)?\s+)"
_WORDED = regex.compile(
    rf"""(?ix)
    \b(?:
      (?:(?P<num>{_NUM})[\s-]+)?(?P<den>{_DENOM})\s+of\s+an?\s+{_PCT}?points?\b
    | (?P<half>half)\s+an?\s+{_PCT}?point\b
    | (?:(?P<num2>{_NUM})[\s-]+)?(?P<den2>{_HALVES})[\s-]{_PCT}?point\b
    | (?P<whole>{_NUM}|\d+)[\s-]+and[\s-]+a[\s-]+half[\s-]+{_PCT}?points?\b
    | (?:a|one)\s+full\s+{_PCT}?point\b
    | (?P<digits>\d+(?:\.\d+)?)-(?:(?P<basis>basis)-|{_PCT})points?\b
    )""",
)


def worded_points(
    atoms: list[Atom], text: str, *, lower: str | None = None
) -> list[Atom]:
    """``atoms`` with each fraction of a point worded in ``text`` read as
    percentage points ("a quarter of a percentage point" is 0.25 pp where it
    was a quarter of a whole), and each figure glued to its points by hyphens
    ("a 25-basis-point cut"); the atoms inside give way.

    A bare "point" is a percentage point only where the text speaks in
    percentages (elsewhere it is a score or an index), as it is after digits.
    ``lower``: ``text.lower()``, when the caller has made it.
    """
    low = text.lower() if lower is None else lower
    if _CUES[0] not in low and _CUES[1] not in low:
        return atoms
    speaks_in_percent = _PERCENT_NEAR.search(text) is not None
    found: list[Atom] = []
    for m in _WORDED.finditer(text):
        if not (speaks_in_percent or m.group("pct") or m.group("basis")):
            continue
        reading = _value(m)
        if reading is not None:
            found.append(
                Atom(start=m.start(), end=m.end(), value=reading[0], kind=POINT,
                     unit=reading[1])
            )  # fmt: skip
    if not found:
        return atoms
    kept = [a for a in atoms if not any(_overlap(a, f) for f in found)]
    return sorted(kept + found, key=lambda a: a.start)


def _value(m: regex.Match[str]) -> tuple[float, str] | None:
    """What one match of the pattern reads: its value and unit, or ``None``
    for a plural fraction with no count ("tenths of a point")."""
    if m.group("digits"):
        return float(m.group("digits")), "bp" if m.group("basis") else "pp"
    if m.group("whole"):
        whole = m.group("whole").lower()
        return (_NUMERATORS.get(whole) or float(whole)) + 0.5, "pp"
    num = (m.group("num") or m.group("num2") or "a").lower()
    den = (m.group("den") or m.group("den2") or m.group("half") or "").lower()
    if den.endswith("s") and num in ("a", "an", "one"):
        return None
    return (_NUMERATORS[num] / DENOMS[den] if den else 1.0), "pp"


def _overlap(a: Atom, b: Atom) -> bool:
    return a.start < b.end and b.start < a.end
