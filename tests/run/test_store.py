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
    # any record, wherever it falls in the blocks of 32 the store keeps
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


def test_records_read_by_place_across_blocks_and_while_growing() -> None:
    store = RecordStore()
    records = [_record(i) for i in range(100)]
    store.extend(records[:40])
    # the open block (32 to 39) read, then grown: read again, not from before
    assert store[35] == records[35]
    store.extend(records[40:70])
    assert store[39] == records[39] and store[69] == records[69]
    assert [store[i] for i in (64, 3, 31, 32, 63, 0)] == [
        records[i] for i in (64, 3, 31, 32, 63, 0)
    ]
    store.extend(records[70:])
    assert list(store) == records
    assert [store[i] for i in range(99, -1, -1)] == records[::-1]
    store.close()
