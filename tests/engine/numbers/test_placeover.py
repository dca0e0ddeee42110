"""Over after a verb of spreading: where a count lies, not a bound
(claimcheck/engine/numbers/placeover.py).

Every sentence here is written for this file; the stories are invented.
"""

from __future__ import annotations

import pytest

from claimcheck.engine.numbers.reader import read_quantities


def _interval(text: str, figure: str) -> tuple[float | None, float | None]:
    q = next(q for q in read_quantities(text) if figure in q.text)
    return q.interval.low, q.interval.high


@pytest.mark.parametrize(
    "text",
    [
        "The cases are spread over 14 provinces.",
        "The cases are distributed over 14 federal states.",
        "Debris lay scattered over 14 fields.",
        "The estate sprawls over 14 hectares.",
    ],
)
def test_over_after_a_verb_of_spreading_is_exact(text: str) -> None:
    assert _interval(text, "14") == (14, 14)


@pytest.mark.parametrize(
    "text",
    [
        "The outbreak has spread to over 14 provinces.",
        "Cases were confirmed in over 14 provinces.",
        "Over 14 provinces reported cases.",
    ],
)
def test_over_elsewhere_is_a_bound(text: str) -> None:
    assert _interval(text, "14") == (14, None)
