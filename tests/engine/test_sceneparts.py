"""The people of one part of the scene (claimcheck/engine/sceneparts.py).

Every sentence here is written for this file; the stories are invented.
"""

from __future__ import annotations

import pytest

from tests.engine.test_yearspans import mentions


@pytest.mark.parametrize(
    ("text", "number", "said"),
    [
        (
            "Of the 14 people who died on the second deck, nine were crew.",
            "14",
            "second deck",
        ),
        (
            "All 22 patients in the hospital's west wing were injured.",
            "22",
            "west wing",
        ),
        (
            "Most of the 31 killed in the rear carriage were students.",
            "31",
            "rear carriage",
        ),
        ("Nine residents of the top floor died in the smoke.", "Nine", "top floor"),
        (
            "Some 40 fans in the north stand were injured in the crush.",
            "Some 40",
            "north stand",
        ),
    ],
)
def test_a_part_of_the_scene_is_a_floor(text: str, number: str, said: str) -> None:
    mention = mentions(text)[number]
    assert mention.scope == "floor"
    assert mention.qualifier is not None
    assert text[mention.qualifier[0] : mention.qualifier[1]] == said


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # the part named before the figure, in a clause of its own
        ("The rear carriage overturned, and 180 people were injured.", "180"),
        # another figure stands between
        ("In all 140 were injured, 48 of them in the front carriage.", "140"),
        # a plural may be most of the place
        ("Fire swept through the upper floors and 45 people died in the tower.", "45"),
        # a part with no ordinal or side names no part of the scene
        ("Some 60 people died on the ferry's deck.", "Some 60"),
    ],
)
def test_the_whole_stays_the_whole(text: str, number: str) -> None:
    assert mentions(text)[number].scope != "floor"
