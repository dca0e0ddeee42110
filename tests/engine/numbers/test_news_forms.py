"""News forms of numbers: separators, compounds, glued codes, pieces, shares.

Each case states what the text must read as; the texts are written for these
tests.  ``None`` as a bound is an unbounded side.
"""

from __future__ import annotations

import json
import math

import pytest

from claimcheck.cli import main
from claimcheck.engine.numbers.reader import read_quantities
from tests.engine.numbers.reading import find

# (text, the quantity's text, low, high, unit)
POINTS: list[tuple[str, str, float, float, str | None]] = [
    # decimal commas and dot thousands, decided by the number's own form
    ("Turnout reached 58,2 per cent.", "58,2 per cent", 58.2, 58.2, "%"),
    ("The register lists 3.507.112 voters.", "3.507.112", 3507112, 3507112, None),
    ("Exports fell to 3,7 million tonnes.", "3,7 million tonnes", 3.7e6, 3.7e6, "t"),
    ("The estate covers 45.000 acres.", "45.000 acres", 45000, 45000, "acre"),
    ("It cost 1.234,50 euros.", "1.234,50 euros", 1234.5, 1234.5, "currency:EUR"),
    ("a ratio of 0,75 was found", "0,75", 0.75, 0.75, None),
    # a plural scale and "of" before the unit, as other first languages have it
    ("a fine of 22 millions of dollars", "22 millions of dollars", 22e6, 22e6,
     "currency:USD"),
    ("a loss of 1,8 billions of dollars", "1,8 billions of dollars", 1.8e9, 1.8e9,
     "currency:USD"),
    ("Each receives 15 thousands of euros.", "15 thousands of euros", 15e3, 15e3,
     "currency:EUR"),
    # a dot before three digits and a plural scale: a thousands point ("1.200
    # millions" is 1,200 millions; English writes "1.2 million")
    ("The sanction amounts to 1.200 millions of euros.", "1.200 millions of euros",
     1.2e9, 1.2e9, "currency:EUR"),
    ("a loss of 2.500 millions", "2.500 millions", 2.5e9, 2.5e9, None),
    ("It rose to 1.250 billion dollars.", "1.250 billion dollars", 1.25e9, 1.25e9,
     "currency:USD"),
    ("Withdrawals of 42 billion of US dollars", "42 billion of US dollars", 42e9,
     42e9, "currency:USD"),
    ("3 million of the 5 million euros", "3 million", 3e6, 3e6, None),
    ("two million of them left", "two million", 2e6, 2e6, None),
    # English forms keep their reading
    ("It weighs 2.5 kg.", "2.5 kg", 2.5, 2.5, "kg"),
    ("A crowd of 2,600 people came.", "2,600", 2600, 2600, None),
    ("Shares rose to 3.125 dollars.", "3.125 dollars", 3.125, 3.125, "currency:USD"),
    ("A 1.2 million increase.", "1.2 million", 1.2e6, 1.2e6, None),
    # compound adjectives
    ("a 50-million-euro fund", "50-million-euro", 5e7, 5e7, "currency:EUR"),
    ("a $10-million deal", "$10-million", 1e7, 1e7, "currency:USD"),
    ("a 2-billion-dollar loan", "2-billion-dollar", 2e9, 2e9, "currency:USD"),
    # trillions and glued or trailing currency codes
    ("a debt of $2.174T last year", "$2.174T", 2.174e12, 2.174e12, "currency:USD"),
    ("priced at USD115 each", "USD115", 115, 115, "currency:USD"),
    ("a grant of 75 USD million", "75 USD million", 7.5e7, 7.5e7, "currency:USD"),
    ("sales of 120 MEUR in the year", "120 MEUR", 1.2e8, 1.2e8, "currency:EUR"),
    ("a budget of 4 kEUR", "4 kEUR", 4000, 4000, "currency:EUR"),
    # pieces of money
    ("a ticket costs 3 dollars 50 cents", "3 dollars 50 cents", 3.5, 3.5,
     "currency:USD"),
    ("it was 2 pounds and 20 pence", "2 pounds and 20 pence", 2.2, 2.2,
     "currency:GBP"),
    # letters news copy writes before an amount
    ("Each family gets Tk 200,000.", "Tk 200,000", 2e5, 2e5, "currency:BDT"),
    ("a Tk. 50,000 grant", "Tk. 50,000", 5e4, 5e4, "currency:BDT"),
    ("aid of Rp 1.5 trillion", "Rp 1.5 trillion", 1.5e12, 1.5e12, "currency:IDR"),
    ("a RM 300 million deal", "RM 300 million", 3e8, 3e8, "currency:MYR"),
    ("fined KSh 10,000", "KSh 10,000", 1e4, 1e4, "currency:KES"),
    ("a Dh 500 fine", "Dh 500", 500, 500, "currency:AED"),
    ("a ₦5 billion fund", "₦5 billion", 5e9, 5e9, "currency:NGN"),
]  # fmt: skip


