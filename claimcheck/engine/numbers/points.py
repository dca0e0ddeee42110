"""Percentage points and basis points as units.

A change in a rate is given in percentage points (``pp``) or in basis points
(``bp``, a hundredth of a point): "25 basis points", "25bp", "0.25 percentage
points".  Both measure their own dimension, never compared with ``%`` (a
rise of 2 points is no 2 %).  Fractions of a point in words are read by
:mod:`.pointwords`.
"""

from __future__ import annotations

__all__ = [
    "MULTIPLES",
    "SYMBOLS",
    "UNITS",
    "WORDS",
]

#: canonical -> (dimension, pint expression); a basis point is the pint
#: percent times MULTIPLES["bp"]
UNITS: dict[str, tuple[str, str]] = {
    # A change of 2 percentage points is not 2 %: its own dimension keeps
    # the two from ever being compared.
    "pp": ("percentage point", "percent"),
    "bp": ("percentage point", "percent"),
}
MULTIPLES: dict[str, float] = {"bp": 0.01}
#: case-sensitive symbols ("BP" is an oil company, "bp" a basis point)
SYMBOLS: dict[str, str] = {"bp": "bp", "bps": "bp", "bp.": "bp"}
#: words, in any case (plurals are added by the unit table)
WORDS: dict[str, str] = {
    "percentage point": "pp",
    "percent point": "pp",
    "point": "pp",
    "percentage pt": "pp",
    "pts": "pp",
    "percentage points": "pp",
    "percent points": "pp",
    "basis point": "bp",
    "basis points": "bp",
    "basis pt": "bp",
    "basis pts": "bp",
}
