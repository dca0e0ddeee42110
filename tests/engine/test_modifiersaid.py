"""A claim's modifier or object said in another sentence: which slots may
be left to another sentence, and the sentence without them."""

from __future__ import annotations

from claimcheck.engine.modifiersaid import _without
from claimcheck.engine.statements import Sentence, parse_sentence
from claimcheck.engine.terms import Terms


def _parse(text: str) -> Sentence:
    return parse_sentence(text, lambda word: Terms.of((word,)))


def test_a_noun_or_adjective_before_the_next_word_is_a_modifier() -> None:
    # the health ministry closed the maternity clinic: 0 health, 1 ministry,
    # 2 closed, 3 maternity, 4 clinic
    assert _parse("the health ministry closed the maternity clinic").modifiers == {3}
    assert _parse("the airport closed the northern runway").modifiers == {2}
    # a verb, a number and a name are none
    assert _parse("the court acquitted two officers").modifiers == frozenset()
    assert _parse("the union and Varo Ports signed a deal").modifiers == frozenset()


def test_the_object_a_verb_ends_on() -> None:
    assert _parse("the refinery will pay the fine").object == 2
    assert _parse("the council approved the flood plan").object == 2
    # no determiner between the verb and the noun, or a name as the object
    assert _parse("the company halted coal mining").object == 0
    assert _parse("the airline sued Vexcom").object == 0


def test_slots_after_those_left_out_move_down() -> None:
    sentence = _parse("the dockers' union rejected the pay offer")
    assert sentence.owners == {0}
    shorter = _without(sentence, 3, 5)
    assert len(shorter.slots) == len(sentence.slots) - 2
    assert shorter.slots == sentence.slots[:3]
    assert shorter.owners == {0}
    assert shorter.object == 0
    assert shorter.modifiers == frozenset()
    middle = _without(sentence, 1, 2)
    assert middle.slots == (sentence.slots[0], *sentence.slots[2:])
    assert not middle.pair_subject
