"""Words derived from a statement's words (engine/derived.py)."""

from __future__ import annotations

import pytest

from claimcheck.engine.articles import parse_article
from claimcheck.engine.derived import (
    adjective_counts,
    derive,
    lack_before,
    nominal_counts,
    possession_object,
    speaks_of_having,
)
from claimcheck.engine.index import build_lexicon, index_article
from claimcheck.engine.statements import (
    FUNCTION_WORDS,
    find_statement,
    parse_sentence,
)
from claimcheck.engine.terms import Terms


def test_a_participle_gains_its_un_adjective_and_the_nouns_of_its_act() -> None:
    inspected = derive("inspected")
    assert inspected.negatives == ("uninspected",)
    assert {"inspection", "inspections"} <= set(inspected.nominals)
    assert {"apology", "apologies"} <= set(derive("apologised").nominals)
    assert "approval" in derive("approved").nominals
    assert "evacuation" in derive("evacuated").nominals


def test_only_words_the_word_lists_know_are_nouns_of_an_act() -> None:
    # "failion", "killment": no such words
    assert derive("failed").nominals == ()
    assert derive("killed").nominals == ()


def test_a_word_that_is_no_participle_derives_nothing() -> None:
    assert derive("captain").spellings == ()
    assert derive("bridge").spellings == ()


def test_a_possessed_noun_gains_its_verbs_participle_both_ways() -> None:
    licence = derive("licence", possessed=True)
    assert {"licensed", "licenced"} <= set(licence.adjectives)
    assert {"unlicensed", "unlicenced"} <= set(licence.negatives)
    assert "unpermitted" in derive("permit", possessed=True).negatives


@pytest.mark.parametrize(
    ("sentence", "owned"),
    [
        ("the captain did not have a licence", 6),
        ("the plant had no permit", 4),
        ("the driver did not have insurance", 5),
        ("the minister has not gone", None),
        ("the mayor has not resigned", None),
        ("the company has not apologised", None),
    ],
)
def test_a_sentence_of_possession_names_its_noun(
    sentence: str, owned: int | None
) -> None:
    assert possession_object(sentence.split(), FUNCTION_WORDS) == owned


@pytest.mark.parametrize(
    ("text", "word", "counts"),
    [
        ("The captain was unlicensed.", "unlicensed", True),
        ("The bridge had gone uninspected for years.", "uninspected", True),
        ("The bridge remained uninspected.", "uninspected", True),
        ("The unlicensed captain sailed.", "unlicensed", True),
        ("The unlicensed deckhand told the captain.", "unlicensed", False),
    ],
)
def test_a_derived_adjective_counts_when_said_of_the_subject(
    text: str, word: str, counts: bool
) -> None:
    start = text.index(word)
    others = [text.index("captain")] if "captain" in text else []
    assert adjective_counts(text, start, start + len(word), 0, others) is counts


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("No inspection of the bridge was made.", True),
        ("The bridge was left without an inspection.", True),
        ("An inspection of the bridge was carried out in March.", True),
        ("The inspection of the bridge found no cracks.", True),
        ("An inspection of the bridge is planned.", False),
        ("No inspection of the bridge would be enough.", False),
    ],
)
def test_a_noun_of_the_act_counts_when_denied_or_carried_out(
    text: str, counts: bool
) -> None:
    start = text.casefold().index("inspection")
    assert nominal_counts(text, start, (0, len(text))) is counts


def test_lack_and_having() -> None:
    text = "The plant lacked a valid permit."
    assert lack_before(text, text.index("permit"), 0)
    assert not lack_before("The plant lacked staff; a permit", 27, 0)
    assert speaks_of_having("The plant held a permit", 0, 23)
    assert not speaks_of_having("The plant applied for a permit", 0, 30)


def _read(sentence: str, text: str) -> list[bool]:
    """How each match of ``sentence`` in ``text`` is put: negated or not."""
    parsed = parse_sentence(sentence, lambda name: Terms.of([name]))
    index = index_article(parse_article(text + "\n", path="a.txt"), build_lexicon([]))
    return [m.cues.negated for m in find_statement(index, parsed)]


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("The captain was unlicensed.", [True]),
        ("The captain lacked a licence.", [True]),
        ("The captain did not lack a licence.", [False]),
        ("The captain held a licence.", [False]),
        ("The captain was licensed in 2019.", [False]),
        ("The captain applied for a licence.", []),
        ("The unlicensed deckhand told the captain.", []),
    ],
)
def test_a_statement_of_possession_reads_its_derived_words(
    text: str, negated: list[bool]
) -> None:
    assert _read("the captain had a licence", text) == negated


def test_lack_negates_no_act() -> None:
    # "the dam lacking upkeep failed" does not deny that it failed
    assert _read("the dam failed", "The dam lacking upkeep failed.") == [False]


def test_a_phrase_says_its_verb() -> None:
    assert {"said sorry", "say sorry"} <= set(derive("apologised").phrases)
    assert {"stepped down", "stood down"} <= set(derive("resigned").phrases)
    assert derive("held").phrases == ()


@pytest.mark.parametrize(
    ("verb", "noun"),
    [
        ("conceded", "concession"),
        ("admitted", "admission"),
        ("suspended", "suspension"),
        ("resumed", "resumption"),
        ("detained", "detention"),
        ("concluded", "conclusion"),
    ],
)
def test_a_latin_stem_has_its_noun(verb: str, noun: str) -> None:
    assert {noun, noun + "s"} <= set(derive(verb).nominals)
