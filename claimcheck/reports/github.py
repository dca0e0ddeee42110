"""CI annotations: GitHub Actions workflow commands and the step summary.

Under GitHub Actions (``GITHUB_ACTIONS=true``) each new discrepancy becomes an
``::error`` command pointing at the article's line, so the pull request shows
it beside the text; the platform shows at most ten errors of a step, so the
rest are counted in one notice, and the full table goes to the step summary.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck.reports.coverage import coverage_sentence
from claimcheck.reports.markdown import discrepancy_table
from claimcheck.reports.records import (
    ResultRecord,
    Status,
    by_place,
    fails,
    location,
    natural_key,
    status,
)
from claimcheck.reports.summary import RunMetadata, report_sentence

__all__ = [
    "MAX_ERRORS",
    "MAX_SUMMARY",
    "escape_data",
    "escape_property",
    "step_summary",
    "summary_head",
    "workflow_commands",
]

#: errors GitHub shows per step; later ones are dropped by the platform
MAX_ERRORS = 10
#: bytes a step summary may hold (GitHub refuses larger ones, 1 MiB)
MAX_SUMMARY = 1024 * 1024 - 4096


def escape_data(text: str) -> str:
    """A workflow command's message, escaped as the runner unescapes it."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A workflow command property value (``file=``, ``title=``...)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _error(record: ResultRecord, command: str = "error") -> str:
    where = location(record)
    props = [
        ("file", record["article"]),
        ("line", str(where["line"])),
        ("col", str(where["column"])),
    ]
    # GitHub takes endColumn only on a one-line annotation
    if where["end_line"] == where["line"]:
        props.append(("endColumn", str(where["end_column"])))
    props.append(("title", f"{record['claim']} {record['verdict']}"))
    message = where["message"]
    if record.get("description"):
        message += f" (claim: {record['description']})"
    if record.get("baseline") == "changed":
        message += "; the baseline accepted other evidence: the article changed"
    joined = ",".join(f"{k}={escape_property(v)}" for k, v in props)
    return f"::{command} {joined}::{escape_data(message)}"


def workflow_commands(records: Sequence[ResultRecord]) -> list[str]:
    """``::error`` commands for the first new discrepancies, by article."""
    new = sorted(
        (r for r in records if fails(r)),
        key=lambda r: (natural_key(r["article"]), location(r)["line"], r["claim"]),
    )
    lines = [_error(r) for r in new[:MAX_ERRORS]]
    # an outdated article passes with a note: a notice on the line it states
    # its period's value, after the errors and within the same limit
    outdated = [r for r in records if status(r) is Status.OUTDATED]
    room = max(0, MAX_ERRORS - len(new))
    lines += [_error(r, "notice") for r in by_place(outdated)[:room]]
    if len(new) > MAX_ERRORS:
        lines.append(
            "::notice title=claimcheck::"
            + escape_data(
                f"{len(new) - MAX_ERRORS} more discrepancies; the step summary"
                " lists them all"
            )
        )
    return lines


def summary_head(meta: RunMetadata) -> str:
    """The CI step summary's opening: the counts, and the coverage's totals."""
    head = report_sentence(meta)
    if "coverage" in meta:
        head += f"\n\nCoverage: {coverage_sentence(meta['coverage'])}."
    return head


def step_summary(records: Sequence[ResultRecord], counts: str) -> str:
    """The Markdown appended to ``$GITHUB_STEP_SUMMARY``: counts and the table."""
    lines = ["## claimcheck", "", counts, ""]
    size = sum(len(line.encode()) + 1 for line in lines)
    table = discrepancy_table(records)
    for number, line in enumerate(table):
        size += len(line.encode()) + 1
        if size > MAX_SUMMARY:
            lines.append("")
            lines.append(
                f"… {len(table) - number} more rows; the Markdown, JSON and HTML"
                " reports (--claimcheck-report) hold them all."
            )
            break
        lines.append(line)
    return "\n".join(lines) + "\n\n"
