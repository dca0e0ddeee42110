"""The failure text of a discrepancy: the claim, the sentence, the place."""

from __future__ import annotations

from pathlib import Path

from claimcheck.engine.articles import parse_article
from claimcheck.engine.index import build_lexicon, index_article
from claimcheck.engine.match import match_claim
from claimcheck.reports.failure import render_failure
from tests.reports.sample import dead_claim

WRAPPED = (
    "The storm reached the coast late on Friday. Officials in the port\n"
    "town said on Saturday that, after a long night of searching, more\n"
    "than 60 people died when the sea wall gave way near the harbour,\n"
    "and that the count could still rise.\n"
    "\n"
    "Schools stay shut this week.\n"
)


def _failure(tmp_path: Path, text: str) -> str:
    claim = dead_claim(tmp_path)
    article = parse_article(text, path="a.txt")
    index = index_article(article, build_lexicon([claim.measure]))
    return render_failure(match_claim(claim, index), claim, article)


def test_failure_quotes_every_line_of_a_wrapped_sentence(tmp_path: Path) -> None:
    lines = _failure(tmp_path, WRAPPED).splitlines()
    numbered = [line[:2] for line in lines if line[:1].isdigit()]
    assert numbered == ["1 ", "2 ", "3 ", "4 "]
    marked = lines.index(next(line for line in lines if line.startswith("2 ")))
    # the carets sit under "more" at the end of line 2
    caret = lines[marked + 1]
    assert caret.strip() == "^" * len("more")
    assert caret.index("^") == lines[marked].index("more")
    assert not any("Schools" in line for line in lines)
    assert lines[-1].startswith("a.txt:2:62: dead contradicted:")


def test_failure_of_a_one_line_sentence_shows_that_line_only(
    tmp_path: Path,
) -> None:
    text = "Calm returned on Monday.\nMore than 60 people died, police said.\n"
    lines = _failure(tmp_path, text).splitlines()
    numbered = [line for line in lines if line[:1].isdigit()]
    assert numbered == ["2 More than 60 people died, police said."]


def test_the_header_line_names_the_source_from_front_matter(
    tmp_path: Path,
) -> None:
    text = (
        "---\noutlet: Port Gazette\ndate: 2024-03-02\ntitle: Sea wall fails\n---\n"
        + WRAPPED
    )
    lines = _failure(tmp_path, text).splitlines()
    assert lines[1] == (
        "contradicted by a.txt (Port Gazette, 2024-03-02: “Sea wall fails”)"
    )
    assert lines[-1].startswith("a.txt:7:62: dead contradicted:")
