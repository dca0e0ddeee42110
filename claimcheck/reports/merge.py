"""Several runs' JSON reports as one run: read, check that they fit, combine.

The parts of a sharded run (``--claimcheck-shard=K/N``) each write a JSON
report; :func:`merge_reports` gives back the records and the metadata one run
over the whole corpus would have written, so every format renders from them
as from that run.  The metadata is computed again from the records by
:func:`~claimcheck.reports.summary.run_metadata`; what a report holds beyond
it (fields this module does not know) is combined by :func:`combine`.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any, cast, final, get_args

from claimcheck.engine.match import VerdictKind
from claimcheck.errors import ClaimcheckError
from claimcheck.reports.coverage import merge_coverage
from claimcheck.reports.records import (
    ResultRecord,
    VerdictName,
    natural_key,
    sorted_records,
)
from claimcheck.reports.summary import RunMetadata, run_metadata
from claimcheck.suite.loader import BASELINE

__all__ = ["MergedRun", "PartReport", "combine", "merge_reports", "read_report"]


def suite_digest(rootdir: Path, folders: Sequence[str]) -> str:
    """A digest of the suite: every YAML file (assertion files and their
    ``claimcheck.yaml``) under the assertion folders, by path and content.
    The baseline is left out: a run may rewrite it.
    """
    files: set[Path] = set()
    for folder in folders:
        for top, dirs, names in os.walk(rootdir / folder):
            # a folder such as "." must not walk into .git or a virtualenv
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            files.update(
                Path(top, n)
                for n in names
                if n.lower().endswith((".yaml", ".yml")) and n != BASELINE
            )
    digest = hashlib.sha256()
    for path in sorted(files):
        shown = path.relative_to(rootdir).as_posix()
        content = hashlib.sha256(path.read_bytes()).hexdigest()
        digest.update(f"{shown}\0{content}\0".encode())
    return digest.hexdigest()[:16]


@final
@dataclass(frozen=True, slots=True, kw_only=True)
class PartReport:
    """One JSON report read and checked: its path as given, and its content."""

    path: str
    run: dict[str, Any]
    results: list[ResultRecord]
    #: top-level fields besides ``run`` and ``results``
    extra: dict[str, Any]


@final
@dataclass(frozen=True, slots=True, kw_only=True)
class MergedRun:
    """The records and the metadata of the runs, as one run's."""

    records: list[ResultRecord]
    meta: RunMetadata
    extra: dict[str, Any]


# -- reading ---------------------------------------------------------------------

_WRITE_IT = "write it with --claimcheck-report=PATH.json"


def read_report(path: Path) -> PartReport:
    """Read a JSON report; a file that is not one raises
    :class:`ClaimcheckError` naming it and what is wrong."""
    shown = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise ClaimcheckError(f"{shown}: cannot read the report: {reason}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ClaimcheckError(
            f"{shown}:{exc.lineno}:{exc.colno}: not JSON ({exc.msg}); give the"
            " JSON reports of the runs (--claimcheck-report=PATH.json)"
        ) from None
    except (ValueError, RecursionError) as exc:
        # arrays nested thousands deep, an integer of thousands of digits
        reason = (
            "a number thousands of digits long"
            if isinstance(exc, ValueError)
            else "nested too deeply"
        )
        raise ClaimcheckError(
            f"{shown}: not a claimcheck JSON report ({reason}); {_WRITE_IT}"
        ) from None
    if not isinstance(data, dict) or "results" not in data:
        raise ClaimcheckError(f"{shown}: not a claimcheck JSON report; {_WRITE_IT}")
    if "run" not in data:
        raise ClaimcheckError(
            f"{shown}: holds results without the run's metadata (as"
            f" --claimcheck-json writes them); {_WRITE_IT}"
        )
    run = _field(data, "run", dict, shown)
    for key in ("claimcheck", "rootdir", "created"):
        _field(run, key, str, f"{shown}: run")
    results = _field(data, "results", list, shown)
    for i, record in enumerate(results):
        _check_record(record, f"{shown}: results[{i}]")
    extra = {k: v for k, v in data.items() if k not in ("run", "results")}
    return PartReport(
        path=shown, run=run, results=cast(list[ResultRecord], results), extra=extra
    )


_NAMES = {str: "text", int: "a whole number", bool: "true or false", list: "a list"}
_NAMES[dict] = "an object"

