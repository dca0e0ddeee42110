"""Peer cases the reader misses, and why (tests/engine/numbers/test_peers.py).

Keyed by case id (benchmarks/import_peers.py); grouped by reason.
"""

from __future__ import annotations

_BY_REASON: dict[str, str] = {
    "'percent of N' is not read as N %": (
        "rt-percent-9-0 rt-percent-10-0 rt-percent-11-0 rt-percent-12-0 "
    ),
    "a dash and a space before a number is a list bullet, not a minus": (
        "rt-number-32-0 rt-number-41-0 rt-temperature-31-0 "
    ),
    "a date, dropped by design": ("rt-number-143-0 rt-number-143-1 rt-number-143-2 "),
    "a decade, dropped by design": ("qu-q-25-1 "),
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
        "rt-currency-110-0 rt-currency-127-0 rt-currency-144-0 "
        "rt-currency-145-0 rt-currency-167-0 rt-currency-170-2 "
        "rt-currency-178-0 qu-q-57-0 "
    ),
    "digits after a comma with no space read as one number's groups": (
        "rt-number-198-1 rt-number-198-2 rt-number-198-3 "
    ),
    "dimension: read as another value or span": (
        "rt-dimension-39-0 qu-q-22-0 qu-q-23-0 qu-q-30-0 qu-q-30-1 qu-q-91-0 "
        "qu-q-ambiguity-10-0 qu-q-ambiguity-13-0 qu-q-ambiguity-17-0 "
    ),
    "not read as a number (a form the reader lacks or drops)": (
        "rt-number-40-0 rt-number-96-0 rt-range-3-0 rt-range-5-0 qu-q-39-0 "
        "qu-q-60-0 qu-q-ambiguity-16-0 "
    ),
    "number: read as another value or span": (
        "rt-number-25-0 rt-number-70-0 rt-number-84-0 rt-number-101-0 "
        "rt-number-105-0 rt-number-108-0 rt-number-109-0 rt-number-110-0 "
        "rt-number-149-1 rt-number-182-0 rt-number-186-1 rt-number-193-0 "
        "rt-number-194-0 rt-number-206-0 rt-number-207-0 rt-number-227-0 "
        "rt-number-228-0 rt-number-232-0 rt-number-232-1 qu-q-86-0 "
    ),
    "range: read as another value or span": (
        "rt-range-19-0 rt-range-38-0 rt-range-45-1 rt-range-47-1 rt-range-58-0 "
        "rt-range-81-0 "
    ),
    "read as the concentration it states (micrograms per gram)": ("rt-dimension-87-0 "),
    "read as the range 'about 40 - 50 years' it is": ("rt-age-15-0 "),
    "tokenised lower-case 'c $': C$ must be written as one": (
        "rt-currency-4-0 rt-currency-59-0 rt-currency-60-0 rt-currency-101-1 "
    ),
    "tokenised lower-case 'hk $': HK$ must be written as one": ("rt-currency-31-0 "),
    "two amounts with no separator between them run together": ("rt-currency-121-1 "),
    "value read, not its unit: AUD": ("rt-currency-149-0 "),
    "value read, not its unit: C": ("rt-temperature-24-0 "),
    "value read, not its unit: CAD": ("rt-currency-150-0 "),
    "value read, not its unit: CNY": ("rt-currency-129-0 "),
    "value read, not its unit: Dollar": ("rt-currency-164-0 "),
    "value read, not its unit: Dram": ("rt-dimension-68-0 "),
    "value read, not its unit: LKR": ("rt-currency-109-0 "),
    "value read, not its unit: MXN": ("rt-currency-148-0 "),
    "value read, not its unit: Megabit": ("rt-dimension-49-0 "),
    "value read, not its unit: NZD": ("rt-currency-151-0 "),
    "value read, not its unit: Peseta": ("rt-currency-63-0 "),
    "value read, not its unit: USD": ("rt-currency-129-1 "),
    "value read, not its unit: attometre": ("qu-q-76-0 "),
    "value read, not its unit: barn": ("qu-q-ambiguity-15-0 "),
    "value read, not its unit: count per week": ("qu-q-14-0 "),
    "value read, not its unit: degree Celsius": (
        "qu-q-ambiguity-12-0 qu-q-ambiguity-19-1 "
    ),
    "value read, not its unit: degree Fahrenheit": ("qu-q-ambiguity-19-2 "),
    "value read, not its unit: dollar": ("qu-q-82-1 "),
    "value read, not its unit: gigayear": ("qu-q-53-0 qu-q-53-1 "),
    "value read, not its unit: inch": ("qu-q-ambiguity-3-0 qu-q-ambiguity-5-1 "),
    "value read, not its unit: inverse femtobarn": ("qu-q-63-1 qu-q-63-4 "),
    "value read, not its unit: inverse second": ("qu-q-13-0 "),
    "value read, not its unit: joule per square metre per year": ("qu-q-59-0 "),
    "value read, not its unit: joule second": ("qu-q-50-0 "),
    "value read, not its unit: kelvin": ("qu-q-68-0 qu-q-ambiguity-19-0 "),
    "value read, not its unit: kilobit per second": ("qu-q-ambiguity-18-1 "),
    "value read, not its unit: megayear": ("qu-q-54-0 "),
    "value read, not its unit: milligram": ("qu-q-88-0 "),
    "value read, not its unit: minute of arc": ("qu-q-ambiguity-2-0 "),
    "value read, not its unit: picometre": ("qu-q-74-0 qu-q-75-0 "),
    "value read, not its unit: second of arc": ("qu-q-ambiguity-2-1 "),
    "value read, not its unit: ton per day": ("qu-q-48-0 "),
    "value read, not its unit: tonne": ("qu-q-55-2 "),
}

EXPECTED_MISSES: dict[str, str] = {
    case: reason for reason, cases in _BY_REASON.items() for case in cases.split()
}
