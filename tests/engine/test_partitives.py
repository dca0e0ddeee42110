"""The two figures of a partitive (claimcheck/engine/partitives.py)."""

from __future__ import annotations

import pytest

from claimcheck.engine.numbers.reader import read_quantities
from claimcheck.engine.partitives import past_whole, relative_next, subset_of


def _spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    out = []
    for word in words:
        start = text.index(word)
        out.append((start, start + len(word)))
    return out


@pytest.mark.parametrize(
    ("text", "hits", "verb"),
    [
        (
            "Two of the 14 children in hospital died on Friday.",
            ["in hospital", "died"],
            "died",
        ),
        (
            "Only 31 of the 125 people aboard survived.",
            ["aboard", "survived"],
            "survived",
        ),
        ("Only 31 of the 125 aboard survived.", ["aboard", "survived"], "survived"),
        (
            "Just 104 of the estimated 750 migrants on board survived.",
            ["on board", "survived"],
            "survived",
        ),
    ],
)
def test_the_part_takes_the_verb_after_its_whole(
    text: str, hits: list[str], verb: str
) -> None:
    q = read_quantities(text, article=text)[0]
    found = past_whole(text, q, (0, len(text)), _spans(text, hits))
    assert found is not None
    assert text[found[0] : found[1]] == verb


@pytest.mark.parametrize(
    ("text", "hits"),
    [
        # the measure word right after the whole describes it
        ("Five of the 45 people trapped", ["trapped"]),
        # no figure in the whole
        ("Two of the children in hospital died.", ["in hospital", "died"]),
        # the last measure word is no verb in the past
        ("Two of the 14 pupils are in hospital.", ["in hospital"]),
    ],
)
def test_no_verb_after_the_whole(text: str, hits: list[str]) -> None:
    q = read_quantities(text, article=text)[0]
    assert past_whole(text, q, (0, len(text)), _spans(text, hits)) is None


def test_a_relative_clause_opens() -> None:
    text = "Only 14 of the 60 pupils who fell ill were hospitalised."
    assert relative_next(text, text.index(" who"))
    assert not relative_next(text, text.index(" were"))


@pytest.mark.parametrize(
    ("text", "subset"),
    [
        ("Some 140 of the 175 dead were children.", "children"),
        (
            "About 480 of the 900 people stranded were elderly residents.",
            "elderly residents",
        ),
        ("One of the 40 dead was a child, police said.", "a child"),
        ("Some 31 of the 140 dead were children under five.", "children"),
        # a whole with no figure of its own
        ("Some 140 of the dead were children.", "children"),
        ("At least 48 of those killed were students at the academy.", "students"),
        (
            "At least 30 of those who died were migrant workers, officials said.",
            "migrant workers",
        ),
    ],
)
def test_a_kind_among_the_whole(text: str, subset: str) -> None:
    q = read_quantities(text, article=text)[0]
    found = subset_of(text, q, len(text))
    assert found is not None
    assert text[found[0] : found[1]] == subset


@pytest.mark.parametrize(
    "text",
    [
        "Some 36 of the 38 districts were under water.",
        "Five of the 45 people trapped were killed.",
        "Two of the 14 pupils were hospitalised.",
        "Nine of the 40 miners were still missing.",
        "Ten of the 40 boats were badly damaged.",
        # a narrower kind with no figure for the whole; a place, not a kind
        "Some 20 of the victims were children under the age of five.",
        "Nineteen of the dead were found in the lower gallery.",
    ],
)
def test_no_kind_among_the_whole(text: str) -> None:
    q = read_quantities(text, article=text)[0]
    assert subset_of(text, q, len(text)) is None
