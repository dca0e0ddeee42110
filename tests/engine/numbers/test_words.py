"""The decimal-separator scan finds what its plain definition finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.engine.numbers import words
from claimcheck.engine.numbers.words import separator_style

# The definitions, written the plain way (look back first): the module's
# patterns put a digit first so the scan can skip to digits.
_COMMA = re.compile(
    r"(?<![\d.,])(?:\d{1,3}(?:\.\d{3})+,\d|\d{1,3}(?:\.\d{3}){2,}(?![\d,])"
    r"|\d+,\d{1,2}(?![\d,]))"
)
_POINT = re.compile(
    r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+\.\d|\d{1,3}(?:,\d{3}){2,}(?![\d.])"
    r"|\d+\.\d{1,2}(?![\d.]))"
)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123456789.,  x٣", max_size=40))
def test_digit_first_scans_find_the_same(text: str) -> None:
    assert words._COMMA_DECIMAL.findall(text) == _COMMA.findall(text)
    assert words._POINT_DECIMAL.findall(text) == _POINT.findall(text)


def test_separator_style() -> None:
    assert separator_style("Turnout was 58,2 percent, up from 1.234,5.") == ","
    assert separator_style("It rose 2.5 percent to 1,234.5 tonnes.") == "."
    assert separator_style("3.507.112 votes, 2,5 and 1.5") == ","
    # a tie keeps the point
    assert separator_style("3.507.112 votes, 2,5 and 1.5 and 7.25") == "."
    assert separator_style("No decimals at all: 12 and 400.") == "."


def test_a_scale_suffix_in_capitals() -> None:
    assert words.digit_value("2BN")[0] == 2e9
    assert words.digit_value("450MN")[0] == 450e6
    assert words.digit_value("1.2BLN")[0] == 1.2e9
    assert words.digit_value("2bn")[0] == 2e9
