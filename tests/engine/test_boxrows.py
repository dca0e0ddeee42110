"""Fact boxes' rows in other forms: a row is a clause of its own, a label
may run past a relative clause, a label of another time binds nothing
(claimcheck/engine/clauses.py, reach.py, rows.py), a statement row is read
with its box's heading (claimcheck/engine/boxstatements.py), and a duration
in parts is one (claimcheck/engine/timeparts.py).

Every row here is written for this file; names and places are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.engine.articles import parse_article
from claimcheck.engine.boxstatements import _ROW, _rows, box_statements
from claimcheck.engine.index import build_lexicon, index_article
from claimcheck.engine.match import match_claim
from claimcheck.engine.numbers.reader import read_quantities
from claimcheck.engine.rows import other_time
from claimcheck.engine.statements import parse_sentence
from claimcheck.engine.terms import Terms
from claimcheck.engine.timeparts import joined_parts
from claimcheck.suite.loader import load_assertion_file

LEXICON = build_lexicon(
    [
        (Terms.of(["crashes"]), None),
        (Terms.of(["injuries", "injured"]), None),
        (Terms.of(["evacuated"]), None),
        (Terms.of(["rain"]), "mm"),
    ]
)


def bound_to(text: str, number: str) -> str | None:
    """The measure word ``number`` binds to."""
    index = index_article(parse_article(text, path="a.txt"), LEXICON, read_all=True)
    found = {text[m.quantity.start : m.quantity.end]: m for m in index.mentions}
    mention = found[number]
    return None if mention.bound is None else text[slice(*mention.bound)]


@pytest.mark.parametrize(
    ("text", "number", "word"),
    [
        # a long label, past a relative clause
        (
            "RECALL\nCrashes that regulators link to the fault: 90\nInjuries: 14",
            "90",
            "Crashes",
        ),
        (
            "HARBOUR FIRE\nPeople who were evacuated overnight: 2,300\nInjured: 12",
            "2,300",
            "evacuated",
        ),
        # a row's label names the measure of a value with a noun of its own
        (
            "FLOODS\nEvacuated: 2,300 households\nRain: 90 mm",
            "2,300",
            "Evacuated",
        ),
        (
            "Evacuated | about 2,300 homes\nInjured | 12",
            "about 2,300",
            "Evacuated",
        ),
        ("| Evacuated | 2,300 |\n| Injured | 12 |", "12", "Injured"),
        # (not a noun in prose)
        ("Crews evacuated the town. Then 40 boats arrived.", "40", None),
        # a row's figure never reaches into the next row
        ("RECALL\nCar models: 3\nInjuries: 14", "3", None),
        ("STORM\nBoats sunk | 40\nInjured | 12", "40", None),
        # a label of another time or event binds nothing
        (
            "FLOODS\nRain in the whole of last October: 180 mm\nEvacuated: 400",
            "180 mm",
            None,
        ),
        ("QUAKE\nInjuries in the 1998 quake: 64\nEvacuated: 400", "64", None),
        ("QUAKE\nPrevious record for injuries: 64\nEvacuated: 400", "64", None),
        # controls: a colon in prose, a time
        (
            "The mayor said: 300 crashes were reported on the ring road.",
            "300",
            "crashes",
        ),
        ("LIVE\n10:45 Rescuers say 12 people were injured", "12", "injured"),
    ],
)
def test_a_row_binds_its_own_label(text: str, number: str, word: str | None) -> None:
    assert bound_to(text, number) == word


@pytest.mark.parametrize(
    ("label", "other"),
    [
        ("Last year's strike length", True),
        ("Rain in the whole of last October", True),
        ("Deaths in the 1998 Vellar quake", True),
        ("Cause of the 2019 outage", True),
        ("Previous record", True),
        ("Deaths in the last 24 hours", False),
        ("Residents moved out since 3 May", False),
        ("Flights cancelled worldwide by Friday", False),
        ("Deaths in 2024", False),
    ],
)
def test_a_label_of_another_time(label: str, other: bool) -> None:
    assert other_time(label) is other


CLAIMS = """\
claims:
  - {id: cause, kind: statement, says: the outage was caused by a faulty update,
     contradicted_by: [the outage was caused by a cyberattack]}
  - {id: fix, kind: statement, says: the leak was fixed with a new valve}
