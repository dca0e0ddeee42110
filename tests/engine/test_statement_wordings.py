"""Statements told in other words: guilt admitted or denied, defeats
conceded, rulings-out, states said by a phrase, a pair said by one word,
participles naming the subject and votes counted by side."""

from __future__ import annotations

import pytest

from claimcheck.engine.articles import parse_article
from claimcheck.engine.idioms import said_as_adjective
from claimcheck.engine.index import build_lexicon, index_article
from claimcheck.engine.modifiers import without_participle
from claimcheck.engine.rulingout import ruled_out_forms, rules_out
from claimcheck.engine.statements import FUNCTION_WORDS, agrees, parse_sentence
from claimcheck.engine.votedstatements import voted_statements
from tests.engine.verdicts import no_vocabulary as _no_vocabulary
from tests.engine.verdicts import verdicts as _verdicts


def _voted(claim: str, text: str) -> set[bool | None]:
    """How each count of a side of a vote in ``text`` puts ``claim``."""
    sentence = parse_sentence(claim, _no_vocabulary)
    index = index_article(parse_article(text + "\n", path="a.txt"), build_lexicon([]))
    return {agrees(sentence, m.cues) for m in voted_statements(index, sentence)}


@pytest.mark.parametrize(
    ("claim", "text", "verdicts"),
    [
        # guilt and its family, admitted or denied by the verbs of admitting
        (
            "the pharmacist has not admitted guilt",
            "The pharmacist admitted no crime.",
            {True},
        ),
        (
            "the pharmacist has not admitted guilt",
            "The pharmacist has never acknowledged wrongdoing.",
            {True},
        ),
        (
            "the pharmacist has not admitted guilt",
            "The pharmacist denies any offence.",
            {True},
        ),
        (
            "the pharmacist has not admitted guilt",
            "The pharmacist admitted her guilt in court.",
            {False},
        ),
        # an offence committed or confessed to, not one named in what is
        # admitted
        (
            "the pharmacist has not admitted guilt",
            "The pharmacist did not accept that she had committed theft.",
            {True},
        ),
        (
            "the pharmacist has not admitted guilt",
            "The pharmacist confessed to the theft.",
            {False},
        ),
        (
            "the pharmacist has not admitted guilt",
            "The pharmacist admitted that the theft had gone unnoticed.",
            set(),
        ),
        # innocence maintained denies guilt
        (
            "the pharmacist has not admitted guilt",
            "The pharmacist has always maintained her innocence.",
            {True},
        ),
        (
            "the ferry firm denied wrongdoing",
            "The ferry firm maintains its innocence.",
            {True},
        ),
        # a mistake admitted is no guilt
        (
            "the pharmacist has not admitted guilt",
            "The pharmacist admitted mistakes.",
            set(),
        ),
        (
            "the ferry firm denied wrongdoing",
            "The ferry firm did not recognise to have committed any crime.",
            {True},
        ),
        (
            "the ferry firm denied wrongdoing",
            "The ferry firm confessed to a crime.",
            {False},
        ),
    ],
)
def test_guilt_in_other_words(
    claim: str, text: str, verdicts: set[bool | None]
) -> None:
    assert _verdicts(claim, text) == verdicts


@pytest.mark.parametrize(
    ("claim", "text", "verdicts"),
    [
        (
            "the governor conceded defeat",
            "The governor admitted defeat on Sunday.",
            {True},
        ),
        ("the governor conceded defeat", "The governor recognised the defeat.", {True}),
        (
            "the governor conceded defeat",
            "The governor conceded late on Sunday.",
            {True},
        ),
        ("the governor conceded defeat", "The governor has not conceded.", {False}),
        # a verb alone with an object after it concedes something else
        (
            "the governor conceded defeat",
            "The governor conceded that turnout was low.",
            set(),
        ),
        ("the governor conceded defeat", "The governor admitted mistakes.", set()),
    ],
)
def test_a_defeat_conceded_in_other_words(
    claim: str, text: str, verdicts: set[bool | None]
) -> None:
    assert _verdicts(claim, text) == verdicts


def test_a_ruling_out_is_said_by_either_verb() -> None:
    assert "excluded" in ruled_out_forms("ruled", "out")
    assert "ruled out" in ruled_out_forms("excluded", "")
    assert ruled_out_forms("ruled", "that") == ()
    assert rules_out("arson was ruled out".split())
    assert rules_out("police excluded arson".split())
    assert not rules_out("the court ruled for the city".split())


