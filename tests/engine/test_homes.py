"""The story's own places (claimcheck/engine/homes.py): the scans for "a place
in another" and for the first paragraph's scene, run only around their
anchors, find what a scan of every position finds."""

from __future__ import annotations

import random

import pytest
import regex

from claimcheck.engine.homes import (
    _BESIDE,
    _BESIDE_BEFORE,
    _HELD,
    _SCENE,
    _homes,
    held_in,
    home_names,
    scene_in,
)


def _spans(matches: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text",
    [
        "Brisby, a river town in Lethmark, lost power. Callen, in southern"
        " Lethmark, did not.",
        "Crews reached the Lethmark town of Brisby and the Orsk city of Dale.",
        "Floods hit Lethmark's Orsk province and Kestria’s Dunmere region.",
        "The McKay River  Town, an old mill town on the coast in North Ferra, flooded.",
        "Rescuers in Halby, the capital, in Orlen said Halby, Kestria had no"
        " power; the the Orsk town of Vell, too.",
        "(Port Sava, in Lethmark) and x-the Dale county of Orn, in Tarn.",
        "No place here: numbers, 1,200 of them, in rows.",
    ],
)
def test_the_anchored_scan_finds_what_the_pattern_finds(text: str) -> None:
    for start in (0, 5):
        assert _spans(held_in(text, start)) == _spans(_HELD.finditer(text, start))


def test_the_anchored_scan_on_mixed_pieces() -> None:
    names = ["Brisby", "Port Sava", "Orsk Valley Hills", "McKay", "A", "Kestria's"]
    glue = [
        ", a river town in ", ", in southern ", ", the ", " the ", "'s ", "’s ",
        " province", " town of ", " and ", ",  a big old town in the ", "\n",
        " region ", " of ", "(", ", ", "-",
    ]  # fmt: skip
    rnd = random.Random(15)
    found = 0
    for _ in range(3000):
        pieces = [
            rnd.choice(names) if i % 2 == 0 else rnd.choice(glue)
            for i in range(rnd.randint(2, 12))
        ]
        text = "".join(pieces)
        start = rnd.randint(0, 3)
        expected = _spans(_HELD.finditer(text, start))
        assert _spans(held_in(text, start)) == expected, text
        found += len(expected)
    assert found > 500  # the pieces do make places that hold others


def test_a_place_said_to_lie_in_another_is_a_part_of_it() -> None:
    text = (
        "Lethmark floods\n\nRivers rose across the north.\n\n"
        "In Brisby, a river town in Lethmark, 12 people died.\n"
    )
    homes = home_names(text, len(text))
    assert "lethmark" in homes
    assert "brisby" not in homes


SCENES = [
    "A quake struck northern Kestria, and Orlen's coast shook. In Dunmere, 9 died.",
    "Floods swept through Lethmark province; IN Brisby and Callen the water rose.",
    "Kestria’s deadliest quake hit the east. near McKay River Town, roads closed.",
    "The storm battered Orsk Valley Hills\nThe Lethmark's rivers flooded Dale.",
    "Nothing of note: a man in a hat sat at a table across from it.",
]


@pytest.mark.parametrize("text", SCENES)
def test_the_anchored_scene_scan_finds_what_the_pattern_finds(text: str) -> None:
    for start, end in ((0, len(text)), (3, len(text) - 4), (10, 40)):
        expected = _spans(_SCENE.finditer(text, start, end))
        assert _spans(scene_in(text, start, end)) == expected


def test_a_name_beside_another_read_backwards() -> None:
    # matched backwards from the name, as a search for a match ending there
    ending = regex.compile(rf"(?-i:\p{{Lu}})[\w'’-]*{_BESIDE}$")
    pieces = ["Kestria", " and ", ", ", " or ", " & ", "neighbouring ", "x", " ",
              "\n", "Orlen", "and", "Orsk-Ost", "nearby "]  # fmt: skip
    rnd = random.Random(7)
    beside = 0
    for _ in range(4000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 8)))
        lo, end = rnd.randint(0, 3), rnd.randint(0, len(text))
        found = _BESIDE_BEFORE.match(text, lo, end) is not None
        assert found == (ending.search(text, lo, end) is not None), text
        beside += found
    assert beside > 50  # (both readings find some)


def test_the_places_kept_per_stretch_are_those_read_at_each_point() -> None:
    text = (
        "Kestria quake: the search goes on\n\n"
        "DUNMERE, Kestria (Wire) - A quake struck northern Kestria.\n\n"
        "In Brisby, a river town in Lethmark, 12 people died. The Orsk town of"
        " Vell, in the Lethmark region, lost 3.\n"
    )
    seen = set()
    for before in [*range(len(text) + 2), *range(len(text), -1, -7)]:
        homes = home_names(text, before)
        assert homes == _homes(text, before), before
        seen.add(homes)
    assert len(seen) >= 3  # the answer changes along the article
