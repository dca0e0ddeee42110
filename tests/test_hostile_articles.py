"""Hostile articles and patterns, end to end: each meets a clean message.

Encodings, binary files, huge files and lines, line endings, files outside
the project, files that vanish mid-run, patterns that backtrack without end,
and markup in article text that reports must show as text.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from claimcheck.engine.articles import parse_article
from claimcheck.engine.index import build_lexicon, index_article
from claimcheck.engine.match import match_claim
from claimcheck.errors import PatternTimeoutError
from claimcheck.suite.loader import load_assertion_file

FLOOD = """\
claims:
  - id: flood-dead
    kind: quantity
    measure: [killed, died]
    equals: 45
"""

ARTICLE = "Officials said 45 people were killed when the river burst its banks.\n"


def assert_clean(output: str) -> None:
    """No traceback and no frame of pytest or claimcheck in ``output``."""
    assert "Traceback" not in output
    assert "_pytest/" not in output
    assert not re.search(r"claimcheck/\w+\.py", output)


@pytest.fixture
def project(make_project: Callable[..., pytest.Pytester]) -> pytest.Pytester:
    # filterwarnings = error, as in a careful project: article warnings must
    # not turn checks into errors
    return make_project(
        {"flood.yaml": FLOOD}, {"ok.txt": ARTICLE}, ini="filterwarnings = error\n"
    )


def verdicts(pytester: pytest.Pytester, *args: str) -> dict[str, dict[str, Any]]:
    """Run with --claimcheck-json; the records by article."""
    result = pytester.runpytest("assertions", "--claimcheck-json=out.json", *args)
    assert_clean(result.stdout.str())
    data = json.loads(pytester.path.joinpath("out.json").read_text())
    return {str(r["article"]): r for r in data["results"]}


# --- encodings and kinds of file ------------------------------------------------


def test_not_utf8_is_read_as_cp1252_with_a_warning(project: pytest.Pytester) -> None:
    project.path.joinpath("articles", "latin.txt").write_bytes(
        "Caf\u00e9 owners said 45 people were killed.\n".encode("cp1252")
    )
    result = project.runpytest("assertions")
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(
        [
            "*= claimcheck warnings =*",
            "articles/latin.txt: not valid UTF-8 (byte 3); read as cp1252.*",
        ]
    )
    assert result.ret == pytest.ExitCode.OK
    assert_clean(result.stdout.str())


def test_a_binary_file_is_skipped_with_a_warning(project: pytest.Pytester) -> None:
    project.path.joinpath("articles", "photo.txt").write_bytes(b"\x89PNG\x00\x01\x02")
    result = project.runpytest("assertions", "-rs")
    result.assert_outcomes(passed=1, skipped=1)
    assert result.ret == pytest.ExitCode.OK
    result.stdout.fnmatch_lines(
        [
            "*= claimcheck warnings =*",
            "articles/photo.txt: binary file, not an article; skipped. Remove it*",
            "SKIPPED [[]1] articles/photo.txt:1: articles/photo.txt: binary file*",
        ]
    )
    assert_clean(result.stdout.str())


def test_a_binary_file_in_an_aggregate_item_is_left_out(
    project: pytest.Pytester,
) -> None:
    project.path.joinpath("articles", "photo.txt").write_bytes(b"\x00\x01\x02")
    result = project.runpytest("assertions", "--claimcheck-granularity=claim")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["articles/photo.txt: binary file*"])


def test_broken_utf16_is_skipped_not_a_crash(project: pytest.Pytester) -> None:
    project.path.joinpath("articles", "odd.txt").write_bytes(b"\xff\xfeA\x00B")
    result = project.runpytest("assertions")
    result.assert_outcomes(passed=1, skipped=1)
    result.stdout.fnmatch_lines(["articles/odd.txt: starts as UTF-16 but is not*"])
    assert_clean(result.stdout.str())


def test_an_empty_article_states_nothing(project: pytest.Pytester) -> None:
    project.path.joinpath("articles", "empty.txt").write_text("")
    project.path.joinpath("articles", "blank.txt").write_text("\n\n  \r\n")
    found = verdicts(project)
    assert found["articles/empty.txt"]["verdict"] == "missing"
    assert found["articles/blank.txt"]["verdict"] == "missing"


@pytest.mark.parametrize(
    ("data", "line", "column"),
    [
        pytest.param(b"Rain fell.\r\nThen 45 were killed.\r\n", 2, 6, id="crlf"),
        pytest.param(b"\xef\xbb\xbfThen 45 were killed.\n", 1, 6, id="bom"),
        pytest.param(b"\xef\xbb\xbfA.\r\n\r\nThen 45 died.\r\n", 3, 6, id="bom-crlf"),
        pytest.param(b"Rain.\rThen 45 died.\r", 2, 6, id="old-mac"),
        pytest.param("\ufeffRain.\nThen 45 died.\n".encode("utf-16"), 2, 6, id="utf16"),
    ],
)
def test_positions_stay_exact(
    project: pytest.Pytester, data: bytes, line: int, column: int
) -> None:
    project.path.joinpath("articles", "ok.txt").write_bytes(data)
    [evidence] = verdicts(project)["articles/ok.txt"]["evidence"]
    assert (evidence["line"], evidence["column"], evidence["text"]) == (
        line,
        column,
        "45",
    )


# --- size ---------------------------------------------------------------------


def test_a_20_mb_article_is_refused_with_the_limit(project: pytest.Pytester) -> None:
    sentence = b"Officials said 45 people were killed in the flood. "
    huge = project.path / "articles" / "huge.txt"
    huge.write_bytes(sentence * (20_000_000 // len(sentence) + 1))
    result = project.runpytest("assertions")
    result.assert_outcomes(passed=1, failed=1)
    size = f"{huge.stat().st_size:,}"
    result.stdout.fnmatch_lines(
        [
            f"articles/huge.txt: article is {size} bytes, over the limit of"
            " 10,000,000; split it, remove it from the corpus, or raise the"
            " claimcheck_max_article_bytes ini key"
        ]
    )
    assert_clean(result.stdout.str())


@pytest.mark.parametrize(
    ("limit", "outcomes"),
    [("60", {"failed": 1}), ("1_000", {"passed": 1}), ("0", {"passed": 1})],
)
def test_the_size_limit_is_an_ini_key(
    project: pytest.Pytester, limit: str, outcomes: dict[str, int]
) -> None:
    project.makeini(
        "[pytest]\nclaimcheck_corpus = articles\n"
        f"claimcheck_max_article_bytes = {limit}\n"
    )
    result = project.runpytest("assertions")
    result.assert_outcomes(**outcomes)


def test_a_1_mb_line_is_checked(project: pytest.Pytester) -> None:
    filler = "The river rose and the rain went on through the night without end "
    line = filler * (1_000_000 // len(filler))
    project.path.joinpath("articles", "ok.txt").write_text(
        line + "and officials said 45 people were killed.\n"
    )
    [evidence] = verdicts(project)["articles/ok.txt"]["evidence"]
    assert (evidence["line"], evidence["column"]) == (1, len(line) + 20)


@pytest.mark.slow
def test_a_1_mb_sentence_of_numbers_finishes(project: pytest.Pytester) -> None:
    # one "sentence" of 40,000 numbers and measure words: binding works on
    # pieces of MAX_SENTENCE_CHARS, so the work grows linearly
    line = "300 soldiers killed 200 " * 42_000
    project.path.joinpath("articles", "ok.txt").write_text(line + "\n")
    found = verdicts(project)
    assert found["articles/ok.txt"]["verdict"] == "contradicted"


# --- files outside the project, files that vanish -------------------------------


def test_a_link_out_of_the_project_is_refused(project: pytest.Pytester) -> None:
    outside = project.path.parent / f"{project.path.name}-outside.txt"
    outside.write_text(ARTICLE)
    (project.path / "articles" / "linked.txt").symlink_to(outside)
    result = project.runpytest("assertions")
    assert result.ret == pytest.ExitCode.INTERRUPTED
    result.stdout.fnmatch_lines(
        [
            f"assertions/flood.yaml: article articles/linked.txt (a link to {outside})"
            " is outside the project (*); claimcheck reads only articles inside the"
            " rootdir.*claimcheck_allow_outside = true"
        ]
    )
    assert_clean(result.stdout.str())
    project.makeini(
        "[pytest]\nclaimcheck_corpus = articles\nclaimcheck_allow_outside = true\n"
    )
    project.runpytest("assertions").assert_outcomes(passed=2)


def test_a_glob_out_of_the_project_is_refused(project: pytest.Pytester) -> None:
    outside = project.path.parent / f"{project.path.name}-out"
    outside.mkdir()
    (outside / "far.txt").write_text(ARTICLE)
    project.path.joinpath("assertions", "flood.yaml").write_text(
        f"corpus: ../../{outside.name}/*.txt\n" + FLOOD
    )
    result = project.runpytest("assertions")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(
        [f"assertions/flood.yaml: article ../{outside.name}/far.txt is outside*"]
    )
    assert_clean(result.stdout.str())


@pytest.mark.parametrize(
    ("make", "what"),
    [
        (
            lambda p: p.symlink_to("/dev/zero"),
            "a link to /dev/zero, a character device",
        ),
        (os.mkfifo, "a named pipe"),
        (
            lambda p: p.symlink_to(p.parent / "gone.txt"),
            "a link to */articles/gone.txt, which does not exist",
        ),
    ],
    ids=["device-link", "pipe", "dangling-link"],
)
def test_a_corpus_entry_that_is_no_file_is_named(
    project: pytest.Pytester, make: Callable[[Path], None], what: str
) -> None:
    make(project.path / "articles" / "zero.txt")
    result = project.runpytest("assertions")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(
        [
            f"assertions/flood.yaml: corpus entry articles/zero.txt is {what}, not"
            " an article file; remove it from the corpus folder or narrow the corpus"
            " entry"
        ]
    )
    assert_clean(result.stdout.str())


def test_an_article_deleted_during_the_run(project: pytest.Pytester) -> None:
    project.path.joinpath("articles", "gone.txt").write_text(ARTICLE)
    project.makeconftest(
        """
        from pathlib import Path

        def pytest_collection_finish(session):
            Path(session.config.rootpath, "articles", "gone.txt").unlink()
        """
    )
    result = project.runpytest("assertions")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        ["articles/gone.txt: article not found; was it moved or deleted?"]
    )
    assert_clean(result.stdout.str())


# --- patterns that never finish ---------------------------------------------------

SLOW = "(a|aa)+$"


@pytest.mark.parametrize(
    ("claim", "message"),
    [
        pytest.param(
            f"  - {{id: slow, kind: statement, patterns: ['{SLOW}']}}\n",
            f"assertions/slow.yaml:2:5: claim 'slow': pattern '{SLOW}' ran past"
            " its time limit (0.05 s) on articles/ok.txt; rewrite the pattern"
            " without nested or overlapping repeats such as (a|aa)+, or raise the"
            " claimcheck_regex_timeout ini key",
            id="statement",
        ),
        pytest.param(
            "  - {id: slow, kind: entity, name: people,"
            f" context: [{{regex: '{SLOW}'}}]}}\n",
            "assertions/slow.yaml:2:5: claim 'slow': pattern*ran past*",
            id="context",
        ),
        pytest.param(
            f"  - {{id: slow, kind: quantity, measure: [{{regex: '{SLOW}'}}],"
            " equals: 1}\n",
            "articles/ok.txt: the measure words of the suite ran past their time"
            " limit (0.05 s); the measure patterns are"
            f" assertions/slow.yaml:2:5 (slow): '{SLOW}': rewrite the slow one*",
            id="measure",
        ),
    ],
)
def test_a_catastrophic_pattern_fails_its_item_cleanly(
    project: pytest.Pytester, claim: str, message: str
) -> None:
    project.makeini(
        "[pytest]\nclaimcheck_corpus = articles\nclaimcheck_regex_timeout = 0.05\n"
    )
    project.path.joinpath("assertions", "slow.yaml").write_text("claims:\n" + claim)
    project.path.joinpath("articles", "ok.txt").write_text(ARTICLE + "a" * 60 + "!\n")
    result = project.runpytest("assertions", "-p", "no:cacheprovider")
    outcomes = result.parseoutcomes()
    assert outcomes["failed"] >= 1
    result.stdout.fnmatch_lines([message.replace("[", "[[]")])
    assert_clean(result.stdout.str())


def test_a_slow_spelling_variant_search_names_the_entity(tmp_path: Path) -> None:
    path = tmp_path / "names.yaml"
    path.write_text("claims: [{id: lee, kind: entity, name: Lee Seong-kweun}]\n")
    [claim] = load_assertion_file(path, rootdir=tmp_path, default_corpus=["."]).claims
    article = parse_article("Lee Sung Kwon spoke. " * 50_000, path="big.txt")
    index = dataclasses.replace(
        index_article(article, build_lexicon([])), regex_timeout=1e-9
    )
    # the exact search (a phrase scan, no time limit) finds nothing; the
    # fuzzy one runs out of time
    with pytest.raises(PatternTimeoutError) as info:
        match_claim(claim, index)
    assert str(info.value).startswith(
        "names.yaml:1:10: claim 'lee': the search for spelling variants of"
        " 'Lee Seong-kweun' ran past its time limit on big.txt; set"
        " 'max_errors: 0' for this claim, or raise the claimcheck_regex_timeout"
    )


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("claimcheck_regex_timeout", "soon"),
        ("claimcheck_regex_timeout", "-1"),
        ("claimcheck_max_article_bytes", "big"),
        ("claimcheck_max_article_bytes", "-5"),
    ],
)
def test_a_bad_limit_is_a_usage_error(
    project: pytest.Pytester, key: str, value: str
) -> None:
    project.makeini(f"[pytest]\nclaimcheck_corpus = articles\n{key} = {value}\n")
    result = project.runpytest("assertions")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([f"ERROR: {key} = '{value}': write *"])
    assert "Traceback" not in result.stderr.str()


# --- reports --------------------------------------------------------------------

HOSTILE = (
    '</pre></script><script>alert("x")</script><!-- \'q\' & "r" -->'
    " More than 60 people died in the flood.\n"
)


def test_reports_show_hostile_text_as_text(project: pytest.Pytester) -> None:
    project.path.joinpath("articles", "evil.txt").write_text(HOSTILE)
    result = project.runpytest(
        "assertions", "--claimcheck-report=out/report.html", "--html=out/ph.html"
    )
    result.assert_outcomes(passed=1, failed=1)
    for name in ("report.html", "ph.html"):
        page = project.path.joinpath("out", name).read_text(encoding="utf-8")
        assert "<script>alert" not in page
        assert "</pre></script>" not in page
        assert page.count("<pre") == page.count("</pre>")
        assert "<!-- 'q'" not in page
    report = project.path.joinpath("out", "report.html").read_text(encoding="utf-8")
    # exactly the page's own two script elements
    assert report.count("</script>") == 2


def test_environment_is_left_as_found(project: pytest.Pytester) -> None:
    # a run over hostile input writes only what it was asked to write
    project.path.joinpath("articles", "photo.txt").write_bytes(b"\x00\x01")
    before = set(os.listdir(project.path))
    project.runpytest("assertions", "-p", "no:cacheprovider")
    assert set(os.listdir(project.path)) == before
