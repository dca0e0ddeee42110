"""Composing YAML: large files pass, alias bombs and unclosed brackets are named."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.errors import AssertionFileError
from claimcheck.suite.compose import MAX_NODES, compose_file, compose_text
from claimcheck.suite.loader import load_assertion_file


def test_a_large_suite_without_aliases_is_not_a_bomb(tmp_path: Path) -> None:
    # 10,000 claims of 14 nodes each: more nodes than MAX_NODES, no alias
    claims = "".join(
        f"  - id: c{i}\n    kind: quantity\n    claim: count {i}\n"
        f"    measure: [killed, dead]\n    equals: {i}\n"
        for i in range(10_000)
    )
    path = tmp_path / "big.yaml"
    path.write_text("claims:\n" + claims)
    (tmp_path / "articles").mkdir()
    loaded = load_assertion_file(path, rootdir=tmp_path, default_corpus=["articles"])
    assert len(loaded.claims) == 10_000
    assert MAX_NODES < 10_000 * 14
    assert loaded.claims[-1].location.line == 1 + 5 * 9_999 + 1


def test_aliases_are_counted_at_each_use() -> None:
    # each level repeats the one before ten times: 10 ** 5 nodes by the fifth
    levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for prev, name in zip("abcde", "bcdef", strict=False):
        levels.append(f"{name}: &{name} [{', '.join([f'*{prev}'] * 10)}]")
    with pytest.raises(AssertionFileError) as refused:
        compose_text("\n".join(levels) + "\n", "bomb.yaml")
    assert str(refused.value).startswith("bomb.yaml:5:")
    assert "expands to more than 100,000 nodes (through aliases)" in str(refused.value)


def test_a_few_aliases_are_fine() -> None:
    node = compose_text("base: &b {strict: true}\nother: *b\n", "ok.yaml")
    assert node is not None


UNCLOSED = """\
claims:
  - id: dead
    kind: quantity
    claim: people killed
    equals: 45
    required: true
    measure: [killed, died
    context: [flood]
"""


def test_an_unclosed_bracket_names_where_it_opened_and_where_parsing_stopped(
    tmp_path: Path,
) -> None:
    path = tmp_path / "open.yaml"
    path.write_text(UNCLOSED)
    with pytest.raises(AssertionFileError) as refused:
        compose_file(path, "open.yaml")
    assert str(refused.value) == (
        "open.yaml:7:14: invalid YAML: this '[' is never closed (parsing stopped"
        " at open.yaml:8:12: expected ',' or ']', but got ':'); close it with ']'"
        " where the value ends, or quote the value if the '[' belongs to the text"
    )


@pytest.mark.parametrize(
    ("text", "opened"),
    [
        ("claims: [\n", "x.yaml:1:9: invalid YAML: this '[' is never closed"),
        ("a: {b: [1, 2}\n", "x.yaml:1:8: invalid YAML: this '[' is never closed"),
        ("a: {b: 1\nc: 2\n", "x.yaml:1:4: invalid YAML: this '{' is never closed"),
        ('a: "open\n\nb: 1\n', "x.yaml:1:4: invalid YAML: this '\"' is never closed"),
    ],
    ids=["end-of-file", "inner", "mapping", "quote"],
)
def test_each_unclosed_construct_is_reported_where_it_opened(
    text: str, opened: str
) -> None:
    with pytest.raises(AssertionFileError) as refused:
        compose_text(text, "x.yaml")
    assert str(refused.value).startswith(opened)
    assert "parsing stopped at x.yaml:" in str(refused.value)
