"""Figures asked for, and the most a charge can bring (engine/requests.py)."""

from __future__ import annotations

import pytest

from claimcheck.engine.match import VerdictKind
from claimcheck.engine.numbers.interval import Interval
from tests.engine.test_match import quantity, verdict

SENTENCE = quantity(
    ["sentenced", "jailed", "sentence", "prison"], Interval.point(12), unit="years"
)
ASKED = quantity(["sought", "asked for"], Interval.point(25), unit="years")
S, C, M = VerdictKind.SUPPORTED, VerdictKind.CONTRADICTED, VerdictKind.MISSING


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The judge sentenced Varga to 12 years in prison.", S),
        ("The judge sentenced Varga to 25 years in prison.", C),
        # asked for: no sentence stated
        ("Prosecutors sought a sentence of 25 years.", M),
        ("Prosecutors asked the judge to jail Varga for 25 years.", M),
        ("Lawyers urged the court to send him to prison for 25 years.", M),
        ("Prosecutors demanded a prison term of 25 years.", M),
        # the most the charge can bring
        ("Varga faced up to 40 years in prison.", M),
        ("The charge carries a maximum sentence of 40 years.", M),
        # a sentence handed down beside the request
        ("Prosecutors sought 25 years; the judge sentenced Varga to 12 years.", S),
    ],
)
def test_a_figure_asked_for_is_no_sentence(text: str, expected: VerdictKind) -> None:
    assert verdict(SENTENCE, text, ASKED).kind is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prosecutors had asked for 25 years in prison.", S),
        ("Prosecutors had asked for 30 years in prison.", C),
        ("Prosecutors may have asked for 30 years in prison.", M),
    ],
)
def test_a_claim_on_the_asking_reads_it_as_stated(
    text: str, expected: VerdictKind
) -> None:
    assert verdict(ASKED, text, SENTENCE).kind is expected
