"""Reading JSON reports, checking that they fit, combining them as one run."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from claimcheck.errors import ClaimcheckError
from claimcheck.reports.merge import (
    PartReport,
    combine,
    merge_reports,
    read_report,
    suite_digest,
)
from claimcheck.reports.records import ResultRecord, sorted_records
from claimcheck.reports.summary import run_metadata
from tests.reports.sample import record


def _report(
    records: list[ResultRecord],
    *,
    shard: tuple[int, int] | None = None,
    created: str = "2025-01-01T00:00:00+00:00",
    **run: Any,
) -> dict[str, Any]:
    meta: dict[str, Any] = dict(
        run_metadata(records, rootdir="project", created=created, version="9")
    )
    meta["suite"] = "0011223344556677"
    if shard:
        meta["shard"] = {"index": shard[0], "count": shard[1]}
    meta.update(run)
    return {"run": meta, "results": records}


def _part(name: str, data: dict[str, Any]) -> PartReport:
    return PartReport(
        path=name,
        run=data["run"],
        results=data["results"],
        extra={k: v for k, v in data.items() if k not in ("run", "results")},
    )


def _write(tmp_path: Path, name: str, data: object) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


# -- reading ----------------------------------------------------------------------


def test_read_report(tmp_path: Path) -> None:
    data = _report([record()], shard=(1, 2))
    data["coverage"] = {"articles/one.txt": 3}
    part = read_report(_write(tmp_path, "p.json", data))
    assert (part.run, part.results) == (data["run"], data["results"])
    assert part.extra == {"coverage": {"articles/one.txt": 3}}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            b'{"run": {}, \n "results": [}',
            r"p\.json:2:14: not JSON \(Expecting value\)",
        ),
        (b"\xff\xfe", r"p\.json: cannot read the report: 'utf-8' codec"),
        (b"[1, 2]", r"p\.json: not a claimcheck JSON report; write it with"),
        (
            b'{"results": []}',
            r"p\.json: holds results without the run's metadata \(as"
            r" --claimcheck-json writes them\)",
        ),
        (
            b'{"run": {"claimcheck": "9", "rootdir": "p"}, "results": []}',
            r"p\.json: run: 'created' must be text, got missing",
        ),
        (
            b'{"run": {"claimcheck": "9", "rootdir": "p", "created": "t"},'
            b' "results": {}}',
            r"p\.json: 'results' must be a list, got dict",
        ),
    ],
)
def test_unreadable_reports(tmp_path: Path, content: bytes, message: str) -> None:
    (tmp_path / "p.json").write_bytes(content)
    with pytest.raises(ClaimcheckError, match=message):
        read_report(tmp_path / "p.json")


def test_missing_report(tmp_path: Path) -> None:
    with pytest.raises(ClaimcheckError, match=r"nope\.json: cannot read the report"):
        read_report(tmp_path / "nope.json")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"verdict": "maybe"}, r"results\[0\]: 'verdict' must be one of supported,"),
        ({"required": "yes"}, r"results\[0\]: 'required' must be true or false"),
        ({"claim": None}, r"results\[0\]: 'claim' must be text, got NoneType None"),
        ({"evidence": [{"line": 1}]}, r"results\[0\]\.evidence\[0\]: 'column' must"),
        ({"candidates": ["x"]}, r"results\[0\]\.candidates\[0\]: must be an object"),
        ({"note": 3}, r"results\[0\]: 'note' must be text, got int 3"),
    ],
)
def test_damaged_results(tmp_path: Path, change: dict[str, Any], message: str) -> None:
    data = _report([record()])
    data["results"][0].update(change)
    with pytest.raises(ClaimcheckError, match=message):
        read_report(_write(tmp_path, "p.json", data))


def test_evidence_line_is_a_number_not_a_flag(tmp_path: Path) -> None:
    data = _report([record()])
    data["results"][0]["evidence"][0]["line"] = True
    with pytest.raises(
        ClaimcheckError, match="'line' must be a whole number, got bool"
    ):
        read_report(_write(tmp_path, "p.json", data))


# -- fitting ------------------------------------------------------------------------


def _parts(*reports: dict[str, Any]) -> list[PartReport]:
    return [_part(f"p{i}.json", r) for i, r in enumerate(reports, 1)]


def test_merge_parts() -> None:
    one = [record("dead", "a/1.txt"), record("dam", "a/1.txt", "supported")]
    two = [record("dead", "a/2.txt", "missing"), record("dam", "a/2.txt", "missing")]
    merged = merge_reports(
        _parts(
            _report(two, shard=(2, 2), created="2025-01-01T00:05:00+00:00"),
            _report(one, shard=(1, 2), created="2025-01-01T00:03:00+00:00"),
        )
    )
    whole = _report(one + two, created="2025-01-01T00:05:00+00:00")
    assert merged.records == sorted_records(one + two)
    assert merged.meta == whole["run"]
    assert list(merged.meta) == list(whole["run"])
    assert "shard" not in merged.meta


@pytest.mark.parametrize(
    ("second", "message"),
    [
        (
            {"claimcheck": "10"},
            r"p2\.json: written by claimcheck '10', p1\.json by claimcheck '9';"
            r" merge the reports of one run, made by one claimcheck on one commit",
        ),
        (
            {"rootdir": "other"},
            r"p2\.json: a run of the project 'other', p1\.json of 'project'",
        ),
        (
            {"suite": "ffff"},
            r"p2\.json: a run of other assertion files than p1\.json \(suite digest"
            r" 'ffff', not '0011223344556677'\): they changed between the runs",
        ),
    ],
)
def test_reports_of_other_runs(second: dict[str, Any], message: str) -> None:
    parts = _parts(
        _report([record(article="a/1.txt")]),
        _report([record(article="a/2.txt")], **second),
    )
    with pytest.raises(ClaimcheckError, match=message):
        merge_reports(parts)


@pytest.mark.parametrize(
    ("shards", "message"),
    [
        ([(1, 3), (3, 3)], r"part 2 of 3 is missing \(given: p1\.json, p2\.json\)"),
        ([(1, 2), (1, 2)], r"p2\.json: part 1/2 is given twice \(also p1\.json\)"),
        ([(1, 2), (2, 3)], r"p2\.json: part 2/3, but p1\.json is a part of 2"),
        ([(1, 2), None], r"p2\.json: a run of the whole corpus, merged with parts"),
    ],
)
def test_parts_that_do_not_fit(
    shards: list[tuple[int, int] | None], message: str
) -> None:
    parts = _parts(
        *(
            _report([record(article=f"a/{i}.txt")], shard=s)
            for i, s in enumerate(shards)
        )
    )
    with pytest.raises(ClaimcheckError, match=message):
        merge_reports(parts)


def test_overlapping_reports() -> None:
    parts = _parts(_report([record()]), _report([record(verdict="supported")]))
    with pytest.raises(
        ClaimcheckError,
        match=r"p2\.json: dead on a/one\.txt is also in p1\.json; the reports overlap",
    ):
        merge_reports(parts)


def test_claim_read_differently() -> None:
    parts = _parts(
        _report([record(article="a/1.txt")]),
        _report([record(article="a/2.txt", description="people hurt")]),
    )
    with pytest.raises(ClaimcheckError, match=r"p2\.json: claim dead differs"):
        merge_reports(parts)


def test_nothing_to_merge() -> None:
    with pytest.raises(ClaimcheckError, match="no report to merge"):
        merge_reports([])


# -- fields claimcheck does not know ---------------------------------------------------


def test_unknown_fields_are_carried_through() -> None:
    """A field a report holds beyond claimcheck's own is combined, not lost;
    a result's own fields stay as they are."""
    one = _report([record(article="a/1.txt", checked_by="x")], shard=(1, 2))
    two = _report([record(article="a/2.txt")], shard=(2, 2))
    one["run"]["coverage"] = {"a/1.txt": {"figures": 3}, "unclaimed": 1}
    two["run"]["coverage"] = {"a/2.txt": {"figures": 5}, "unclaimed": 2}
    one["quiet"] = [{"article": "a/1.txt", "claim": "dead"}]
    two["quiet"] = [{"article": "a/10.txt", "claim": "dead"}]
    merged = merge_reports(_parts(two, one))
    assert merged.meta["coverage"] == {  # type: ignore[typeddict-item]
        "a/1.txt": {"figures": 3},
        "a/2.txt": {"figures": 5},
        "unclaimed": 3,
    }
    assert merged.extra["quiet"] == [
        {"article": "a/1.txt", "claim": "dead"},
        {"article": "a/10.txt", "claim": "dead"},
    ]
    assert merged.records[0]["checked_by"] == "x"  # type: ignore[typeddict-item]


