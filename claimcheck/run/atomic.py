"""Writing files so that a reader never sees half of one.

Every file claimcheck writes (reports, the JSON verdicts, the baseline) goes
through :func:`write_atomic`: the text is written to a temporary file in the
target's folder, flushed to disk, then renamed over the target.  A run killed
at any moment leaves either the previous file or the new one, never a mix.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from claimcheck.errors import OutputError

__all__ = ["check_writable", "write_atomic"]


def write_atomic(path: Path, text: str | bytes) -> None:
    """Replace ``path`` with ``text`` through a temporary file and a rename.

    Raises :class:`OutputError` naming the path when the folder cannot be
    created or written; the previous content of ``path`` is then untouched.
    """
    data = text.encode("utf-8") if isinstance(text, str) else text
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
        )
    except OSError as exc:
        raise _cannot_write(path, exc, _blocked(path)) from exc
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
        os.replace(tmp, path)
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
