"""The command line's other ways in (check, extract, suggest) meet the hostile
assertion files the run meets, with the same one-line messages; and what
looks like a regular expression in a term is read as words."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from claimcheck.cli import main
from tests.test_hostile_articles import ARTICLE, FLOOD, assert_clean
from tests.test_hostile_assertions import BOMB

ALIASES = "a: &a [x, x, x, x, x, x, x, x, x]\n" + BOMB + "claims: *g\n"


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "assertions"],
        ["extract", "--assertions", "assertions", "articles/ok.txt"],
        ["suggest", "--assertions", "assertions", "articles"],
    ],
)
def test_an_alias_bomb_is_one_line_in_every_command(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    argv: list[str],
) -> None:
    for folder, name, text in (
        ("assertions", "bomb.yaml", ALIASES),
        ("articles", "ok.txt", ARTICLE),
    ):
        tmp_path.joinpath(folder).mkdir()
        tmp_path.joinpath(folder, name).write_text(text)
    monkeypatch.chdir(tmp_path)
    started = time.process_time()
    status = main(argv)
    assert time.process_time() - started < 5
    out, err = capsys.readouterr()
    said = (out if argv[0] == "check" else err).splitlines()
    assert status == (1 if argv[0] == "check" else 2)
    assert said[0].endswith(
        "YAML expands to more than 100,000 nodes (through aliases); write the"
        " data out without repeated aliases"
    )
    assert said[0].startswith(
        ("assertions/bomb.yaml:", "claimcheck: assertions/bomb.yaml:")
    )
    assert_clean(out + err)


@pytest.mark.parametrize("ending", ["\r", "\r\n", "\n"])
def test_line_endings_of_an_assertion_file_keep_its_places(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, ending: str
) -> None:
    text = FLOOD.replace("equals: 45", "equals: forty-five").replace("\n", ending)
    tmp_path.joinpath("flood.yaml").write_bytes(text.encode())
    assert main(["check", str(tmp_path)]) == 1
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith(f"{tmp_path}/flood.yaml:5:13: 'equals' in claim")


def test_a_term_that_looks_like_a_pattern_is_words(
    make_project: Callable[..., pytest.Pytester],
) -> None:
    claims = """\
claims:
  - id: pattern-like
    kind: quantity
    measure: ["(a|aa)+$", "kil+ed", "[died"]
    equals: 45
"""
    # as a pattern, (a|aa)+$ backtracks for ever on a long run of a's
    article = "Officials said 45 people were killlled. " + "a" * 5000 + "!\n"
    project = make_project({"flood.yaml": claims}, {"a.txt": article})
    started = time.monotonic()
    result = project.runpytest("-rs", "assertions")
    assert time.monotonic() - started < 10
    result.assert_outcomes(skipped=1)
    result.stdout.fnmatch_lines(["*pattern-like: not stated in articles/a.txt"])
    assert_clean(result.stdout.str())
