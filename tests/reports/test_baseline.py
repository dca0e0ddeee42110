"""reports/baseline.py: fingerprints, the baseline file, and its upkeep."""

from __future__ import annotations

import copy
import fnmatch
from pathlib import Path
from typing import Any, cast

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.errors import ClaimcheckError
from claimcheck.reports.baseline import (
    DEFAULT_NOTE,
    Baseline,
    Entry,
    fingerprint,
    load_baseline,
    render_baseline,
    update_baseline,
)
from claimcheck.reports.records import ResultRecord


def _record(
    claim: str = "dead",
    article: str = "a.txt",
    verdict: str = "contradicted",
    quotes: tuple[tuple[str, str, bool], ...] = (("More than 60", "(60, inf)", False),),
) -> ResultRecord:
    evidence = [
        {
            "line": 1 + n,
            "column": 1,
            "end_line": 1 + n,
            "end_column": 1 + len(text),
            "start": 100 * n,
            "end": 100 * n + len(text),
            "text": text,
            "value": value,
            "compatible": ok,
            "reason": "r",
        }
        for n, (text, value, ok) in enumerate(quotes)
    ]
    return cast(
        ResultRecord,
        {
            "claim": claim,
            "article": article,
            "file": "assertions/x.yaml",
            "verdict": verdict,
            "required": verdict == "missing",
            "strict_failure": False,
            "evidence": evidence,
            "candidates": [],
        },
    )


def test_fingerprint_ignores_offsets_order_and_wrapping() -> None:
    one = _record(quotes=(("More than 60", "a", False), ("70", "b", False)))
    moved = copy.deepcopy(one)
    for e in moved["evidence"]:
        e["start"] += 500
        e["line"] += 9
    moved["evidence"].reverse()
    moved["evidence"][1]["text"] = "More than\n  60"
    assert fingerprint(moved) == fingerprint(one)


@pytest.mark.parametrize(
    "change",
    [
        {"verdict": "missing"},
        {"quotes": (("More than 70", "(60, inf)", False),)},
        {"quotes": (("More than 60", "(70, inf)", False),)},
    ],
)
def test_fingerprint_changes_with_what_the_verdict_rests_on(
    change: dict[str, Any],
) -> None:
    assert fingerprint(_record(**change)) != fingerprint(_record())


def test_compatible_mentions_do_not_enter_the_fingerprint() -> None:
    plain = _record()
    more = _record(
        quotes=(("More than 60", "(60, inf)", False), ("45", "45", True)),
    )
    assert fingerprint(plain) == fingerprint(more)


# text as people write it in YAML: no control characters or line separators
_chars = st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"))
_texts = st.text(_chars, min_size=1).filter(str.strip)


# writes and reads a file per example: no deadline on a loaded machine
@settings(deadline=None)
@given(
    st.lists(
        st.tuples(_texts, _texts, st.text(_chars)),
        max_size=5,
        unique_by=lambda t: (t[0], t[1]),
    )
)
def test_render_then_load_round_trips(
    tmp_path_factory: pytest.TempPathFactory, rows: list[tuple[str, str, str]]
) -> None:
    entries = tuple(
        Entry(
            claim=claim,
            article=article,
            verdict="contradicted",
            fingerprint="0123456789abcdef",
            note=note,
        )
        for claim, article, note in rows
    )
    path = tmp_path_factory.mktemp("b") / "b.yaml"
    path.write_text(render_baseline(Baseline(path="b.yaml", entries=entries)))
    loaded = load_baseline(path, name="b.yaml")
    assert sorted(loaded.entries, key=lambda e: e.key) == sorted(
        entries, key=lambda e: e.key
    )


def test_rendered_baseline_is_stable_and_commented() -> None:
    a = Entry(claim="b", article="x.txt", verdict="contradicted", fingerprint="1")
    b = Entry(claim="a", article="x.txt", verdict="contradicted", fingerprint="2")
    one = render_baseline(Baseline(path="p", entries=(a, b)))
    assert one == render_baseline(Baseline(path="p", entries=(b, a)))
    assert one.startswith("# claimcheck baseline")
    assert one.index("claim: a") < one.index("claim: b")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "acepted: []\n",
            "b.yaml:1:1: unknown key 'acepted'*did you mean 'accepted'?)",
        ),
        ("accepted: 3\n", "b.yaml:1:11: 'accepted' must be a list*"),
        (
            "accepted:\n  - claim: x\n    article: a.txt\n",
            "b.yaml:2:5: baseline entry lacks 'verdict', 'fingerprint'*",
        ),
        (
            "accepted:\n"
            "  - {claim: x, article: a, verdict: v, fingerprint: f, nots: n}\n",
            "b.yaml:2:56: unknown key 'nots' (did you mean 'note'?)",
        ),
        (
            "accepted:\n"
            "  - {claim: x, article: a, verdict: v, fingerprint: f}\n"
            "  - {claim: x, article: a, verdict: v, fingerprint: g}\n",
            "b.yaml:3:5: x on a is accepted twice (first at line 2)*",
        ),
        ("accepted: [\n", "b.yaml:1:11:*never closed*stopped at b.yaml:2:1*"),
    ],
)
def test_a_broken_baseline_names_the_place(
    tmp_path: Path, text: str, message: str
) -> None:
    path = tmp_path / "b.yaml"
    path.write_text(text)
    with pytest.raises(ClaimcheckError) as info:
        load_baseline(path, name="b.yaml")
    assert fnmatch.fnmatch(str(info.value), message), str(info.value)


