"""``claimcheck`` (cli/__init__.py): what every sub-command shares."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.cli import main


@pytest.mark.parametrize("command", ["suggest", "extract"])
def test_a_note_on_an_article_is_one_line(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    command: str,
) -> None:
    """A warning about an article reads as a note, one per article, without
    the source line of claimcheck that raised it."""
    monkeypatch.chdir(tmp_path)
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_bytes(
            "Officials said 45 people died in the caf\u00e9 fire.\n".encode("cp1252")
        )
    targets = ["."] if command == "suggest" else ["a.txt", "b.txt"]
    assert main([command, *targets]) == 0
    notes = [
        f"claimcheck: note: {name}: not valid UTF-8 (byte 40); read as cp1252."
        " Save the article as UTF-8 to silence this."
        for name in ("a.txt", "b.txt")
    ]
    assert capsys.readouterr().err.splitlines() == notes
