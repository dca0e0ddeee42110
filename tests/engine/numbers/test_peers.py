"""The reader on the peer suites: value and value+unit per kind.

The cases come from Recognizers-Text's and quantulum3's English test data
(converted by benchmarks/import_peers.py; skipped when absent).  Every case
the reader misses is listed in peer_misses.py with a reason, so the run
passes while printing the figures, e.g.
``peer suites: value 827/884, value+unit 816/884 (number 257/294, ...)``.
A regression fails a case; so does a fixed case still listed.
"""

from __future__ import annotations

from typing import Any

import pytest

from claimcheck.engine.numbers.reader import read_quantities
from tests.engine.numbers import peer_cases
from tests.engine.numbers.peer_misses import EXPECTED_MISSES

CASES = peer_cases.load()
needs_cases = pytest.mark.skipif(
    not CASES, reason="peer cases absent: run benchmarks/import_peers.py"
)


def _read(text: str) -> list[peer_cases.Reading]:
    return [(q.interval.low, q.interval.high, q.unit) for q in read_quantities(text)]


@needs_cases
def test_peer_suites(record_property: Any) -> None:
    counts = peer_cases.tally(CASES, _read)
    record_property("peers", peer_cases.line(counts))
    missed = {
        case["id"]
        for case in CASES
        if not peer_cases.score(case, _read(case["text"]))[1]
    }
    regressed = sorted(missed - EXPECTED_MISSES.keys())
    fixed = sorted(EXPECTED_MISSES.keys() - missed)
    assert not regressed, f"cases no longer read: {regressed}"
    assert not fixed, f"cases now read; remove them from peer_misses.py: {fixed}"


def test_scoring_counts_hedged_numbers_and_subunits() -> None:
    """The scorer's own rules, on cases written here."""
    point = {"kind": "dimension", "unit": "Mile", "low": 10.0, "high": 10.0}
    assert peer_cases.score(point, [(9.0, 11.0, "mi")]) == (True, True)
    assert peer_cases.score(point, [(10.0, None, "km")]) == (True, False)
    assert peer_cases.score(point, [(9.5, 9.5, "mi")]) == (False, False)
    cents = {"kind": "currency", "unit": "Cent", "low": 50.0, "high": 50.0}
    assert peer_cases.score(cents, [(0.5, 0.5, "currency:USD")]) == (True, True)
