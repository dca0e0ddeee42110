"""Contrasts, opposites and phrases of a statement's words, on several stories.

"X, not Y, did it", "rather than Y", "it was not Y but X that"; "unknown"
said as "not yet known"; holding a level said as "left it unchanged"; "by
hand" said as "manually".  Each case reads one sentence against one claim
sentence: whether the statement is found, and whether it is denied.
"""

from __future__ import annotations

import pytest

from claimcheck.engine.articles import parse_article
from claimcheck.engine.contrasts import contrasted, without_contrast_asides
from claimcheck.engine.index import build_lexicon, index_article
from claimcheck.engine.opposites import opposite_of
from claimcheck.engine.statements import find_statement, parse_sentence
from claimcheck.engine.terms import Terms


def _no_vocabulary(name: str) -> Terms:
    raise AssertionError(name)


def _reading(claim: str, text: str) -> str:
    """How a claim sentence is read in one text: affirmed, denied or none."""
    sentence = parse_sentence(claim, _no_vocabulary)
    index = index_article(parse_article(text + "\n", path="a.txt"), build_lexicon([]))
    found = [m for m in find_statement(index, sentence) if not m.cues.suppositions]
    if not found:
        return "none"
    return "denied" if found[0].cues.negated else "affirmed"


@pytest.mark.parametrize(
    ("claim", "text", "reading"),
    [
        # an aside of "not" naming none of the statement's words
        (
            "the storm damaged the roof",
            "The storm, not the quake, damaged the roof.",
            "affirmed",
        ),
        (
            "the storm damaged the roof",
            "The quake, not the storm, damaged the roof.",
            "denied",
        ),
        (
            "the minister resigned",
            "The minister, not surprisingly, resigned.",
            "affirmed",
        ),
        ("the ferry sank", "The ferry, not the tug, sank.", "affirmed"),
        # "rather than", "instead of" the statement's word
        (
            "the flight landed in Shannon",
            "The flight landed in Cork rather than Shannon.",
            "denied",
        ),
        (
            "the union called a strike",
            "The union called a ballot instead of a strike.",
            "denied",
        ),
        (
            "the union called a ballot",
            "The union called a ballot rather than a strike.",
            "affirmed",
        ),
        # a cleft sentence is one clause
        (
            "the driver caused the crash",
            "It was not the driver but a faulty brake that caused the crash.",
            "denied",
        ),
        (
            "a faulty brake caused the crash",
            "It was not the driver but a faulty brake that caused the crash.",
            "affirmed",
        ),
        (
            "the tenants started the fire",
            "It was not the tenants but a faulty heater that started the fire.",
            "denied",
        ),
    ],
)
def test_a_contrast_denies_only_what_it_sets_aside(
    claim: str, text: str, reading: str
) -> None:
    assert _reading(claim, text) == reading


@pytest.mark.parametrize(
    ("claim", "text", "reading"),
    [
        # what is unknown: its adjectives, and knowing under a negation
        (
            "the motive is unknown",
            "The motive remains unclear, police said.",
            "affirmed",
        ),
        ("the motive is unknown", "The motive is not yet known.", "affirmed"),
        (
            "the motive is unknown",
            "Detectives have yet to establish the motive.",
            "affirmed",
        ),
        ("the motive is unknown", "Detectives have established the motive.", "denied"),
        (
            "the origin of the leak is unknown",
            "Engineers have not determined the origin of the leak.",
            "affirmed",
        ),
        (
            "the origin of the leak is unknown",
            "Engineers have pinpointed the origin of the leak.",
            "denied",
        ),
        (
            "the origin of the leak is unknown",
            "The origin of the spill is unknown.",
            "none",
        ),
        ("the motive is known", "The motive remains unclear.", "denied"),
        # a level held: kept unchanged, denied by a change
        (
            "the regulator held the fares",
            "The regulator left fares unchanged for 2026.",
            "affirmed",
        ),
        (
            "the regulator held the fares",
            "The regulator kept the fares where they were.",
            "affirmed",
        ),
        (
            "the regulator held the fares",
            "The regulator did not change the fares.",
            "affirmed",
        ),
        (
            "the regulator held the fares",
            "The regulator changed the fares in May.",
            "denied",
        ),
        (
            "the central bank held its key rate",
            "The central bank kept its key rate on hold.",
            "affirmed",
        ),
        # a phrase of a preposition and a noun said by its adverb
        (
            "the ballots were counted by hand",
            "The ballots were counted manually.",
            "affirmed",
        ),
        ("the club paid the fine in full", "The club fully paid the fine.", "affirmed"),
        (
            "the club paid the fine in part",
            "The club paid the fine partly.",
            "affirmed",
        ),
    ],
)
def test_a_word_is_stated_by_its_other_words_and_denied_by_its_opposite(
    claim: str, text: str, reading: str
) -> None:
    assert _reading(claim, text) == reading


def test_holding_takes_no_level_words_where_it_keeps_no_level() -> None:
    # "the dam held" is not "the dam was unchanged"
    assert opposite_of("held", ()) == opposite_of("held", ("line",))
    assert not opposite_of("held", ("dam", "flood")).states
    assert "unchanged" in opposite_of("held", ("parking", "fees")).states
    assert _reading("the dam held", "The dam was unchanged.") == "none"


def test_a_contrast_reads_blanked_statement_words() -> None:
    # statement words are runs of underscores in what the cue reader sees
    assert without_contrast_asides("_____, not the quake, ______") == "_____,  ______"
    assert "not" in without_contrast_asides("_____, not the _____, ______")
    assert contrasted("landed in Cork rather than ________") == 1
    assert contrasted("rather than the tug, the _____") == 0


@pytest.mark.parametrize(
    ("claim", "text", "reading"),
    [
        # a participle right after its noun is a verb: a relative clause cut short
        (
            "a 2019 audit flagged the risk",
            "Managers ignored a 2019 audit flagging the risk.",
            "affirmed",
        ),
        (
            "the inspectors warned of cracks",
            "A memo from the inspectors warning of cracks was lost.",
            "affirmed",
        ),
        # a verb's other verbs in their verb forms only
        ("Vendra disputed the findings", "Vendra challenged the findings.", "affirmed"),
        (
            "the union disputed the figures",
            "The union has not contested the figures.",
            "denied",
        ),
        (
            "Vendra disputed the findings",
            "Vendra faces a legal challenge over the findings.",
            "none",
        ),
    ],
)
def test_a_verb_is_read_in_its_other_forms(claim: str, text: str, reading: str) -> None:
    assert _reading(claim, text) == reading


@pytest.mark.parametrize(
    ("claim", "text", "reading"),
    [
        (
            "the board closed the plant",
            "The board decided against closing the plant.",
            "denied",
        ),
        (
            "the residents renamed the square",
            "The residents voted against renaming the square.",
            "denied",
        ),
        (
            "the club sold the stadium",
            "The club opted against selling the stadium.",
            "denied",
        ),
        # against what is no decision not to act
        (
            "the club sold the stadium",
            "The club sold the stadium against advice.",
            "affirmed",
        ),
    ],
)
def test_a_decision_against_an_act_denies_it(
    claim: str, text: str, reading: str
) -> None:
    assert _reading(claim, text) == reading
