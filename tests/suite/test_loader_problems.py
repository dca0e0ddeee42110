"""The loader raises at the first mistake, or, collecting, notes every one."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.errors import AssertionFileError
from claimcheck.suite.loader import check_assertion_files, load_assertion_file
from claimcheck.suite.problems import Problems

MISTAKES = """\
vocabularies:
  dead: [killed, {regx: died}]
  bad name: [x]
defaults:
  strict: maybe
claims:
  - id: one
    kind: quantity
    measure: $dead
    equals: 45
  - id: two
    kind: entity
    name: Lee
    max_errors: -1
  - id: one
    kind: entity
    name: Kim
  - id: three
    kind: statement
    phrases: [the dam held]
    polarity: denied
"""


@pytest.fixture
def root(tmp_path: Path) -> Path:
    (tmp_path / "assertions").mkdir()
    (tmp_path / "articles").mkdir()
    (tmp_path / "assertions" / "a.yaml").write_text(MISTAKES)
    return tmp_path


def places(errors: list[AssertionFileError]) -> list[str]:
    return [str(e).split(": ")[0] for e in errors]


def test_collecting_notes_every_mistake_in_file_order_of_parts(root: Path) -> None:
    errors = check_assertion_files(
        [root / "assertions" / "a.yaml"], rootdir=root, default_corpus=["articles"]
    )
    assert places(errors) == [
        "assertions/a.yaml:3:3",  # the vocabulary name
        "assertions/a.yaml:2:19",  # the unknown key of a term
        "assertions/a.yaml:5:11",  # the default
        "assertions/a.yaml:14:17",  # max_errors
        "assertions/a.yaml:15:5",  # the duplicate id
        "assertions/a.yaml:21:15",  # the polarity
    ]
    # the claim that uses the broken vocabulary is not blamed for it again
    assert sum("unknown key 'regx'" in str(e) for e in errors) == 1


def test_raising_stops_at_the_first_mistake(root: Path) -> None:
    with pytest.raises(AssertionFileError) as first:
        load_assertion_file(
            root / "assertions" / "a.yaml", rootdir=root, default_corpus=["articles"]
        )
    assert str(first.value).startswith("assertions/a.yaml:3:3: bad vocabulary name")


def test_a_collecting_load_keeps_the_good_claims(root: Path) -> None:
    problems = Problems(collect=True)
    loaded = load_assertion_file(
        root / "assertions" / "a.yaml",
        rootdir=root,
        default_corpus=["articles"],
        problems=problems,
    )
    assert [c.id for c in loaded.claims] == ["one"]  # 'two' and 'three' are bad
    assert len(problems.found) == 6


def test_a_file_that_cannot_be_parsed_is_one_mistake(root: Path) -> None:
    (root / "assertions" / "b.yaml").write_text("claims: [\n")
    errors = check_assertion_files(
        [root / "assertions" / "b.yaml"], rootdir=root, default_corpus=["articles"]
    )
    assert places(errors) == ["assertions/b.yaml:1:9"]


def test_claim_ids_are_unique_across_files(root: Path) -> None:
    one = "claims: [{id: same, kind: entity, name: Lee}]\n"
    (root / "assertions" / "c.yaml").write_text(one)
    (root / "assertions" / "d.yaml").write_text(one)
    paths = [root / "assertions" / n for n in ("c.yaml", "d.yaml")]
    errors = check_assertion_files(paths, rootdir=root, default_corpus=["articles"])
    assert [str(e) for e in errors] == [
        "assertions/d.yaml:1:10: claim id 'same' is also used at"
        " assertions/c.yaml:1:10; give each claim its own id"
    ]
