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
        # a place that counts, after a fronted phrase or with an aside
        (
            "Among its neighbours, Pellaria counted 11,300 dead by August.",
            "11,300",
            "Pellaria",
        ),
        ("Kesto, upstream of Arvel, counted 38 dead.", "38", "Kesto"),
        # a fronted place with no comma before the figure
        ("In Ostrand 8,200 died; Norvia recorded more.", "8,200", "Ostrand"),
        ("But at Lisk alone 17 drowned.", "17", "Lisk"),
        # a relative clause or "with" right after the place's name
        ("Rescuers from Vosk, which lost 1,120 people, crossed over.", "1,120", "Vosk"),
        ("In Pellaria, where 2,200 died, the toll was highest.", "2,200", "Pellaria"),
        ("Selo, with 940 cases, trails Harn.", "940", "Selo"),
        ("Tirel, with 12 dead, declared an emergency.", "12", "Tirel"),
        # a place after the figure, with another place apart in the sentence
        (
            "The heat killed 9,400 people in Pellaria, more than in Norvia.",
            "9,400",
            "Pellaria",
        ),
        ("Cases in Selo rose to 940 as Harn's count held steady.", "940", "Selo"),
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
        ("In Parliament 40 people spoke against the plan.", "40"),
        # the headline names the place: the story's own
        ("Kabul bombing: what we know\nIn Kabul, a bomb killed 40 people.", "40"),
        # a ship's or a firm's name, a figure of another kind
        ("The Orla Star, with 260 passengers, sank.", "260"),
        ("Ferry Orla, with 260 passengers, sank off the cape.", "260"),
        ("Corvid, with 4,200 cancellations, led the list.", "4,200"),
        # a place holding the other, not beside it
        ("Some 40 miners died at the Kestrel mine in Orsk.", "40"),
        # a time, not another place
        ("In all, 940 cases were confirmed in Selo in March.", "940"),
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


def _start(text: str, figure: str) -> int:
    """Where the figure's paragraph begins (its fronted clauses with it)."""
    return text.rfind("\n", 0, text.index(figure)) + 1


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # a place after the figure, where the article names its own elsewhere
        (
            "A quake struck Kestria.\n\nOfficials said 410 died in Dunmere.",
            "410",
            "Dunmere",
        ),
        (
            "Floods hit Lethmark.\n\nThe river killed 31 people in Brisby overnight.",
            "31",
            "Brisby",
        ),
        (
            "Floods hit Lethmark.\n\nSome 6,000 people were evacuated from Wend.",
            "6,000",
            "Wend",
        ),
        (
            "Cholera spread in Tirava.\n\nHospitals in Oram recorded 40 deaths.",
            "40",
            "Oram",
        ),
        # called a town of the story's, with no other place named
        (
            "Rescuers said 410 died in Dunmere, the town nearest the epicentre.",
            "410",
            "Dunmere",
        ),
        # named beside another of its rank, or said to lie in another
        (
            "A quake struck Kestria and Orlen.\n\nIn Kestria, 2,900 died.",
            "2,900",
            "Kestria",
        ),
        (
            "A dam burst at Callen, in southern Lethmark.\n\nIn Callen, 22 drowned.",
            "22",
            "Callen",
        ),
        (
            "BRISBY, Lethmark (Wire) - Rivers rose.\n\nIn Brisby, 31 drowned.",
            "31",
            "Brisby",
        ),
    ],
)
def test_a_place_of_several(text: str, figure: str, place: str) -> None:
    q = _figure(text, figure)
    found = place_part(text, q, _start(text, figure), _own(text, figure), len(text))
    assert found is not None
    assert text[found[0] : found[1]] == place


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a source that counts is attribution
        ("Unicef counted 40 dead by Friday.", "40"),
        ("Oxfam recorded 300 deaths by June.", "300"),
        ("Mercova said the coast was flattened. Mercova counted 90 dead.", "90"),
        # the story's own place: dateline, first paragraph, a place holding
        # the others
        (
            "DUNMERE, Kestria (Wire) - Rescuers dug on.\n\nIn Kestria, 2,900 died.",
            "2,900",
        ),
        ("A quake struck northern Kestria.\n\nIn Kestria, 2,900 died.", "2,900"),
        ("A quake struck Kestria.\n\nOfficials said 2,900 died in Kestria.", "2,900"),
        (
            "Rain.\n\nBrisby, a town in Lethmark, flooded.\n\nIn Lethmark, 140 died.",
            "140",
        ),
        # no other place: the place after the figure is the scene
        ("The quake killed 2,900 people in Kestria on Monday.", "2,900"),
        # a name qualifying a noun, a day's election, a thing's size
        ("A quake struck Kestria.\n\nSome 2,900 died in the Kestria quake.", "2,900"),
        ("LONDON - Labour won a majority of 172 at Thursday's election.", "172"),
        ("A quake struck Kestria.\n\nA 13-storey tower fell in Dunmere.", "13"),
    ],
)
def test_no_place_after_all(text: str, figure: str) -> None:
    q = _figure(text, figure)
    assert (
        place_part(text, q, _start(text, figure), _own(text, figure), len(text)) is None
    )
