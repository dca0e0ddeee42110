"""Figures about something before or beside the whole (claimcheck/engine/earlier.py),
and the readings around them: a threshold crossed, a threshold needed, a
fraction, two harms in one figure.

Every sentence here is written for this file.
"""

from __future__ import annotations

import pytest

from claimcheck.engine.articles import parse_article
from claimcheck.engine.figure_cues import read_quantity_cues
from claimcheck.engine.index import Mention, build_lexicon, index_article
from claimcheck.engine.numbers.reader import read_quantities
from claimcheck.engine.terms import Terms

LEXICON = build_lexicon(
    [
        (Terms.of(["killed", "died", "dead", "drowned", "death toll", "toll"]), None),
        (Terms.of(["injured", "hurt"]), None),
        (Terms.of(["missing"]), None),
        (Terms.of(["homes", "houses"]), None),
        (Terms.of(["votes"]), None),
        (Terms.of(["backed", "opposed"]), "%"),
    ]
)


def mentions(text: str) -> dict[str, Mention]:
    index = index_article(parse_article(text, path="a.txt"), LEXICON, read_all=True)
    return {m.quantity.text: m for m in index.mentions}


@pytest.mark.parametrize(
    ("text", "number", "scope", "said"),
    [
        # another event, named by a year or as an earlier one, holds the
        # relative clause the figure stands in
        ("A gale in 1987 that killed 19 was worse.", "19", "event", "in 1987"),
        (
            "A gale in 1987 that killed 19 and hurt 70 was worse.",
            "70",
            "event",
            "in 1987",
        ),
        ("The blizzard of 2010, which killed 8, was milder.", "8", "event", "of 2010"),
        (
            "The last landslide here, which killed 5, shut the road.",
            "5",
            "event",
            "The last",
        ),
        (
            "It was the worst since a 1976 quake that killed 30.",
            "30",
            "event",
            "a 1976",
        ),
        # an event a year names, in the pluperfect: before the story
        ("A 1996 storm had killed 19 on the same coast.", "19", "event", "1996"),
        # ... not the story's own event, nor a figure past the closing comma
        ("A 1996 storm killed 19 on the coast.", "19", "", None),
        ("The landslide, which killed 12, was the worst since 1976.", "12", "", None),
        (
            "The 1976 quake, which killed 30, is remembered; 12 died now.",
            "12",
            "",
            None,
        ),
        (
            "In the last two days, the slide, which killed 12, shut roads.",
            "12",
            "",
            None,
        ),
        ("The last mayor said that 12 died.", "12", "", None),
        # figures listed place by place are parts
        ("The slide killed 7 in Brene and 4 in Oska.", "7", "part", "in Brene"),
        ("The slide killed 7 in Brene and 4 in Oska.", "4", "part", "in Oska"),
        (
            "Water reached 60 homes on the east bank and 25 on the west bank.",
            "25",
            "part",
            "on the west bank",
        ),
        (
            "The slide killed 7 in Brene, 4 in Oska and 2 in Lom.",
            "7",
            "part",
            "in Brene",
        ),
        (
            "The slide killed 7 in Brene, 4 in Oska and 2 in Lom.",
            "2",
            "part",
            "in Lom",
        ),
        # ... not a list of times
        ("The toll was 9 on Monday and 14 on Tuesday.", "14", "", None),
        ("The toll was 9 on Monday and 14 on Tuesday.", "9", "", None),
        # an earlier count: the pluperfect anchored at a past time, or a base
        ("The toll had reached 9 on Monday.", "9", "interim", "had reached"),
        # an act in the pluperfect is the count as of then, which may be the
        # latest, unless what came after is told
        ("By Monday the slide had killed 9.", "9", "", None),
        (
            "By Monday the slide had killed 9, before the rain came.",
            "9",
            "interim",
            "had killed",
        ),
        (
            "The slide buried 60 homes, up from 48 homes on Monday.",
            "from 48",
            "interim",
            "up ",
        ),
        (
            "The slide buried 60 homes, compared with 48 homes a week before.",
            "48",
            "interim",
            "compared with ",
        ),
        # ... not reported speech, nor the pluperfect without a past time
        ("Police said on Monday that 9 had died.", "9", "", None),
        ("The toll had reached 9 by then, police said.", "9", "interim", "had reached"),
        ("The slide had killed 9 people.", "9", "", None),
        ("The slide, which had been feared on Monday, killed 9.", "9", "", None),
        ("Earlier, the toll stood at 9.", "9", "interim", "Earlier"),
        ("Police initially put the toll at 9.", "9", "interim", "initially put"),
        ("An initial count put the toll at 9.", "9", "interim", "An initial count"),
        ("The 90 homes initially flooded were dry.", "90", "", None),
        (
            "With 9 of 12 wards declared, 90 homes were hurt.",
            "90",
            "interim",
            "With 9 of 12 wards declared",
        ),
        (
            "The slide hurt 90, with most wards declared.",
            "90",
            "interim",
            "with most wards declared",
        ),
        # a fraction is a rounded part
        (
            "About a third of members backed the plan.",
            "About a third",
            "part",
            "About a third",
        ),
        ("Some 33% of members backed the plan.", "Some 33%", "", None),
    ],
)
def test_scope(text: str, number: str, scope: str, said: str | None) -> None:
    found = mentions(text)[number]
    assert found.scope == scope
    quoted = None if found.qualifier is None else text[slice(*found.qualifier)]
    assert quoted == said


