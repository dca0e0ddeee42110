"""The act lexicon: the other words news uses for a statement's act."""

from __future__ import annotations

from claimcheck.engine.acts import act_words, framed_acts, object_words
from claimcheck.engine.eventverbs import other_words
from claimcheck.engine.framedacts import framed_heads


def test_an_act_has_its_other_words() -> None:
    assert "vote through" in act_words("approve")
    assert "ratify" in act_words("approve")
    assert "approve" in act_words("ratify")
    assert "bow out" in act_words("withdraw")


def test_a_verb_is_not_its_own_other_word() -> None:
    assert "approve" not in act_words("approve")


def test_most_verbs_have_none() -> None:
    assert act_words("walk") == ()


def test_words_kept_to_objects_are_not_read_everywhere() -> None:
    assert act_words("overturn") == ()
    assert "quash" in object_words()[("overturn", "conviction")]
    assert ("overturn", "lorry") not in object_words()


def test_the_lexicon_feeds_the_event_verbs() -> None:
    forms = other_words("approved")
    assert "ratified" in forms
    assert "voted through" in forms


def test_a_phrase_holding_the_object_is_read_by_its_verb() -> None:
    assert any(p.verb == "relieve" for p in framed_acts()["sack"])
    heads, lemma = framed_heads("sacked")
    assert lemma == "sack"
    assert "relieved" in heads


def test_a_noun_of_the_act_gains_no_phrase() -> None:
    # "the fishing ban" names a ban, which "handed a ban" does not tell
    assert framed_heads("ban", "fishing") == ((), "")
    assert framed_heads("ban", "will")[1] == "ban"