#: a record's fields every renderer reads, and their types
_RECORD: dict[str, type] = {
    "claim": str,
    "kind": str,
    "description": str,
    "file": str,
    "article": str,
    "verdict": str,
    "required": bool,
    "wavering": bool,
    "strict_failure": bool,
    "evidence": list,
    "candidates": list,
}
_SPAN: dict[str, type] = {
    "line": int,
    "column": int,
    "end_line": int,
    "end_column": int,
    "text": str,
}
_EVIDENCE: dict[str, type] = {**_SPAN, "value": str, "reason": str}
_OPTIONAL: dict[str, type] = {
    "fingerprint": str,
    "baseline": str,
    "note": str,
    "outcome": str,
    "source": dict,
    "evidence_left_out": int,
}
#: the verdicts a record may hold: every one the records and the engine know
_VERDICTS = tuple(
    dict.fromkeys([*get_args(VerdictName), *(k.value for k in VerdictKind)])
)


def _field(data: Mapping[str, Any], key: str, kind: type, where: str) -> Any:
    value = data.get(key)
    # bool is an int to Python, not to a report
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        got = "missing" if key not in data else f"{type(value).__name__} {value!r}"
        raise ClaimcheckError(
            f"{where}: {key!r} must be {_NAMES[kind]}, got {got[:80]}; the report"
            f" is damaged or not claimcheck's: {_WRITE_IT}"
        )
    return value


def _check_record(record: Any, where: str) -> None:
    if not isinstance(record, dict):
        raise ClaimcheckError(f"{where}: a result must be an object; {_WRITE_IT}")
    for key, kind in _RECORD.items():
        _field(record, key, kind, where)
    for key, kind in _OPTIONAL.items():
        if key in record:
            _field(record, key, kind, where)
    if record["verdict"] not in _VERDICTS:
        raise ClaimcheckError(
            f"{where}: 'verdict' must be one of {', '.join(_VERDICTS)}, got"
            f" {record['verdict']!r}; {_WRITE_IT}"
        )
    for name, fields in (("evidence", _EVIDENCE), ("candidates", _SPAN)):
        for i, span in enumerate(record[name]):
            place = f"{where}.{name}[{i}]"
            if not isinstance(span, dict):
                raise ClaimcheckError(f"{place}: must be an object; {_WRITE_IT}")
            for key, kind in fields.items():
                _field(span, key, kind, place)
            if name == "evidence" and span.get("compatible") not in (True, False, None):
                raise ClaimcheckError(
                    f"{place}: 'compatible' must be true, false or null; {_WRITE_IT}"
                )


# -- fitting and combining ----------------------------------------------------------


def merge_reports(parts: Sequence[PartReport]) -> MergedRun:
    """The parts as one run: the union of their results, metadata computed
    again from it, other fields combined.

    Raises :class:`ClaimcheckError` when they do not fit: another claimcheck
    version, project or suite, a part missing or given twice, a result in two
    reports, or one claim read differently.
    """
    if not parts:
        raise ClaimcheckError("no report to merge; give the JSON reports of the runs")
    first = parts[0]
    for key, what in _SAME.items():
        _same(parts, key, what)
    _check_shards(parts)
    records = _union(parts)
    computed: dict[str, Any] = dict(
        run_metadata(
            records,
            rootdir=first.run["rootdir"],
            # the run ends with its last part
            created=max(p.run["created"] for p in parts),
            version=first.run["claimcheck"],
        )
    )
    runs = [p.run for p in parts]
    # the first report's order of fields, then any only others hold
    order = dict.fromkeys(k for r in runs for k in r if k != "shard")
    meta = {
        k: computed[k]
        if k in computed
        else combine([r[k] for r in runs if k in r], f"run.{k}")
        for k in [*order, *computed]
    }
    # stale baseline entries are judged again on the whole run (by the caller)
    meta.pop("stale", None)
    keys = dict.fromkeys(k for p in parts for k in p.extra if k != "coverage")
    extra = {k: combine([p.extra[k] for p in parts if k in p.extra], k) for k in keys}
    coverages = [p.extra["coverage"] for p in parts if "coverage" in p.extra]
    if coverages:
        meta["coverage"] = merge_coverage(coverages)
    return MergedRun(records=records, meta=cast(RunMetadata, meta), extra=extra)


#: what the reports of one run share, and what a difference means
_SAME = {
    "claimcheck": "written by claimcheck {theirs}, {first} by claimcheck {ours}",
    "rootdir": "a run of the project {theirs}, {first} of {ours}",
    "suite": "a run of other assertion files than {first} (suite digest {theirs},"
    " not {ours}): they changed between the runs",
}


def _same(parts: Sequence[PartReport], key: str, what: str) -> None:
    first = parts[0]
    for part in parts[1:]:
        theirs, ours = part.run.get(key), first.run.get(key)
        if theirs != ours:
            said = what.format(theirs=repr(theirs), ours=repr(ours), first=first.path)
            raise ClaimcheckError(
                f"{part.path}: {said}; merge the reports of one run, made by one"
                " claimcheck on one commit"
            )


