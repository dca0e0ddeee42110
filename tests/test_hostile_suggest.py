"""Hostile input to ``claimcheck suggest`` and ``extract``: size, many figures.

Each meets one line on stderr naming the file and what to do, and the other
articles are still drafted from (docs/security.md has the table).
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from claimcheck.cli import main
from tests.suggest.test_command import suggest
from tests.test_hostile_articles import assert_clean

STORY = "Officials said 45 people were killed when the river burst its banks.\n"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        folder.joinpath(name).write_text(STORY)
    return folder


def test_an_article_over_the_size_limit_is_skipped_with_a_note(
    capsys: pytest.CaptureFixture[str], corpus: Path
) -> None:
    # one 10.5 MB line of words: read in full it took 8 s and 114 MB
    corpus.joinpath("huge.txt").write_text("word " * 2_100_000)
    status, out, err = suggest(capsys, corpus.parent, "articles")
    assert status == 0
    assert_clean(err)
    assert err == (
        "claimcheck: articles/huge.txt: article is 10,500,000 bytes, over the limit"
        " of 10,000,000; split it, remove it from the corpus, or raise"
        " --max-article-bytes (skipped)\n"
    )
    assert "equals: 45" in out


@pytest.mark.parametrize(
    ("limit", "skipped"), [("60", ["a.txt", "b.txt"]), ("0", []), ("1_000", [])]
)
def test_the_size_limit_is_an_option(
    capsys: pytest.CaptureFixture[str], corpus: Path, limit: str, skipped: list[str]
) -> None:
    status, out, err = suggest(
        capsys, corpus.parent, "articles", "--max-article-bytes", limit
    )
    assert status == 0
    assert [line.split(":")[1].strip() for line in err.splitlines()] == [
        f"articles/{name}" for name in skipped
    ]
    assert ("equals: 45" in out) == (not skipped)
    assert_clean(err)


@pytest.mark.parametrize("limit", ["x", "-1", "1e6"])
def test_a_bad_size_limit_is_one_usage_line(
    capsys: pytest.CaptureFixture[str], corpus: Path, limit: str
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["suggest", str(corpus), "--max-article-bytes", limit])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert f"--max-article-bytes: {limit!r}: write a whole number of bytes" in err
    assert_clean(err)


@pytest.mark.slow
def test_a_line_of_15_000_figures_of_different_values_is_drafted(
    capsys: pytest.CaptureFixture[str], corpus: Path
) -> None:
    # no sentence end, every figure its own value: weighing each value against
    # every figure took hours at 60,000 figures; now a few seconds
    line = " ".join(f"{n * 37 % 100_000} people killed" for n in range(15_000))
    corpus.joinpath("c.txt").write_text(line + "\n")
    status, out, _ = suggest(capsys, corpus.parent, "articles")
    assert status == 0
    assert "equals: 45" in out


def test_extract_refuses_an_article_over_the_size_limit(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(STORY)
    assert main(["extract", str(path), "--max-article-bytes", "60"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        f"claimcheck: {path}: article is 69 bytes, over the limit of 60; split it,"
        " remove it from the corpus, or raise --max-article-bytes\n"
    )
    assert main(["extract", str(path)]) == 0
    assert capsys.readouterr().out.startswith(f"{path}:1:16: '45'")


def test_extract_reads_standard_input_no_further_than_the_limit(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    endless = io.StringIO("12 people killed " * 100_000)
    monkeypatch.setattr("sys.stdin", endless)
    assert main(["extract", "-", "--max-article-bytes", "1000"]) == 2
    err = capsys.readouterr().err
    assert err == (
        "claimcheck: <stdin>: article is over the limit of 1,000 bytes; split it,"
        " or raise --max-article-bytes\n"
    )
    assert endless.tell() <= 1001