@pytest.mark.parametrize(
    ("text", "number", "interval"),
    [
        ("The toll passed 90 on Monday.", "90", "(90, inf)"),
        ("The toll has passed 90.", "90", "(90, inf)"),
        ("The toll crossed the 90 mark.", "90", "(90, inf)"),
        ("The toll tops 90, police say.", "90", "(90, inf)"),
        ("The toll went past 90 overnight.", "90", "(90, inf)"),
        ("The toll breached the 90 mark.", "90", "(90, inf)"),
        # a verb of crossing with a noun counts the noun
        ("The assembly passed 90 bills.", "90", "90"),
        ("Walkers passed the 90 cairns.", "90", "90"),
        ("The toll reached 90.", "90", "90"),
    ],
)
def test_crossing_makes_a_bound(text: str, number: str, interval: str) -> None:
    (q,) = [q for q in read_quantities(text) if q.text == number]
    assert str(q.interval) == interval


@pytest.mark.parametrize(
    ("text", "number", "suppositions"),
    [
        ("The motion needed 400 votes.", "400", {"requirement"}),
        ("It fell short of the 400 votes it needed.", "400", {"requirement"}),
        ("It won the 400 votes required to pass.", "400", {"requirement"}),
        ("It passed the 4,000 votes it needed.", "4,000", {"requirement"}),
        ("It won 400 votes.", "400", set()),
        ("Some 400 people needed treatment.", "400", set()),
    ],
)
def test_a_threshold_needed_is_no_count(
    text: str, number: str, suppositions: set[str]
) -> None:
    whole = (0, len(text))
    found = read_quantity_cues(
        text, sentence=whole, clause=whole, start=text.index(number)
    )
    assert found.suppositions == suppositions


@pytest.mark.parametrize(
    ("text", "number", "joined"),
    [
        ("The slide left 30 killed, hurt or missing.", "30", True),
        ("In all, 30 were hurt or fell ill.", "30", True),
        ("Some 30 were missing or feared dead.", "Some 30", True),
        ("Some 30 were killed or needed treatment.", "Some 30", True),
        # one group, named twice over
        ("In all, 30 were injured and taken to hospital.", "30", False),
        ("The slide killed 30 and hurt 12.", "30", False),
        ("The slide killed 30, the police said, and hurt 12.", "30", False),
    ],
)
def test_two_harms_in_one_figure(text: str, number: str, joined: bool) -> None:
    assert mentions(text)[number].combined is joined


@pytest.mark.parametrize(
    ("text", "number", "word"),
    [
        ("Two-thirds of those who voted backed the plan.", "Two-thirds", "backed"),
        ("Nine of those who fled their homes died.", "Nine", "died"),
        ("Nine of those who had stayed behind drowned.", "Nine", "drowned"),
    ],
)
def test_a_relative_clause_is_passed(text: str, number: str, word: str) -> None:
    found = mentions(text)[number]
    assert found.bound is not None
    assert text[found.bound[0] : found.bound[1]] == word


@pytest.mark.parametrize(
    "text",
    [
        "Floods hit the town. Officials said 12 died; 40 were hurt!  Then more came",
        "No mark at all before 12",
        "Ends here.   \n  And again? Yes. 9",
        "Odd.. marks!? ;; twice.\t\tOver 3",
        "",
    ],
)
def test_last_sentence_end_matches_the_forward_search(text: str) -> None:
    """The sentence start searched backwards is where the last forward match
    of a sentence's end ends, from every position of the text."""
    import regex

    from claimcheck.engine.earlier import _LAST_SENTENCE_END

    forward = regex.compile(r"[.!?;]\s+(?=\S)")
    for start in range(len(text) + 1):
        for pos in range(start, len(text) + 1):
            ends = list(forward.finditer(text, start, pos))
            last = _LAST_SENTENCE_END.search(text, start, pos)
            assert (last.end() if last else None) == (
                ends[-1].end() if ends else None
            ), (start, pos)
