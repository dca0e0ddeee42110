"""The fast path's unit of several words, read with a pattern per first word."""

from __future__ import annotations

import regex

from claimcheck.engine.numbers import plain
from claimcheck.engine.numbers.tries import alternation

#: the pattern of every such unit at once, as the reader had it
WHOLE = regex.compile(
    r"\s+(?P<u>"
    + alternation([f for forms in plain._SEVERAL_BY_LEAD.values() for f in forms])
    + r")(?P<inv>[-−]1|⁻¹|\^-1)?(?![\p{L}\p{N}])",
    regex.IGNORECASE,
)


def _texts(form: str) -> list[str]:
    # each casing, whole, cut short, run on into a letter, an inverse unit
    texts = []
    for cased in (form, form.upper(), form.title(), form.lower()):
        for tail in ("", " of rain", "s", "x", "-1", ".", " per day"):
            texts.append(f"12 {cased}{tail}")
        texts.append(f"12 {cased[:-1]}")
        texts.append(f"12  {cased.split()[0]} tons")
    return texts


def test_each_form_reads_as_the_pattern_of_all_of_them() -> None:
    seen = 0
    for form in [f for forms in plain._SEVERAL_BY_LEAD.values() for f in forms]:
        for text in _texts(form):
            word = plain.NEXT_WORD.match(text, 2)
            assert word is not None
            if word.group(1).lower() not in plain.FIRST_OF_SEVERAL:
                continue
            got = plain.several_word_unit(text, 2, word.group(1))
            want = WHOLE.match(text, 2)
            assert (got and (got.span(), got.group("u"), got.span("inv"))) == (
                want and (want.span(), want.group("u"), want.span("inv"))
            ), text
            seen += 1
    assert seen > 5000


def test_a_run_of_letters_ends_at_a_space_or_a_dot() -> None:
    # what lets a word select the forms it may open
    for lead, forms in plain._SEVERAL_BY_LEAD.items():
        assert lead.isascii() and lead == lead.lower(), lead
        for form in forms:
            assert form[len(plain._leading_letters(form))] in " .", form


def test_other_casings_and_letters_case_folding_joins() -> None:
    # "SQUARE", "Square", and a long s folding to "s" read as the whole does
    for text in (
        "3 SQUARE MILES",
        "3 Square miles",
        "3 ſquare miles",
        "3 sq mi",
        "3 \u212aorean won",
        "3 İndian rupees",
        "3 ındian rupees",
    ):
        word = plain.NEXT_WORD.match(text, 1)
        assert word is not None
        got = plain.several_word_unit(text, 1, word.group(1))
        want = WHOLE.match(text, 1)
        assert (got and got.span()) == (want and want.span()), text


def test_the_letters_that_match_ascii_ones_ignoring_case() -> None:
    # every code point beyond ASCII that the pattern's case folding takes for
    # an ASCII letter is one whose lower case, or its _ASCII_FOLDS entry, is it
    letter = regex.compile("[a-z]", regex.IGNORECASE)
    for point in range(0x80, 0x110000):
        char = chr(point)
        if letter.fullmatch(char):
            folded = char.translate(plain._ASCII_FOLDS).lower()
            assert folded.isascii() and len(folded) == 1, hex(point)
            assert regex.fullmatch(folded, char, regex.IGNORECASE), hex(point)
