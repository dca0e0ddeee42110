"""The plain-digits fast path reads exactly what the full reader reads.

``read_quantities`` takes plain digits between ordinary words ("killed 300
people") without running the full pattern.  Every text here is read both
ways and must give the same quantities: the conformance cases, the seed
articles, the benchmark corpus, and generated text mixing digits with every
word that can open or continue a number expression.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.engine.numbers import hedged as hedges
from claimcheck.engine.numbers import plain as numerals
from claimcheck.engine.numbers import plainwords
from claimcheck.engine.numbers import reader as numbers
from tests.engine.numbers.test_conformance import CASES, needs_cases

ROOT = Path(__file__).resolve().parents[3]


def same_both_ways(text: str) -> None:
    fast = numbers._read(text, 0, fast=True)
    full = numbers._read(text, 0, fast=False)
    assert fast == full, text


@needs_cases
def test_conformance_texts_read_the_same() -> None:
    for case in CASES:
        same_both_ways(case["text"])
        same_both_ways(f"Officials said {case['text']} people were there.")


def test_seed_articles_read_the_same() -> None:
    for path in sorted((ROOT / "seeds").iterdir()):
        same_both_ways(path.read_text(encoding="utf-8"))


def test_every_article_of_the_test_data_reads_the_same() -> None:
    paths = sorted((ROOT / "tests" / "data").rglob("*.txt"))
    assert paths
    for path in paths:
        same_both_ways(path.read_text(encoding="utf-8"))


def test_benchmark_corpus_reads_the_same() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import corpus  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    for _, text in corpus.iter_articles(150):
        same_both_ways(text)


def fast(text: str, core: int) -> bool:
    return (
        numerals.quiet_before(text, core)
        and numerals.plain_count(text, core) is not None
    )


def test_the_fast_path_takes_plain_counts() -> None:
    text = "Officials said 300 died and 1,200 homes fell in 2009. 15 died in 24 hours"
    taken = [fast(text, text.index(n)) for n in ("300", "1,200", "2009", "15", "24")]
    assert taken == [True, True, True, True, True]


@pytest.mark.parametrize(
    "text",
    [
        "more than 300 people",
        "about 300 people",
        "up to 300 people",
        "300 km away",
        "300 million people",
        "300 or more people",
        "300 and a half",
        "12 May 2024",
        "at 5 pm today",
        "USD 300 people",
        "(300 people)",
        "300-odd people",
        "approx. 300 people",
        "Jan. 15 was",
        "on oct . 13 , and",
        "> 300 people",
        "300 km/hr winds",
        "300 miles per hour",
        "300 hours or more",
        "3 m high",
        "30 C today",
    ],
)
def test_the_fast_path_leaves_expressions_alone(text: str) -> None:
    core = next(i for i, c in enumerate(text) if c.isdigit())
    assert not fast(text, core)


_SPECIAL = sorted(numerals.OPENING_WORDS | numerals.CONTINUING_WORDS)
_WORDS = st.sampled_from(
    [
        *_SPECIAL,
        *numerals.UNIT_SYMBOLS,
        *("people", "homes", "were", "the", "said", "killed", "Monday"),
        *("Hours", "KM", "Km", "miles", "per", "hour", "square"),
        # units of several words and what their first word starts otherwise
        *("North Korean won", "North Korean", "Korean", "South", "African rand"),
        *("square miles", "these", "them", "more", "over", "times", "week"),
    ]
)
_NUMBERS = st.sampled_from(
    [
        *("300", "1,200", "2.5", "2024", "12,34,567", "1.5.2", "7", "10,000", "0"),
        *("two", "Seven", "TWENTY", "one", "One", "zero", "ninety", "first", "thirds"),
        *("forty-five", "Forty-Five", "twenty-first", "thousands", "Hundreds"),
        *("hundreds of thousands", "scores", "dozens", "tens of"),
    ]
)
_HEDGES = st.sampled_from(sorted(hedges.HEDGE_PHRASES))
_GLUE = st.sampled_from(
    [
        *("", ".", " .", ",", " ,", ";", "(", ")", "-", "$", "%", "'", '"', "/"),
        *("²", "+", '."', ".'", ",\u201d", ')"', ".)'", "\u2013", "/h", "/s"),
    ]
)
_SPACE = st.sampled_from([" ", " ", "\n", "  ", "\u00a0"])


@given(
    st.lists(
        st.tuples(st.one_of(_WORDS, _NUMBERS, _HEDGES), _GLUE, _SPACE),
        min_size=1,
        max_size=30,
    )
)
def test_generated_text_reads_the_same(tokens: list[tuple[str, str, str]]) -> None:
    same_both_ways("".join(word + glue + space for word, glue, space in tokens))


# Figures of the forms the fast paths take, glued as news copy writes them:
# ranges ("300-400", "1,200\u20131,500"), units after a space ("310 mm",
# "185 km/h"), closing quotes after the punctuation ("in 2009."), and what
# may stand either side of them instead (dates, phone numbers, signs,
# currencies, hedges, words that continue a number).
_DIGIT_RUNS = st.sampled_from(
    ["3", "40", "300", "555", "2009", "1,200", "12.5", "2.600", "05", "0", "123"]
)
_DASHES = st.sampled_from(["-", "\u2010", "\u2013", "\u2212", "/", ".", " - ", ""])
_BEFORE = st.sampled_from(
    ["", "about ", "from ", "$", "US$ ", "the ", "of ", "+", "(", "a ", "May ",
     "-", "x", "COVID-", "said "]
)  # fmt: skip
_AFTER = st.sampled_from(
    ["", " mm", " km/h", " m/s", " km/hr", " km", " MM", " mil", " bn", " k",
     " m", " mm/h", " km/h-1", " kg/m", " S/", " B/.", "mm", " homes", " a day",
     " BC", " am", " per cent", "%", " or more", "-odd", " 4567", "-4567",
     "-year-old", "-year old", "-years-old", "-day", "-km", "-m", "-year-plus",
     "-pound", "-hour a week", "-km/h", "-year_", "\u2010year", "-sq", "-million",
     " a day", " an hour", " a third", " a.m.", " a hundred", " a  dozen", " a",
     "-year of age", "-years of age.", "-degree", "-km per hour", "-watt hour",
     "-miles", "-percent", "-pound note", "-Km", "-KM", "-metres-long", "-kWh"]
)  # fmt: skip
_CLOSE = st.sampled_from(
    ["", ".", ',"', '."', ".'", ")", ".\u201d", "-", "/", ").", '),"', "]", " (", " ( "]
)
_THEN = st.sampled_from(["", " ", " people", " 12", "\n", " of May", " a.m."])


@given(
    st.lists(
        st.tuples(
            _BEFORE,
            _DIGIT_RUNS,
            st.one_of(st.just(""), st.tuples(_DASHES, _DIGIT_RUNS).map("".join)),
            st.one_of(st.just(""), st.tuples(_DASHES, _DIGIT_RUNS).map("".join)),
            _AFTER,
            _CLOSE,
            _THEN,
        ),
        min_size=1,
        max_size=6,
    )
)
def test_generated_figures_read_the_same(parts: list[tuple[str, ...]]) -> None:
    same_both_ways(" ".join("".join(part) for part in parts))


@pytest.mark.parametrize(
    "text",
    [
        "fell 300-400 homes",
        # a list keeps its separator: after "3 ", "1,20" is one number
        "3 1,20 left",
        "3 3 1,2003",
        "fell 300\u2013400 homes were",
        "about 1,200-1,500 homes",
        "12-05-2024 was",
        "call 555-123-4567 now",
        "call 555-123 4567 now",
        "the 2019-2020 season",
        "from 300-400 km.",
        'since 2009." 300 homes',
        "built in 2009.' Then",
        "recorded 310 mm of rain",
        "recorded 310 mm a day",
        "winds of 185 km/h as",
        "winds of 185 km/hr as",
        "winds of 185 km/h-1 as",
        "3 m/s, then",
        "3 mm/h, then",
        "4 MM people",
        "5 mil wide",
        "a 45-year-old fisherman",
        "the 45-years-old man",
        "a 45-day wait",
        "a 40-hour a week job",
        "a 45-km/h gust",
        "a 45-pound fish",
        "up from 45 a day earlier",
        "rose 45 a third",
        "at 45 an hour",
        "984 square kilometers (380 square miles) of",
        "984 km (380 miles), then",
        "the war (1939-1945). It",
        "rose 45% (from 30%)",
        "5 km (",
        "3 people May 3 B/. 12",
        "(555) 123-4567 or (555-123-4567)",
    ],
)
def test_ranges_units_and_quotes_read_the_same(text: str) -> None:
    same_both_ways(text)
    same_both_ways(f"Officials said {text}")


@pytest.mark.parametrize("text", [" ksek 300 ", "nokia 300", "usd 300"])
def test_a_currency_code_never_starts_inside_a_word(text: str) -> None:
    same_both_ways(text)
    (quantity,) = numbers.read_quantities(text)
    assert (quantity.unit == "currency:USD") is text.startswith("usd")


def test_the_fast_paths_take_number_words_and_hedged_counts() -> None:
    word = plainwords.plain_word("Two people died", 0, 3)
    assert word is not None and (word.value, word.end) == (2.0, 3)
    hours = plainwords.plain_word("they waited seven hours.", 12, 17)
    assert hours is not None and (hours.unit, hours.end) == ("h", 23)
    winds = numerals.plain_count("winds of 185 km/h, then", 9)
    assert winds is not None and (winds.unit, winds.end) == ("km/h", 17)
    rain = numerals.plain_count("some 310 mm of rain", 5)
    assert rain is not None and (rain.unit, rain.end) == ("mm", 11)
    first = numerals.plain_count("fell 300-400 homes", 5)
    assert first is not None and (first.value, first.end) == (300.0, 8)
    area = numerals.plain_count("some 250 square\nkilometres of it", 5)
    assert area is not None and (area.unit, area.end) == ("km2", 26)
    text = "Well over 1,200 homes fell"
    hedged = hedges.hedged_count(text, 0, text.index("1"), text)
    assert hedged is not None
    assert (hedged.start, hedged.end, hedged.kind, hedged.value) == (
        0,
        15,
        hedges.HEDGE_PHRASES["more than"],
        1200.0,
    )


@pytest.mark.parametrize(
    "text",
    [
        "He ran 3 times a week.",
        "It cost 15 dollars fifty.",
        "It cost 15 dollars and fifty cents",
        "It was 5 pts long.",
        "between 3 and 4 pts",
        "twenty first people",
        "the twenty firsts",
        "no one came",
        "they helped one another",
        "Just under 5 km away",
        "aged 35 years",
        "about 2019 people",
        "from 2019 to 2020",
        "absolute zero is cold",
        "two - thirds of them",
        "two-thirds of them",
        "ninety nine people",
        "seven dollars fifty.",
        "they waited 24 hours and more.",
        "17 North Korean soldiers",
        "17 North Korean won",
        "5 South  African\nrand",
        "One of the soldiers",
        "300 of a million",
        "21 of May",
        "21 of may",
        "Roughly 250 square kilometres of farmland",
        "984 square kilometers (380 square miles) of",
        "5 square km-1 x",
        "5 metric tons per day",
        "5 metric tonsx",
        "5 Metric\nTons.",
        "5 per cent",
        "5 per week",
        "about 2% of the province",
        "over 40%.",
        "40%-owned",
        "40% or more",
        "40% a year",
        "40%+ growth",
        "2.600% of it",
        "5%/yr",
        "5%) and",
        "Thousands more damage",
        "hundreds of thousands of people",
        "Hundreds of people",
        "hundreds of\nthousandsX",
        "tens of thousands",
        "forty-five people",
        "Forty-Five were",
        "forty-five-year-old",
        "twenty-first",
        "forty-fives",
        "Between 120 and 150 people",
        "120 and 1/2",
        "120 and ½",
        "2 and a half",
        "5 and more",
        "the capture of two North Korean soldiers",
        "footage of 12 soldiers",
        "a rise of 40 km",
        "per cent of ten.",
        "percent of 10 were",
        "a share of 3 percent",
        "a 52-year-old fisherman",
        "A 5 km walk",
        "an 8-hour shift",
        "a 1,000-strong crowd",
        "a 100 million dollar loss",
        "a 5 percent rise",
        "an 11 a.m. deadline",
        "a 555-123 4567 line",
    ],
)
def test_number_words_and_hedged_counts_read_the_same(text: str) -> None:
    same_both_ways(text)
    same_both_ways(f"Officials said {text}")


_SMALL_WORDS = st.sampled_from(
    ["one", "Two", "three", "seven", "Eleven", "twelve", "nineteen", "zero", "ten"]
)
_AMONG_SMALL = st.sampled_from(
    ["point", "Point", "hundred", "thousand", "twenty", "forty-five", "and", "or",
     "to", "-", "people", "km", "per cent", "a", "no", "another", "two-thirds",
     "first", "twelfth", "percent", "killed", ",", ".", "5", "1.5"]
)  # fmt: skip


@given(
    st.lists(
        st.tuples(st.one_of(_SMALL_WORDS, _SMALL_WORDS, _AMONG_SMALL), _SPACE),
        min_size=2,
        max_size=40,
    )
)
def test_lists_of_number_words_read_the_same(tokens: list[tuple[str, str]]) -> None:
    # a word below twenty before another is read without the grammar ("one
    # two three"), but for the digit words after "point" ("point one two")
    same_both_ways("".join(word + space for word, space in tokens))


def test_a_list_of_number_words_is_read_without_the_grammar() -> None:
    text = "one two three Four five"
    words = text.split()
    starts = [text.index(w) for w in words]
    read = [
        plainwords.plain_word(text, s, s + len(w))
        for s, w in zip(starts, words, strict=True)
    ]
    assert [a is not None and (a.value, a.unit) for a in read[:-1]] == [
        (1.0, None), (2.0, None), (3.0, None), (4.0, None)
    ]  # fmt: skip
    # the last has no number word after it, and "point one two" joins
    assert plainwords._listed(text, starts[3], starts[3] + 4, "four")
    assert not plainwords._listed(text, starts[4], len(text), "five")
    assert not plainwords._listed("point one two", 6, 9, "one")
