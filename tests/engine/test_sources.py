"""A source that counts names no place (claimcheck/engine/sources.py)."""

from __future__ import annotations

import pytest

from claimcheck.engine.sources import is_source


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Unicef counted 40 dead.", "Unicef"),
        ("Reuters tallied 88 deaths.", "Reuters"),
        ("The Red Crescent said 212 people died.", "Red Crescent"),
        (
            "The Morvanian Bar Association recorded 65 deaths.",
            "Morvanian Bar Association",
        ),
        ("Unicef's death toll rose to 300.", "Unicef's"),
        ("Mercova said the coast was flattened. Mercova counted 90 dead.", "Mercova"),
        ("According to Halden, 90 died. Halden counted 90 dead.", "Halden"),
    ],
)
def test_a_source(text: str, name: str) -> None:
    assert is_source(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tessin counted 9 dead by Monday.", "Tessin"),
        ("Officials said Port Mara's 1,200 evacuees can return.", "Port Mara"),
        # quoted as a source, but also a place things happen in
        ("Moscow said 40 died. In Moscow, crowds gathered.", "Moscow"),
        ("Oram counted 40 dead. Oramville officials said little.", "Oram"),
    ],
)
def test_no_source(text: str, name: str) -> None:
    assert not is_source(text, name)
