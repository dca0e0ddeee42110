"""Hostile inputs, second round, end to end: each meets a clean message.

Invisible characters inside numbers, articles whose evidence would fill
memory, corpus entries that loop, and the parts of the tool the first round
did not reach (docs/security.md has the table).
"""

from __future__ import annotations

import fnmatch
import json
import os
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from claimcheck.claims import QuantityClaim
from claimcheck.cli import main
from claimcheck.engine.articles import parse_article
from claimcheck.engine.index import build_lexicon, index_article
from claimcheck.engine.match import match_claim
from claimcheck.errors import AssertionFileError
from claimcheck.reports.failure import render_failure
from claimcheck.suite.loader import load_assertion_file
from tests.test_hostile_articles import FLOOD, assert_clean

BLAST = """\
claims:
  - id: blast-dead
    kind: quantity
    measure: [killed]
    equals: 212
"""


@pytest.mark.parametrize("mark", ["\u200b", "\u00ad", "\u2060", "\ufeff", "\u200d"])
def test_an_invisible_mark_inside_a_number_is_no_contradiction(
    make_project: Callable[..., pytest.Pytester], mark: str
) -> None:
    article = f"The blast killed 2{mark}12 people on Monday.\n"
    project = make_project({"blast.yaml": BLAST}, {"a.txt": article})
    result = project.runpytest("assertions")
    result.assert_outcomes(passed=1)
    assert_clean(result.stdout.str())


def test_a_figure_after_an_invisible_mark_is_quoted_at_its_column(
    make_project: Callable[..., pytest.Pytester],
) -> None:
    # column 19 counts the zero-width space before it, as editors do
    article = "Police said\nThe blast\u200b killed 2\u200b13 people.\n"
    project = make_project({"blast.yaml": BLAST}, {"a.txt": article})
    result = project.runpytest("assertions", "--claimcheck-json=out.json")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["articles/a.txt:2:19: blast-dead contradicted: '2\\u200b13' reads 213*"]
    )
    data = json.loads(project.path.joinpath("out.json").read_text())
    (record,) = data["results"]
    assert record["verdict"] == "contradicted"
    assert_clean(result.stdout.str())


def test_evidence_past_the_limit_is_counted_in_every_report(
    make_project: Callable[..., pytest.Pytester],
) -> None:
    # no sentence end: 300 mentions of one measure in one "sentence"
    article = "and 50 people died in the flood " * 300 + "\n"
    project = make_project({"flood.yaml": FLOOD}, {"a.txt": article})
    reports = [f"--claimcheck-report=out.{suffix}" for suffix in ("md", "html", "json")]
    result = project.runpytest("assertions", *reports)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["… and 250 more mentions (a report keeps 50)"])
    (record,) = json.loads(project.path.joinpath("out.json").read_text())["results"]
    assert (len(record["evidence"]), record["evidence_left_out"]) == (50, 250)
    assert "… and 250 more mentions" in project.path.joinpath("out.md").read_text()
    assert "… and 250 more mentions" in project.path.joinpath("out.html").read_text()
    out = str(project.path / "out.json")
    assert main(["merge", out, "--json", str(project.path / "all.json")]) == 1
    (again,) = json.loads(project.path.joinpath("all.json").read_text())["results"]
    assert again["evidence_left_out"] == 250
    assert_clean(result.stdout.str())


# --- links that loop ---------------------------------------------------------------


def test_a_loop_of_links_in_the_corpus_is_named(
    make_project: Callable[..., pytest.Pytester],
) -> None:
    project = make_project({"flood.yaml": FLOOD}, {"ok.txt": "45 people died.\n"})
    os.symlink("b.txt", project.path / "articles" / "a.txt")
    os.symlink("a.txt", project.path / "articles" / "b.txt")
    result = project.runpytest("assertions")
    result.stdout.fnmatch_lines(
        [
            "assertions/flood.yaml: corpus entry articles/a.txt is a link in a loop"
            " of links (a.txt -> b.txt -> a.txt), not an article file; *"
        ]
    )
    assert result.ret == pytest.ExitCode.INTERRUPTED
    assert_clean(result.stdout.str())


@pytest.mark.parametrize(
    ("corpus", "expected"),
    [
        ("articles/**/*.txt", "*1 passed*"),
        ("articles/**/*.xyz", "*the corpus **/*.xyz (in */articles) holds no article*"),
    ],
)
def test_a_glob_through_folders_that_link_to_themselves_ends(
    make_project: Callable[..., pytest.Pytester], corpus: str, expected: str
) -> None:
    # glob would walk articles/a/b/a/b/... 2**40 ways
    project = make_project({"flood.yaml": FLOOD}, {"ok.txt": "45 people died.\n"})
    project.makeini(f"[pytest]\nclaimcheck_corpus = {corpus}\n")
    for name in ("a", "b", "c"):
        os.symlink(".", project.path / "articles" / name)
    took = time.process_time()
    result = project.runpytest("assertions")
    assert time.process_time() - took < 30
    result.stdout.fnmatch_lines([expected])
    assert_clean(result.stdout.str())


# --- report paths through links ----------------------------------------------------


def test_a_report_path_in_a_loop_of_links_is_refused(
    make_project: Callable[..., pytest.Pytester],
) -> None:
    project = make_project({"flood.yaml": FLOOD}, {"ok.txt": "45 people died.\n"})
    os.symlink("b.md", project.path / "a.md")
    os.symlink("a.md", project.path / "b.md")
    result = project.runpytest("assertions", "--claimcheck-report=a.md")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        [
            "ERROR: --claimcheck-report=a.md: refusing to write there: a.md is a"
            " link in a loop of links; choose another path"
        ]
    )
    assert "Traceback" not in result.stderr.str()


