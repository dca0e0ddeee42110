"""A verb and its object kept apart by asides (claimcheck/engine/asides.py)."""

from __future__ import annotations

import pytest

from tests.engine.test_reach import LEXICON, bound_in


@pytest.mark.parametrize(
    ("text", "number", "word", "rule"),
    [
        # an object past asides of time, place or source
        (
            "Police arrested, on Monday and Tuesday, at least 14 dockers.",
            "at least 14",
            "arrested",
            "object",
        ),
        (
            "The storm killed, over two nights, at least 40 people.",
            "at least 40",
            "killed",
            "object",
        ),
        (
            "Coastguards rescued, according to the navy, 112 people.",
            "112",
            "rescued",
            "object",
        ),
        # a verb in the passive has no object; a verb with its object already
        # given does not take the next one; a number with a verb group after it
        # heads its own clause
        ("Twelve were rescued, on Monday, 40 more swam ashore.", "40", None, ""),
        (
            "Police arrested the leader and, on Tuesday, 300 dockers marched.",
            "300",
            None,
            "",
        ),
        ("The storm killed, on Monday, 40 were hurt.", "40", "hurt", "subject"),
        # a hedged number before a relative aside resumes after it
        ("Some 230 guests, who ate fish, were hurt.", "Some 230", "hurt", "subject"),
        ("About 40 divers, who came from Orrin, rescued them.", "About 40", "rescued",
         "subject"),
        # an appositive count takes the bare verb after it; a plain aside
        # does not
        ("The crew, 23 in all, drowned at sea.", "23", "drowned", "subject"),
        ("The pilots, about 900 of them, were arrested.", "about 900", "arrested",
         "subject"),
        ("The crew, 23 sailors from Orrin, drowned at sea.", "23", None, ""),
    ],
)  # fmt: skip
def test_rule(text: str, number: str, word: str | None, rule: str) -> None:
    assert bound_in(LEXICON, text, number) == (word, rule)


def test_a_measure_word_of_its_own_clause_is_never_the_one_past_asides() -> None:
    from claimcheck.engine.asides import predicate_past_asides

    text = "300 soldiers, sent north, were killed, officials said."
    clauses = ((0, 13), (13, 25), (25, 38), (38, 54))
    sent = (text.index("sent"), text.index("sent") + 4)
    killed = (text.index("killed"), text.index("killed") + 6)
    # the verb group resuming the clause past the aside heads it
    assert predicate_past_asides(text, clauses[0], clauses, [sent, killed]) == killed
    # one standing in the number's own clause is not a verb past asides
    assert predicate_past_asides(text, clauses[1], clauses, [sent]) is None
    assert predicate_past_asides(text, clauses[0], clauses, []) is None
