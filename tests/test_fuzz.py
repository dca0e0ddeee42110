"""Generated input: the loaders and the number reader fail only with claimcheck's
own error, and a generated suite gets the same verdicts however it is run.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimcheck.engine.articles import (
    MAX_SENTENCE_CHARS,
    noting_warnings,
    parse_article,
)
from claimcheck.engine.numbers.reader import read_quantities
from claimcheck.errors import AssertionFileError, ClaimcheckError
from claimcheck.suite.loader import load_assertion_file

# hundreds of generated inputs per test, and whole runs under xdist
pytestmark = pytest.mark.slow

#: bytes that steer decoders and parsers: BOMs, NUL, CR, invalid UTF-8
NASTY_BYTES = st.lists(
    st.sampled_from(
        [
            b"\xef\xbb\xbf",
            b"\xff\xfe",
            b"\xfe\xff",
            b"\x00",
            b"\r",
            b"\r\n",
            b"\n\n",
            b"\x80",
            b"\xe9",
            b"\xc3",
            b"---\n",
            b"date 2024-01-02 ",
            b"45 killed. ",
            b"between 1 and 2",
            b"\xe2\x80\x99",
        ]
    )
    | st.binary(max_size=8),
    max_size=30,
).map(b"".join)

TEXT = st.text(
    st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=200
) | st.text(st.sampled_from("0123456789,.- kmbtrillion%$€£ about nearly\n"))


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("fuzz")
    (folder / "seeds").mkdir()
    return folder


@given(data=NASTY_BYTES | st.binary(max_size=200))
@example(data=b"\xff\xfeA")
@example(data=b"claims: !!python/object/apply:os.system ['true']\n")
@settings(max_examples=300, deadline=None)
def test_yaml_loader_on_any_bytes(root: Path, data: bytes) -> None:
    path = root / "any.yaml"
    path.write_bytes(data)
    try:
        load_assertion_file(path, rootdir=root, default_corpus=["seeds"])
    except AssertionFileError as exc:
        assert str(exc).startswith("any.yaml")
        assert "\n" not in str(exc)


@given(text=TEXT)
@settings(max_examples=300, deadline=None)
def test_yaml_loader_on_any_text(root: Path, text: str) -> None:
    path = root / "text.yaml"
    path.write_text(text, encoding="utf-8")
    try:
        load_assertion_file(path, rootdir=root, default_corpus=["seeds"])
    except AssertionFileError as exc:
        assert str(exc).startswith("text.yaml")


@given(data=NASTY_BYTES | st.binary(max_size=300) | TEXT)
@example(data=b"\xff\xfeA")
@example(data="---\nkey: [\n---\nbody")
@settings(max_examples=500, deadline=None)
def test_article_loader_on_any_input(data: bytes | str) -> None:
    notes: list[str] = []
    try:
        article = noting_warnings(lambda: parse_article(data, path="a.txt"), notes)
    except ClaimcheckError as exc:
        assert str(exc).startswith("a.txt")
        return
    assert all(note.startswith("a.txt: ") for note in notes)
    text = article.text
    assert article.line_starts[0] == 0
    assert list(article.line_starts) == sorted(set(article.line_starts))
    for start, end in article.sentences:
        assert article.body_start <= start < end <= len(text)
        assert end - start <= MAX_SENTENCE_CHARS
    for offset in range(0, len(text), max(1, len(text) // 7)):
        line, column = article.position(offset)
        assert text[article.line_starts[line - 1] + column - 1] == text[offset]


@given(text=TEXT)
@example(text="between 10,000 and 12,000 about 3k")
@settings(max_examples=500, deadline=None)
def test_number_reader_on_any_text(text: str) -> None:
    try:
        quantities = read_quantities(text)
    except ClaimcheckError:
        return
    for q in quantities:
        assert text[q.start : q.end] == q.text


# --- a generated suite, run three ways -----------------------------------------

MEASURES = ["killed", "wounded", "arrested", "evacuated"]
NAMES = ["Kariba Dam", "Lee Seong-kweun", "Storm Corps"]

QUANTITY = st.builds(
    lambda measure, low, width, required: {
        "kind": "quantity",
        "measure": [measure],
        "between": [low, low + width],
        "required": required,
    },
    st.sampled_from(MEASURES),
    st.integers(0, 500),
    st.integers(0, 200),
    st.booleans(),
)
ENTITY = st.builds(
    lambda name: {"kind": "entity", "name": name}, st.sampled_from(NAMES)
)
STATEMENT = st.builds(
    lambda phrase, polarity: {
        "kind": "statement",
        "phrases": [phrase],
        "polarity": polarity,
    },
    st.sampled_from(["asked for asylum", "dam was breached"]),
    st.sampled_from(["affirmed", "negated"]),
)
SENTENCE = st.one_of(
    st.builds(
        "{} {} people were {}.".format,
        st.sampled_from(["About", "At least", "Nearly", "Some", "Officials said"]),
        st.integers(0, 800),
        st.sampled_from(MEASURES),
    ),
    st.builds("{} spoke on Monday.".format, st.sampled_from(NAMES)),
    st.sampled_from(
        [
            "The soldiers have not asked for asylum.",
            "If the dam was breached, thousands would flee.",
            "The dam was breached at dawn.",
        ]
    ),
)
ARTICLE = st.lists(SENTENCE, min_size=1, max_size=6).map(" ".join)


def run_verdicts(pytester: pytest.Pytester, *args: str) -> list[dict[str, Any]]:
    """The verdict records of one run, in a stable order."""
    out = pytester.path / "verdicts.json"
    out.unlink(missing_ok=True)
    result = pytester.runpytest("assertions", f"--claimcheck-json={out}", *args)
    assert "Traceback" not in result.stdout.str()
    records = json.loads(out.read_text())["results"]
    keep = ("file", "claim", "article", "verdict", "outcome", "evidence")
    return sorted(
        ({k: r[k] for k in keep} for r in records),
        key=lambda r: (r["file"], r["claim"], r["article"]),
    )


@given(
    claims=st.lists(st.one_of(QUANTITY, ENTITY, STATEMENT), min_size=1, max_size=5),
    articles=st.lists(ARTICLE, min_size=1, max_size=4),
)
@settings(
    max_examples=4,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
def test_a_generated_suite_gets_the_same_verdicts_every_way(
    pytester: pytest.Pytester, claims: list[dict[str, Any]], articles: list[str]
) -> None:
    pytester.makeini("[pytest]\nclaimcheck_corpus = articles\n")
    for folder in ("assertions", "articles"):
        target = pytester.path / folder
        target.mkdir(exist_ok=True)
        for old in target.iterdir():
            old.unlink()
    numbered = [{"id": f"c{n}", **claim} for n, claim in enumerate(claims)]
    pytester.path.joinpath("assertions", "gen.yaml").write_text(
        yaml.safe_dump({"claims": numbered})
    )
    for n, text in enumerate(articles):
        pytester.path.joinpath("articles", f"a{n}.txt").write_text(text + "\n")
    first = run_verdicts(pytester, "-p", "no:cacheprovider")
    assert len(first) == len(claims) * len(articles)
    # again, through the on-disk index cache (written then read)
    assert run_verdicts(pytester) == first
    assert run_verdicts(pytester) == first
    assert run_verdicts(pytester, "-n", "2") == first