def test_a_report_through_a_link_writes_the_file_it_names(
    make_project: Callable[..., pytest.Pytester],
) -> None:
    project = make_project({"flood.yaml": FLOOD}, {"ok.txt": "45 people died.\n"})
    os.symlink("reports/latest.md", project.path / "latest.md")  # nothing there yet
    for _ in range(2):
        result = project.runpytest("assertions", "--claimcheck-report=latest.md")
        result.assert_outcomes(passed=1)
        assert (project.path / "latest.md").is_symlink()
        text = (project.path / "reports" / "latest.md").read_text()
        assert text.startswith("# claimcheck report")


# --- huge values in an assertion file ------------------------------------------------


@pytest.mark.parametrize(
    ("term", "message"),
    [
        (
            "x" * 1_000_000,
            "f.yaml:4:15: phrase 'xxxx*'... in 'measure' in claim 'dead' is"
            " 1,000,000 characters long; a term is a word or a short phrase*",
        ),
        (
            "{regex: '" + "a" * 1_000_000 + "'}",
            "f.yaml:4:23: regular expression 'aaaa*'... in 'measure' in claim"
            " 'dead' is 1,000,000 characters long (at most 10,000)*",
        ),
    ],
    ids=["phrase", "regex"],
)
def test_a_pasted_text_as_a_term_is_refused(
    tmp_path: Path, term: str, message: str
) -> None:
    # a 10 MB measure word took 2 GB and ended in pytest's recursion
    # guard; a 10 MB pattern took 4 GB and more than five minutes
    path = tmp_path / "f.yaml"
    path.write_text(
        f"claims:\n  - id: dead\n    kind: quantity\n    measure: [{term}]\n"
        "    equals: 45\n"
    )
    took = time.process_time()
    with pytest.raises(AssertionFileError) as caught:
        load_assertion_file(path, rootdir=tmp_path, default_corpus=["."])
    assert time.process_time() - took < 5
    assert fnmatch.fnmatch(str(caught.value), message), str(caught.value)[:300]


@pytest.mark.parametrize(
    ("before", "shown"),
    [
        ("\u200b", "\\u200b"),
        ("\u00ad", "\\xad"),
        ("\ufeff\u200e\u2060", "\\ufeff\\u200e\\u2060"),
        ("\u0007", "\\x07"),
        ("\u5927\u96e8", "\u5927\u96e8"),  # wide: two columns each
        ("e\u0301", "e\u0301"),  # a combining accent takes none
        ("\t", "\t"),
    ],
)
def test_the_marker_sits_under_the_figure_whatever_comes_before(
    tmp_path: Path, before: str, shown: str
) -> None:
    tmp_path.joinpath("blast.yaml").write_text(BLAST)
    [claim] = load_assertion_file(
        tmp_path / "blast.yaml", rootdir=tmp_path, default_corpus=["."]
    ).claims
    assert isinstance(claim, QuantityClaim)
    text = f"Police said\nThe {before}blast{before} killed 213 people.\n"
    article = parse_article(text, path="a.txt")
    verdict = match_claim(claim, index_article(article, build_lexicon([claim.measure])))
    lines = render_failure(verdict, claim, article).splitlines()
    quoted = f"2 The {shown}blast{shown} killed 213 people."
    marks = lines[lines.index(quoted) + 1]
    # the column a terminal draws the figure at, and the carets' column
    assert _drawn_width(marks[: marks.index("^")]) == _drawn_width(
        quoted[: quoted.index("213")]
    )
    assert marks.strip() == "^^^"
    column = 1 + len(f"The {before}blast{before} killed ")
    assert lines[-1].startswith(f"a.txt:2:{column}: blast-dead contradicted: '213'")


def test_an_invisible_mark_in_the_figure_is_marked_as_escaped(
    make_project: Callable[..., pytest.Pytester],
) -> None:
    article = "Police said\nThe blast\u200b killed 2\u200b13 people.\n"
    project = make_project({"blast.yaml": BLAST}, {"a.txt": article})
    result = project.runpytest("assertions")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "2 The blast\\u200b killed 2\\u200b13 people.",
            " " * 25 + "^" * 9,
            "articles/a.txt:2:19: blast-dead contradicted: '2\\u200b13' reads 213*",
        ]
    )
    assert_clean(result.stdout.str())


def _drawn_width(text: str) -> int:
    """Columns a terminal with tab stops every 8 draws ``text`` over."""
    width = 0
    for char in text:
        if char == "\t":
            width += 8 - width % 8
        elif unicodedata.category(char) not in ("Mn", "Me"):
            width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def test_a_nearest_sentence_wrapped_over_lines_is_quoted_on_one(
    make_project: Callable[..., pytest.Pytester],
) -> None:
    claims = BLAST.replace("blast-dead", "blast-hurt").replace(
        "    measure: [killed]\n    equals: 212\n",
        "    measure: [injured]\n    equals: 40\n    required: true\n",
    )
    article = "The blast\non Monday\r\ninjured many\rin the harbour\x1bby the town.\n"
    project = make_project({"blast.yaml": claims}, {"a.txt": article})
    result = project.runpytest("assertions")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["  1:1: The blast on Monday injured many in the harbour\\x1bby the town."]
    )
    assert "\x1b" not in result.stdout.str()
    assert_clean(result.stdout.str())
