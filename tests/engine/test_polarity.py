"""Cues: how a clause puts the statement whose words it holds."""

from __future__ import annotations

import pytest

from claimcheck.engine.figure_cues import read_quantity_cues
from claimcheck.engine.polarity import Cues, Reading, read_cues


def cues(text: str, *words: str) -> Cues:
    """The cues of ``text`` around the first occurrence of each of ``words``."""
    spans = []
    for word in words:
        at = text.index(word)
        spans.append((at, at + len(word)))
    whole = (0, len(text))
    return read_cues(text, sentence=whole, clause=whole, words=sorted(spans))


@pytest.mark.parametrize(
    ("text", "words", "negations", "suppositions"),
    [
        ("The bridge stood.", ("bridge", "stood"), 0, set()),
        ("The bridge never stood.", ("bridge", "stood"), 1, set()),
        # "no" before a comparative and "than" is a bound; "no longer" denies
        ("The bank held the krona at no weaker than 9.", ("bank", "held"), 0, set()),
        (
            "The council capped rents at no more than 3%.",
            ("council", "capped"),
            0,
            set(),
        ),
        ("The council no longer caps rents.", ("council", "caps"), 1, set()),
        ("The bridge hasn't stood.", ("bridge", "stood"), 1, set()),
        # a denial verb, a rejected report, a report called false
        ("The mayor denied the bridge stood.", ("bridge", "stood"), 1, set()),
        ("Police dismissed reports the bridge stood.", ("bridge", "stood"), 1, set()),
        ("Claims that the bridge stood were baseless.", ("bridge", "stood"), 1, set()),
        # a negation before "and"/"but" and a verb group of its own governs
        # its own clause only; before a bare verb, both verbs
        (
            "The levees are not high and must be raised.",
            ("levees", "raised"),
            0,
            {"modal"},
        ),
        (
            "The airline has not apologised but will refund passengers.",
            ("airline", "refund"),
            0,
            {"future"},
        ),
        (
            "The clerk did not sign and return the form.",
            ("clerk", "return"),
            1,
            set(),
        ),
        (
            "The levees are high and must not be raised.",
            ("levees", "raised"),
            1,
            {"modal"},
        ),
        # double negation cancels
        ("No engineer denies that the bridge stood.", ("bridge", "stood"), 2, set()),
        # the statement's own words are no cue: a denial can be the claim
        ("The club denied cheating.", ("club", "denied", "cheating"), 0, set()),
        # infinitives: unrealised, refused, forced
        ("The coach faced calls to quit.", ("coach", "quit"), 0, {"intention"}),
        ("The coach refused to quit.", ("coach", "quit"), 1, set()),
        ("The coach was forced to quit.", ("coach", "quit"), 0, set()),
        ("The coach has no plans to quit.", ("coach", "quit"), 1, set()),
        # suppositions
        ("Did the bridge stand?", ("bridge", "stand"), 0, {"question"}),
        ("If the bridge stands, trains run.", ("bridge", "stands"), 0, {"condition"}),
        (
            "If rain eases and the bridge stands, trains run.",
            ("bridge", "stands"),
            0,
            {"condition"},
        ),
        (
            "Had the bridge stood, trains would have run.",
            ("bridge", "stood"),
            0,
            {"counterfactual"},
        ),
        ("The bridge might stand.", ("bridge", "stand"), 0, {"modal"}),
        ("The bridge may stand.", ("bridge", "stand"), 0, {"modal"}),
        # "May" with a capital is the month
        ("The bridge, built in May, did not stand.", ("bridge", "stand"), 1, set()),
        (
            "Experts could not rule out that the bridge fell.",
            ("bridge", "fell"),
            0,
            {"possibility"},
        ),
        # the subject's own plan before the act, not another's wish for it,
        # nor a plan named before the subject
        (
            "The club plans to appeal.",
            ("club", "appeal"),
            0,
            {"intention", "plan"},
        ),
        ("The club vowed to appeal.", ("club", "appeal"), 0, {"intention", "plan"}),
        ("The club is expected to appeal.", ("club", "appeal"), 0, {"intention"}),
        ("The club was urged to appeal.", ("club", "appeal"), 0, {"intention"}),
        (
            "Plans to close the club were put forward.",
            ("close", "club"),
            0,
            {"intention"},
        ),
        # an act under consideration, a deadline
        ("The club is considering an appeal.", ("club", "appeal"), 0, {"topic"}),
        ("The club is weighing an appeal.", ("club", "appeal"), 0, {"topic"}),
        ("The club has until Friday to pay.", ("club", "pay"), 0, {"intention"}),
        # the error a correction quotes
        (
            "An earlier version of this article said the club paid.",
            ("club", "paid"),
            0,
            {"corrected"},
        ),
        (
            "A previous version of this story wrongly stated that the club had not"
            " paid.",
            ("club", "paid"),
            1,
            {"corrected"},
        ),
        ("The version the club paid for was earlier.", ("club", "paid"), 0, set()),
        # a modal in an aside of its own does not reach the statement
        (
            "The club, which could face a fine, denied cheating.",
            ("club", "denied", "cheating"),
            0,
            set(),
        ),
    ],
)
def test_cues(
    text: str, words: tuple[str, ...], negations: int, suppositions: set[str]
) -> None:
    found = cues(text, *words)
    assert found.negations == negations
    assert found.suppositions == suppositions


