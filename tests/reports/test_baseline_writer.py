"""The baseline's round-trip writer and its read-only guard."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from claimcheck.errors import ClaimcheckError
from claimcheck.reports.baseline_writer import (
    HEADER,
    check_baseline_writable,
    write_entries,
)

FILE = """\
# kept at the top
version: 1
accepted:
# above the first
- claim: a
  article: x.txt
  verdict: contradicted
  note: first  # beside the first
# above the second

- claim: b
  article: x.txt
  verdict: contradicted
  note: second  # beside the second
# above the third
- claim: c
  article: x.txt
  verdict: contradicted
  note: third
"""


def _entry(claim: str, **more: object) -> dict[str, object]:
    return {"claim": claim, "article": "x.txt", "verdict": "contradicted", **more}


@pytest.mark.parametrize("gone", ["a", "b", "c"])
def test_removing_an_entry_loses_no_other_comment(gone: str) -> None:
    text = write_entries(FILE, [_entry(c) for c in "abc" if c != gone])
    assert f"claim: {gone}" not in text
    for line in FILE.splitlines():
        if "#" in line and "beside" not in line:
            assert line in text
    for claim, note in (("a", "first"), ("b", "second")):
        if claim != gone:
            assert f"note: {note}  # beside the {note}" in text


def test_run_fields_change_in_place_and_the_note_stays() -> None:
    text = write_entries(
        FILE,
        [
            _entry("a", quote="More than 70", reviewed=False, note="ignored"),
            _entry("b"),
            _entry("c"),
        ],
    )
    data = yaml.safe_load(text)["accepted"]
    assert data[0] == {
        "claim": "a",
        "article": "x.txt",
        "verdict": "contradicted",
        "note": "first",
        "quote": "More than 70",
        "reviewed": False,
    }
    assert "note: first  # beside the first" in text


def test_new_entries_go_where_the_order_puts_them() -> None:
    text = write_entries(FILE, [_entry(c) for c in "abcd"] + [_entry("0")])
    claims = [e["claim"] for e in yaml.safe_load(text)["accepted"]]
    assert claims == ["0", "a", "b", "c", "d"]


def test_a_new_file_gets_the_header_and_a_block_list() -> None:
    text = write_entries(None, [_entry("a", note="n")])
    assert text.startswith(HEADER)
    assert "\n- claim: a\n" in text
    assert write_entries(text, [_entry("a", note="n")]) == text


def test_a_file_without_the_owner_write_bit_is_refused(tmp_path: Path) -> None:
    # whoever runs this (root writes anything): the owner's bit alone refuses
    path = tmp_path / "b.yaml"
    path.write_text("version: 1\n")
    path.chmod(0o444)
    with pytest.raises(ClaimcheckError, match=r"b\.yaml is read-only"):
        check_baseline_writable(path, "b.yaml", "--claimcheck-update-baseline")
    path.chmod(0o644)
    check_baseline_writable(path, "b.yaml", "--claimcheck-update-baseline")


def test_a_file_os_access_denies_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a mocked check: the mode allows writing, the system (os.access) does not
    path = tmp_path / "b.yaml"
    path.write_text("version: 1\n")
    monkeypatch.setattr(os, "access", lambda p, mode: False)
    with pytest.raises(ClaimcheckError, match="make the file writable"):
        check_baseline_writable(path, "b.yaml", "--claimcheck-prune-baseline")


def test_a_new_file_in_a_read_only_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "assertions"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(ClaimcheckError, match="make the folder writable"):
            check_baseline_writable(
                folder / "b.yaml", "b.yaml", "--claimcheck-update-baseline"
            )
    finally:
        folder.chmod(0o755)
