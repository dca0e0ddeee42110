"""Writing the baseline file so that what people wrote in it stays.

The file is rewritten through ruamel.yaml's round-trip mode: comments above
and beside entries, the order of the entries and of their keys, and every
note survive ``--claimcheck-update-baseline`` and
``--claimcheck-prune-baseline``.  Entries that stay are edited in place (only
the fields the run owns: verdict, fingerprint, file, quote, reviewed); pruned
ones are removed; new ones are inserted where the (article, claim) order puts
them.  Reading stays in :mod:`claimcheck.reports.baseline`, whose messages
name ``path:line:column``.
"""

from __future__ import annotations

import io
import os
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from claimcheck.errors import ClaimcheckError

__all__ = ["HEADER", "check_baseline_writable", "write_entries"]

HEADER = """\
# claimcheck baseline: discrepancies the team has reviewed and accepted.
#
# Each entry runs as xfail, with its note as the reason, while the article
# still says what the fingerprint was taken from; when the quoted text or the
# value read from it changes, the item fails again. Edit the notes by hand,
# and add comments anywhere: claimcheck keeps them.
#   pytest --claimcheck-update-baseline   adds the current discrepancies and
#                                         re-accepts changed ones, marked
#                                         'reviewed: false' (keeps every note)
#   pytest --claimcheck-prune-baseline    removes entries that no longer match
"""

#: the fields a run writes; a re-accepted entry's note is the user's own
_RUN_FIELDS = ("verdict", "fingerprint", "file", "quote")


def _yaml() -> Any:
    # imported here: only runs that write the baseline pay for it
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.width = 88
    yaml.preserve_quotes = True
    yaml.indent(mapping=2, sequence=2, offset=0)
    return yaml


def write_entries(previous: str | None, entries: Iterable[dict[str, Any]]) -> str:
    """The baseline file's new text: ``previous`` (the file as it is, None
    when there is none) with exactly ``entries`` accepted.

    Each entry is a plain mapping of the fields to write, ``claim`` and
    ``article`` first; an entry without ``reviewed`` has been reviewed.
    """
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    yaml = _yaml()
    root = yaml.load(previous) if previous and previous.strip() else None
    if not isinstance(root, CommentedMap):
        root = yaml.load(HEADER + "version: 1\n")
    accepted = root.get("accepted")
    if not isinstance(accepted, CommentedSeq):
        accepted = CommentedSeq()
        root["accepted"] = accepted
    accepted.fa.set_block_style()
    wanted = {(e["claim"], e["article"]): e for e in entries}
    # pruned entries go; from the end, so indexes (and comments) stay right
    for index in reversed(range(len(accepted))):
        if _key(accepted[index]) not in wanted:
            _hand_on_comments(accepted, index)
            del accepted[index]
    present: dict[tuple[str, str] | None, Any] = {}
    for item in accepted:
        present.setdefault(_key(item), item)
    for key, entry in sorted(wanted.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        item = present.get(key)
        if item is None:
            accepted.insert(_place(accepted, key), _new_item(entry))
        else:
            _refresh(item, entry)
    out = io.StringIO()
    yaml.dump(root, out)
    return out.getvalue()


def _trailing(item: Any) -> Any:
    """The comment token after an entry's last value: its own comment beside
    that value, then the lines above the next entry."""
    if not hasattr(item, "ca") or not len(item):
        return None
    slots = item.ca.items.get(list(item.keys())[-1])
    return slots[2] if slots and len(slots) > 2 else None


def _hand_on_comments(accepted: Any, index: int) -> None:
    """Before entry ``index`` goes: the comment lines below it (above the next
    entry) join those of the entry before it, so that no comment is lost."""
    from ruamel.yaml.tokens import CommentToken

    token = _trailing(accepted[index])
    if token is None:
        return
    below = token.value.partition("\n")[2]
    if not below.strip():
        return
    if index > 0:
        previous = accepted[index - 1]
        before = _trailing(previous)
        if before is not None:
            before.value += below
        elif len(previous):
            last = list(previous.keys())[-1]
            previous.ca.items[last] = [None, None, CommentToken("\n" + below), None]
        return
    # the first entry: the lines go above the list
    start = accepted.ca.comment
    if start and len(start) > 1 and start[1]:
        start[1][-1].value += below
    else:
        accepted.ca.comment = [None, [CommentToken(below)]]


def _key(item: Any) -> tuple[str, str] | None:
    if not hasattr(item, "get"):
        return None
    return (str(item.get("claim")), str(item.get("article")))


def _place(accepted: Any, key: tuple[str, str]) -> int:
    """Before the first entry that sorts after ``key`` (article, then claim):
    a sorted file stays sorted, an ordered-by-hand one keeps its order."""
    order = (key[1], key[0])
    for index, item in enumerate(accepted):
        other = _key(item)
        if other is not None and (other[1], other[0]) > order:
            return index
    return len(accepted)


def _new_item(entry: dict[str, Any]) -> Any:
    from ruamel.yaml.comments import CommentedMap

    item = CommentedMap()
    for name, value in entry.items():
        if value is not None:
            item[name] = value
    return item


def _refresh(item: Any, entry: dict[str, Any]) -> None:
    """Set the run's fields of an entry in place; the note stays the user's."""
    for name in _RUN_FIELDS:
        if name in entry and item.get(name) != entry[name]:
            item[name] = entry[name]
    if entry.get("reviewed") is False:
        item["reviewed"] = False
    elif item.get("reviewed") is False:
        del item["reviewed"]


def check_baseline_writable(path: Path, name: str, option: str) -> None:
    """Refuse, before the run, a baseline that must not be rewritten.

    A file without write permission, or a folder the new file cannot be
    written into, is refused. The owner's write bit counts as well as
    :func:`os.access`: root may write anything, but a file someone made
    read-only says "do not change me" all the same.
    """
    if path.exists() and not _may_write(path):
        blocked, kind = name, "file"
    else:
        folder = _existing_folder(path)
        if folder is None or _may_write(folder):
            return
        blocked, kind = f"{name} cannot be written: its folder {folder}", "folder"
    raise ClaimcheckError(
        f"{option}: {blocked} is read-only, so the baseline was not changed; make"
        f" the {kind} writable (chmod u+w), or point --claimcheck-baseline at a"
        " writable copy"
    )


def _may_write(target: Path) -> bool:
    return bool(target.stat().st_mode & stat.S_IWUSR) and os.access(target, os.W_OK)


def _existing_folder(path: Path) -> Path | None:
    for parent in path.parents:
        if parent.exists():
            return parent
    return None
