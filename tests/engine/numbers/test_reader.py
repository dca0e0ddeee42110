"""Reading numbers, hedges, ranges and units from news text."""

from __future__ import annotations

import math

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from claimcheck.engine.numbers.interval import Interval
from claimcheck.engine.numbers.reader import Quantity, read_quantities
from claimcheck.engine.numbers.vocabulary import SMALL

INF = None  # an unbounded side


def only(text: str) -> Quantity:
    """The single quantity ``text`` states."""
    found = read_quantities(text)
    assert len(found) == 1, [(q.text, str(q.interval), q.unit) for q in found]
    return found[0]


def check(
    q: Quantity,
    span: str,
    low: float | None,
    high: float | None,
    low_inc: bool = True,
    high_inc: bool = True,
    unit: str | None = None,
) -> None:
    assert q.text == span
    iv = q.interval
    for got, want in ((iv.low, low), (iv.high, high)):
        if want is None:
            assert got is None
        else:
            assert got is not None and math.isclose(got, want, rel_tol=1e-9)
    assert (iv.low_inclusive, iv.high_inclusive) == (low_inc, high_inc)
    assert q.unit == unit


# text, span, value
POINTS = [
    ("300 were killed", "300", 300),
    ("2,700 wounded", "2,700", 2700),
    ("12,000 troops", "12,000", 12000),
    ("2\u00a0700 troops", "2\u00a0700", 2700),
    ("2\u2009700 troops", "2\u2009700", 2700),
    ("1 234 567 people", "1 234 567", 1234567),
    ("1,234,567.89", "1,234,567.89", 1234567.89),
    ("a rate of 4.8", "4.8", 4.8),
    ("a rate of .08", ".08", 0.08),
    ("it was 192.", "192", 192),
    ("three hundred soldiers", "three hundred", 300),
    ("ten thousand soldiers", "ten thousand", 10000),
    ("Forty-two soldiers", "Forty-two", 42),
    ("two thousand and five", "two thousand and five", 2005),
    ("one hundred and three and two thirds", None, 103 + 2 / 3),
    ("twenty-one trillion three hundred", None, 21e12 + 300),
    ("4 thousand 3 hundred and 21 votes", "4 thousand 3 hundred and 21", 4321),
    ("2.7k posts", "2.7k", 2700),
    ("1.2 billion", "1.2 billion", 1.2e9),
    ("1.2bn", "1.2bn", 1.2e9),
    ("10M views", "10M", 1e7),
    ("5.5 million people", "5.5 million", 5.5e6),
    ("two-fifths of voters", "two-fifths", 0.4),
    ("a third of the force", "a third", 1 / 3),
    ("half of them", "half", 0.5),
    ("two thirds of a million", None, 2e6 / 3),
    ("five and a half million", None, 5.5e6),
    ("one million and a half", None, 1.5e6),
    ("a dozen", "a dozen", 12),
    ("half a dozen", "half a dozen", 6),
    ("3 dozens", "3 dozens", 36),
    ("a hundred", "a hundred", 100),
    ("3/4 of", "3/4", 0.75),
    ("2 1/4", "2 1/4", 2.25),
    ("½ of", "½", 0.5),
    ("two point five", "two point five", 2.5),
    ("one over three", "one over three", 1 / 3),
    ("two out of five voters", "two out of five", 0.4),
    ("one in five voters", "one in five", 0.2),
    ("13 lakh", "13 lakh", 1.3e6),
    ("minus five", "minus five", -5),
    ("it fell to -9.5", "-9.5", -9.5),
    ("1.3e6", "1.3e6", 1.3e6),
    ("one of the soldiers", "one", 1),
]


# fractions and ratios of a whole are shares (tests/engine/numbers/test_shares.py)
SHARE_SPANS = {"two-fifths", "a third", "half", "two out of five", "one in five"}


@pytest.mark.parametrize(("text", "span", "value"), POINTS)
def test_point(text: str, span: str | None, value: float) -> None:
    q = only(text)
    unit = "share" if span in SHARE_SPANS else None
    check(q, span or text, value, value, unit=unit)


