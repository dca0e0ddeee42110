"""Whose act a match states (claimcheck/engine/agents.py)."""

from __future__ import annotations

import pytest

from claimcheck.engine.agents import (
    another,
    first_does,
    others_act,
    owned_hits,
    owns_act,
)
from claimcheck.engine.articles import parse_article
from claimcheck.engine.index import build_lexicon, index_article
from claimcheck.engine.polarity import Cues
from claimcheck.engine.statements import Sentence
from claimcheck.engine.terms import Terms


def _sentence(acts: tuple[str, ...] = (), *, doer: bool = True) -> Sentence:
    return Sentence(text="", slots=(), cues=Cues(), nominals=frozenset(acts), doer=doer)


def _others(text: str, subject: str, *others: str, acts: tuple[str, ...]) -> bool:
    """``others_act`` on ``text``, the first occurrence of each word taken as
    its hit, ``subject`` the first word of the sentence."""
    spans = {w: (text.index(w), text.index(w) + len(w)) for w in (subject, *others)}
    words = tuple(sorted(spans.values()))
    return others_act(text, words, spans[subject], 0, _sentence(acts))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The airline's grounding of the fleet stranded passengers.", False),
        ("Its grounding of the fleet angered the airline.", False),
        ("Monday's grounding of the fleet by the airline was a surprise.", False),
        ("Regulators' grounding of the fleet angered the airline.", True),
        ("The regulator's grounding of the fleet angered the airline.", True),
        ("The regulator's sudden grounding of the fleet angered the airline.", True),
    ],
)
def test_an_act_owned_by_another_is_theirs(text: str, expected: bool) -> None:
    found = _others(text, "airline", "grounding", "fleet", acts=("grounding",))
    assert found is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The nurses' strike collapsed after the talks.", True),
        ("The strike collapsed in the talks.", True),
        ("The talks collapsed on Sunday.", False),
        # "by" names the doer
        ("The budget was approved by the talks.", False),
        # the subject of a clause of its own is left unjudged
        ("The offer collapsed sooner than the talks did.", False),
        ("The offer collapsed sooner than the talks had.", False),
    ],
)
def test_a_doer_behind_a_preposition_is_no_doer(text: str, expected: bool) -> None:
    verb = "collapsed" if "collapsed" in text else "approved"
    assert _others(text, "talks", verb, acts=("collapse",)) is expected


def test_a_noun_of_the_act_may_carry_its_bearer() -> None:
    text = "Nurses struck after the collapse of the talks."
    assert not _others(text, "talks", "collapse", acts=("collapse",))


def test_a_passive_sentence_may_name_its_subject_behind_a_preposition() -> None:
    text = "No charges were brought against the suspect."
    spans = ((text.index("charges"), text.index("charges") + 7),)
    subject = (text.index("suspect"), text.index("suspect") + 7)
    words = tuple(sorted((*spans, subject)))
    assert not others_act(text, words, subject, 0, _sentence(doer=False))
    assert others_act(text, words, subject, 0, _sentence())


@pytest.mark.parametrize(
    ("sentence", "doer"),
    [
        ("the council approved the budget", True),
        ("the talks broke down", True),
        ("the explosion was an accident", True),
        ("the suspect was not charged", False),
        ("the plant was shut", False),
        ("nobody will be laid off", False),
    ],
)
def test_a_passive_sentence_names_no_doer_first(sentence: str, doer: bool) -> None:
    assert first_does(sentence) is doer


@pytest.mark.parametrize(
    ("text", "owns"),
    [
        ("the candidate's refusal to concede", True),
        ("the minister's sudden decision to resign", True),
        ("the regulator's fine against the bank", True),
        ("the company's recall of the cars", True),
        ("the regulator's record fine of £40m", True),
        # those who act for the owner at law
        ("the airline's lawyers will appeal", True),
        ("the airline's legal team appealed", True),
        ("the airline's lawyers' fees rose", False),
        # a noun spelt as the verb but with a sense of its own
        ("the airline's ground crew", False),
        ("the regulator's fine work", False),
        ("the minister's deputy", False),
        ("the minister's deputy to the UN", False),
        # a long word after the possessive, then a comma: read at once
        ("South Korea's Unification Ministry, which handles it", False),
        ("the union's long-delayed plans to strike", True),
        ("the regulator's long-awaited fine against the bank", True),
        ("the council's reconstruction committee of the city", False),
    ],
)
def test_a_possessive_owns_the_act_its_noun_leads_into(text: str, owns: bool) -> None:
    pos = text.index("'s") + 2
    assert owns_act(text, pos, frozenset({"fine", "fines", "recall", "ground"})) is owns


def test_a_word_before_a_possessive_is_no_hit_unless_it_owns_the_act() -> None:
    text = (
        "The minister’s deputy resigned. The minister's resignation came later;"
        " the minister resigned, and the ministers' aides stayed."
    )
    index = index_article(parse_article(text, path="a.txt"), build_lexicon([]))
    hits = index.hits(Terms.of(["minister", "ministers"]))
    assert len(hits) == 4
    kept = owned_hits(index, hits, frozenset({"resignation"}), frozenset())
    # the deputy is the minister's, no act; the resignation is one of the act's
    # nouns; the aides are the ministers', a plural's possessive, no act
    assert kept == (hits[1], hits[2])
    assert owned_hits(index, hits, frozenset(), frozenset()) == (hits[2],)
    # where no hit stands before a possessive, the hits are kept as they are
    rest = hits[2:3]
    assert owned_hits(index, rest, frozenset(), frozenset()) is rest


@pytest.mark.parametrize(
    "text",
    [
        # curly and straight apostrophes, a plural's, a capital S (no mark)
        "The MINISTER'S deputy left. The minister’s aide and the ministers’ staff"
        " stayed; the minister's driver too.",
        # a letter beyond ASCII: the word table keeps no bytes of the text
        "Der Minister’s Stellvertreter blieb. The ministers' aides of Müller left;"
        " the minister's driver too.",
    ],
)
def test_the_possessives_after_hits_are_found_alike_however_the_text_is_written(
    text: str,
) -> None:
    index = index_article(parse_article(text, path="a.txt"), build_lexicon([]))
    hits = index.hits(Terms.of(["minister", "ministers"]))
    kept = owned_hits(index, hits, frozenset(), frozenset())
    # a hit is dropped exactly where a possessive's mark follows it as written
    expected = tuple(
        h
        for h in hits
        if text[h[1] : h[1] + 2] not in ("'s", "’s")
        and text[h[1] - 1 : h[1] + 2] not in ("s' ", "s’ ")
    )
    assert kept == expected
    assert len(expected) < len(hits)


@pytest.mark.parametrize(
    ("text", "word", "other"),
    [
        ("The president signed a different bill.", "bill", True),
        ("Another ship sank off the cape.", "ship", True),
        ("The other prisoners have asked for asylum.", "prisoners", True),
        ("A separate inquiry cleared the bank.", "inquiry", True),
        ("The president signed the bill.", "bill", False),
        ("The bill differs from the last one.", "bill", False),
    ],
)
def test_a_word_may_name_another_of_its_kind(text: str, word: str, other: bool) -> None:
    assert another(text, text.index(word)) is other


def test_a_match_naming_another_of_its_kind_is_someone_else_s() -> None:
    text = "The president signed a different bill."
    assert _others(text, "president", "signed", "bill", acts=())
    sentence = Sentence(text="", slots=(), cues=Cues(), other=True)
    words = tuple(
        (text.index(w), text.index(w) + len(w)) for w in ("president", "signed", "bill")
    )
    assert not others_act(text, words, words[0], 0, sentence)
