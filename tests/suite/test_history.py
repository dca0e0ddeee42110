"""suite/history.py: a quantity claim's ``history`` as the loader reads it."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from claimcheck.claims import OutdatedPolicy, QuantityClaim
from claimcheck.engine.numbers.interval import Interval
from claimcheck.errors import ClaimcheckError
from claimcheck.suite.loader import load_assertion_file

HEAD = "claims:\n  - id: toll\n    kind: quantity\n    measure: [killed]\n"


def load(tmp_path: Path, body: str) -> QuantityClaim:
    path = tmp_path / "toll.yaml"
    path.write_text(HEAD + body, encoding="utf-8")
    claim = load_assertion_file(path, rootdir=tmp_path, default_corpus=["."]).claims[0]
    assert isinstance(claim, QuantityClaim)
    return claim


def test_each_entry_takes_any_expectation(tmp_path: Path) -> None:
    claim = load(
        tmp_path,
        "    equals: 42\n"
        "    tolerance: 1\n"
        "    history:\n"
        "      - {until: 2025-01-10, at_least: 5}\n"
        "      - {until: '2025-01-12', between: [30, 35]}\n"
        "      - {until: 2025-01-14, equals: 38, tolerance: '10%'}\n",
    )
    assert [p.until for p in claim.history] == [
        datetime.date(2025, 1, 10),
        datetime.date(2025, 1, 12),
        datetime.date(2025, 1, 14),
    ]
    # the claim's tolerance applies unless the entry gives its own
    assert claim.history[0].expected == Interval(low=4, high=None)
    assert claim.history[1].expected == Interval(low=29, high=36)
    assert claim.history[2].expected == Interval(low=38 - 3.8, high=38 + 3.8)
    assert [p.rendering for p in claim.history] == [
        ">= 5",
        "between 30 and 35",
        "= 38",
    ]
    assert claim.outdated is None


def test_a_claim_without_history(tmp_path: Path) -> None:
    assert load(tmp_path, "    equals: 42\n").history == ()


def test_outdated_from_the_claim_or_the_defaults(tmp_path: Path) -> None:
    assert load(tmp_path, "    equals: 4\n    outdated: skip\n").outdated is (
        OutdatedPolicy.SKIP
    )
    path = tmp_path / "toll.yaml"
    path.write_text("defaults: {outdated: fail}\n" + HEAD + "    equals: 4\n")
    claim = load_assertion_file(path, rootdir=tmp_path, default_corpus=["."]).claims[0]
    assert isinstance(claim, QuantityClaim)
    assert claim.outdated is OutdatedPolicy.FAIL


@pytest.mark.parametrize(
    ("body", "where", "words"),
    [
        (
            "    equals: 4\n    history:\n      - {until: March 3, equals: 2}\n",
            "toll.yaml:7:17:",
            "'until' in history entry #1 of claim 'toll' must be a date such as"
            " 2025-01-14, got 'March 3'",
        ),
        (
            "    equals: 4\n    history:\n      - {until: 2025-02-30, equals: 2}\n",
            "toll.yaml:7:17:",
            "must be a date",
        ),
        (
            "    equals: 4\n    history:\n"
            "      - {until: 2025-03-05, equals: 2}\n"
            "      - {until: 2025-03-01, equals: 3}\n",
            "toll.yaml:8:9:",
            "history entry #2 of claim 'toll' is out of order: until 2025-03-01 is"
            " not after 2025-03-05",
        ),
        (
            "    equals: 4\n    history:\n"
            "      - {until: 2025-03-05, equals: 2}\n"
            "      - {until: 2025-03-05, equals: 3}\n",
            "toll.yaml:8:9:",
            "out of order",
        ),
        (
            "    equals: 4\n    history:\n      - {until: 2025-03-05}\n",
            "toll.yaml:7:9:",
            "history entry #1 of claim 'toll' has no expectation",
        ),
        (
            "    equals: 4\n    history:\n      - {equals: 2}\n",
            "toll.yaml:7:9:",
            "history entry #1 of claim 'toll' has no 'until'",
        ),
        (
            "    equals: 4\n    history:\n      - {until: 2025-03-05, equls: 2}\n",
            "toll.yaml:7:29:",
            "unknown key 'equls' in history entry #1 of claim 'toll' (did you mean"
            " 'equals'?)",
        ),
        (
            "    equals: 4\n    history: {until: 2025-03-05, equals: 2}\n",
            "toll.yaml:6:14:",
            "'history' in claim 'toll' must be a list of earlier values",
        ),
        (
            "    equals: 4\n    history: []\n",
            "toll.yaml:6:14:",
            "must be a list of earlier values",
        ),
        (
            "    equals: 4\n    history:\n      - 2025-03-05\n",
            "toll.yaml:7:9:",
            "history entry #1 of claim 'toll' must be a mapping",
        ),
        (
            "    equals: 4\n    outdated: never\n",
            "toll.yaml:6:15:",
            "'outdated' in claim 'toll' must be one of",
        ),
    ],
)
def test_a_mistake_names_its_place(
    tmp_path: Path, body: str, where: str, words: str
) -> None:
    with pytest.raises(ClaimcheckError) as info:
        load(tmp_path, body)
    message = str(info.value)
    assert message.startswith(f"{where} "), message
    assert words in message


def test_history_is_for_quantities(tmp_path: Path) -> None:
    path = tmp_path / "toll.yaml"
    path.write_text(
        "claims:\n  - id: dam\n    kind: statement\n    says: the dam held\n"
        "    history: [{until: 2025-03-05, equals: 2}]\n"
    )
    with pytest.raises(ClaimcheckError) as info:
        load_assertion_file(path, rootdir=tmp_path, default_corpus=["."])
    assert str(info.value).startswith(
        "toll.yaml:5:5: key 'history' does not apply to statement claim 'dam'"
        " (it is for quantity claims)"
    )