HEDGES = [
    # about-family: +-10 % closed
    ("about 300", 270, 330, True, True),
    ("around 300", 270, 330, True, True),
    ("approximately 300", 270, 330, True, True),
    ("roughly 300", 270, 330, True, True),
    ("some 300", 270, 330, True, True),
    ("an estimated 300", 270, 330, True, True),
    ("300 or so", 270, 330, True, True),
    ("300-odd", 270, 330, True, True),
    # nearly-family: [0.9X, X]
    ("nearly 300", 270, 300, True, True),
    ("almost 300", 270, 300, True, True),
    ("just under 300", 270, 300, True, True),
    ("close to 300", 270, 300, True, True),
    # at least: [X, inf)
    ("at least 300", 300, INF, True, False),
    ("no fewer than 300", 300, INF, True, False),
    ("no less than 300", 300, INF, True, False),
    ("a minimum of 300", 300, INF, True, False),
    ("300 or more", 300, INF, True, False),
    ("300+", 300, INF, True, False),
    (">= 300", 300, INF, True, False),
    # more than: (X, inf)
    ("more than 12,000", 12000, INF, False, False),
    ("over 12,000", 12000, INF, False, False),
    ("well over 12,000", 12000, INF, False, False),
    ("exceeding 12,000", 12000, INF, False, False),
    ("exceeded 12,000", 12000, INF, False, False),
    ("surpassing 12,000", 12000, INF, False, False),
    ("above 12,000", 12000, INF, False, False),
    ("in excess of 12,000", 12000, INF, False, False),
    ("upwards of 12,000", 12000, INF, False, False),
    ("more than half", 0.5, INF, False, False),
    # up to: (-inf, X] (the conformance file leaves the low side open)
    ("up to 300", INF, 300, False, True),
    ("at most 300", INF, 300, False, True),
    ("no more than 300", INF, 300, False, True),
    ("a maximum of 300", INF, 300, False, True),
    ("as many as 300", INF, 300, False, True),
    ("300 or fewer", INF, 300, False, True),
    # fewer than: (-inf, X)
    ("fewer than 300", INF, 300, False, False),
    ("less than 300", INF, 300, False, False),
    ("under 300", INF, 300, False, False),
    ("below 300", INF, 300, False, False),
    ("fewer than a thousand", INF, 1000, False, False),
    # ranges: closed
    ("between 10,000 and 12,000", 10000, 12000, True, True),
    ("10,000 to 12,000", 10000, 12000, True, True),
    ("10,000-12,000", 10000, 12000, True, True),
    ("10,000–12,000", 10000, 12000, True, True),
    ("from 38 to 42", 38, 42, True, True),
    ("2 to 3 million", 2e6, 3e6, True, True),
    # a dashed first end below the second's leading group drops its thousands
    ("10-12,000", 10000, 12000, True, True),
    ("8–9,500", 8000, 9500, True, True),
    ("10–12,500,000", 10e6, 12.5e6, True, True),
    ("500-1,000", 500, 1000, True, True),
    ("from 10 to 12,000", 10, 12000, True, True),
    ("two or three", 2, 3, True, True),
    ("more than 20 and at most 35", 20, 35, False, True),
    # vague words: [low, high)
    ("dozens", 24, 100, True, False),
    ("hundreds", 200, 1000, True, False),
    ("thousands", 2000, 100000, True, False),
    ("tens of thousands", 20000, 100000, True, False),
    ("hundreds of thousands", 200000, 1e6, True, False),
    ("millions", 2e6, 1e9, True, False),
    ("several hundred", 200, 1000, True, False),
    ("several hundred thousand", 2e5, 1e6, True, False),
]


@pytest.mark.parametrize(("text", "low", "high", "low_inc", "high_inc"), HEDGES)
def test_hedge(
    text: str, low: float | None, high: float | None, low_inc: bool, high_inc: bool
) -> None:
    q = only(f"Officials said {text} people were there.")
    unit = "share" if text.endswith("half") else None
    check(q, text, low, high, low_inc=low_inc, high_inc=high_inc, unit=unit)


UNITS = [
    ("40%", 40, "%"),
    ("40 %", 40, "%"),
    ("40 per cent", 40, "%"),
    ("40 percent", 40, "%"),
    ("3 percentage points", 3, "pp"),
    ("380 square miles", 380, "mi2"),
    ("380 sq mi", 380, "mi2"),
    ("984 km²", 984, "km2"),
    ("984 km2", 984, "km2"),
    ("984 sq km", 984, "km2"),
    ("984 square kilometres", 984, "km2"),
    ("984 square kilometers", 984, "km2"),
    ("31 cm", 31, "cm"),
    ("310 mm", 310, "mm"),
    ("seven metres", 7, "m"),
    ("7 meters", 7, "m"),
    ("12 inches", 12, "in"),
    ("6 feet", 6, "ft"),
    ("5 ft 2 in", 5 + 2 / 12, "ft"),
    ("20 miles", 20, "mi"),
    ("3 tonnes", 3, "t"),
    ("25 pounds", 25, "lb"),
    ("5 kg", 5, "kg"),
    ("3 litres", 3, "L"),
    ("120 km/h", 120, "km/h"),
    ("70 mph", 70, "mph"),
    ("30°C", 30, "degC"),
    ("86 °F", 86, "degF"),
    ("three-minute", 3, "min"),
    ("2 hours", 2, "h"),
    ("10 days", 10, "d"),
    ("£300m", 3e8, "currency:GBP"),
    ("$20", 20, "currency:USD"),
    ("€5 billion", 5e9, "currency:EUR"),
    ("1,200 million euros", 1.2e9, "currency:EUR"),
    ("300 pounds sterling", 300, "currency:GBP"),
    ("US$ 1MM", 1e6, "currency:USD"),
    ("26-year", 26, "yr"),
    ("2mil SEK", 2e6, "currency:SEK"),
    ("1½ hours", 1.5, "h"),
    ("5 feet and 2 inches", 5 + 2 / 12, "ft"),
    ("20 (kg)", 20, "kg"),
    ("-5C", -5, "degC"),
]


