"""Figures of a body other than the story's (claimcheck/engine/bodies.py)."""

from __future__ import annotations

import pytest

from claimcheck.engine.bodies import other_body, other_owner
from claimcheck.engine.numbers.reader import Quantity, read_quantities


def _at(text: str, number: str, measure: str) -> tuple[Quantity, tuple[int, int]]:
    q = next(q for q in read_quantities(text, article=text) if q.text == number)
    start = text.index(measure)
    return q, (start, start + len(measure))


@pytest.mark.parametrize(
    ("text", "number", "owner"),
    [
        # a subject an adjective calls another's, headline or not
        (
            "Neighbouring Tarsk counted 14 deaths from the storm.",
            "14",
            "Neighbouring Tarsk",
        ),
        ("Rival lenders cut 900 jobs last year.", "900", "Rival lenders"),
        ("Other carriers grounded 60 planes on Sunday.", "60", "Other carriers"),
        # another name than the headline's, as the subject of the clause
        (
            "Harrow Mutual fined\n\nBriar Savings, a smaller lender,"
            " was fined 8 million.",
            "8 million",
            "Briar Savings",
        ),
        (
            "Velland quake\n\nThe Red Lion Hotel, which stood near the port,"
            " lost 30 rooms.",
            "30",
            "Red Lion Hotel",
        ),
        (
            "Dunmere dock strike\n\nThe Port of Kessa handled 4,000 boxes on Monday.",
            "4,000",
            "Port of Kessa",
        ),
        # a one-word name written nowhere else, that acts in the past tense
        (
            "Cape Lessa wreck\n\nOrvia declared a day of mourning for its 12 dead.",
            "12",
            "Orvia",
        ),
    ],
)
def test_another_body_is_the_subject(text: str, number: str, owner: str) -> None:
    q = next(q for q in read_quantities(text, article=text) if q.text == number)
    found = other_body(text, q)
    assert found is not None
    assert text[found[0] : found[1]] == owner


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # no headline naming the story's own: the lead's subject is the story's
        ("Briar Savings was fined 8 million on Tuesday.", "8 million"),
        # the headline's own name, or a short form of it
        ("Harrow Mutual fined\n\nHarrow Mutual was fined 40 million.", "40 million"),
        ("Ida Brenn jailed\n\nBrenn was given 9 years on Friday.", "9 years"),
        # a source that reports the story's figure
        ("Velland quake\n\nThe Red Crescent said 300 people had died.", "300"),
        ("Velland quake\n\nAmnesty International counted 300 dead.", "300"),
        ("Velland quake\n\nPresident Ana Lutz put the toll at 300.", "300"),
        ("Velland quake\n\nDunmere General Hospital counted 450 dead.", "450"),
        # the story's own demonym
        (
            "Kestria quake\n\nThe Kestrian army has recovered 450 dead.",
            "450",
        ),
        # a title: the story's own officials may act for it
        ("Velland quake\n\nPresident Ana Lutz declared 3 days of mourning.", "3 days"),
        # the figure in another clause than the subject's
        ("Libra floods\n\nDorsa was hit hardest when 3 dams burst.", "3"),
        # a headline naming nothing: its one word is a common one
        (
            "Airline chaos\n\nDelmar Air cancelled 7,000 flights; the airline"
            " apologised.",
            "7,000",
        ),
        # the story's own after the verb, named or a pronoun
        ("Kestrel fined\n\nOfgem fined Kestrel 3 million pounds.", "3 million pounds"),
        ("Oren Vasch jailed\n\nMara Quill sentenced him to 12 years.", "12 years"),
        # a capitalised common word opening the sentence
        (
            "Velland quake\n\nNearly two-thirds of those killed, 97 people,"
            " were women.",
            "97",
        ),
        ("Velland quake\n\nRescuers pulled 40 people from the rubble.", "40"),
        ("Velland quake\n\nFloods killed 40 more people downstream.", "40"),
        ("Velland quake\n\nFlooding destroyed 40 homes in the valley.", "40"),
        ("Velland quake\n\nFire destroyed 40 homes; the fire burned on.", "40"),
    ],
)
def test_no_other_body(text: str, number: str) -> None:
    q = next(q for q in read_quantities(text, article=text) if q.text == number)
    assert other_body(text, q) is None


@pytest.mark.parametrize(
    ("text", "number", "measure", "owner"),
    [
        (
            "The Orvish central bank raised rates, above the Tessan central bank's"
            " rate of 3%.",
            "3%",
            "rate",
            "Tessan",
        ),
        (
            "Ferry sinking\n\nThe judge gave Oli Varn, the mate, 4 years.",
            "4 years",
            "years",
            "Oli Varn",
        ),
        (
            "Ida Brenn jailed\n\nBrenn got far less than the 30 years given"
            " to Tam Osk.",
            "30 years",
            "years",
            "Tam Osk",
        ),
    ],
)
def test_another_owner(text: str, number: str, measure: str, owner: str) -> None:
    q, bound = _at(text, number, measure)
    found = other_owner(text, q, bound, 0, len(text))
    assert found is not None
    assert text[found[0] : found[1]] == owner


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        # the story's own demonym
        ("The Orvish central bank's rate of 4% is the highest in Orvia.", "4%", "rate"),
        ("Ida Brenn jailed\n\nThe judge gave Brenn 9 years.", "9 years", "years"),
        # no headline: who is the story's own is not said
        ("The judge gave Oli Varn 4 years.", "4 years", "years"),
    ],
)
def test_no_other_owner(text: str, number: str, measure: str) -> None:
    q, bound = _at(text, number, measure)
    assert other_owner(text, q, bound, 0, len(text)) is None


def test_named_subject_test_never_skips_a_match() -> None:
    """The cheap test before the named-subject pattern (its commas, marks
    and semicolons) lets through every stretch the pattern matches, over
    every figure of the project's article corpora."""
    from pathlib import Path

    from claimcheck.engine.bodies import _NAMED, _may_name
    from claimcheck.engine.comparisons import sentence_start

    root = Path(__file__).resolve().parents[2]
    files = [*sorted((root / "seeds").glob("*.txt"))]
    for corpus in ("realistic", "heldout", "fresh"):
        files += sorted((root / "tests" / "data" / corpus).rglob("*.txt"))
    assert len(files) > 20
    matched = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        for q in read_quantities(text):
            sentence = sentence_start(text, q.start)
            if _NAMED.match(text, sentence, q.start) is not None:
                matched += 1
                assert _may_name(text, sentence, q), (path.name, q.text)
    assert matched > 10
