"""Peer cases the reader misses, and why (tests/engine/numbers/test_peers.py).

Keyed by case id (benchmarks/import_peers.py); grouped by reason.
"""

from __future__ import annotations

_BY_REASON: dict[str, str] = {
    "a dash and a space before a number is a list bullet, not a minus": (
        "rt-number-32-0 rt-number-41-0 rt-temperature-31-0 "
    ),
    "a date, dropped by design": ("rt-number-143-0 rt-number-143-1 rt-number-143-2 "),
    "a decade, dropped by design": ("qu-q-25-1 "),
    "a scale above trillion (quadrillion, quintillion, sextillion) is not read": (
        "np-permutations_mathtools-12 np-permutations_mathtools-13 "
        "np-permutations_mathtools-14 np-permutations_mathtools-15 "
        "np-permutations_mathtools-16 np-permutations_mathtools-17 "
        "np-permutations_mathtools-18 np-permutations_mathtools-19 "
        "np-permutations_mathtools-20 np-permutations_mathtools-21 "
        "np-permutations_mathtools-22 np-permutations_tools4noobs-12 "
        "np-permutations_tools4noobs-13 np-permutations_tools4noobs-14 "
        "np-permutations_tools4noobs-15 np-permutations_tools4noobs-16 "
        "np-permutations_tools4noobs-17 np-permutations_tools4noobs-18 "
        "np-permutations_tools4noobs-19 np-permutations_tools4noobs-20 "
        "np-permutations_tools4noobs-21 np-permutations_tools4noobs-22 "
    ),
    "a phone number, dropped by design": (
        "rt-number-144-0 rt-number-144-1 rt-number-144-2 rt-number-144-3 "
    ),
    "a year, dropped by design": ("qu-q-3-1 qu-q-55-1 qu-q-63-2 qu-q-63-5 "),
    "an IP address is no quantity": (
        "rt-number-1-0 rt-number-1-1 rt-number-1-2 rt-number-1-3 "
    ),
    "an identifier (SCP-173), dropped by design": ("rt-number-189-0 "),
    "brackets as a minus sign (accounting) are not read": ("qu-q-80-0 "),
    "currency: read as another value or span": (
        "rt-currency-99-0 rt-currency-102-0 rt-currency-103-0 "
        "rt-currency-110-0 rt-currency-170-2 "
    ),
    "dimension: read as another value or span": (
        "qu-q-22-0 qu-q-30-0 qu-q-ambiguity-10-0 qu-q-ambiguity-13-0 "
        "qu-q-ambiguity-17-0 "
    ),
    "not read as a number (a form the reader lacks or drops)": (
        "rt-number-40-0 rt-number-96-0 rt-range-3-0 rt-range-5-0 qu-q-39-0 "
        "qu-q-60-0 qu-q-ambiguity-16-0 "
    ),
    "number: read as another value or span": (
        "rt-number-25-0 rt-number-70-0 rt-number-84-0 rt-number-101-0 "
        "rt-number-105-0 rt-number-108-0 rt-number-109-0 rt-number-110-0 "
        "rt-number-149-1 rt-number-193-0 rt-number-194-0 rt-number-227-0 "
        "rt-number-228-0 rt-number-232-0 rt-number-232-1 qu-q-86-0 "
    ),
    "range: read as another value or span": ("rt-range-58-0 "),
    "read as the concentration it states (micrograms per gram)": ("rt-dimension-87-0 "),
    "read as the range 'about 40 - 50 years' it is": ("rt-age-15-0 "),
    "tokenised lower-case 'c $': C$ must be written as one": ("rt-currency-101-1 "),
    "value read, not its unit: Dollar": ("rt-currency-164-0 "),
    "value read, not its unit: Dram": ("rt-dimension-68-0 "),
    "value read, not its unit: LKR": ("rt-currency-109-0 "),
    "value read, not its unit: Megabit": ("rt-dimension-49-0 "),
    "value read, not its unit: barn": ("qu-q-ambiguity-15-0 "),
    "value read, not its unit: joule per square metre per year": ("qu-q-59-0 "),
    "value read, not its unit: joule second": ("qu-q-50-0 "),
    "value read, not its unit: minute of arc": ("qu-q-ambiguity-2-0 "),
    "value read, not its unit: second of arc": ("qu-q-ambiguity-2-1 "),
}

EXPECTED_MISSES: dict[str, str] = {
    case: reason for reason, cases in _BY_REASON.items() for case in cases.split()
}
