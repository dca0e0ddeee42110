"""Whose part "N of them" is (claimcheck/engine/populations.py)."""

from __future__ import annotations

import pytest

from claimcheck.engine.populations import living_in, of_those


def _span(text: str, word: str) -> tuple[int, int]:
    start = text.rindex(word)
    return start, start + len(word)


@pytest.mark.parametrize(
    ("text", "figure", "measure", "earlier", "kind"),
    [
        # the figure before counts the same measure: a part of it
        ("The fire killed 14 people, nine of them in a hamlet.", "nine", "killed",
         ["killed"], "part"),
        # people present: the figure after is the whole of its measure
        ("The coach carried 52 passengers, and 12 of them were killed.", "12",
         "killed", [], ""),
        ("The tour group numbered 40 people, 15 of whom died.", "15", "died", [], ""),
        ("Some 300 workers were inside the plant; 14 of them died.", "14", "died",
         [], ""),
        ("The coach carried 52 passengers. Twelve of them were killed.", "Twelve",
         "killed", [], ""),
        # things made or held: the figure after is the whole of its measure
        ("The plant built 500,000 of the model; 310,000 of them are being "
         "recalled.", "310,000", "recalled", [], ""),
        ("The train was hauling 90 wagons. Seventeen of them derailed.",
         "Seventeen", "derailed", [], ""),
        ("Some 60 boats were moored at the quay, and 21 of them sank.", "21",
         "sank", [], ""),
        # people not said to be present, a thing, or no figure before
        ("Rescuers reached 300 miners, and 14 of them had died.", "14", "died",
         [], "part"),
        ("The crash killed 30 sheep, and 9 of them were lambs.", "9", "killed",
         [], "part"),
        ("Nine of them were killed.", "Nine", "killed", [], "part"),
        # a paragraph break ends the search
        ("The coach carried 52 passengers.\nTwelve of them were killed.",
         "Twelve", "killed", [], "part"),
    ],
)  # fmt: skip
def test_of_those(
    text: str, figure: str, measure: str, earlier: list[str], kind: str
) -> None:
    q_start = text.index(figure)
    found = of_those(
        text,
        q_start,
        _span(text, measure),
        [(text.index(w), text.index(w) + len(w)) for w in earlier],
    )
    assert found == kind


@pytest.mark.parametrize(
    ("text", "word", "said"),
    [
        ("About 4,000 people live in the area hit by the slide.", "people", "live in"),
        ("People living in the area hit: nearly 4,000", "People", "living in"),
        ("Some 900 residents who live along the river fled.", "residents",
         "who live along"),
        ("The village's 300 families residing near the dam left.", "families",
         "residing near"),
        ("About 4,000 people were affected by the slide.", "people", None),
        ("About 4,000 homes live in memory.", "homes", None),
    ],
)  # fmt: skip
def test_people_living_in_a_place(text: str, word: str, said: str | None) -> None:
    found = living_in(text, _span(text, word))
    assert (text[found[0] : found[1]] if found else None) == said
