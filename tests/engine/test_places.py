"""Figures for one place of a story (claimcheck/engine/places.py)."""

from __future__ import annotations

import pytest

from claimcheck.engine.numbers.reader import Quantity, read_quantities
from claimcheck.engine.places import place_part


def _figure(text: str, figure: str) -> Quantity:
    return next(
        q for q in read_quantities(text, article=text) if q.text.endswith(figure)
    )


def _own(text: str, figure: str) -> int:
    """Where the figure's own clause begins: after the last comma before it."""
    return text.rfind(", ", 0, text.index(figure)) + 2 if ", " in text else 0


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        ("In Tessin, 12 people died when the river rose.", "12", "Tessin"),
        ("At Lisk, the water killed 17 people overnight.", "17", "Lisk"),
        ("In the town of Orrin, 23 people drowned.", "23", "Orrin"),
        ("In the riverside town of Mabbet, 9 drowned.", "9", "Mabbet"),
        ("But in Port Sava alone, 40 homes were lost.", "40", "Port Sava"),
        ("Some 23 people drowned in the town of Orrin.", "23", "Orrin"),
        ("Tessin counted 9 dead by Monday.", "9", "Tessin"),
        ("Kosa has lost 31 people to the water.", "31", "Kosa"),
    ],
)
def test_a_place_of_the_story(text: str, figure: str, place: str) -> None:
    q = _figure(text, figure)
    found = place_part(text, q, 0, _own(text, figure), len(text))
    assert found is not None
    assert text[found[0] : found[1]] == place


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("In March, 40 people died in the floods.", "40"),
        ("In all, 140 people have died across the delta.", "140"),
        ("Ash buried 1,200 homes in the valley.", "1,200"),
        ("Mud buried 40 people in the valley.", "40"),
        ("Police counted 9 dead by Monday.", "9"),
        ("Officials recorded 9 deaths on Monday.", "9"),
        ("UNICEF counted 40 dead children.", "40"),
        ("Tessin lost 800 homes to the water.", "800"),
        # the headline names the place: the story's own
        ("Kabul bombing: what we know\nIn Kabul, a bomb killed 40 people.", "40"),
    ],
)
def test_no_place_of_the_story(text: str, figure: str) -> None:
    q = _figure(text, figure)
    own = _own(text, figure)
    assert (
        place_part(
            text, q, 0 if "\n" not in text else text.index("\n") + 1, own, len(text)
        )
        is None
    )


@pytest.mark.parametrize(
    "head",
    [
        "Kabul bombing: what we know\n",
        "---\ntitle: Kabul bombing kills dozens\n---\n",
        "---\ndate: 2025-03-03\n---\n\nKabul bombing: what we know\n",
    ],
)
def test_a_place_the_headline_names_is_the_story(head: str) -> None:
    text = head + "\nIn Kabul, a bomb killed 40 people."
    q = _figure(text, "40")
    start = text.index("In Kabul")
    assert place_part(text, q, start, text.index("a bomb"), len(text)) is None
    other = text.replace("In Kabul", "In Herat")
    q = _figure(other, "40")
    found = place_part(other, q, start, other.index("a bomb"), len(other))
    assert found is not None
