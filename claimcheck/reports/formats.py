"""Report files: the format a path asks for, and writing each one.

The formats themselves live beside this module: :mod:`~claimcheck.reports.markdown`,
:mod:`~claimcheck.reports.jsonfile` and :mod:`~claimcheck.reports.html`.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from claimcheck.errors import ClaimcheckError, OutputError
from claimcheck.reports.html import render_html
from claimcheck.reports.jsonfile import render_json
from claimcheck.reports.markdown import render_comment, render_markdown
from claimcheck.reports.records import ResultRecord
from claimcheck.reports.summary import RunMetadata

__all__ = [
    "COMMENT_SUFFIX",
    "REPORT_FORMATS",
    "ReportFormat",
    "report_format",
    "write_reports",
]


class ReportFormat(enum.StrEnum):
    """A kind of report file."""

    MARKDOWN = "markdown"
    #: the short Markdown of a pull-request comment (``*.comment.md``)
    COMMENT = "comment"
    JSON = "json"
    HTML = "html"


#: file suffix -> report format
REPORT_FORMATS = {
    ".md": ReportFormat.MARKDOWN,
    ".markdown": ReportFormat.MARKDOWN,
    ".json": ReportFormat.JSON,
    ".html": ReportFormat.HTML,
    ".htm": ReportFormat.HTML,
}

#: the name ending that asks for a pull-request comment rather than a report
COMMENT_SUFFIX = ".comment.md"

Renderer = Callable[[Sequence[ResultRecord], RunMetadata], str]

_RENDERERS: dict[ReportFormat, Renderer] = {
    ReportFormat.MARKDOWN: render_markdown,
    ReportFormat.COMMENT: render_comment,
    ReportFormat.JSON: render_json,
    ReportFormat.HTML: render_html,
}


def report_format(path: str) -> ReportFormat:
    """The format a report path asks for, from its suffix."""
    if path.lower().endswith(COMMENT_SUFFIX):
        return ReportFormat.COMMENT
    suffix = Path(path).suffix.lower()
    try:
        return REPORT_FORMATS[suffix]
    except KeyError:
        raise ClaimcheckError(
            f"--claimcheck-report={path}: unknown report format {suffix or path!r};"
            f" end the path with one of {', '.join(REPORT_FORMATS)}"
            f" (or {COMMENT_SUFFIX} for a pull-request comment)"
        ) from None


def write_reports(
    paths: Iterable[str],
    records: Sequence[ResultRecord],
    meta: RunMetadata,
    write: Callable[[Path, str], None],
) -> None:
    """Render and write each report file; the format comes from the suffix."""
    for path in paths:
        try:
            text = _RENDERERS[report_format(path)](records, meta)
        except OutputError as exc:
            raise OutputError(f"{path}: cannot write: {exc}") from exc
        write(Path(path), text)