@pytest.mark.parametrize(
    ("text", "verdicts"),
    [
        ("Detectives excluded arson.", {True}),
        ("There is nothing to indicate arson, the fire brigade said.", {True}),
        ("Detectives found no evidence of arson.", {True}),
        ("Arson has been excluded, the fire brigade said.", {True}),
        # a ruling-out denied leaves it open
        ("Detectives have not ruled out arson.", {None}),
        ("Detectives did not exclude arson.", {None}),
    ],
)
def test_a_ruling_out_denied_is_an_open_possibility(
    text: str, verdicts: set[bool | None]
) -> None:
    assert _verdicts("arson was ruled out", text) == verdicts


@pytest.mark.parametrize(
    ("claim", "read"),
    [
        ("the rescued climbers are in good health", "the rescued climbers are healthy"),
        ("The crew is in excellent physical health", "The crew is healthy"),
        ("the crew is tired", "the crew is tired"),
    ],
)
def test_a_claims_phrase_of_a_state_is_read_as_its_adjective(
    claim: str, read: str
) -> None:
    assert said_as_adjective(claim) == read


@pytest.mark.parametrize(
    ("claim", "read"),
    [
        ("the rescued climbers are healthy", "the climbers are healthy"),
        (
            "The captured soldiers have not asked for asylum",
            "The soldiers have not asked for asylum",
        ),
        # a noun in -ed, a verb after the noun, no "the": as written
        ("the shed collapsed", "the shed collapsed"),
        ("the dam failed", "the dam failed"),
        ("rescued climbers are healthy", "rescued climbers are healthy"),
    ],
)
def test_a_participle_before_the_subject_names_it(claim: str, read: str) -> None:
    assert without_participle(claim, FUNCTION_WORDS) == read


@pytest.mark.parametrize(
    ("text", "verdicts"),
    [
        ("Doctors said the climbers were fit and well.", {True}),
        ("None of the climbers has serious health problems.", {True}),
        ("Three of the climbers are seriously ill.", {False}),
        ("The climbers' families are in good health.", set()),
    ],
)
def test_a_state_said_by_its_phrases(text: str, verdicts: set[bool | None]) -> None:
    assert _verdicts("the rescued climbers are in good health", text) == verdicts


@pytest.mark.parametrize(
    ("text", "verdicts"),
    [
        ("The trawler suffered a total blackout off the cape.", {True}),
        ("A power outage left the trawler adrift.", {True}),
        ("The trawler ran aground after a power failure.", {True}),
        ("After an electrical failure, the trawler drifted.", {True}),
        ("The trawler had no power failure.", {False}),
        # a blackout of a place the subject is in, another loss
        ("A blackout hit the port as the trawler docked.", set()),
        ("The trawler docked after a power failure at the port.", set()),
        ("The trawler lost its nets in a blackout.", set()),
        ("Engineers feared a blackout on the trawler.", set()),
    ],
)
def test_a_noun_says_a_verb_and_its_word_at_once(
    text: str, verdicts: set[bool | None]
) -> None:
    assert _verdicts("the trawler lost power", text) == verdicts


@pytest.mark.parametrize(
    ("claim", "text", "verdicts"),
    [
        ("six judges voted for the ruling", "The court upheld the ruling 6-3.", {True}),
        (
            "three judges voted against the ruling",
            "The court upheld the ruling 6-3.",
            {True},
        ),
        (
            "six judges voted for the ruling",
            "The court upheld the ruling 7-2.",
            {False},
        ),
        (
            "nine members voted for the strike",
            "The strike was backed by 9 votes against 2.",
            {True},
        ),
        (
            "two members voted against the strike",
            "Nine members backed the strike; the other two opposed it.",
            {True},
        ),
        # a count of the whole, another topic, a supposed vote
        (
            "five members voted for the strike",
            "Five of the nine members backed the strike.",
            set(),
        ),
        (
            "six judges voted for the ruling",
            "The council passed the budget 6-3.",
            set(),
        ),
        (
            "six judges voted for the ruling",
            "The court could uphold the ruling 6-3.",
            {None},
        ),
    ],
)
def test_votes_counted_by_side(
    claim: str, text: str, verdicts: set[bool | None]
) -> None:
    assert _voted(claim, text) == verdicts
