"""reports/guard.py: an output path never replaces a file the user wrote."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.errors import OutputError
from claimcheck.reports.guard import refuse_user_files


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.md").write_text("Officials said 45 died.\n")
    (tmp_path / "notes.md").write_text("# My notes\n\nclaimcheck found 2 things\n")
    return tmp_path


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        pytest.param(
            "articles/a.md", "exists and claimcheck did not write it", id="article"
        ),
        pytest.param("notes.md", "exists and claimcheck did not write it", id="notes"),
        pytest.param(
            "articles/new.html", "inside the corpus folder articles/", id="corpus"
        ),
        pytest.param(
            "articles/sub/r.md", "inside the corpus folder articles/", id="deeper"
        ),
        pytest.param(
            "assertions/r.yaml", "a YAML name is read as an assertion", id="yaml"
        ),
        pytest.param("r.YML", "a YAML name", id="yml"),
    ],
)
def test_a_user_file_is_refused(project: Path, path: str, reason: str) -> None:
    before = {p: p.read_bytes() for p in project.rglob("*") if p.is_file()}
    with pytest.raises(OutputError) as info:
        refuse_user_files(
            Path(path), "--claimcheck-report", corpus=[project / "articles"]
        )
    message = str(info.value)
    assert message.startswith(f"--claimcheck-report={path}: refusing to write there: ")
    assert reason in message
    assert message.endswith("choose another path")
    assert {p: p.read_bytes() for p in project.rglob("*") if p.is_file()} == before


@pytest.mark.parametrize(
    ("name", "content"),
    [
        pytest.param("r.md", "# claimcheck report\n\n5 claims\n", id="markdown"),
        pytest.param("c.comment.md", "### ✓ claimcheck: 5 claims\n", id="comment"),
        pytest.param(
            "r.json", '{\n "run": {\n  "claimcheck": "0.1.0"', id="json-report"
        ),
        pytest.param("v.json", '{\n "results": [\n', id="results"),
        pytest.param("r.html", "<!DOCTYPE html>\n<title>claimcheck report", id="html"),
        pytest.param("e.md", "", id="empty"),
    ],
)
def test_a_file_claimcheck_wrote_may_be_replaced(
    project: Path, name: str, content: str
) -> None:
    (project / "reports").mkdir()
    (project / "reports" / name).write_text(content, encoding="utf-8")
    refuse_user_files(
        Path("reports", name), "--claimcheck-report", corpus=[project / "articles"]
    )


@pytest.mark.parametrize(
    "content",
    [
        pytest.param('{"name": "my data"}', id="other-json"),
        pytest.param("<html><title>My page</title>", id="other-html"),
        pytest.param("# Notes\nclaimcheck is run nightly\n", id="mentions-it-later"),
    ],
)
def test_a_file_that_only_looks_like_a_report_is_kept(
    project: Path, content: str
) -> None:
    (project / "out.md").write_text(content)
    with pytest.raises(OutputError, match="claimcheck did not write it"):
        refuse_user_files(Path("out.md"), "--claimcheck-json")


def test_a_corpus_glob_protects_its_folder(project: Path) -> None:
    with pytest.raises(OutputError, match="inside the corpus folder articles/"):
        refuse_user_files(
            Path("articles/r.md"),
            "--claimcheck-report",
            corpus=[project / "articles/*.md"],
        )


def test_a_report_beside_the_corpus_is_written(project: Path) -> None:
    refuse_user_files(
        Path("reports/r.md"), "--claimcheck-report", corpus=[project / "articles"]
    )
    refuse_user_files(
        Path("articles.md"), "--claimcheck-report", corpus=[project / "articles"]
    )
