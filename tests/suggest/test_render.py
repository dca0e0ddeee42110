"""Rendering: ids, numbers, and YAML that loads as an assertion file."""

from __future__ import annotations

from pathlib import Path

from claimcheck.engine.articles import parse_article
from claimcheck.suggest.drafting import Draft, draft
from claimcheck.suggest.render import claim_ids, render_yaml
from claimcheck.suite.loader import load_assertion_file

STORY = [
    'The "quake" killed 120 people: officials # said, and 3.5 km² were affected.',
    "It killed 120 people and 3.5 square kilometres were affected, a mayor said.",
    "At least 120 people were killed; about 3.5 km² was affected.",
]


def test_the_draft_loads_as_written(tmp_path: Path) -> None:
    articles = [parse_article(t, path=f"a{n}.txt") for n, t in enumerate(STORY)]
    found = draft(articles)
    text = render_yaml(found, sources=["a"])
    path = tmp_path / "draft.yaml"
    path.write_text(text, encoding="utf-8")
    loaded = load_assertion_file(path, rootdir=tmp_path, default_corpus=["."])
    by_id = {c.id: c for c in loaded.claims}
    assert sorted(by_id) == ["affected-km2", "killed"]
    # quotes with YAML's special characters stay in comments
    assert "# said, and 3.5 km\\u00b2" not in text
    assert "officials # said" in text
    assert render_yaml(found, sources=["a"]) == text


def test_nothing_to_suggest_is_said_in_a_comment() -> None:
    text = render_yaml(Draft(claims=()), sources=["empty"])
    assert all(line.startswith("#") for line in text.splitlines())
    assert "No figure is reported by enough articles" in text


def test_ids_are_unique() -> None:
    articles = [
        parse_article("Police arrested 12 men and said 12 men were detained.", path=p)
        for p in ("a.txt", "b.txt")
    ]
    found = draft(articles)
    ids = claim_ids(list(found.claims) * 2)
    assert len(set(ids)) == len(ids)
    assert ids[len(ids) // 2] == f"{ids[0]}-2"


def test_an_open_bound_is_drafted_with_a_tolerance() -> None:
    articles = [
        parse_article("More than 50 people were evacuated overnight.", path=p)
        for p in ("a.txt", "b.txt")
    ]
    text = render_yaml(draft(articles), sources=["."])
    assert "    equals: 50\n    tolerance: 1%\n" in text
