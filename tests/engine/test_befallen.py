"""A claim on a kind among the victims (claimcheck/engine/befallen.py).

Every sentence here is written for this file; the stories are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.engine.verdicts import suite_verdict

SUITE = """
claims:
  - {id: dead, kind: quantity, measure: [killed, died, dead], equals: 160}
  - id: foreign-dead
    kind: quantity
    measure: [foreigners, foreign nationals, foreign victims]
    equals: 26
  - id: women-dead
    kind: quantity
    claim: Women among the dead
    measure: [women]
    equals: 102
  - {id: aboard, kind: quantity, measure: [passengers], equals: 190}
"""


@pytest.mark.parametrize(
    ("claim", "text", "verdict"),
    [
        # the claim names the victims: its group's figure before the verb
        ("foreign-dead", "The 26 foreign nationals killed were named.", "supported"),
        ("foreign-dead", "Families mourn 31 foreigners killed in it.", "contradicted"),
        ("women-dead", "In all, 102 women died in the crush.", "supported"),
        # a claim on the group as a whole does not read what befell part of it
        ("aboard", "Forty-six passengers died when the ferry capsized.", "missing"),
        ("dead", "Forty-six passengers died when the ferry capsized.", "contradicted"),
    ],
)
def test_a_kind_among_the_victims(
    tmp_path: Path, claim: str, text: str, verdict: str
) -> None:
    assert suite_verdict(tmp_path, SUITE, claim, text) == verdict
