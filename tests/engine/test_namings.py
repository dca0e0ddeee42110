"""A claim's bodies told by their initials, its persons without their titles."""

from __future__ import annotations

import pytest

from claimcheck.engine.namings import other_namings


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "the Northern Rail Safety Board blamed a faulty signal",
            ("the NRSB blamed a faulty signal",),
        ),
        (
            "Abbott signed a consent decree with the Food and Drug Administration",
            ("Abbott signed a consent decree with the FDA",),
        ),
        ("Governor Marken pardoned the fishermen", ("Marken pardoned the fishermen",)),
        ("Prime Minister Ilves resigned", ("Ilves resigned",)),
        (
            "Judge Tamsin Oduya dismissed the case",
            ("Tamsin Oduya dismissed the case",),
        ),
        # two capitalised words give initials too short to tell bodies apart
        ("the Port Authority closed the quay", ()),
        # a sentence's first "The" is no word of a name; a full name no title
        ("The dam held", ()),
        ("Paul Whelan was not included", ()),
    ],
)
def test_other_namings(text: str, found: tuple[str, ...]) -> None:
    assert other_namings(text) == found