def test_reading_of_cues() -> None:
    assert Cues().reading is Reading.AFFIRMED
    assert Cues(negations=1).reading is Reading.NEGATED
    assert Cues(negations=2).reading is Reading.AFFIRMED
    assert Cues(suppositions=frozenset({"modal"})).reading is Reading.HYPOTHETICAL


@pytest.mark.parametrize(
    ("text", "figure", "suppositions"),
    [
        ("The tally reached 40.", "40", set()),
        ("The tally is estimated at 40.", "40", set()),
        ("Medics put the tally at 40.", "40", set()),
        ("The tally could climb past 40.", "40", {"modal"}),
        ("The mill intends to hire 40 staff.", "40", {"intention"}),
        ("Its outlook points to 40 new stores.", "40", {"forecast"}),
        ("Survey data point to 4% growth.", "4%", {"forecast"}),
        # what a poll gives or suggests
        ("Exit polls gave the party 90 seats.", "90", {"forecast"}),
        ("Polls suggest the party will take 31%.", "31%", {"forecast"}),
        # a figure still to come: the eventual toll, a worst case
        ("A model puts the eventual toll at 40.", "40", {"forecast"}),
        ("A worst-case model puts deaths at 40.", "40", {"forecast"}),
        ("The worst case of its kind killed 40.", "40", set()),
        ("The eventual winner took 40%.", "40%", set()),
        # a change in points, then the level it reached: no forecast
        ("The bank cut by 0.25 percentage points to 4.75%.", "4.75%", set()),
        ("The rate rose by a quarter-point to 5%.", "5%", set()),
        ("Yields fell 25 basis points to 4.5%.", "4.5%", set()),
        ("Support rose half a point to 31%.", "31%", set()),
        ("Will the tally reach 40?", "40", {"question"}),
        ("If rain returns, the tally will reach 40.", "40", {"condition"}),
        ("Deaths due to the fever rose to 40.", "40", set()),
        # a definite future, and reported speech's "would", state the figure
        ("The mill will hire 40 staff.", "40", set()),
        ("The mill said it would hire 40 staff.", "40", set()),
        ("The cuts would affect 40 staff.", "40", {"modal"}),
        ("The toll is feared to exceed 60.", "60", {"intention"}),
        # a capacity in the present is no account of what happened
        ("The hall holds up to 40 guests.", "up to 40", {"capacity"}),
        ("The tram runs at up to 40 km/h.", "up to 40", {"capacity"}),
        ("The tram was running at up to 40 km/h.", "up to 40", set()),
        ("Up to 40 guests were inside.", "Up to 40", set()),
        ("The hall holds 40 guests.", "40", set()),
    ],
)
def test_quantity_cues(text: str, figure: str, suppositions: set[str]) -> None:
    whole = (0, len(text))
    found = read_quantity_cues(
        text, sentence=whole, clause=whole, start=text.index(figure)
    )
    assert found.suppositions == suppositions


@pytest.mark.parametrize(
    ("text", "figure", "suppositions"),
    [
        # "might have", "could have" suppose; "may have" is an estimate
        ("Rescuers said 60 miners might have died.", "60", {"modal"}),
        ("Officials fear 60 people could have been killed.", "60", {"modal"}),
        ("Up to 60 people may have died.", "Up to 60", {"estimate"}),
        ("60 people died, and more may have been hurt.", "60", set()),
    ],
)
def test_a_modal_after_the_figure(
    text: str, figure: str, suppositions: set[str]
) -> None:
    whole = (0, len(text))
    start = text.index(figure)
    found = read_quantity_cues(
        text, sentence=whole, clause=whole, start=start, end=start + len(figure)
    )
    assert found.suppositions == suppositions
