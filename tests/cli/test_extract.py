"""The ``claimcheck extract`` command."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from claimcheck.cli import main
from claimcheck.engine.html import extractor_missing

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


@pytest.mark.parametrize("through_link", [False, True], ids=["device", "link"])
def test_a_device_is_refused_not_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], through_link: bool
) -> None:
    name = "/dev/zero"
    if through_link:
        link = tmp_path / "zero.txt"
        link.symlink_to("/dev/zero")
        name = str(link)
    status, out, err = run(capsys, "extract", name)
    assert (status, out) == (2, "")
    via = " (a link to /dev/zero)" if through_link else ""
    assert err == (
        f"claimcheck: {name}{via} is a character device, not an article file;"
        " give the path of a text, Markdown or HTML file (or - to read standard"
        " input)\n"
    )


def test_a_named_pipe_is_refused_without_blocking(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    status, _, err = run(capsys, "extract", str(pipe))
    assert status == 2
    assert "is a named pipe, not an article file" in err


def test_a_folder_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(capsys, "extract", str(tmp_path))
    assert status == 2
    assert err.startswith(f"claimcheck: {tmp_path} is a folder, not an article file")


def test_a_non_utf8_article_is_read_with_one_clean_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Le caf\xe9 a accueilli 45 personnes.\n".encode("cp1252"))
    status, out, err = run(capsys, "extract", str(path))
    assert status == 0
    assert out == f"{path}:1:21: '45' [45, 45]\n"
    assert err == (
        f"claimcheck: note: {path}: not valid UTF-8 (byte 6); read as cp1252."
        " Save the article as UTF-8 to silence this.\n"
    )


def test_a_non_utf8_article_prints_no_python_warning(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(b"caf\xe9 45\n")
    result = subprocess.run(
        [sys.executable, "-W", "default", "-m", "claimcheck.cli", "extract", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert result.stderr.startswith(f"claimcheck: note: {path}: not valid UTF-8")
    assert "Warning" not in result.stderr
    assert ".py:" not in result.stderr


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


@pytest.mark.skipif(
    extractor_missing(), reason="the html extra (trafilatura) is not installed"
)
def test_a_web_page_is_read_at_its_places_in_the_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "flood.html"
    page.write_text(
        "<html><body>\n<script>var seen = 99;</script>\n<article>\n"
        "<p>The flood killed <b>45</b> people and displaced\n"
        "more than 10,000 residents of the valley, the agency said.</p>\n"
        "</article>\n</body></html>\n"
    )
    status, out, err = run(capsys, "extract", str(page))
    assert (status, err) == (0, "")
    assert out.splitlines() == [
        f"{page}:4:24: '45' [45, 45] -> 'killed'",
        f"{page}:5:1: 'more than 10,000' (10000, inf) -> 'displaced'",
    ]
