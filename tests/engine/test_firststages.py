"""A first stage of the act a figure counts (claimcheck/engine/firststages.py).

Every sentence here is written for this file; the stories are invented.
"""

from __future__ import annotations

import regex

from claimcheck.engine.firststages import first_stage
from claimcheck.engine.numbers.reader import read_quantities


def _stage(text: str, figure: str, nouns: str) -> str | None:
    q = next(q for q in read_quantities(text) if figure in q.text)
    hits = [m.span() for m in regex.finditer(rf"\b(?:{nouns})\b", text)]
    found = first_stage(text, q, 0, hits, None)
    return None if found is None else text[found[0] : found[1]]


def test_first_before_a_measure_word_names_a_stage() -> None:
    text = "The first recall, on 3 May, covered 40 tonnes of cheese."
    assert _stage(text, "40", "recall|cheese") == "first"


def test_initial_before_a_measure_word_names_a_stage() -> None:
    text = "The initial layoffs at Harlan numbered 800."
    assert _stage(text, "800", "layoffs") == "initial"


def test_first_before_another_word_names_none() -> None:
    text = "For the first time, the dairy recalled 900 tonnes of cheese."
    assert _stage(text, "900", "recalled|cheese") is None


def test_first_after_the_figure_names_none() -> None:
    text = "The dairy recalled 900 tonnes of cheese, its first recall."
    assert _stage(text, "900", "recall|cheese") is None