def _close(got: float | None, want: float) -> bool:
    return got is not None and math.isclose(got, want, rel_tol=1e-9)


@pytest.mark.parametrize(("text", "span", "low", "high", "unit"), POINTS)
def test_reads(text: str, span: str, low: float, high: float, unit: str | None) -> None:
    q = find(text, span)
    assert _close(q.interval.low, low), q.interval
    assert _close(q.interval.high, high), q.interval
    assert q.unit == unit


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        # a count of people is whole: 2.600 residents are 2,600
        ("about 2.600 residents were moved", "about 2.600", 2500, 2700),
        ("some 1.500 workers struck", "some 1.500", 1400, 1600),
        ("a 3- to 5-kilometre queue", "3- to 5-kilometre", 3, 5),
    ],
)
def test_intervals(text: str, span: str, low: float, high: float) -> None:
    q = find(text, span)
    assert _close(q.interval.low, low) and _close(q.interval.high, high)


def test_suspended_hyphen_keeps_the_unit() -> None:
    assert find("a 3- to 5-kilometre queue", "3- to 5-kilometre").unit == "km"


def test_article_style_decides_a_lone_dot_group() -> None:
    """A lone "2.600" is 2.6 in English copy, 2,600 where commas are decimal."""
    comma_style = "Growth was 1,8 per cent. The tower is 2.600 metres from here."
    assert find(comma_style, "2.600 metres").interval.low == 2600
    dot_style = "Growth was 1.8 per cent. The rod is 2.600 metres long."
    assert find(dot_style, "2.600 metres").interval.low == 2.6


def test_a_lone_dot_group_before_a_qualified_plural_noun_is_whole() -> None:
    """A count of cases is whole ("4.310 cholera cases"); "1.125 percentage
    points" and a dot group of one or two digits keep the article's style."""
    assert (
        find("Since January, 4.310 cholera cases were seen.", "4.310").interval.low
        == 4310
    )
    assert find("It razed 5.300 wooden houses.", "5.300").interval.low == 5300
    assert (
        find(
            "Rates rose 1.125 percentage points.", "1.125 percentage points"
        ).interval.low
        == 1.125
    )
    assert find("The index fell 2.35 more points.", "2.35").interval.low == 2.35


def test_article_style_decides_a_lone_comma_group() -> None:
    text = "Inflation stood at 3,4 per cent; the pole is 1,250 metres tall."
    q = find(text, "1,250 metres")
    assert q.interval.low == 1.25


@pytest.mark.parametrize(
    ("text", "first", "value"),
    [
        ("she saved $10,000 in 3 years", "$10,000", 10000),
        ("they packed 12 in six boxes", "12", 12),
        ("3 in 10 years", "3", 3),
    ],
)
def test_in_is_no_fraction_when_it_cannot_be_a_share(
    text: str, first: str, value: float
) -> None:
    q = read_quantities(text)[0]
    assert (q.text, q.interval.low) == (first, value)


def test_thousands_allows_tens_of_thousands() -> None:
    q = find("thousands of barns burned", "thousands")
    assert q.interval.low is not None and q.interval.low <= 35000
    assert q.interval.high is None or q.interval.high > 35000


# ---------------------------------------------------------------------------
# nothing raises, nothing is infinite

