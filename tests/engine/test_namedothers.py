"""Names listed before "and N other" and a noun
(claimcheck/engine/namedothers.py).

Every sentence here is written for this file; the stories are invented.
"""

from __future__ import annotations

import pytest

from claimcheck.engine.namedothers import named_others
from claimcheck.engine.numbers.reader import read_quantities


def _count(text: str, figure: str, noun: str) -> float | None:
    q = next(q for q in read_quantities(text) if q.text == figure)
    start = text.index(noun, q.end)
    found = named_others(text, q, (start, start + len(noun)))
    return None if found is None else found.interval.low


@pytest.mark.parametrize(
    ("text", "figure", "count"),
    [
        ("Norvia, Ostrand and six other countries signed.", "six", 8),
        ("Norvia and seven other countries signed.", "seven", 8),
        ("Signed by Norvia, Ostrand, Kessel and five other countries.", "five", 8),
        ("By Monday, Norvia and six other countries had signed.", "six", 7),
        ("Talks ended. Velm Athletic and two other countries left.", "two", 3),
    ],
)
def test_the_names_join_the_count(text: str, figure: str, count: int) -> None:
    assert _count(text, figure, "countries") == count


@pytest.mark.parametrize(
    "text",
    [
        "Six other countries signed later.",
        "The envoys and six other countries signed.",
        "Norvia signed, and six countries followed.",
    ],
)
def test_no_names_no_sum(text: str) -> None:
    assert _count(text, "six" if "six" in text else "Six", "countries") is None