@pytest.mark.parametrize(
    ("values", "combined"),
    [
        (["a", "a"], "a"),
        ([1, 2, 3], 6),
        ([True, True], True),
        ([["b", "a"], ["c"]], ["b", "a", "c"]),  # not in order: joined as given
        ([["a/2", "a/9"], ["a/10"]], ["a/2", "a/9", "a/10"]),  # natural order kept
        ([["x", "y"], ["y", "z"]], ["x", "y", "z"]),  # duplicates once
        ([{"b": 1}, {"a": 2}], {"a": 2, "b": 1}),
        ([{"n": [1]}, {"n": [2]}], {"n": [1, 2]}),
    ],
)
def test_combine(values: list[Any], combined: Any) -> None:
    assert combine(values, "run.x") == combined


@pytest.mark.parametrize("values", [["a", "b"], [True, False], [1, "1"], [{}, []]])
def test_combine_refuses_disagreement(values: list[Any]) -> None:
    with pytest.raises(ClaimcheckError, match=r"the reports disagree on run\.x"):
        combine(values, "run.x")


# -- the suite ------------------------------------------------------------------------


def test_suite_digest(tmp_path: Path) -> None:
    (tmp_path / "assertions" / "sub").mkdir(parents=True)
    (tmp_path / "assertions" / "a.yaml").write_text("claims: []\n")
    (tmp_path / "assertions" / "sub" / "claimcheck.yaml").write_text("corpus: [x]\n")
    first = suite_digest(tmp_path, ["assertions", "missing"])
    assert len(first) == 16
    # the baseline and other files do not count
    (tmp_path / "assertions" / "claimcheck-baseline.yaml").write_text("accepted: []\n")
    (tmp_path / "assertions" / "notes.txt").write_text("hi\n")
    (tmp_path / "assertions" / ".cache").mkdir()
    (tmp_path / "assertions" / ".cache" / "x.yaml").write_text("a: 1\n")
    assert suite_digest(tmp_path, ["assertions"]) == first
    # an edit, a new file or a renamed one does
    (tmp_path / "assertions" / "sub" / "claimcheck.yaml").write_text("corpus: [y]\n")
    edited = suite_digest(tmp_path, ["assertions"])
    assert edited != first
    (tmp_path / "assertions" / "a.yaml").rename(tmp_path / "assertions" / "b.yaml")
    assert suite_digest(tmp_path, ["assertions"]) not in (first, edited)
