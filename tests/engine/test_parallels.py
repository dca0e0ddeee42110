"""Figures put otherwise than a claim puts them: a second subject's figure
with its verb left out (claimcheck/engine/parallels.py) and a figure named
by the clause after it (claimcheck/engine/restated.py).

Every sentence here is written for this file; names and places are invented.
"""

from __future__ import annotations

import pytest

from claimcheck.engine.articles import parse_article
from claimcheck.engine.index import Mention, build_lexicon, index_article
from claimcheck.engine.numbers.reader import read_quantities
from claimcheck.engine.parallels import parallel_of
from claimcheck.engine.terms import Terms

LEXICON = build_lexicon(
    [
        (Terms.of(["seats"]), None),
        (Terms.of(["votes", "vote"]), "%"),
        (Terms.of(["killed", "dead"]), None),
        (Terms.of(["released", "discharged"]), None),
        (Terms.of(["agreed to pay", "settlement", "fine"]), "currency:USD"),
        (Terms.of(["stranded", "evacuated"]), None),
        (Terms.of(["limit", "insures"]), "currency:USD"),
    ]
)


def mention(text: str, number: str) -> tuple[Mention, str | None]:
    index = index_article(parse_article(text, path="a.txt"), LEXICON, read_all=True)
    found = {m.quantity.text: m for m in index.mentions}[number]
    word = None if found.bound is None else text[found.bound[0] : found.bound[1]]
    return found, word


@pytest.mark.parametrize(
    ("text", "number", "word", "owner"),
    [
        (
            "The Liberals won 412 seats and the Greens 121.",
            "121",
            "seats",
            "the Greens",
        ),
        (
            "The Liberals secured 412 seats, while the Greens got 121.",
            "121",
            "seats",
            "the Greens",
        ),
        (
            "Labour took 38.5% of the vote, Reform 21% and the Greens 9%.",
            "21%",
            "vote",
            "Reform",
        ),
        (
            "The Moss dam released 300 tonnes and the Ellery weir 120.",
            "120",
            "released",
            "the Ellery weir",
        ),
        (
            "The storm killed 38 people in Varn and the floods 12.",
            "12",
            "killed",
            "the floods",
        ),
    ],
)
def test_a_second_subject_takes_the_verb_before_as_its_own_part(
    text: str, number: str, word: str, owner: str
) -> None:
    found, bound = mention(text, number)
    assert bound == word
    assert found.scope == "part"
    assert found.qualifier is not None
    assert text[found.qualifier[0] : found.qualifier[1]] == owner


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # a place after the figure: the elliptical part, not a subject
        ("The floods killed 91 people in Orrin and 81 in Callow.", " and 81 in Callow"),
        # a clause with a verb of its own after its subject
        (
            "The Liberals won 412 seats and the Greens lost 121.",
            " and the Greens lost 121",
        ),
        # a noun and a verb in the past after "the": a clause of its own
        (
            "Of the province's 14 districts, the flood reached 12.",
            " the flood reached 12",
        ),
        # a time, the rest or a total is no subject
        ("The toll rose to 40 and the next day 52.", " and the next day 52"),
        ("Twelve were found and the rest 30.", " and the rest 30"),
        ("Rescuers found 12 and on Monday 30.", " and on Monday 30"),
        # a clause opening its sentence, or a source that says the figure
        ("How many were hurt? The airline said 20.", "The airline said 20"),
        (
            "Police said 40 were hurt, and the hospital said 25.",
            " and the hospital said 25",
        ),
        # the figure does not close its clause
        (
            "The Liberals won 412 seats and the Greens 121 councils.",
            " and the Greens 121 councils",
        ),
    ],
)
def test_no_second_subject(text: str, clause: str) -> None:
    start = text.index(clause)
    q = next(q for q in read_quantities(text) if start <= q.start)
    assert parallel_of(text, q, (start, start + len(clause))) is None


@pytest.mark.parametrize(
    ("text", "number", "word"),
    [
        (
            "Delmar Power will pay $600 million, the sum it agreed to pay the"
            " residents.",
            "$600 million",
            "agreed to pay",
        ),
        (
            "The outage hit 1.3 million customers, the number the utility says"
            " were stranded.",
            "1.3 million",
            "stranded",
        ),
        (
            "Regulators imposed $45 million, the largest fine in the state's history.",
            "$45 million",
            "fine",
        ),
        (
            "The $600 million, which Delmar agreed to pay the residents, will come"
            " from insurers.",
            "$600 million",
            "agreed to pay",
        ),
        (
            "The fund paid each saver $250,000, the limit the fund insures.",
            "$250,000",
            "limit",
        ),
        (
            "Police moved some 4,000 people, the number officials say were"
            " evacuated from the estate.",
            "some 4,000",
            "evacuated",
        ),
    ],
)
def test_a_figure_named_by_the_clause_after_it(
    text: str, number: str, word: str
) -> None:
    found, bound = mention(text, number)
    assert (bound, found.rule) == (word, "appositive")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a comparison or another year names no measure of the figure
        (
            "Delmar paid $45 million to its lawyers, a sum larger than any fine.",
            "$45 million",
        ),
        (
            "Delmar serves 2.4 million customers, twice the number left stranded.",
            "2.4 million",
        ),
        (
            "Delmar serves 1.3 million customers, the number stranded in 2019.",
            "1.3 million",
        ),
        # a bound names no limit: "less than $250,000" is not the limit
        (
            "Most accounts hold less than $250,000, the limit the fund insures.",
            "less than $250,000",
        ),
        # the figure does not close its clause
        (
            "The utility paid $45 million to its lawyers, the largest fine.",
            "$45 million",
        ),
    ],
)
def test_no_figure_named_after_it(text: str, number: str) -> None:
    found, bound = mention(text, number)
    assert found.rule != "appositive", bound
