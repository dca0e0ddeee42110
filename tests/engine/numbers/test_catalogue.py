"""Currencies, units from pint, temperatures, ages and rates, on copy written here."""

from __future__ import annotations

import math

import pytest

from claimcheck.engine.numbers.reader import read_quantities
from claimcheck.engine.numbers.units import convert, dimension

# (text, the quantity's text, value, unit)
CASES: list[tuple[str, str, float, str]] = [
    # currencies: symbols before and after, codes, names from CLDR
    ("Tickets cost 5 € at the door.", "5 €", 5, "currency:EUR"),
    ("The stall asked 100元 for it.", "100元", 100, "currency:CNY"),
    ("Rent rose to ₡100,000 a month.", "₡100,000 a month", 100000, "currency:CRC/mo"),
    ("The fund holds 420 million Finnish markkas.",
     "420 million Finnish markkas", 4.2e8, "currency:FIM"),
    ("It trades at Mex$18 in Monterrey.", "Mex$18", 18, "currency:MXN"),
    ("A flat costs HK$9 million.", "HK$9 million", 9e6, "currency:HKD"),
    ("Wages rose to C$25 an hour.", "C$25 an hour", 25, "currency:CAD/h"),
    ("The miner holds 6.25 BTC.", "6.25 BTC", 6.25, "currency:BTC"),
    ("Stamps cost 85 pence.", "85 pence", 0.85, "currency:GBP"),
    ("A call costs 99¢.", "99¢", 0.99, "currency:USD"),
    ("Losses reached 361 million pounds in the year.",
     "361 million pounds", 3.61e8, "currency:GBP"),
    ("The calf weighed 361 pounds.", "361 pounds", 361, "lb"),
    ("They shipped 1.2 million pounds of beef.",
     "1.2 million pounds", 1.2e6, "lb"),
    ("A penalty of 3.6 million pounds was imposed.",
     "3.6 million pounds", 3.6e6, "currency:GBP"),
    ("She won 40,000 pounds in compensation.", "40,000 pounds", 4e4, "currency:GBP"),
    ("The recall covers 2 million pounds of ham, a settlement says.",
     "2 million pounds", 2e6, "lb"),
    # units from pint's registry
    ("The gate is 16.25 nanometres wide.", "16.25 nanometres", 16.25, "nm"),
    ("A photon of 1.7 eV was seen.", "1.7 eV", 1.7, "eV"),
    ("The chip runs at 3.2 GHz.", "3.2 GHz", 3.2, "GHz"),
    ("Staff received 20 mSv last year.", "20 mSv", 20, "mSv"),
    ("The plant made 4 GWh in May.", "4 GWh", 4, "GWh"),
    ("The tank holds 100t of grain.", "100t", 100, "t"),
    # temperatures without "degrees", ages, rates
    ("It reached 40 celsius at noon.", "40 celsius", 40, "degC"),
    ("Water boils at 212 fahrenheit.", "212 fahrenheit", 212, "degF"),
    ("Heated to 300 °C, that is 573.15K.", "573.15K", 573.15, "K"),
    ("The driver, 87 yo, was unhurt.", "87 yo", 87, "yr"),
    ("At age 87 she ran again.", "age 87", 87, "yr"),
    ("The car hit 188 miles an hour.", "188 miles an hour", 188, "mph"),
    ("Cleaners earn $15.4/hour.", "$15.4/hour", 15.4, "currency:USD/h"),
    ("Crude sold at $90 a barrel.", "$90 a barrel", 90, "currency:USD/bbl"),
    ("The car uses 6 l/km of fuel.", "6 l/km", 6, "L/km"),
    ("The nail is 2 in.", "2 in.", 2, "in"),
    # scientific notation
    ("A drift of 2.48×10⁻⁵ was measured.", "2.48×10⁻⁵", 2.48e-5, ""),
    ("The dust weighs 5.5x10-3 kg.", "5.5x10-3 kg", 5.5e-3, "kg"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "span", "value", "unit"), CASES)
def test_reads(text: str, span: str, value: float, unit: str) -> None:
    found = {q.text: q for q in read_quantities(text)}
    assert span in found, [(q.text, str(q.interval), q.unit) for q in found.values()]
    q = found[span]
    assert q.unit == (unit or None)
    assert q.interval.low is not None and math.isclose(q.interval.low, value)


@pytest.mark.parametrize(
    ("article", "code"),
    [
        ("The loonie fell. Canadian dollars bought less; $5 was the price.", "CAD"),
        ("Imports cost C$4 billion, so $5 more was asked.", "CAD"),
        ("It cost US$3 in Toronto, C$4 in Montreal and $5 here.", "USD"),
        ("A Big Mac costs $5.", "USD"),
        ("Norway's NOK 30 levy adds kr 50 per ticket.", "NOK"),
        ("The fee is kr 50.", "SEK"),
        ("In Beijing it cost ¥500, 30 Chinese yuan more.", "CNY"),
    ],
)
def test_ambiguous_symbols_follow_the_article(article: str, code: str) -> None:
    last = read_quantities(article)[-1]
    assert last.unit == "currency:" + code


@pytest.mark.parametrize(
    ("amount", "src", "dst", "want"),
    [
        (15.0, "currency:USD/h", "currency:USD/min", 0.25),
        (60.0, "mi/h", "mph", 60.0),
        (100.0, "km/h", "mi/h", 62.137119223733),
        (10.0, "L/km", "mL/m", 10.0),
        (7.0, "1/wk", "1/d", 1.0),
        (1.0, "Mbit/s", "kbit/s", 1000.0),
    ],
)
def test_rates_convert(amount: float, src: str, dst: str, want: float) -> None:
    got = convert(amount, src, dst)
    assert got is not None and math.isclose(got, want, rel_tol=1e-9)


def test_money_rates_never_cross_currencies() -> None:
    assert convert(1.0, "currency:USD/h", "currency:EUR/h") is None
    assert dimension("currency:USD/h") == "currency:USD/time"
    assert dimension("mi/h") == dimension("km/h") == "speed"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Sales were $1.2 billion a year earlier.", "$1.2 billion"),
        ("Output fell by 500,000 barrels a day.", "500,000 barrels"),
        ("He came in 2 in the morning.", "2"),
    ],
)
def test_no_rate_or_inch_where_copy_means_none(text: str, span: str) -> None:
    assert span in [q.text for q in read_quantities(text)]
