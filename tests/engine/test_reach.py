"""A number whose clause names no measure reaching further
(claimcheck/engine/reach.py): the rule that binds it, and where it must not.

Every sentence here is written for this file.
"""

from __future__ import annotations

import pytest

from claimcheck.engine.articles import parse_article
from claimcheck.engine.index import Lexicon, build_lexicon, index_article
from claimcheck.engine.terms import Terms

LEXICON = build_lexicon(
    [
        (Terms.of(["killed", "drowned", "dead"]), None),
        (Terms.of(["injured", "hurt"]), None),
        (Terms.of(["arrested"]), None),
        (Terms.of(["rescued"]), None),
    ]
)


def bound_in(lexicon: Lexicon, text: str, number: str) -> tuple[str | None, str]:
    """The measure word ``number`` binds to in ``text``, and the rule."""
    index = index_article(parse_article(text, path="a.txt"), lexicon, read_all=True)
    found = {m.quantity.text: m for m in index.mentions}[number]
    word = None if found.bound is None else text[found.bound[0] : found.bound[1]]
    return word, found.rule


@pytest.mark.parametrize(
    ("text", "number", "word", "rule"),
    [
        # an answer to "How many ...?" in the sentence before
        ("How many were hurt? Twelve, the airline said.", "Twelve", "hurt", "answer"),
        ("How many drowned? At least 40 people.", "At least 40", "drowned", "answer"),
        ("How many were hurt? The airline said 20.", "20", "hurt", "answer"),
        # no question, not the sentence right before, or a verb of its own
        ("Were any arrested? About 300 marched to the gates.", "About 300", None, ""),
        (
            "How many were hurt? It is not clear. Twelve stayed home.",
            "Twelve",
            None,
            "",
        ),
        # a question standing as its own paragraph heads the next: it is
        # answered there; one closing a longer paragraph is not
        (
            "How many were hurt?\n\nTwelve, the airline said.",
            "Twelve",
            "hurt",
            "answer",
        ),
        (
            "The airline met families. How many were hurt?\n\nTwelve, it said.",
            "Twelve",
            None,
            "",
        ),
        # a bare auxiliary standing for the verb before: "17 did"
        ("Police said 30 were arrested; 17 were.", "17", "arrested", "elided"),
        ("An early report said 12 drowned; in fact 9 did.", "9", "drowned", "elided"),
        ("Officials said 40 were hurt. Only 25 were.", "25", "hurt", "elided"),
        ("Police said 30 were arrested; 17 were not.", "17", None, ""),
        ("Police said 30 were arrested; 17 were on Monday.", "17", None, ""),
        # a resumed verb skips a relative aside on the subject before it
        (
            "The ferry, which sank at dawn, was carrying 300 sacks of mail.",
            "300",
            None,
            "",
        ),
        (
            "The number rescued, which police revised twice, rose to 80.",
            "80",
            "rescued",
            "resumed",
        ),
        (
            "The mine, where 12 drowned in 1990, was holding 300 tonnes of coal.",
            "300 tonnes",
            None,
            "",
        ),
        (
            "The town, where 5,200 were rescued, now holds 14,000 sandbags.",
            "14,000",
            None,
            "",
        ),
        # an anaphor may say the figure is the right one
        (
            "Police first said 40 were hurt. The correct figure is 25.",
            "25",
            "hurt",
            "anaphor",
        ),
        (
            "Police said 40 were hurt on Monday. The latest total is 52.",
            "52",
            "hurt",
            "anaphor",
        ),
        # the number of an elided verb is the correction, not the report
        (
            "An earlier version of this article said 8 drowned. Six did.",
            "Six",
            "drowned",
            "elided",
        ),
        # a fact box's row: a dash or a bar for the colon, a longer label
        ("Dead – 212 (police figure)\nInjured – 1,450", "212", "Dead", "label"),
        ("Injured — 1,450\nMissing — 38", "1,450", "Injured", "label"),
        ("People hurt in the second blast: 1,450", "1,450", "hurt", "label"),
        # not a dash inside a line, nor a long label in running prose
        ("The count – 212 in all – was read out.", "212", None, ""),
        # a verb of its own after one that already has its object
        (
            "Coastguards rescued the crew and, in an hour, towed 112 people.",
            "112",
            None,
            "",
        ),
    ],
)
def test_rule(text: str, number: str, word: str | None, rule: str) -> None:
    assert bound_in(LEXICON, text, number) == (word, rule)


@pytest.mark.parametrize(
    ("text", "earlier", "later"),
    [
        ("Police said 30 were arrested; 17 were.", "30", "17"),
        ("An early list said 212 drowned; in fact 240 did.", "212", "240"),
    ],
)
def test_an_elided_verb_corrects_the_figure_before(
    text: str, earlier: str, later: str
) -> None:
    index = index_article(parse_article(text, path="a.txt"), LEXICON, read_all=True)
    scopes = {m.quantity.text: m.scope for m in index.mentions}
    assert (scopes[earlier], scopes[later]) == ("interim", "")


@pytest.mark.parametrize(
    ("text", "number", "word"),
    [
        # a fact box's label: a claim's own word before a built-in event word
        ("THE CASE\nCustomers affected: 2.1 million", "2.1 million", "Customers"),
        ("IN FIGURES\nPassengers evacuated: 310", "310", "Passengers"),
        # a built-in event word alone still labels its row
        ("IN FIGURES\nHomes evacuated: 310", "310", "evacuated"),
    ],
)
def test_a_label_prefers_a_claims_own_word(text: str, number: str, word: str) -> None:
    lexicon = build_lexicon(
        [(Terms.of(["customers"]), None), (Terms.of(["passengers"]), None)]
    )
    assert bound_in(lexicon, text, number) == (word, "label")
