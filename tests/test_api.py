"""``claimcheck.check``: claims and articles in any form, the plugin's verdicts."""

from __future__ import annotations

import contextlib
import io
import json
import re
from pathlib import Path

import pytest

import claimcheck
from claimcheck import AssertionFileError, Suite, VerdictKind, check, load_suite

ROOT = Path(__file__).resolve().parents[1]

CLAIMS = """\
claims:
  - id: dead
    kind: quantity
    measure: [killed]
    equals: 45
  - id: dam
    kind: entity
    name: Kariba Dam
    required: true
"""
AGREES = "The flood killed 45 people below the Kariba Dam.\n"
DISAGREES = "The flood killed 60 people.\n"


def test_yaml_text_and_article_texts() -> None:
    results = check(CLAIMS, [AGREES, DISAGREES])
    assert [(r.article.path, r.claim.id, r.kind, r.failed) for r in results] == [
        ("<article 1>", "dead", VerdictKind.SUPPORTED, False),
        ("<article 1>", "dam", VerdictKind.SUPPORTED, False),
        ("<article 2>", "dead", VerdictKind.CONTRADICTED, True),
        ("<article 2>", "dam", VerdictKind.MISSING, True),  # required
    ]


def test_paths_folders_and_a_loaded_suite_give_the_same_verdicts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "flood.yaml").write_text(CLAIMS)
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(AGREES)
    (tmp_path / "articles" / "b.md").write_text(DISAGREES)
    (tmp_path / "articles" / "notes.pdf").write_text("not an article")
    by_text = [r.kind for r in check(CLAIMS, [AGREES, DISAGREES])]
    suite = load_suite([Path("flood.yaml")], rootdir=tmp_path, default_corpus=())
    assert isinstance(suite, Suite)
    for claims in ("flood.yaml", Path("flood.yaml"), suite):
        for articles in (
            "articles",
            Path("articles"),
            ["articles/a.txt", "articles/b.md"],
        ):
            results = check(claims, articles)
            assert [r.kind for r in results] == by_text
            assert [r.article.path for r in results][::2] == [
                str(Path("articles/a.txt")),
                str(Path("articles/b.md")),
            ]
            assert results[0].record["file"] == "flood.yaml"


def test_records_are_the_json_reports() -> None:
    (result,) = check(CLAIMS.split("  - id: dam", maxsplit=1)[0], DISAGREES)
    record = result.record
    assert json.loads(json.dumps(record)) == record
    assert record["verdict"] == "contradicted"
    assert record["claim"] == "dead"
    (evidence,) = record["evidence"]
    assert (evidence["line"], evidence["column"], evidence["text"]) == (1, 18, "60")
    failure = result.failure()
    assert failure is not None
    assert failure.splitlines()[-1].startswith("<article 1>:1:18: dead contradicted")


def test_strict_fails_a_wavering_article() -> None:
    wavering = "The flood killed 45 people. Later reports said it killed 60.\n"
    claims = CLAIMS.split("  - id: dam", maxsplit=1)[0]
    (lenient,) = check(claims, wavering)
    (strict,) = check(claims, wavering, strict=True)
    assert lenient.kind is strict.kind is VerdictKind.SUPPORTED
    assert (lenient.failed, strict.failed) == (False, True)


def test_outdated_passes_unless_told_to_fail() -> None:
    claims = CLAIMS.split("  - id: dam", maxsplit=1)[0] + (
        "    history: [{until: 2025-03-03, equals: 30}]\n"
    )
    old = "date 2025-03-02\nThe flood killed 30 people.\n"
    (lenient,) = check(claims, old)
    (failing,) = check(claims, old, outdated=claimcheck.OutdatedPolicy.FAIL)
    assert lenient.kind is failing.kind is VerdictKind.OUTDATED
    assert (lenient.failed, failing.failed) == (False, True)
    assert lenient.article.date is not None
    assert lenient.record["outdated_as"] == "pass"


def test_a_mistake_in_the_yaml_names_its_place() -> None:
    with pytest.raises(AssertionFileError, match=r"^<claims>:5:5: unknown key 'equls'"):
        check(CLAIMS.replace("equals", "equls"), AGREES)


def test_the_api_is_exported() -> None:
    assert claimcheck.check is check
    assert "check" in claimcheck.__all__
    assert "Result" in claimcheck.__all__


def test_the_documented_example_runs_and_prints_what_the_page_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = (ROOT / "docs" / "api.md").read_text()
    code = re.search(r"```python\n(.*?)```", page, re.S)
    shown = re.search(r"prints\n\n```text\n(.*?)```", page, re.S)
    assert code is not None
    assert shown is not None
    monkeypatch.chdir(tmp_path)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code.group(1), "docs/api.md", "exec"), {})
    assert out.getvalue() == shown.group(1)