"""


@pytest.fixture(scope="module")
def claims(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    folder: Path = tmp_path_factory.mktemp("box")
    (folder / "claims.yaml").write_text(CLAIMS, encoding="utf-8")
    loaded = load_assertion_file(
        folder / "claims.yaml", rootdir=folder, default_corpus=["."]
    )
    return {c.id: c for c in loaded.claims}


@pytest.mark.parametrize(
    ("claim_id", "text", "verdict"),
    [
        (
            "cause",
            "MERROW TRAM OUTAGE\nCause: a faulty signal update\nDelays: 4 hours",
            "supported",
        ),
        (
            "cause",
            "The outage in brief\nStart: 06:10\nCause - faulty update",
            "supported",
        ),
        (
            "cause",
            "MERROW TRAM OUTAGE\nCause: a cyberattack, the operator says",
            "contradicted",
        ),
        (
            "cause",
            "MERROW TRAM OUTAGE\nCause: not yet known\nDelays: 4 hours",
            "missing",
        ),
        (
            "cause",
            "MERROW TRAM OUTAGE\nCause of the 2021 outage: a faulty update",
            "missing",
        ),
        # a blank line ends the box: the heading is no longer its subject
        (
            "cause",
            "MERROW TRAM OUTAGE\n\nCause: a faulty update, engineers believe",
            "missing",
        ),
        (
            "fix",
            "GAS LEAK ON BRENN STREET\nFix: a new valve, fitted overnight",
            "supported",
        ),
        ("fix", "GAS LEAK ON BRENN STREET\nFix: still being planned", "missing"),
    ],
)
def test_a_statement_row_reads_with_its_heading(
    claims: dict[str, object], claim_id: str, text: str, verdict: str
) -> None:
    index = index_article(parse_article(text + "\n", path="a.txt"), build_lexicon([]))
    found = match_claim(claims[claim_id], index)  # type: ignore[arg-type]
    assert found.kind.value == verdict, [e.reason for e in found.evidence]


def test_no_box_no_rows() -> None:
    sentence = parse_sentence("the leak was fixed", lambda word: Terms.of([word]))
    text = "The leak was found on Monday. Crews fixed it by noon.\n"
    index = index_article(parse_article(text, path="a.txt"), build_lexicon([]))
    assert box_statements(index, sentence) == []


def _rows_line_by_line(text: str) -> list[tuple[object, ...]]:
    """The rows of a text's fact boxes read one line after another, as the
    definition in claimcheck/engine/boxstatements.py puts it."""
    found: list[tuple[object, ...]] = []
    heading = None
    pos = 0
    while pos < len(text):
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop
        line = (pos, stop)
        pos = stop + 1
        if not text[line[0] : line[1]].strip():
            heading = None
            continue
        row = _ROW.match(text, *line)
        if heading is None:
            heading = line if row is None else row.span("label")
            continue
        if row is not None and not other_time(row.group("label")):
            found.append((heading, line, row.end()))
    return found


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("OUTAGE AT A GLANCE\nCause: a faulty update\nFix: a patch\n", 2),
        ("Pay talks: where things stand\nOffer: 4%\nDemand: 7%\n\nA new block\n", 2),
        # a line of spaces ends a block; a time's colon makes no row
        ("Cause: a faulty update\n  \nCause: none\nFix - a patch\nTime: 10:45\n", 2),
        ("Heading\r\nCause | a storm\r\nCost \u2014 $4m\r\n\r\nOther\r\nLoss: 3", 3),
        ("SEOUL (AP) \u2014 Troops: 300 died.\nThey said: no.\n\n\nEnd: now", 1),
        # a mark past the label's longest run is none
        ("A line with no mark at all\nand another\n" + "x" * 70 + ": late mark\n", 0),
        ("Cause of the 2019 outage: a fire\nCause: a faulty update\nRoad - closed", 2),
        ("", 0),
    ],
)
def test_rows_found_at_once_are_those_read_line_by_line(text: str, count: int) -> None:
    index = index_article(parse_article(text, path="a.txt"), build_lexicon([]))
    expected = _rows_line_by_line(index.article.text)
    assert _rows(index) == expected
    assert len(expected) == count


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Strike length: five days and 16 hours", 136.0, "h"),
        ("The crew were trapped for 2 hours, 15 minutes.", 135.0, "min"),
        ("He served three years and six months in prison.", 42.0, "mo"),
        ("The search took one week and two days.", 9.0, "d"),
        # controls: the smaller first, another kind, a hedged part, other words
        ("Trains ran 16 hours and then 5 days later stopped.", 16.0, "h"),
        ("It rained for 3 days and 40 mm fell.", 3.0, "d"),
        ("The strike lasted about five days and 16 hours.", None, None),
    ],
)
def test_a_duration_in_parts_is_one(
    text: str, value: float | None, unit: str | None
) -> None:
    found = joined_parts(text, read_quantities(text))
    if value is None:
        assert len(found) == 2
    else:
        assert (found[0].interval.low, found[0].unit) == (value, unit)