def test_a_missing_file_is_an_empty_baseline(tmp_path: Path) -> None:
    assert load_baseline(tmp_path / "none.yaml", name="n").entries == ()


def _entry(record: ResultRecord, note: str = "reviewed") -> Entry:
    return Entry(
        claim=record["claim"],
        article=record["article"],
        verdict=record["verdict"],
        fingerprint=fingerprint(record),
        note=note,
    )


def test_judge_marks_a_new_record_and_leaves_the_given_one() -> None:
    record = _record()
    given = copy.deepcopy(record)
    baseline = Baseline(path="b.yaml", entries=(_entry(record),))
    accepted = baseline.judge(record)
    assert record == given
    assert accepted["baseline"] == "accepted"
    assert accepted["note"] == "reviewed"
    assert accepted["fingerprint"] == fingerprint(record)
    assert baseline.excuse(accepted) == "accepted in b.yaml: reviewed"
    changed = baseline.judge(_record(quotes=(("More than 90", "(90, inf)", False),)))
    assert changed["baseline"] == "changed"
    assert baseline.excuse(changed) is None
    text = baseline.with_hint(changed, "quote\na.txt:1:1: dead contradicted")
    assert text.startswith(
        "quote\nb.yaml: the baseline accepts dead on this article, but the"
        " discrepancy changed: "
    )
    assert "--claimcheck-update-baseline" in text
    assert text.endswith("keeps its note)\n\na.txt:1:1: dead contradicted")
    assert baseline.with_hint(_record(claim="other"), "x") == "x"


def test_update_adds_refreshes_and_keeps_notes() -> None:
    kept = _record(article="kept.txt")
    changed = _record(article="changed.txt")
    new = _record(article="new.txt")
    baseline = Baseline(
        path="b",
        entries=(_entry(kept, "outlier"), _entry(changed, "old quote")),
        updating=True,
    )
    changed_now = _record(
        article="changed.txt", quotes=(("More than 90", "(90, inf)", False),)
    )
    upkeep = update_baseline(
        baseline,
        [kept, changed_now, new, _record(article="fine.txt", verdict="supported")],
        add=True,
        prune=False,
        article_exists=lambda a: True,
    )
    notes = {e.article: e.note for e in upkeep.baseline.entries}
    assert notes == {
        "kept.txt": "outlier",
        "changed.txt": "old quote",
        "new.txt": DEFAULT_NOTE,
    }
    assert (upkeep.added, upkeep.refreshed, upkeep.removed) == (1, 1, 0)
    assert upkeep.stale == ()


def test_only_entries_that_ran_or_lost_their_article_are_stale() -> None:
    fixed = _record(article="fixed.txt")
    not_run = _record(article="not-run.txt")
    gone = _record(article="gone.txt")
    baseline = Baseline(
        path="b", entries=(_entry(fixed), _entry(not_run), _entry(gone))
    )
    upkeep = update_baseline(
        baseline,
        [_record(article="fixed.txt", verdict="supported")],
        add=False,
        prune=True,
        article_exists=lambda a: a != "gone.txt",
    )
    assert [(e.article, why) for e, why in upkeep.stale] == [
        ("fixed.txt", "now supported, no longer a discrepancy"),
        ("gone.txt", "the article no longer exists"),
    ]
    assert [e.article for e in upkeep.baseline.entries] == ["not-run.txt"]
    assert upkeep.removed == 2


@pytest.mark.parametrize("note", ["Yes", "no", "0x10", "1e3", "~", "2025-01-14"])
def test_a_note_is_kept_as_written(tmp_path: Path, note: str) -> None:
    """A note YAML 1.1 would read as a boolean, a number, null or a date
    comes back as the text the user wrote."""
    entry = Entry(
        claim="dead",
        article="a.txt",
        verdict="contradicted",
        fingerprint="0123456789abcdef",
        note=note,
    )
    path = tmp_path / "b.yaml"
    path.write_text(render_baseline(Baseline(path="b.yaml", entries=(entry,))))
    (loaded,) = load_baseline(path, name="b.yaml").entries
    assert loaded.note == note
