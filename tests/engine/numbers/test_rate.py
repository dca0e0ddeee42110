"""The test before the rate pattern: it lets every rate through."""

from __future__ import annotations

import re

import regex

from claimcheck.engine.numbers import rate
from claimcheck.engine.numbers.rate import RATE, rate_at

#: what may follow an amount with a unit, rates and near misses alike
AFTERS = (
    " a barrel", " an hour", " per day", "/hour", " / h", "/ km", " PER Day",
    " A YEAR", "\ta\u00a0day", "\u2009per\u2009hour", " a year earlier",
    " per cent", " an estimated", " a", " per", "/", " apiece", " at a time",
    " and a day", "  a  week", "\u3000an\u3000hour", "\nper\nweek", " par jour",
    ". A day later", " a-day", "/day.", " per capita", "s a day",
)  # fmt: skip


def test_rate_at_is_the_rate_pattern() -> None:
    for after in AFTERS:
        text = "sold at $90" + after
        want = RATE.match(text, 11)
        got = rate_at(text, 11)
        assert (got and got.span()) == (want and want.span()), after


def test_every_white_space_of_the_pattern_is_one_of_the_test() -> None:
    pattern, test = regex.compile(r"\s"), re.compile(r"\s")
    for point in range(0x110000):
        if pattern.match(chr(point)):
            assert test.match(chr(point)), hex(point)


def test_most_amounts_leave_the_rate_pattern_uncompiled() -> None:
    opens = rate._RATE_OPENS
    assert not opens.match("40 km of road", 5)
    assert not opens.match("$90, officials said", 3)
    assert opens.match("$90 a barrel", 3)
