"""Periods of time worded without a number ("a fortnight", "a month and a half")."""

from __future__ import annotations

import pytest

from claimcheck.engine.numbers.reader import read_quantities


@pytest.mark.parametrize(
    ("text", "read", "low", "high", "unit"),
    [
        ("The search lasted a fortnight.", "a fortnight", 2, 2, "wk"),
        (
            "The heatwave lasted a month and a half.",
            "a month and a half",
            1.5,
            1.5,
            "mo",
        ),
        ("Talks ran for a week and a half.", "a week and a half", 1.5, 1.5, "wk"),
        (
            "It took one year and a half to rebuild.",
            "one year and a half",
            1.5,
            1.5,
            "yr",
        ),
        (
            "The ward stayed shut for more than a fortnight.",
            "more than a fortnight",
            2,
            None,
            "wk",
        ),
        (
            "Crews held the line for nearly a fortnight.",
            "nearly a fortnight",
            1.8,
            2,
            "wk",
        ),
    ],
)
def test_a_period_in_words_is_read(
    text: str, read: str, low: float, high: float | None, unit: str
) -> None:
    (q,) = read_quantities(text)
    assert (q.text, q.unit) == (read, unit)
    assert q.interval.low == pytest.approx(low)
    assert q.interval.high == (None if high is None else pytest.approx(high))


@pytest.mark.parametrize(
    "text",
    [
        "The inspectors call twice a fortnight.",
        "Crews meet three times a fortnight.",
        "The board met once a fortnight.",
    ],
)
def test_a_frequency_s_period_is_not_read(text: str) -> None:
    # "three times a fortnight" is read as a frequency, never as two weeks
    assert all(q.unit != "wk" for q in read_quantities(text))


def test_half_alone_stays_a_share() -> None:
    (q,) = read_quantities("Half a month's rain fell in a day.")
    assert q.unit == "share"


def test_cue_words_lower_exactly() -> None:
    """The words the reader looks for in the lowered text before the pattern
    runs: every character the pattern's case-insensitive letters match
    lowers to that very letter, so the lowered text holds the words wherever
    the pattern could match."""
    import sys

    import regex

    from claimcheck.engine.numbers.periods import _CUE_WORDS, _PERIOD

    letters = sorted(set("".join(_CUE_WORDS)))
    assert _PERIOD.flags & regex.IGNORECASE
    any_letter = regex.compile("[" + "".join(letters) + "]", regex.IGNORECASE)
    for cp in range(sys.maxunicode + 1):
        char = chr(cp)
        if 0xD800 <= cp <= 0xDFFF or not any_letter.fullmatch(char):
            continue
        for letter in letters:
            if regex.fullmatch(letter, char, regex.IGNORECASE):
                assert char.lower() == letter, (hex(cp), letter)


@pytest.mark.parametrize(
    "text",
    [
        "The search lasted a FORTNIGHT.",
        "Talks ran for a Week And A Half.",
        "It lasted a fortnight, then a month and a half.",
    ],
)
def test_cue_words_found_in_any_case(text: str) -> None:
    from claimcheck.engine.numbers.periods import _CUE_WORDS

    low = text.lower()
    assert any(word in low for word in _CUE_WORDS)
    assert read_quantities(text)
