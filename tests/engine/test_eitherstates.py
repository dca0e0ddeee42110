"""A figure counted under two states joined by "or", one of them the
claim's (claimcheck/engine/eitherstates.py)."""

from __future__ import annotations

from pathlib import Path

from tests.engine.verdicts import suite_verdict

SUITE = """
claims:
  - {id: homes, kind: quantity, measure: [homes, houses], context: [destroyed],
     equals: 8200, tolerance: 3%}
  - {id: schools, kind: quantity, measure: [schools], context: [closed, shut],
     equals: 640}
  - {id: razed, kind: quantity, measure: [homes], context: [destroyed, razed],
     equals: 6100}
"""


def test_the_claims_state_or_another_never_contradicts(tmp_path: Path) -> None:
    text = "Some 21,000 homes were destroyed or damaged."
    assert suite_verdict(tmp_path, SUITE, "homes", text) == "missing"


def test_a_state_set_apart_by_a_degree(tmp_path: Path) -> None:
    text = "Some 1,300 schools were closed or partly closed."
    assert suite_verdict(tmp_path, SUITE, "schools", text) == "missing"


def test_a_state_alone_still_contradicts(tmp_path: Path) -> None:
    text = "Some 21,000 homes were destroyed, and more were damaged."
    assert suite_verdict(tmp_path, SUITE, "homes", text) == "contradicted"


def test_two_of_the_claims_words_are_one_state(tmp_path: Path) -> None:
    text = "Some 9,000 homes were destroyed or razed."
    assert suite_verdict(tmp_path, SUITE, "razed", text) == "contradicted"


def test_words_that_name_no_state_join_none(tmp_path: Path) -> None:
    # "homes or more": a noun and a quantifier, no two states
    text = "Some 21,000 homes or more were destroyed in the valley."
    assert suite_verdict(tmp_path, SUITE, "homes", text) == "contradicted"
