"""What the words around a number change in its reading, on copy written here.

Each rule has a case it applies to and, where one is easy to mistake for
it, a case it must leave alone.  ``None`` as a bound is an unbounded side.
"""

from __future__ import annotations

import math

import pytest

from claimcheck.engine.numbers.reader import read_quantities
from tests.engine.numbers.reading import find

# (text, the quantity's text, low, high, unit)
CASES: list[tuple[str, str, float | None, float | None, str | None]] = [
    # "percent of N" opening a clause is N %; elsewhere the N is a count
    ("Percent of 12: the share the party won.", "Percent of 12", 12, 12, "%"),
    ("The percent of 40 districts that voted rose.", "40", 40, 40, None),
    # letters naming a dollar, any case, a space allowed before the "$"
    ("The contract is worth c $ 16 million.", "c $ 16 million", 16e6, 16e6,
     "currency:CAD"),
    ("It sold for hk $ 3.5 billion.", "hk $ 3.5 billion", 3.5e9, 3.5e9,
     "currency:HKD"),
    ("Rent is NZD$450 a week.", "NZD$450 a week", 450, 450, "currency:NZD/wk"),
    ("It is a $5 fee.", "$5", 5, 5, "currency:USD"),
    # a scale letter glued to a code before the amount
    ("Revenue reached MEUR 60 last year.", "MEUR 60", 60e6, 60e6, "currency:EUR"),
    # codes typed in lower case before the amount
    ("Prices: rmb 10 usd 20", "rmb 10", 10, 10, "currency:CNY"),
    ("Prices: rmb 10 usd 20", "usd 20", 20, 20, "currency:USD"),
    ("Apply and rub 2 drops in.", "2", 2, 2, None),
    # the sign after the symbol
    ("The net result was $-12.5 million.", "$-12.5 million", -12.5e6, -12.5e6,
     "currency:USD"),
    # a second symbol after an amount opens the next amount
    ("Bills: $ 20.00 $ 37.50 in all", "$ 20.00", 20, 20, "currency:USD"),
    ("Bills: $ 20.00 $ 37.50 in all", "$ 37.50", 37.5, 37.5, "currency:USD"),
    # hundredths after a symbol, and subunits beyond cents and pence
    ("The fare was 10 $ 30 cents.", "10 $ 30 cents", 10.3, 10.3, "currency:USD"),
    ("It costs 15 dollars and 50.", "15 dollars and 50", 15.5, 15.5,
     "currency:USD"),
    ("She paid 3 dimes.", "3 dimes", 0.3, 0.3, "currency:USD"),
    ("Fees fell to 500 satoshis.", "500 satoshis", 5e-6, 5e-6, "currency:BTC"),
    # C, F and t spaced from the number, unless the number is a label's
    ("It was 30 C in Madrid on Monday.", "30 C", 30, 30, "degC"),
    ("Take Route 5 C to the port.", "5", 5, 5, None),
    ("The barge carried 278,000 t of ore.", "278,000 t", 278000, 278000, "t"),
    # pm and am after a number no clock shows
    ("The gap is 2.1 pm across.", "2.1 pm", 2.1, 2.1, "pm"),
    # inches after a number, unless the mark closes a quotation
    ('They sold a 27" monitor.', '27"', 27, 27, "in"),
    ('He said "the fee was 8" and left.', "8", 8, 8, None),
    # a bare degree sign with its scale after it
    ("Water froze at 0° on the Celsius scale.", "0° on the Celsius scale", 0, 0,
     "degC"),
    ("It hit 104° Fahrenheit.", "104° Fahrenheit", 104, 104, "degF"),
    ("Helium stays liquid near absolute zero.", "zero", 0, 0, "K"),
    # frequencies, inverse units, years in geology, bit rates
    ("Trains run three times a week.", "three times a week", 3, 3, "1/wk"),
    ("The rate is 4e14 s-1.", "4e14 s-1", 4e14, 4e14, "1/s"),
    ("The rocks formed 66 Ma ago.", "66 Ma", 66, 66, "Ma"),
    ("a crust of 4.4Ga", "4.4Ga", 4.4, 4.4, "Ga"),
    ("The link ran at 56 kbps.", "56 kbps", 56, 56, "kbit/s"),
    ("Speeds of 300 Mbps were promised.", "300 Mbps", 300, 300, "Mbit/s"),
    # bounds and ranges
    ("Groups of 20 and more get a discount.", "20 and more", 20, None, None),
    ("It was 200 or greater than 190.", "greater than 190", 190, None, None),
    ("Doses were between 44 mg to 50 mg.", "between 44 mg to 50 mg", 44, 50,
     "mg"),
    ("a 75 -300mm zoom lens", "75 -300mm", 75, 300, "mm"),
    ("Salaries of 5k-20k were offered.", "5k-20k", 5000, 20000, None),
    # a margin
    ("The rod is 9.83 ± 0.02 kg.", "9.83 ± 0.02 kg", 9.81, 9.85, "kg"),
    ("Support is 40 +/- 3 per cent.", "40 +/- 3 per cent", 37, 43, "%"),
    # a unit after the second of two numbers is the first's too
    ("They were given 45 and 50 mg.", "45", 45, 45, "mg"),
    ("She has 3 children and 40 km to drive.", "3", 3, 3, None),
    # "a"/"an" before a measure and "of": one of it
    ("She drank a gallon of milk.", "a gallon", 1, 1, "gal"),
    ("They bought an acre of land.", "an acre", 1, 1, "acre"),
    # lists, powers, scales
    ("See pages 22,24,26 and 31.", "24", 24, 24, None),
    ("See pages 22,24,26 and 31.", "26", 26, 26, None),
    ("A kibibyte is 8x2^10 bits.", "8x2^10 bits", 8192, 8192, "bit"),
    ("The fund holds one billion and a half million dollars.",
     "one billion and a half million dollars", 1.0005e9, 1.0005e9,
     "currency:USD"),
    ("a debt of 10 tln", "10 tln", 1e13, 1e13, None),
]  # fmt: skip


def _same(got: float | None, want: float | None) -> bool:
    if got is None or want is None:
        return got is want
    return math.isclose(got, want, rel_tol=1e-9, abs_tol=1e-12)


@pytest.mark.parametrize(("text", "span", "low", "high", "unit"), CASES)
def test_reads(
    text: str, span: str, low: float | None, high: float | None, unit: str | None
) -> None:
    q = find(text, span)
    assert _same(q.interval.low, low), q.interval
    assert _same(q.interval.high, high), q.interval
    assert q.unit == unit


@pytest.mark.parametrize(
    "text",
    [
        # clock times stay times (dropped)
        "The train left at 2.15 pm.",
        "We met at 9 am.",
        "He left at 2.30 pm",
        # "a"/"an" + "of" is one of a measure only
        "It took a bit of luck.",
        "A turn of events followed.",
        "He ate a bar of chocolate.",
        "It was a point of pride.",
        "She paid a dollar of it.",
        "The gallon of milk spilled.",
    ],
)
def test_nothing_read(text: str) -> None:
    assert read_quantities(text) == ()
