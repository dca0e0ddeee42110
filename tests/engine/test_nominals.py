"""Acts worded as nouns (claimcheck/engine/nominals.py)."""

from __future__ import annotations

import pytest

from claimcheck.engine.derived import derive
from claimcheck.engine.nominals import act_counts, names_act, with_irregular


def test_irregular_nouns_join_the_derived_ones() -> None:
    assert "implosion" in with_irregular(derive("imploded"), "imploded").nominals
    assert "loss" in with_irregular(derive("lost"), "lost").nominals
    assert "lawsuit" in with_irregular(derive("sued"), "sued").nominals
    # the rule-formed nouns stay
    assert "evacuation" in with_irregular(derive("evacuated"), "evacuated").nominals


def _counts(text: str, noun: str) -> bool:
    start = text.index(noun)
    return act_counts(text, start, start + len(noun), (0, len(text)))


@pytest.mark.parametrize(
    ("text", "noun", "expected"),
    [
        ("The collapse of the levee flooded three villages.", "collapse", True),
        ("Hours after the levee's collapse, water reached the town.", "collapse", True),
        ("The ship drifted after a loss of power.", "loss", True),
        ("The submersible suffered a catastrophic implosion.", "implosion", True),
        ("A lawsuit by the county seeks damages.", "lawsuit", True),
        ("Forty people died in a crash on Monday.", "crash", True),
        ("Fears of a collapse of the levee grew overnight.", "collapse", False),
        ("Engineers warned of a possible collapse of the levee.", "collapse", False),
        ("Workers called for the evacuation of the plant.", "evacuation", False),
        ("The county threatened a lawsuit against the firm.", "lawsuit", False),
        ("Engineers modelled the implosion of a submersible hull.", "implosion", False),
        ("A collapse of the levee would flood the town.", "collapse", False),
        # the verb itself is read as any verb is
        ("The levee did not collapse.", "collapse", True),
    ],
)
def test_a_noun_of_an_act_states_it_where_taken_as_done(
    text: str, noun: str, expected: bool
) -> None:
    with_irregular(derive("collapsed"), "collapsed")
    with_irregular(derive("crashed"), "crashed")
    assert _counts(text, noun) is expected


def test_a_possessive_before_an_act_names_whose_act() -> None:
    imploded = frozenset(with_irregular(derive("imploded"), "imploded").nominals)
    text = "The submersible's implosion killed all five."
    assert names_act(text, text.index("'s") + 2, imploded)
    assert not names_act("The minister's deputy resigned.", 14, imploded)
    collapsed = frozenset(with_irregular(derive("collapsed"), "collapsed").nominals)
    text = "The levee's sudden collapse flooded the town."
    assert names_act(text, text.index("'s") + 2, collapsed)
    # the nouns are the statement's own: another statement's act is none
    assert not names_act(text, text.index("'s") + 2, imploded)
