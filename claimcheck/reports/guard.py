"""Output paths that would destroy what the user wrote are refused.

A report path is typed by hand (``--claimcheck-report=articles/x.md``): one
slip and the run would replace an article, an assertion file or the user's
notes with a report.  Before a run starts, every output path is checked: an
existing file is replaced only when claimcheck wrote it, no report lands in
the corpus (the next run would read it as an article), and no JSON lands
under a YAML name (the next run would read it as an assertion file).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from claimcheck.errors import OutputError

__all__ = ["refuse_user_files"]

#: how much of an existing file is read to tell whether claimcheck wrote it
_HEAD = 4096

#: the suffixes a corpus folder's files are read as articles by
_ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


def refuse_user_files(path: Path, what: str, *, corpus: Iterable[Path] = ()) -> None:
    """Raise :class:`OutputError` when writing ``path`` would replace a file
    claimcheck did not write, or put the output where a run reads its input.

    ``what`` names the option that asked for the file (``--claimcheck-report``);
    ``corpus`` holds the folders whose files are articles.
    """
    problem = _problem(path, corpus)
    if problem is not None:
        raise OutputError(
            f"{what}={path}: refusing to write there: {problem}; choose another path"
        )


def _problem(path: Path, corpus: Iterable[Path]) -> str | None:
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        return "a YAML name is read as an assertion or settings file"
    try:
        resolved = path.resolve()
    except (RuntimeError, OSError):  # Python 3.11 raises RuntimeError
        return f"{path} is a link in a loop of links"
    if resolved.is_file() and not _written_by_claimcheck(resolved):
        return (
            f"{path} exists and claimcheck did not write it, so it would be"
            " lost (delete it first if it is an old report)"
        )
    if suffix in _ARTICLE_SUFFIXES or path.name.lower().endswith(".comment.md"):
        for entry in corpus:
            folder = _static_part(entry).resolve()
            if folder.is_dir() and folder in resolved.parents:
                return (
                    f"it is inside the corpus folder {folder.name}/, so the"
                    " next run would read the report as an article"
                )
    return None


def _written_by_claimcheck(path: Path) -> bool:
    """Whether the file at ``path`` is empty or starts like a file claimcheck
    writes (a report, a results file)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(_HEAD)
    except OSError:
        # unreadable: the write itself will say why it fails
        return True
    text = head.decode("utf-8", errors="replace").lstrip()
    if not text:
        return True
    if text.startswith("{"):  # a JSON report or --claimcheck-json's results
        return '"claimcheck"' in text or '"results"' in text
    if text.startswith("<"):  # the HTML report
        return "<title>claimcheck" in text
    # Markdown: "# claimcheck report", or the comment's "### ✓ claimcheck: ..."
    return "claimcheck" in text.partition("\n")[0]


def _static_part(entry: Path) -> Path:
    """The folder a corpus entry names, or the one its glob starts from."""
    parts = entry.parts
    for number, part in enumerate(parts):
        if any(c in part for c in "*?["):
            return Path(*parts[:number]) if number else Path(".")
    return entry
