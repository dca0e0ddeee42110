"""Sentences a frame hands to another occasion (claimcheck/engine/precedents.py),
the agreed price of a deal, and an earlier event named by month and year.

Every sentence here is written for this file; the stories are invented.
"""

from __future__ import annotations

import pytest

from claimcheck.engine.articles import parse_article
from claimcheck.engine.index import Mention, build_lexicon, index_article
from claimcheck.engine.mentionfacts import mention_facts
from claimcheck.engine.terms import Terms
from tests.engine.verdicts import bound_mentions

LEXICON = build_lexicon(
    [
        (Terms.of(["killed", "died", "dead", "drowned", "death toll", "toll"]), None),
        (Terms.of(["evacuated"]), None),
        (Terms.of(["homes", "houses"]), None),
        (
            Terms.of(["paid", "ransom", "fine", "settlement", "deal", "buy", "pay"]),
            "currency:USD",
        ),
        (Terms.of(["sentenced", "jailed"]), "yr"),
        (Terms.of(["rate"]), "%"),
    ]
)


def mentions(text: str) -> dict[str, Mention]:
    return bound_mentions(text, LEXICON)


@pytest.mark.parametrize(
    ("text", "number", "scope", "said"),
    [
        # a comparison frame opening the sentence, or "compares with" before
        # the figure
        (
            "For comparison, Velder Gas paid $1.2 million after its 2018 breach.",
            "$1.2 million",
            "event",
            "For comparison",
        ),
        (
            "By comparison, the Ostmark flood of 2007 killed 212 people.",
            "212",
            "event",
            "By comparison",
        ),
        (
            "In comparison, a gale on the same coast left 30 dead.",
            "30",
            "event",
            "In comparison",
        ),
        (
            "That compares with 4,100 homes lost in the Dunmere fire.",
            "4,100",
            "event",
            "compares with",
        ),
        (
            "The toll is high, though it compares with 66 deaths at Brann.",
            "66",
            "event",
            "compares with",
        ),
        # a question or a lead-in before the sentence, which a year dates
        (
            "How does it compare? In 2016 a bus fell into the Orr gorge and 19 died.",
            "19",
            "event",
            "In 2016",
        ),
        (
            "How does that compare with past storms? A cyclone in 1970 killed 900.",
            "900",
            "event",
            "A cyclone",
        ),
        (
            "The island has been evacuated before. In March 1979, 2,300 people"
            " were evacuated by boat.",
            "2,300",
            "event",
            "In March",
        ),
        (
            "It is not the first time the mine has flooded: in 2002, 14 miners"
            " drowned.",
            "14",
            "event",
            " in 2002",
        ),
        # a standing record, or a record of its day
        (
            "The deadliest crash on the line remains Telby, where 57 died.",
            "57",
            "event",
            "The deadliest",
        ),
        (
            "The previous record, set in 2011, was 1,900 houses.",
            "1,900",
            "event",
            "The previous record",
        ),
        (
            "The Dorran settlement of 2004, at $8 million, was then the largest.",
            "$8 million",
            "event",
            "The Dorran",
        ),
        # another party as the subject
        (
            "In June 2019 another judge jailed a courier for 9 years.",
            "9 years",
            "event",
            "another judge",
        ),
        (
            "Another utility paid a ransom of $900,000 last spring.",
            "$900,000",
            "event",
            "Another utility",
        ),
        # under a headline, a dated sentence or a named event of another
        # party's
        (
            "Skarvik evacuated\n\nIn January 1981 some 5,300 people were"
            " evacuated from Holm.",
            "some 5,300",
            "event",
            "In January 1981",
        ),
        (
            "Halberd to buy Skylark\n\nIn February 2021 Brisa Airways agreed to"
            " buy Tasca in a deal valued at $1.9 billion.",
            "$1.9 billion",
            "event",
            "In February 2021",
        ),
        (
            "Marisol Dawn spill settled\n\nAfter the Gannet Bay spill, the owner"
            " agreed to a settlement of $22 million.",
            "$22 million",
            "event",
            "After the Gannet Bay spill",
        ),
        # a sentence a bare year opens
        (
            "In 1994 a ferry capsized off Lerrin and 41 people drowned.",
            "41",
            "period",
            "In 1994",
        ),
    ],
)
def test_another_occasion(text: str, number: str, scope: str, said: str) -> None:
    mention = mentions(text)[number]
    assert mention.scope == scope
    assert mention.qualifier is not None
    assert text[slice(*mention.qualifier)].startswith(said)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # the story's own figure beside another's
        ("The blast killed 40, compared with 66 at Brann in 1998.", "40"),
        # an event dated by month and year, as an article dates its own
        (
            "A year on, Lerrin remembers the bridge collapse of 14 August 2018,"
            " which killed 43 people.",
            "43",
        ),
        # a comparison that measures the story's own figure
        ("In comparison with past floods, this year's toll of 40 is low.", "40"),
        # a record the story broke
        (
            "The previous record, 870 deaths, was broken when Ilsa killed 1,240.",
            "1,240",
        ),
        # a record the headline names as the story's own
        (
            "Ilsa, ten years on\n\nThe storm struck at night.\n\n"
            "The deadliest storm on record remains Ilsa, which killed 1,240 people.",
            "1,240",
        ),
        # a lead-in not followed by a time of its own goes on with the story
        ("The dam has burst twice before. The flood killed 40 people.", "40"),
        (
            "It has never happened before. The flood, the worst since 1998,"
            " killed 40 people.",
            "40",
        ),
        (
            "The dam was inspected the week before. The flood, the worst since"
            " 1998, killed 40.",
            "40",
        ),
        # "another" adding to a count, or an event of the story
        ("Another 12 people died in hospital on Friday.", "12"),
        ("Rescuers found another body, bringing the toll to 43.", "43"),
        # the story's own past event, dated by month and year
        (
            "In July 2021 Halberd agreed to buy Skylark for $2.6 billion.",
            "$2.6 billion",
        ),
        # a dated sentence or a named event of the headline's own, or one
        # naming no one, or with no headline to tell
        (
            "Halberd to buy Skylark\n\nIn July 2021 Halberd agreed to buy"
            " Skylark for $2.2 billion.",
            "$2.2 billion",
        ),
        (
            "Halberd to buy Skylark\n\nIn July 2021 the board agreed to buy the"
            " airline for $2.2 billion.",
            "$2.2 billion",
        ),
        (
            "Marisol Dawn spill settled\n\nAfter the Marisol Dawn spill, the owner"
            " agreed to a settlement of $140 million.",
            "$140 million",
        ),
        ("In January 1981 some 5,300 people were evacuated from Holm.", "some 5,300"),
        # a superlative naming a year, and an anniversary
        ("It was the deadliest derailment since 1994: 23 people died.", "23"),
        ("A year on, the death toll stands at 388.", "388"),
    ],
)
def test_the_story_own(text: str, number: str) -> None:
    assert mentions(text)[number].scope not in ("event", "period")


@pytest.mark.parametrize(
    ("text", "intended"),
    [
        # an agreement made states its price
        ("Halberd Air agreed to buy Skylark Airlines for $2.6 billion.", False),
        ("The owner has agreed to pay $140 million to settle the claims.", False),
        ("Tessel Health agrees to pay $12 million ransom", False),
        # a plan or an offer does not
        ("The board plans to pay $2 million to the families.", True),
        ("The firm offered to pay $2 million to the families.", True),
    ],
)
def test_an_agreed_price_is_stated(text: str, intended: bool) -> None:
    index = index_article(parse_article(text, path="a.txt"), LEXICON, read_all=True)
    facts = mention_facts(index)
    (at,) = [
        i
        for i, m in enumerate(index.mentions)
        if (m.quantity.unit or "").endswith("USD")
    ]
    assert ("intention" in facts.cues(index, at).suppositions) is intended
