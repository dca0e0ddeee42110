"""Writing files so that a reader never sees half of one.

Every file claimcheck writes (reports, the JSON verdicts, the baseline) goes
through :func:`write_atomic` (JSON through :func:`json_text` first): the text
is written to a temporary file in the target's folder, flushed to disk, then
renamed over the target.  A run killed at any moment leaves either the
previous file or the new one, never a mix.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from claimcheck.errors import OutputError

__all__ = ["check_writable", "json_text", "write_atomic", "write_json"]


def write_atomic(path: Path, text: str | bytes) -> None:
    """Replace ``path`` with ``text`` through a temporary file and a rename.

    Raises :class:`OutputError` naming the path when the folder cannot be
    created or written; the previous content of ``path`` is then untouched.
    A link is followed: the file it names is written, the link kept.
    """
    data = text.encode("utf-8") if isinstance(text, str) else text
    # through a link, the file it names is replaced and the link kept
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
        )
    except OSError as exc:
        raise _cannot_write(path, exc, _blocked(target)) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            # the rename must not reach the disk before the data does
            os.fsync(handle.fileno())
        # mkstemp makes the file private; a report is as readable as any file
        umask = os.umask(0o22)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise _cannot_write(path, exc) from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def check_writable(path: Path, what: str) -> None:
    """Fail early, before a long run, when ``path`` could never be written.

    ``what`` names the option that asked for the file, for the message.
    """
    problem = _blocked(path)
    if problem is None and path.is_dir():
        problem = "it is a folder"
    if problem is not None:
        raise OutputError(
            f"{what}={path}: cannot write there: {problem}; choose another path"
        )


def _blocked(path: Path) -> str | None:
    """Why the folder of ``path`` cannot hold it, when that can be told."""
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        return f"{folder} is a file, not a folder"
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"the folder {folder} is not writable"
    return None


def _cannot_write(path: Path, exc: OSError, reason: str | None = None) -> OutputError:
    reason = reason or exc.strerror or type(exc).__name__
    return OutputError(
        f"{path}: cannot write ({reason}); check that its folder exists and is"
        " writable, or choose another path"
    )


def json_text(data: object, *, compact: bool = False) -> str:
    """``data`` as JSON the way claimcheck writes it: UTF-8 text, not ASCII
    escapes; one item a line (``compact``: no spaces, no final newline).

    JSON has no NaN or infinity: such a value raises :class:`OutputError`
    naming where it is, rather than writing a file other readers refuse.
    """
    try:
        if compact:
            return json.dumps(
                data, ensure_ascii=False, allow_nan=False, separators=(",", ":")
            )
        return json.dumps(data, indent=1, ensure_ascii=False, allow_nan=False) + "\n"
    except ValueError as exc:
        where = _non_finite(data, "") or "a value"
        raise OutputError(
            f"{where} is not a finite number, which JSON cannot hold; report this"
            " as a claimcheck bug"
        ) from exc


def _non_finite(data: object, where: str) -> str | None:
    """The path (``results[3].value``) of the first NaN or infinity in ``data``."""
    if isinstance(data, float) and not math.isfinite(data):
        return f"{where or 'the value'} = {data!r}"
    if isinstance(data, dict):
        items: list[tuple[str, object]] = [
            (f"{where}.{k}" if where else str(k), v) for k, v in data.items()
        ]
    elif isinstance(data, list | tuple):
        items = [(f"{where}[{i}]", v) for i, v in enumerate(data)]
    else:
        return None
    for at, value in items:
        found = _non_finite(value, at)
        if found is not None:
            return found
    return None


def write_json(
    path: Path, data: object, write: Callable[[Path, str], None] = write_atomic
) -> None:
    """Write ``data`` to ``path`` as :func:`json_text`, atomically."""
    try:
        text = json_text(data)
    except OutputError as exc:
        raise OutputError(f"{path}: cannot write: {exc}") from exc
    write(path, text)
