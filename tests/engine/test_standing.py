"""Standing figures of an organisation or a place: its yearly traffic and
its workforce (claimcheck/engine/standing.py).

Every sentence here is written for this file; the stories are invented.
"""

from __future__ import annotations

import pytest

from claimcheck.engine.index import Mention, build_lexicon
from claimcheck.engine.standing import counts_an_act
from claimcheck.engine.terms import Terms
from tests.engine.verdicts import bound_mentions

LEXICON = build_lexicon(
    [
        (Terms.of(["passengers", "travellers", "patients", "flights"]), None),
        (
            Terms.of(["jobs", "workers", "employees", "staff", "people", "workforce"]),
            None,
        ),
        (Terms.of(["savings"]), "currency:EUR"),
    ]
)


def mentions(text: str) -> dict[str, Mention]:
    return bound_mentions(text, LEXICON)


@pytest.mark.parametrize(
    ("text", "number", "said"),
    [
        (
            "Pell airport, which handles 24 million passengers a year, shut at noon.",
            "24 million",
            "handles 24 million passengers a year",
        ),
        ("The clinic treats about 9,000 patients annually.", "about 9,000", "treats"),
        (
            "The carrier flew 11 million travellers each year before the crisis.",
            "11 million",
            "flew",
        ),
        ("Askel Foods employs 4,300 people in three plants.", "4,300", "employs"),
        ("The mill, with a workforce of 900, will close.", "900", "a workforce of"),
        ("With 2,100 employees, Ardent is the town's largest firm.", "2,100", "With"),
        ("The co-operative has 640 staff and 12 shops.", "640", "has 640 staff"),
    ],
)
def test_a_standing_figure(text: str, number: str, said: str) -> None:
    mention = mentions(text)[number]
    assert mention.scope in ("standing", "workforce")
    assert mention.qualifier is not None
    assert text[mention.qualifier[0] : mention.qualifier[1]].startswith(said)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # the story's own counts
        ("Some 31,000 passengers were stranded on Friday.", "Some 31,000"),
        ("Askel Foods will cut 600 jobs by March.", "600"),
        ("About 600 workers will lose their jobs.", "About 600"),
        # a yearly amount with no verb of traffic stays the amount
        ("The plan brings savings of EUR 2 billion a year.", "EUR 2 billion a year"),
    ],
)
def test_not_a_standing_figure(text: str, number: str) -> None:
    assert mentions(text)[number].scope not in ("standing", "workforce")


def test_a_figure_a_day_stays_a_rate() -> None:
    # a rate binds to no measure word at all (see claimcheck.engine.rates)
    assert "70,000" not in mentions("The airport handles 70,000 passengers a day.")


def test_a_claim_naming_the_year_counts_it_as_its_own() -> None:
    lexicon = build_lexicon([(Terms.of(["passengers a year"]), None)])
    text = "The airport handles 24 million passengers a year."
    assert bound_mentions(text, lexicon)["24 million"].scope == ""


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("The port handles 9 million containers a year.", "standing"),
        ("Askel Foods employs 4,300 people.", "workforce"),
        ("The union represents 4,300 people.", "workforce"),
    ],
)
def test_traffic_and_workforce_are_told_apart(text: str, scope: str) -> None:
    lexicon = build_lexicon([(Terms.of(["containers", "people"]), None)])
    (mention,) = bound_mentions(text, lexicon).values()
    assert mention.scope == scope


@pytest.mark.parametrize(
    ("measure", "context", "act"),
    [
        (["jobs", "job cuts"], [], True),
        (["workers", "walked out"], [], True),
        (["workers"], [["laid off"]], True),
        (["members"], [], False),
        (["employees", "staff"], [["Askel"]], False),
    ],
)
def test_a_claim_counting_an_act(
    measure: list[str], context: list[list[str]], act: bool
) -> None:
    terms = tuple(Terms.of(words) for words in context)
    assert counts_an_act(Terms.of(measure), terms) is act
