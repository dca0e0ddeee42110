"""What befell persons or a group a figure counts
(claimcheck/engine/personsverb.py).

Every sentence here is written for this file; the stories are invented.
"""

from __future__ import annotations

import pytest

from claimcheck.engine.index import Mention, build_lexicon
from claimcheck.engine.personsverb import told_of_persons
from claimcheck.engine.terms import Terms
from tests.engine.verdicts import bound_mentions

# a suite measuring a group (passengers, miners) and what befalls people
LEXICON = build_lexicon(
    [
        (Terms.of(["died", "dead", "drowned", "killed"]), None),
        (Terms.of(["passengers", "miners", "trains"]), None),
        (Terms.of(["missing", "unaccounted for"]), None),
        (Terms.of(["rescued", "laid off"]), None),
    ]
)


@pytest.mark.parametrize(
    ("text", "number", "bound"),
    [
        ("Forty-six passengers died when the ferry capsized.", "Forty-six", "died"),
        ("Twelve passengers are still missing.", "Twelve", "missing"),
        ("Twenty passengers remain unaccounted for.", "Twenty", "unaccounted for"),
        ("46 miners killed in pit blast", "46", "killed"),
        ("Twenty-nine miners rescued after four days", "Twenty-nine", "rescued"),
        ("About 600 miners laid off at the pit will be paid.", "About 600", "laid off"),
        ("11 people drowned off the cape.", "11", "drowned"),
    ],
)
def test_what_befell_part_of_the_group_is_counted(
    text: str, number: str, bound: str
) -> None:
    mention = mentions_of(text)[number]
    assert mention.bound is not None
    assert text[mention.bound[0] : mention.bound[1]] == bound


@pytest.mark.parametrize(
    ("text", "number", "bound"),
    [
        # the verb's own object: the group is its doer
        ("The crash of three trains killed 275 people.", "three", "trains"),
        # a verb no claim measures
        ("190 passengers boarded the ferry at dawn.", "190", "passengers"),
        ("The pit employs 1,200 miners across three shifts.", "1,200", "miners"),
    ],
)
def test_the_group_itself_stays_the_group_s(text: str, number: str, bound: str) -> None:
    mention = mentions_of(text)[number]
    assert mention.bound is not None
    assert text[mention.bound[0] : mention.bound[1]] == bound


def mentions_of(text: str) -> dict[str, Mention]:
    return bound_mentions(text, LEXICON)


def _told(text: str) -> str | None:
    start = text.index("people")
    found = told_of_persons(text, (start, start + len("people")))
    return None if found is None else text[found[0] : found[1]]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("11 people died in the blast.", "died"),
        ("The count of people sickened rose to 230.", "sickened"),
        ("Some 41 people poisoned at the wedding were treated.", "poisoned"),
        ("230 people hospitalised.", "hospitalised"),
    ],
)
def test_what_befell_them(text: str, word: str) -> None:
    assert _told(text) == word


@pytest.mark.parametrize(
    "text",
    ["7,849 people affected by the floods.", "About 180 people attended."],
)
def test_other_words_leave_the_persons(text: str) -> None:
    assert _told(text) is None
