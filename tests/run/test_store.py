"""run/store.py: the run's records on disk, read back as a sequence."""

from __future__ import annotations

from typing import Any, cast

import pytest

from claimcheck.reports.records import Outcome, ResultRecord
from claimcheck.run.store import RecordStore


def _record(i: int) -> ResultRecord:
    return cast(
        ResultRecord,
        {
            "claim": f"c{i % 3}",
            "article": f"a{i}.txt",
            "outcome": Outcome.FAILED if i % 2 else "passed",
            "evidence": [{"text": "é" * i, "line": i, "compatible": None}],
        },
    )


def test_records_come_back_as_they_went_in() -> None:
    store = RecordStore()
    assert len(store) == 0 and not store and list(store) == []
    records = [_record(i) for i in range(600)]
    store.extend(records[:1])
    store.extend([])
    store.extend(records[1:255])
    store.extend(records[255:258])
    store.extend(records[258:])
    assert len(store) == 600
    assert list(store) == records
    assert store[0] == records[0] and store[-1] == records[-1]
    assert list(store[10:13]) == records[10:13]
    # any record, wherever it falls in the blocks of 256 the store keeps
    assert [store[i] for i in range(0, 600, 7)] == records[::7]
    assert list(store[250:520]) == records[250:520]
    assert store[1]["outcome"] is Outcome.FAILED
    # passes may nest (the summary walks the records more than once)
    outer, inner = iter(store), iter(store)
    assert next(outer) == records[0]
    assert list(inner) == records
    assert next(outer) == records[1]
    with pytest.raises(IndexError):
        store[600]
    store.close()
    assert len(store) == 0


def test_a_record_read_back_is_a_new_object() -> None:
    store = RecordStore()
    record: dict[str, Any] = dict(_record(1))
    store.extend([cast(ResultRecord, record)])
    record["claim"] = "changed"
    assert store[0]["claim"] == "c1"
    store.close()