def _check_shards(parts: Sequence[PartReport]) -> None:
    """Parts of one sharded run: each part once, none missing."""
    places = [p.run.get("shard") for p in parts]
    if all(s is None for s in places):
        return
    seen: dict[int, str] = {}
    count = None
    for part, place in zip(parts, places, strict=True):
        ok = isinstance(place, dict) and all(
            type(place.get(k)) is int for k in ("index", "count")
        )
        if not ok or place is None:
            whole = parts[places.index(None)].path if None in places else part.path
            raise ClaimcheckError(
                f"{whole}: a run of the whole corpus, merged with parts of a sharded"
                " run (--claimcheck-shard); merge the reports of every part of one"
                " run"
            )
        if count is not None and place["count"] != count:
            raise ClaimcheckError(
                f"{part.path}: part {place['index']}/{place['count']}, but"
                f" {parts[0].path} is a part of {count}; merge the parts of one run"
            )
        count = place["count"]
        if place["index"] in seen:
            raise ClaimcheckError(
                f"{part.path}: part {place['index']}/{count} is given twice (also"
                f" {seen[place['index']]}); give each part's report once"
            )
        seen[place["index"]] = part.path
    missing = [str(i) for i in range(1, (count or 0) + 1) if i not in seen]
    if missing:
        raise ClaimcheckError(
            f"part {', '.join(missing)} of {count} is missing (given:"
            f" {', '.join(sorted(seen.values()))}); merge the reports of every part,"
            " or the totals would leave its articles out"
        )


def _union(parts: Sequence[PartReport]) -> list[ResultRecord]:
    """Every part's results; a pair in two reports, or a claim two reports
    read differently, does not fit."""
    owner: dict[tuple[str, str], str] = {}
    claims: dict[str, tuple[tuple[str, str, str], str]] = {}
    records: list[ResultRecord] = []
    for part in parts:
        for record in part.results:
            pair = (record["claim"], record["article"])
            if pair in owner:
                raise ClaimcheckError(
                    f"{part.path}: {pair[0]} on {pair[1]} is also in {owner[pair]};"
                    " the reports overlap (one part given twice, or runs over"
                    " overlapping corpora)"
                )
            owner[pair] = part.path
            claim = (record["file"], record["kind"], record["description"])
            known = claims.setdefault(record["claim"], (claim, part.path))
            if known[0] != claim:
                raise ClaimcheckError(
                    f"{part.path}: claim {record['claim']} differs from its"
                    f" reading in {known[1]} ({claim!r}, not {known[0]!r}); merge"
                    " the reports of one run"
                )
            records.append(record)
    return sorted_records(records)


def combine(values: Sequence[Any], where: str) -> Any:
    """One value for a field several reports hold, as one run would have it.

    Equal values stay; objects are united field by field; lists are joined
    (duplicates once) and kept in the order each input was in when every
    input was in one; whole numbers are added, as counts are.  Anything else
    that differs does not fit.
    """
    first = values[0]
    if all(v == first for v in values):
        return first
    if all(isinstance(v, dict) for v in values):
        keys = list(dict.fromkeys(k for v in values for k in v))
        if all(_in_order(list(v), _text_key) for v in values):
            keys.sort(key=_text_key)
        return {
            k: combine([v[k] for v in values if k in v], f"{where}.{k}") for k in keys
        }
    if all(isinstance(v, list) for v in values):
        return _joined(values)
    if all(type(v) is int for v in values):
        return sum(values)
    raise ClaimcheckError(
        f"the reports disagree on {where} ({first!r}, then"
        f" {next(v for v in values if v != first)!r}); merge the reports of one run"
    )


def _joined(lists: Sequence[list[Any]]) -> list[Any]:
    seen: dict[str, Any] = {}
    for items in lists:
        for item in items:
            seen.setdefault(json.dumps(item, sort_keys=True), item)
    joined = list(seen.values())
    for key in (_record_key, _place_key, _text_key):
        try:
            if all(_in_order(items, key) for items in lists):
                return sorted(joined, key=key)
        except (KeyError, TypeError, AttributeError):
            continue
    return joined


OrderKey = Callable[[Any], Any]


def _in_order(items: list[Any], key: OrderKey) -> bool:
    keys = [key(i) for i in items]
    return all(a <= b for a, b in pairwise(keys))


def _text_key(item: Any) -> Any:
    if not isinstance(item, str):
        raise TypeError(item)
    return natural_key(item)


def _record_key(item: Any) -> Any:
    return natural_key(item["file"], item["claim"], item["article"])


def _place_key(item: Any) -> Any:
    return natural_key(item["article"], item.get("claim", ""))
