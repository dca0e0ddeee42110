"""Accepted discrepancies: the baseline file, its fingerprints and its upkeep.

A team that has reviewed a discrepancy (a known outlier) accepts it in
``assertions/claimcheck-baseline.yaml``; the item then runs as xfail with the
entry's note as the reason, for as long as the article says the same thing.
The *fingerprint* is a hash of what the verdict rests on (the disagreeing
quotes and the values read from them), not of their offsets: an article that
only moves text keeps its entry, one that changes the quoted number fails
again.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from claimcheck.errors import ClaimcheckError
from claimcheck.reports.baseline_writer import check_baseline_writable, write_entries
from claimcheck.reports.records import ResultRecord, is_discrepancy, location
from claimcheck.reports.summary import StaleRecord
from claimcheck.suite.loader import BASELINE
from claimcheck.suite.yamlsource import (
    compose_mapping,
    did_you_mean,
    display_path,
    fail,
    mapping_items,
    read_text,
    scalar_value,
)

__all__ = [
    "Baseline",
    "Entry",
    "Upkeep",
    "fingerprint",
    "load_baseline",
    "open_baseline",
    "render_baseline",
    "stale_fails",
    "update_baseline",
]

#: what a new entry's note says until someone writes why it is accepted
DEFAULT_NOTE = "accepted without review; say here why this discrepancy is accepted"

_ENTRY_KEYS = (
    "claim",
    "article",
    "verdict",
    "fingerprint",
    "note",
    "file",
    "quote",
    "reviewed",
)
_REQUIRED = ("claim", "article", "verdict", "fingerprint")


def fingerprint(record: ResultRecord) -> str:
    """A hash of the verdict and its disagreeing quotes and values (for an
    outdated verdict, the quotes that state the earlier value).

    Whitespace in quotes is normalised and the quotes sorted, so re-wrapping
    or reordering an article keeps the fingerprint; a changed quote or value
    changes it.
    """
    rests_on = record["verdict"] == "outdated"
    quotes = sorted(
        (" ".join(e["text"].split()), e["value"])
        for e in record["evidence"]
        if e["compatible"] is rests_on
    )
    data = json.dumps([record["verdict"], quotes], ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True, kw_only=True)
class Entry:
    """One accepted (claim, article) discrepancy."""

    claim: str
    article: str
    verdict: str
    fingerprint: str
    note: str = DEFAULT_NOTE
    #: the assertion file and the first quote, for people reading the file
    file: str = ""
    quote: str = ""
    #: false once an update re-accepted it after the article changed, until
    #: someone reviews the note and removes the key (or sets it true)
    reviewed: bool = True

    @property
    def key(self) -> tuple[str, str]:
        return (self.claim, self.article)

    def matches(self, record: ResultRecord) -> bool:
        """Whether ``record`` is still the discrepancy this entry accepts."""
        return (
            is_discrepancy(record)
            and record["verdict"] == self.verdict
            and fingerprint(record) == self.fingerprint
        )


def _entry_for(
    record: ResultRecord, note: str = DEFAULT_NOTE, *, reviewed: bool = True
) -> Entry:
    return Entry(
        reviewed=reviewed,
        claim=record["claim"],
        article=record["article"],
        verdict=record["verdict"],
        fingerprint=fingerprint(record),
        note=note,
        file=record["file"],
        quote=location(record)["quote"] or "",
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class Baseline:
    """The accepted discrepancies of one baseline file (maybe not written yet)."""

    #: as messages show it
    path: str
    entries: tuple[Entry, ...] = ()
    #: accept every discrepancy of this run (``--claimcheck-update-baseline``)
    updating: bool = False
    #: the entries by (claim, article); the first of duplicates wins, as a
    #: scan in file order would find it
    _by_key: dict[tuple[str, str], Entry] = field(init=False, repr=False, compare=False)
    #: where each entry starts in the file, (line, column), 1-based
    places: dict[tuple[str, str], tuple[int, int]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        by_key: dict[tuple[str, str], Entry] = {}
        for entry in self.entries:
            by_key.setdefault(entry.key, entry)
        object.__setattr__(self, "_by_key", by_key)

    def find(self, claim: str, article: str) -> Entry | None:
        """The entry for (claim, article), if any."""
        return self._by_key.get((claim, article))

    def judge(self, record: ResultRecord) -> ResultRecord:
        """``record`` with the baseline's view of it, when it is a discrepancy.

        The new record carries its ``fingerprint`` and, under ``baseline``,
        what the baseline made of it: ``accepted``, ``added`` (by an update)
        or ``changed`` (an entry exists, for other evidence); ``note`` is the
        entry's.  Other records come back as they are.
        """
        if not is_discrepancy(record):
            return record
        judged: ResultRecord = {**record, "fingerprint": fingerprint(record)}
        entry = self.find(record["claim"], record["article"])
        if entry is not None and entry.matches(record):
            note = entry.note
            if not entry.reviewed:
                note += " (re-accepted after the article changed; review the note)"
            return {**judged, "baseline": "accepted", "note": note}
        if self.updating:
            note = entry.note if entry else DEFAULT_NOTE
            return {**judged, "baseline": "added", "note": note}
        if entry is not None:
            return {**judged, "baseline": "changed"}
        return judged

    def excuse(self, record: ResultRecord) -> str | None:
        """The xfail reason of a discrepancy :meth:`judge` excused, else None."""
        mark = record.get("baseline")
        if mark == "accepted":
            return f"accepted in {self.path}: {record.get('note', '')}"
        if mark == "added":
            return f"added to {self.path} by --claimcheck-update-baseline"
        return None

    def where(self, entry: Entry) -> str:
        """``path:line:column`` of an entry in the file (the path alone for an
        entry not read from it)."""
        place = self.places.get(entry.key)
        return f"{self.path}:{place[0]}:{place[1]}" if place else self.path

    def with_hint(self, record: ResultRecord, failure: str) -> str:
        """``failure`` with, when the baseline once accepted this discrepancy,
        a paragraph saying so before the last (``path:line:col``) line.
        """
        entry = self.find(record["claim"], record["article"])
        if entry is None or record.get("baseline") != "changed":
            return failure
        now = location(record)["quote"] or ""
        if entry.quote and now and entry.quote != now:
            what = f"it accepted {entry.quote!r}, the article now says {now!r}"
        elif entry.verdict != record["verdict"]:
            what = (
                f"it accepted {entry.verdict}, the verdict is now {record['verdict']}"
            )
        else:
            what = "the quoted text or the value read from it changed"
        hint = (
            f"{self.where(entry)}: the baseline accepts {entry.claim} on this"
            f" article, but the discrepancy changed: {what}. It fails until"
            " re-accepted: review it, then run with --claimcheck-update-baseline"
            " (which marks the entry 'reviewed: false' and keeps its note)"
        )
        body, _, last = failure.rpartition("\n")
        return f"{body}\n{hint}\n\n{last}" if body else f"{hint}\n\n{last}"


def open_baseline(
    option: str | None,
    *,
    rootdir: Path,
    folders: list[str],
    updating: bool,
    pruning: bool = False,
) -> Baseline:
    """The run's baseline: ``--claimcheck-baseline``'s file, else
    ``claimcheck-baseline.yaml`` in the first assertion folder (empty when
    that file is absent).

    A run that would rewrite a read-only baseline is refused here, before it
    checks anything.
    """
    if option:
        path = Path(option)
        if not path.is_absolute():
            path = rootdir / path
        if not path.exists() and not updating:
            raise ClaimcheckError(
                f"--claimcheck-baseline={option}: {path} not found; create it with"
                " --claimcheck-update-baseline, or fix the path"
            )
    else:
        path = rootdir / (folders[0] if folders else ".") / BASELINE
    if updating or pruning:
        given = (
            "--claimcheck-update-baseline"
            if updating
            else "--claimcheck-prune-baseline"
        )
        check_baseline_writable(path, display_path(path, rootdir), given)
    return load_baseline(path, name=display_path(path, rootdir), updating=updating)


def load_baseline(path: Path, *, name: str, updating: bool = False) -> Baseline:
    """Read a baseline file; a missing file is an empty baseline.

    ``name`` is the path messages show. Mistakes raise
    :class:`~claimcheck.errors.AssertionFileError` naming ``path:line:col``.
    """
    if not path.exists():
        return Baseline(path=name, updating=updating)
    root = compose_mapping(path, name, "a baseline file")
    entries: list[Entry] = []
    seen: dict[tuple[str, str], int] = {}
    places: dict[tuple[str, str], tuple[int, int]] = {}
    for key, key_node, value in mapping_items(root, "the baseline") if root else ():
        if key == "version":
            continue
        if key != "accepted":
            fail(
                key_node,
                f"unknown key {key!r} in the baseline{did_you_mean(key, ['accepted'])}",
            )
        if not isinstance(value, SequenceNode):
            fail(value, "'accepted' must be a list of entries ('- claim: ...')")
        for item in value.value:
            entry = _read_entry(item)
            if entry.key in seen:
                fail(
                    item,
                    f"{entry.claim} on {entry.article} is accepted twice (first at"
                    f" line {seen[entry.key]}); keep one entry",
                )
            seen[entry.key] = item.start_mark.line + 1
            places[entry.key] = (item.start_mark.line + 1, item.start_mark.column + 1)
            entries.append(entry)
    return Baseline(path=name, entries=tuple(entries), updating=updating, places=places)


def _read_entry(node: Node) -> Entry:
    if not isinstance(node, MappingNode):
        fail(node, "a baseline entry must be a mapping ('- claim: ...')")
    values: dict[str, str] = {}
    reviewed = True
    for key, key_node, value in mapping_items(node, "a baseline entry"):
        if key not in _ENTRY_KEYS:
            fail(key_node, f"unknown key {key!r}{did_you_mean(key, _ENTRY_KEYS)}")
        if key == "reviewed":
            flag = scalar_value(value) if isinstance(value, ScalarNode) else None
            if not isinstance(flag, bool):
                fail(value, "'reviewed' must be true or false")
            reviewed = flag
        elif key in ("note", "quote", "file"):
            if not isinstance(value, ScalarNode):
                fail(value, f"'{key}' must be text, got a list or mapping")
            # text as written: a note "Yes" or "0x10" stays what the user wrote
            empty = scalar_value(value) is None
            values[key] = "" if empty else str(value.value)
        else:
            values[key] = read_text(value, f"'{key}'")
    missing = [k for k in _REQUIRED if k not in values]
    if missing:
        fail(
            node,
            f"baseline entry lacks {', '.join(repr(k) for k in missing)}; rewrite"
            " it with --claimcheck-update-baseline",
        )
    return Entry(**values, reviewed=reviewed)


def stale_fails(policy: str) -> bool:
    """Whether ``claimcheck_baseline_stale`` (``warn`` or ``fail``) makes stale
    entries fail the run; another value raises :class:`ClaimcheckError`."""
    given = policy.strip()
    if given not in ("warn", "fail"):
        raise ClaimcheckError(
            f"claimcheck_baseline_stale = {given!r}: use warn (list stale"
            " baseline entries) or fail (fail the run on them)"
        )
    return given == "fail"


def render_baseline(baseline: Baseline, previous: str | None = None) -> str:
    """The baseline file's text: ``previous`` (the file as it is; None for a
    new file, which gets a header comment) with exactly the baseline's
    entries, its comments, order and notes kept.
    """
    return write_entries(
        previous,
        (
            {
                "claim": e.claim,
                "article": e.article,
                "verdict": e.verdict,
                "fingerprint": e.fingerprint,
                "file": e.file,
                "quote": e.quote,
                "note": e.note,
                "reviewed": None if e.reviewed else False,
            }
            for e in baseline.entries
        ),
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class Upkeep:
    """What reconciling the baseline with a run found, and the new baseline."""

    baseline: Baseline
    #: entries whose item ran and no longer match, or whose article is gone
    stale: tuple[tuple[Entry, str], ...] = ()
    added: int = 0
    refreshed: int = 0
    removed: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.refreshed or self.removed)

    def lines(self, *, written: bool, fail_stale: bool = False) -> list[str]:
        """The summary lines about the baseline; ``fail_stale``: stale entries
        fail the run (``claimcheck_baseline_stale = fail``)."""
        where = self.baseline.where
        if self.removed:
            out = [
                f"{where(e)}: removed stale baseline entry {e.claim} on {e.article}:"
                f" {why}"
                for e, why in self.stale
            ]
        else:
            then = (
                "the run fails (claimcheck_baseline_stale = fail); remove it with"
                if fail_stale
                else "remove it with"
            )
            out = [
                f"{where(e)}: stale baseline entry {e.claim} on {e.article}: {why};"
                f" {then} --claimcheck-prune-baseline"
                for e, why in self.stale
            ]
        if written:
            out.append(
                f"baseline {self.baseline.path} written: {self.added} added,"
                f" {self.refreshed} re-accepted for review,"
                f" {self.removed} removed, {len(self.baseline.entries)} entries"
            )
        return out

    def stale_records(self) -> list[StaleRecord]:
        """The stale entries as reports show them."""
        return [
            {
                "place": self.baseline.where(e),
                "claim": e.claim,
                "article": e.article,
                "reason": why,
                "removed": bool(self.removed),
            }
            for e, why in self.stale
        ]

    @property
    def stale_left(self) -> bool:
        """Stale entries this run found and did not remove."""
        return bool(self.stale) and not self.removed


def update_baseline(
    baseline: Baseline,
    records: Iterable[ResultRecord],
    *,
    add: bool,
    prune: bool,
    article_exists: Callable[[str], bool],
) -> Upkeep:
    """Reconcile the baseline with a run's results.

    Only entries whose (claim, article) ran are judged: a ``-k`` or partial run
    leaves the others alone. ``add`` accepts the run's discrepancies (keeping
    the notes of entries already there); ``prune`` removes stale entries.
    """
    if not add and not baseline.entries:
        return Upkeep(baseline=baseline)  # nothing to judge, nothing to add
    ran = {(r["claim"], r["article"]): r for r in records}
    entries = {e.key: e for e in baseline.entries}
    added = refreshed = 0
    if add:
        for key, record in ran.items():
            if not is_discrepancy(record):
                continue
            old = entries.get(key)
            if old is None:
                entries[key] = _entry_for(record)
                added += 1
            elif not old.matches(record):
                # re-accepted under its old note, which may no longer fit
                entries[key] = _entry_for(record, old.note, reviewed=False)
                refreshed += 1
    stale: list[tuple[Entry, str]] = []
    for key, entry in entries.items():
        result = ran.get(key)
        if result is None:
            if not article_exists(entry.article):
                stale.append((entry, "the article no longer exists"))
            continue
        if not is_discrepancy(result):
            stale.append((entry, f"now {result['verdict']}, no longer a discrepancy"))
        elif not entry.matches(result):
            stale.append((entry, "the article changed; the discrepancy fails again"))
    removed = 0
    if prune:
        for entry, _ in stale:
            del entries[entry.key]
            removed += 1
    return Upkeep(
        baseline=replace(baseline, entries=tuple(entries.values())),
        stale=tuple(stale),
        added=added,
        refreshed=refreshed,
        removed=removed,
    )
