"""The ``claimcheck extract`` command."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from claimcheck.cli import main

ARTICLE = (
    "The flood killed 45 people and displaced more than 10,000.\n"
    "It submerged 380 square miles in 1998 terms, a 26-year-old farmer said.\n"
)
SUITE = """\
claims:
  - id: flood-dead
    kind: quantity
    measure: [killed]
    equals: 45
  - id: flood-area
    kind: quantity
    measure: [submerged]
    unit: km2
    equals: 984
"""


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "flood.txt"
    path.write_text(ARTICLE)
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_extract_prints_each_quantity_with_its_place(
    article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(capsys, "extract", str(article))
    assert status == 0
    assert out.splitlines() == [
        f"{article}:1:18: '45' [45, 45] -> 'killed'",
        f"{article}:1:42: 'more than 10,000' (10000, inf) -> 'displaced'",
        f"{article}:2:14: '380 square miles' [380, 380] mi2",
        # an age carries its unit, so no count claim ever reads it
        f"{article}:2:48: '26-year' [26, 26] yr",
    ]


def test_extract_json_has_the_documented_keys(
    article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(capsys, "extract", "--json", str(article))
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["text"] for r in records] == [
        "45",
        "more than 10,000",
        "380 square miles",
        "26-year",
    ]
    area = records[2]
    assert area["low"] == area["high"] == 380
    assert area["unit"] == "mi2"
    assert ARTICLE[area["start"] : area["end"]] == "380 square miles"
    assert (area["line"], area["column"]) == (2, 14)
    unbounded = records[1]
    assert (unbounded["low"], unbounded["high"]) == (10000, None)
    assert (unbounded["low_inclusive"], unbounded["high_inclusive"]) == (False, False)


def test_extract_names_the_claims_a_number_counts_for(
    article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "assertions").mkdir()
    (tmp_path / "assertions" / "flood.yaml").write_text(SUITE)
    _, out, _ = run(
        capsys,
        "extract",
        "--json",
        "--assertions",
        str(tmp_path / "assertions"),
        str(article),
    )
    claims = {r["text"]: r["claims"] for r in map(json.loads, out.splitlines())}
    assert claims == {
        "45": ["flood-dead"],
        "more than 10,000": [],
        "380 square miles": ["flood-area"],
        "26-year": [],
    }


def test_extract_reads_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("Nearly 300 soldiers died.\n"))
    _, out, _ = run(capsys, "extract", "-")
    assert out == "<stdin>:1:1: 'Nearly 300' [270, 300] -> 'died'\n"


def test_a_missing_file_is_one_clean_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(capsys, "extract", str(tmp_path / "gone.txt"))
    assert status == 2
    assert out == ""
    gone = tmp_path / "gone.txt"
    assert err == f"claimcheck: {gone}: article not found; was it moved or deleted?\n"


def test_a_broken_assertion_folder_is_one_clean_error(
    article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "x.yaml").write_text("claims: [\n")
    status, _, err = run(
        capsys, "extract", "--assertions", str(tmp_path / "bad"), str(article)
    )
    assert status == 2
    assert err.startswith("claimcheck: ") and "x.yaml:2:1" in err
    assert "Traceback" not in err


STATEMENTS = """\
claims:
  - id: levee-held
    kind: statement
    says: the levee held
    contradicted_by: [the levee broke]
"""


def test_extract_shows_the_statements_found_and_how_they_are_put(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "assertions").mkdir()
    (tmp_path / "assertions" / "levee.yaml").write_text(STATEMENTS)
    story = tmp_path / "levee.txt"
    story.write_text(
        "Crews said the old levee held overnight.\n"
        "Nobody knows whether the levee broke further south.\n"
    )
    folder = str(tmp_path / "assertions")
    _, out, _ = run(capsys, "extract", "--assertions", folder, str(story))
    assert out.splitlines() == [
        # the attribution stays in the quote, and so does what made it a
        # supposition
        f"{story}:1:1: [levee-held] supports (affirmed): states 'the levee held':"
        " 'Crews said the old levee held'",
        f"{story}:2:1: [levee-held] neither (hypothetical (condition)): puts"
        " 'the levee broke' as a supposition: it states nothing:"
        " 'Nobody knows whether the levee broke'",
    ]
    _, out, _ = run(capsys, "extract", "--json", "--assertions", folder, str(story))
    records = [json.loads(line) for line in out.splitlines()]
    assert [(r["kind"], r["claim"], r["bearing"]) for r in records] == [
        ("statement", "levee-held", "supports"),
        ("statement", "levee-held", "neither"),
    ]
    assert records[0]["reading"] == "affirmed"
