"""Stories kept side by side in one project: an article is read with the
measure words of the claims that check it, so the claims of one story (with
its own corpus) never change the verdicts on another story's articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck.run.collection import Collection

FLOOD = """\
corpus: [../flood]
claims:
  - id: flood-dead
    kind: quantity
    measure: [dead, killed, died]
    equals: 40
"""
#: a second story whose measure word ("people") would otherwise bind the
#: flood article's figure before "dead" does
QUAKE = """\
corpus: [../quake]
claims:
  - id: quake-evacuated
    kind: quantity
    measure: [people, evacuated]
    equals: 3000
"""
FLOOD_ARTICLE = "The flood left 50 people dead, officials said on Tuesday.\n"
QUAKE_ARTICLE = "Some 3,000 people were evacuated after the tremor.\n"
BOTH = """\
corpus: [../flood, ../quake]
claims:
  - id: aid-shipped
    kind: quantity
    measure: [tonnes]
    equals: 12
    unit: t
"""


def _verdicts(pytester: pytest.Pytester, files: dict[str, str]) -> dict[str, str]:
    pytester.makeini("[pytest]\n")
    for name, text in files.items():
        path = pytester.path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    pytester.runpytest("assertions", "--claimcheck-json=out.json")
    run = json.loads((pytester.path / "out.json").read_text(encoding="utf-8"))
    return {r["claim"]: r["verdict"] for r in run["results"]}


def test_another_storys_claims_do_not_change_a_verdict(
    pytester: pytest.Pytester,
) -> None:
    alone = _verdicts(
        pytester,
        {"assertions/flood.yaml": FLOOD, "flood/a.txt": FLOOD_ARTICLE},
    )
    assert alone == {"flood-dead": "contradicted"}
    together = _verdicts(
        pytester,
        {
            "assertions/quake.yaml": QUAKE,
            "quake/b.txt": QUAKE_ARTICLE,
        },
    )
    assert together == {"flood-dead": "contradicted", "quake-evacuated": "supported"}


def test_an_article_is_read_with_the_words_of_the_claims_that_check_it(
    tmp_path: Path,
) -> None:
    files = {
        "assertions/flood.yaml": FLOOD,
        "assertions/quake.yaml": QUAKE,
        # a third file checking both corpora
        "assertions/both.yaml": BOTH,
        "flood/a.txt": FLOOD_ARTICLE,
        "quake/b.txt": QUAKE_ARTICLE,
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    collection = Collection(rootdir=tmp_path, default_corpus=())
    for name in ("flood", "quake", "both"):
        collection.articles_for(
            collection.load_file(tmp_path / "assertions" / f"{name}.yaml")
        )
    flood = collection.lexicon_for((tmp_path / "flood" / "a.txt").resolve())
    quake = collection.lexicon_for((tmp_path / "quake" / "b.txt").resolve())
    # "dead" is a built-in event word: a claim's own word only where one uses it
    assert not flood.is_generic("dead")
    assert flood.kinds_of("people") is None
    assert quake.kinds_of("people") is not None
    assert quake.is_generic("dead")
    for lexicon in (flood, quake):
        assert lexicon.kinds_of("tonnes") is not None
    # an article no corpus named is read with every claim's words
    every = collection.lexicon_for(tmp_path / "elsewhere.txt")
    assert not every.is_generic("dead")
    assert every.kinds_of("people") is not None