@pytest.mark.parametrize(("text", "value", "unit"), UNITS)
def test_unit(text: str, value: float, unit: str) -> None:
    q = only(f"It was {text} in all.")
    check(q, text, value, value, unit=unit)


def test_age_is_read_in_years_not_as_a_count() -> None:
    for text, span in [
        ("a 26-year-old soldier", "26-year"),
        ("aged 26, he", "aged 26"),
        ("he is 26 years old", "26 years"),
    ]:
        check(only(text), span, 26, 26, unit="yr")


NOT_COUNTS = [
    "in 2018",
    "June 2018",
    "since 1990",
    "(1955-1975)",
    "between 1964 and 1973",
    "the 2019-20 season",
    "the 1990s",
    "the late 1990s",
    "in the '90s",
    "Jan. 13",
    "on 21 December",
    "January 20, 2025",
    "2025-01-13",
    "13/01/2025",
    "at 10:30",
    "at 3 p.m.",
    "at 3pm",
    "the first",
    "the 21st century",
    "a second time",
    "the fifth day",
    "a third person",
    "call 555-123-4567",
    "+44 20 7946 0000",
    "World War II",
    "SCP-173",
    "an F-16",
    "COVID-19",
    "the G7",
    "no one came",
    "someone came",
    "anyone came",
    "helped one another",
    "won 3-1",
    "call (555) 123-4567",
    "020 7946 0000",
    "MH17",
    "#5",
    "9/11",
    "the 2024/25 budget",
    "at 9.30am",
    "every one of",
    # a provision's number is its name
    "Article 41.2 of the Constitution",
    "under section 144",
    "Chapter 11",
    "Art. 5",
    "Sections 3",
]


def test_bare_letter_after_a_space_is_not_a_temperature() -> None:
    assert only("Route 5 F applies").unit is None


@pytest.mark.parametrize("text", NOT_COUNTS)
def test_not_a_count(text: str) -> None:
    assert read_quantities(f"They said {text} and left.") == ()


def test_several_in_order_with_offsets() -> None:
    text = "At least 300 died and 2,700 were hurt over 3 days in 2018."
    found = read_quantities(text)
    assert [q.text for q in found] == ["At least 300", "2,700", "over 3 days"]
    for q in found:
        assert text[q.start : q.end] == q.text


def test_one_thousand_and_two_thousand_are_two_numbers() -> None:
    found = read_quantities("between one thousand and two thousand")
    check(found[0], "between one thousand and two thousand", 1000, 2000)


def test_year_in_range_with_non_year() -> None:
    check(only("The number range is 1000-5000"), "1000-5000", 1000, 5000)


def test_hedged_year_like_number_is_a_count() -> None:
    check(only("more than 2000 people"), "more than 2000", 2000, INF, False, False)


# ---------------------------------------------------------------- properties

_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _words(n: int) -> str:
    if n < 20:
        return _WORDS[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens - 2] + (f"-{_WORDS[ones]}" if ones else "")
    hundreds, rest = divmod(n, 100)
    return f"{_WORDS[hundreds]} hundred" + (f" and {_words(rest)}" if rest else "")


def _formats(n: int) -> list[tuple[str, float]]:
    out: list[tuple[str, float]] = [
        (f"{n:,}", n),
        (str(n), n) if not 1000 <= n <= 2100 else (f"{n:,}", n),
    ]
    if n < 1000:
        out.append((_words(n), n))
        out.append((f"{n}k", n * 1000))
        out.append((f"${n}m", n * 1e6))
        out.append((f"{n}bn", n * 1e9))
        out.append((f"{n} million", n * 1e6))
    return out


@given(st.integers(min_value=0, max_value=10**9), st.data())
@example(1000, None)
@example(101, None)
@example(0, None)
def test_formatted_value_reads_back(n: int, data: st.DataObject | None) -> None:
    formats = _formats(n)
    chosen = formats if data is None else [data.draw(st.sampled_from(formats))]
    for text, value in chosen:
        q = only(f"Officials said {text} people were counted.")
        assert q.interval.low is not None
        assert math.isclose(q.interval.low, value, rel_tol=1e-12)
        assert q.interval.low == q.interval.high