HUGE = [
    "1e99999 km",
    "1e99999 people",
    "1.1^99999 tonnes",
    "3x10^99999 metres",
    "9" * 5000 + " people",
    "about " + "9" * 5000 + " km",
    "1e308 trillion dollars",
    "$" + "9" * 400 + "bn",
]


@pytest.mark.parametrize("text", HUGE, ids=lambda t: t[:20])
def test_no_number_form_raises_or_is_infinite(text: str) -> None:
    for q in read_quantities(f"Officials said {text} were there."):
        for bound in (q.interval.low, q.interval.high):
            assert bound is None or math.isfinite(bound)
        str(q.interval)


def test_extract_json_is_strict_json(
    tmp_path: object, capsys: pytest.CaptureFixture[str]
) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "a.txt"
    path.write_text(
        "More than 300 people and 1e99999 km and at most 5 tonnes.\n",
        encoding="utf-8",
    )
    assert main(["extract", "--json", str(path)]) == 0
    records = [
        json.loads(line, parse_constant=_no_constant)
        for line in capsys.readouterr().out.splitlines()
    ]
    assert records
    assert any(r["high"] is None for r in records)


def _no_constant(name: str) -> object:
    raise AssertionError(f"{name} is not JSON")


def test_a_claim_with_a_5000_digit_number_is_a_clear_error(tmp_path: object) -> None:
    from pathlib import Path

    from claimcheck.errors import AssertionFileError
    from claimcheck.suite.loader import load_assertion_file

    path = Path(str(tmp_path)) / "big.yaml"
    path.write_text(
        "claims:\n  - id: big\n    kind: quantity\n    measure: people\n"
        "    equals: " + "9" * 5000 + "\n",
        encoding="utf-8",
    )
    with pytest.raises(AssertionFileError, match=r"big\.yaml:5:\d+: 'equals'"):
        load_assertion_file(path, rootdir=path.parent, default_corpus=["."])


def test_a_trailing_zero_before_a_unit_is_no_decimal() -> None:
    """A lone dot group ending in zero before a unit is 3,800 where no number
    shows a decimal point; the article's decimal point, a percentage or
    another last digit keep the style."""
    assert find("The crater sits at 3.800 metres.", "3.800 metres").interval.low == 3800
    assert find("Ash buried 1.250 km of road.", "1.250 km").interval.low == 1250
    dot_style = "Growth was 1.8 per cent. The rod is 2.600 metres long."
    assert find(dot_style, "2.600 metres").interval.low == 2.6
    assert find("Rates rose to 4.250% on Monday.", "4.250%").interval.low == 4.25
    assert find("The rod is 2.125 metres long.", "2.125 metres").interval.low == 2.125


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # a year, then a vague count of its own
        ("In 2023 thousands fled the coast.", ["thousands"]),
        ("By 2030 millions more will need water.", ["millions"]),
        ("Since 1990 hundreds have died there.", ["hundreds"]),
        ("Sales reached 2,024 million units.", ["2,024 million"]),
        ("a fleet of 1500 thousand tonnes", ["1500 thousand tonnes"]),
        # a scale word after a number glued to letters belongs to that code
        ("damage of R2.4 billion", []),
        ("The A380 million-mile fleet", []),
        ("a billion people", ["a billion"]),
        # a list of numbers is read an item at a time; groups and fractions
        # still go the full way
        ("Boxes 4 7 9 and 12 were found.", ["4", "7", "9", "12"]),
        ("Seats 1,2,3 were empty.", ["1", "2", "3"]),
        ("It cost 2 500 000 euros.", ["2 500 000 euros"]),
        ("It ran 3 1/2 miles.", ["3 1/2 miles"]),
    ],
)
def test_no_count_from_a_year_or_a_code_and_lists(text: str, spans: list[str]) -> None:
    assert [q.text for q in read_quantities(text)] == spans


def test_a_long_list_of_numbers_reads_every_item() -> None:
    # each item is read on its own: the grammar, tried at every item of
    # "1,1,1,...", took about a millisecond an item and minutes for a long list
    for sep in (",", " "):
        text = "Rescued " + sep.join(["1"] * 20_000) + " people."
        assert [q.text for q in read_quantities(text)] == ["1"] * 20_000
