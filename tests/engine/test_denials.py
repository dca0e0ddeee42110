"""Reports a sentence calls false (claimcheck/engine/denials.py)."""

from __future__ import annotations

import pytest

from claimcheck.engine.denials import denied_report, reported_false


def _denied(text: str, item: str) -> bool:
    start = text.index(item)
    return denied_report(text, start, start + len(item)) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Officials dismissed reports of 40 dead as false.",
        "Police denied rumours that 40 people had died.",
        "The club rejected a claim that 40 fans were killed.",
        "A viral post falsely claimed that 40 people had died.",
        "Reports of 40 deaths were untrue, the mayor said.",
        "Rumours of 40 deaths, later debunked, spread online.",
        "Claims that 40 fans died spread online, but officials called them false.",
        "Officials dismissed as baseless the idea that 40 people died.",
    ],
)
def test_a_figure_in_a_report_called_false(text: str) -> None:
    assert _denied(text, "40")


@pytest.mark.parametrize(
    "text",
    [
        "Officials did not deny that 40 people had died.",
        "Officials denied that the gates were locked and said 40 people died.",
        "The club confirmed reports that 40 fans were killed.",
        "Voters rejected the plan that would have cut 40 jobs.",
        "The council dismissed 40 workers on Monday.",
        "The toll of 40 dead is accurate, police said, rejecting false rumours.",
    ],
)
def test_a_figure_the_sentence_states(text: str) -> None:
    assert not _denied(text, "40")


def test_a_statement_in_a_report_called_false_gains_one_negation() -> None:
    text = "Claims that the blast was an attack spread as a conspiracy theory."
    words = ((text.index("blast"), text.index("blast") + 5),)
    assert reported_false(text, (0, len(text)), words) == 1
    plain = "Investigators said the blast was an attack."
    words = ((plain.index("blast"), plain.index("blast") + 5),)
    assert reported_false(plain, (0, len(plain)), words) == 0


def test_another_report_called_false_leaves_the_figure() -> None:
    text = (
        "A figure of 40 dead was given by police, who said earlier reports were wrong."
    )
    assert not _denied(text, "40")