@given(st.text())
@example("1 over 3 days")
@example("one and a half")
@example("0 0")
def test_spans_slice_back_and_never_raise(text: str) -> None:
    for q in read_quantities(text):
        assert text[q.start : q.end] == q.text
        assert isinstance(q.interval, Interval)


_TOKENS = st.sampled_from(
    [
        "about", "300", "2,700", "killed", "between", "10", "and", "12",
        "more", "than", "three", "hundred", "km", "square", "miles", "in",
        "2018", "nearly", "half", "a", "dozen", "%", "-", "to", "up", "one",
        "thousand", "$5", "million", ",", "the", "of", "fewer",
    ]
)  # fmt: skip


@given(
    st.lists(_TOKENS, min_size=1, max_size=25),
    st.lists(st.sampled_from([" ", "\n"]), min_size=25, max_size=25),
)
@example(["two", "hundred"], ["\n"] * 25)
@example(["300", "300"], ["\n"] * 25)
def test_rewrapping_whitespace_keeps_values(tokens: list[str], seps: list[str]) -> None:
    # Swapping one whitespace character for another, as re-wrapping does.
    plain = " ".join(tokens)
    wrapped = "".join(t + s for t, s in zip(tokens, seps, strict=False))[:-1]
    values = [(q.interval, q.unit) for q in read_quantities(plain)]
    assert [(q.interval, q.unit) for q in read_quantities(wrapped)] == values


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Okafor took 1.3m votes.", 1_300_000, None),
        ("2m people fled the fighting.", 2_000_000, None),
        ("a wall 1.3m high", 1.3, "m"),
        ("the crater is 10m across", 10, "m"),
        ("a 3m-long boat", 3, "m"),
    ],
)
def test_lower_case_m_is_million_before_a_counted_noun(
    text: str, value: float, unit: str | None
) -> None:
    [q] = read_quantities(text)
    assert (q.interval.low, q.unit) == (value, unit)


# Counts in words: "both", "a pair of", "a couple of", "a trio of" count the
# noun after them.  (text, the quantity's text, low, high, unit)
COUNT_WORDS: list[tuple[str, str, float, float, str | None]] = [
    ("Both drivers were taken to hospital.", "Both", 2, 2, None),
    ("Both of them denied it.", "Both", 2, 2, None),
    ("Police held a pair of brothers.", "a pair of", 2, 2, None),
    ("A couple of residents said so.", "A couple of", 2, 3, None),
    ("A trio of climbers reached the top.", "A trio of", 3, 3, None),
    ("The talks lasted a couple of weeks.", "a couple of weeks", 2, 3, "wk"),
    ("a couple of hundred protesters", "a couple of hundred", 200, 300, None),
    ("She bought a dozen eggs.", "a dozen", 12, 12, None),
]


@pytest.mark.parametrize(("text", "span", "low", "high", "unit"), COUNT_WORDS)
def test_count_words(
    text: str, span: str, low: float, high: float, unit: str | None
) -> None:
    [q] = read_quantities(text)
    assert (q.text, q.interval.low, q.interval.high, q.unit) == (span, low, high, unit)
    assert q.interval.low_inclusive and q.interval.high_inclusive


@pytest.mark.parametrize(
    "text",
    [
        "The couple married in June.",
        "He wants both.",
        "They repair cars.",
        "The pair were arrested.",
        "A couple in their sixties moved in.",
    ],
)
def test_count_words_count_only_a_noun(text: str) -> None:
    assert read_quantities(text) == ()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A magnitude-6.9 quake struck at dawn.", 6.9),
        ("A Category-4 storm made landfall.", 4.0),
        ("Officials raised a level-3 alert.", 3.0),
        ("Doctors found stage-2 cancer.", 2.0),
    ],
)
def test_a_scale_joined_to_its_reading_is_read(text: str, value: float) -> None:
    # an identifier (F-16, COVID-19, SCP-173) is not, but the name of a scale
    # joined by a hyphen is its reading
    assert only(text).interval.low == value


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(sorted(SMALL)), min_size=2, max_size=40))
def test_a_list_of_number_words_is_one_number_a_word(words: list[str]) -> None:
    # "one two three": no word below twenty goes on to another, however long
    # the list (the chain stops at each, rather than being re-read from each)
    text = " ".join(words)
    read = read_quantities(text)
    assert [text[q.start : q.end] for q in read] == words
    assert [q.interval.low for q in read] == [SMALL[w] for w in words]


def test_the_digits_after_point_are_one_number() -> None:
    (read,) = read_quantities("It rose by two hundred point zero three.")
    assert read.interval.low == 200.03
