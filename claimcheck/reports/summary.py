"""The run in numbers: counts, the one counts sentence, the terminal summary.

:func:`counts_sentence` is the sentence every output opens with (the terminal
summary, the Markdown and HTML reports, the CI step summary).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from importlib import metadata
from typing import Any, Literal, NamedTuple, NotRequired, TypedDict, cast

from claimcheck.reports.coverage import CoverageReport
from claimcheck.reports.records import (
    FAILING,
    ResultRecord,
    Status,
    article_paths,
    claim_ids,
    discrepancy_line,
    plural,
    status,
)
from claimcheck.reports.tally import RunWalk

__all__ = [
    "COLOURS",
    "STATUSES",
    "TOTALS",
    "Painter",
    "RunCounts",
    "RunMetadata",
    "RunTotals",
    "ShardPlace",
    "StaleRecord",
    "Symbols",
    "Totals",
    "claimcheck_version",
    "counts_sentence",
    "in_field_order",
    "report_sentence",
    "run_counts",
    "run_metadata",
    "run_totals",
    "stale_sentence",
    "summary_lines",
    "totals_columns",
    "totals_lines",
    "unpainted",
]


class Symbols(NamedTuple):
    """How a status shows: in the terminal matrix, in Markdown, in words."""

    terminal: str
    markdown: str
    words: str


#: every status and its symbols, in legend order
STATUSES: dict[Status, Symbols] = {
    Status.SUPPORTED: Symbols(".", "✓", "supported"),
    Status.CONTRADICTED: Symbols("F", "✗", "contradicted"),
    Status.REQUIRED: Symbols("M", "∅!", "missing, required"),
    Status.WAVERING: Symbols("W", "≠", "wavering (strict)"),
    Status.STALE: Symbols("O", "◷!", "outdated (failing)"),
    Status.ACCEPTED: Symbols("x", "(✗)", "accepted by the baseline"),
    Status.OUTDATED: Symbols("o", "◷", "outdated"),
    Status.MISSING: Symbols("-", "∅", "missing"),
}


class RunCounts(TypedDict):
    """Results by verdict; new discrepancies; those the baseline accepts."""

    supported: int
    contradicted: int
    missing: int
    #: right when written, superseded since
    outdated: int
    discrepancies: int
    accepted: int


def run_counts(records: Iterable[ResultRecord]) -> RunCounts:
    """Count a run's results by verdict and by how they count."""
    verdicts: Counter[str] = Counter()
    statuses: Counter[Status] = Counter()
    for r in records:
        verdicts[r["verdict"]] += 1
        statuses[status(r)] += 1
    return _run_counts(verdicts, statuses)


def _run_counts(verdicts: Counter[str], statuses: Counter[Status]) -> RunCounts:
    return {
        "supported": verdicts["supported"],
        "contradicted": verdicts["contradicted"],
        "missing": verdicts["missing"],
        "outdated": verdicts["outdated"],
        "discrepancies": sum(statuses[s] for s in FAILING),
        "accepted": statuses[Status.ACCEPTED],
    }


def counts_sentence(
    claims: int, articles: int, counts: RunCounts, *, terminal: bool = False
) -> str:
    """The run's counts in one sentence.

    ``terminal``: the short ASCII form that heads the terminal summary, whose
    lines below list the discrepancies themselves.
    """
    shown: list[TotalsColumn] = ["supported", "contradicted", "missing"]
    # outdated only shows in a run with dated facts
    if counts.get("outdated"):
        shown.append("outdated")
    verdicts = ", ".join(f"{counts[k]} {k}" for k in shown)
    if terminal:
        return f"{plural(claims, 'claim')} x {plural(articles, 'article')}: {verdicts}"
    new = plural(counts["discrepancies"], "new discrepancy", "new discrepancies")
    return (
        f"{plural(claims, 'claim')} × {plural(articles, 'article')}: {verdicts};"
        f" {new}, {counts['accepted']} accepted by the baseline."
    )


TotalsColumn = Literal["supported", "contradicted", "missing", "outdated", "accepted"]


class Totals(TypedDict):
    """One claim's or one article's results: by verdict, and those the
    baseline accepts (counted there rather than under their verdict)."""

    supported: int
    contradicted: int
    missing: int
    outdated: int
    accepted: int


#: the columns of :class:`Totals`, in order
TOTALS: tuple[TotalsColumn, ...] = (
    "supported",
    "contradicted",
    "missing",
    "outdated",
    "accepted",
)


def totals_columns(totals: RunTotals) -> tuple[TotalsColumn, ...]:
    """The columns a totals table shows: ``outdated`` only in a run that has
    an outdated result."""
    tables = (totals["claims"], totals["articles"])
    if any(t["outdated"] for table in tables for t in table.values()):
        return TOTALS
    return tuple(k for k in TOTALS if k != "outdated")


class RunTotals(TypedDict):
    """:class:`Totals` per claim and per article, in natural order."""

    claims: dict[str, Totals]
    articles: dict[str, Totals]


def run_totals(records: Sequence[ResultRecord]) -> RunTotals:
    """The totals of each claim and each article of a run."""
    claims, articles = _walk(records).totals()
    return {
        "claims": {k: cast(Totals, v) for k, v in claims.items()},
        "articles": {k: cast(Totals, v) for k, v in articles.items()},
    }


#: what the terminal summary lists after the counts, with the colour of its
#: lines (None: each line its own status's)
_LISTINGS: tuple[tuple[str, Callable[[Status], bool], Status | None], ...] = (
    ("discrepancies", FAILING.__contains__, None),
    (
        "accepted by the baseline",
        lambda kind: kind is Status.ACCEPTED,
        Status.ACCEPTED,
    ),
    (
        "outdated: right when written, superseded since",
        lambda kind: kind is Status.OUTDATED,
        Status.OUTDATED,
    ),
)


def _walk(records: Sequence[ResultRecord], *, listed: bool = False) -> RunWalk:
    """One walk over ``records`` for the totals (and the listings)."""
    return RunWalk(
        records,
        columns=TOTALS,
        column=_column,
        listings={t: w for t, w, _ in _LISTINGS} if listed else {},
    )


def _column(record: ResultRecord, kind: Status) -> str:
    """The totals column of a record."""
    return "accepted" if kind is Status.ACCEPTED else record["verdict"]


def _totals(counts: Counter[str]) -> Totals:
    return {
        "supported": counts["supported"],
        "contradicted": counts["contradicted"],
        "missing": counts["missing"],
        "outdated": counts["outdated"],
        "accepted": counts["accepted"],
    }


class StaleRecord(TypedDict):
    """A baseline entry the run found stale: where it is, and why."""

    #: ``path:line:column`` of the entry in the baseline file
    place: str
    claim: str
    article: str
    reason: str
    #: removed by this run (--claimcheck-prune-baseline)
    removed: bool


def stale_sentence(stale: Sequence[StaleRecord]) -> str:
    """What a report says above its list of stale baseline entries."""
    if all(s["removed"] for s in stale):
        return "This run removed them (--claimcheck-prune-baseline)."
    return (
        "The baseline accepts discrepancies these articles no longer show;"
        " remove the entries with --claimcheck-prune-baseline."
    )


class ShardPlace(TypedDict):
    """The part of the corpus a run checked (``--claimcheck-shard=K/N``)."""

    index: int
    count: int


class RunMetadata(TypedDict):
    """What a report says about its run: when, which claimcheck, the counts."""

    created: str
    claimcheck: str
    #: the name of the project's folder, never a machine path
    rootdir: str
    claims: int
    articles: int
    results: int
    counts: RunCounts
    totals: RunTotals
    #: the run's coverage (see claimcheck.reports.coverage), unless it is off
    coverage: NotRequired[CoverageReport]
    #: stale baseline entries, when the run found any
    stale: NotRequired[list[StaleRecord]]
    #: a digest of the assertion files, by which merged reports are matched
    suite: NotRequired[str]
    #: the run's part of the corpus, when it checked one part
    shard: NotRequired[ShardPlace]


def in_field_order(meta: Mapping[str, Any]) -> RunMetadata:
    """``meta`` with its fields in the order :class:`RunMetadata` declares them
    (any others after), whichever order they were added in."""
    order = dict.fromkeys([*RunMetadata.__annotations__, *meta])
    return cast(RunMetadata, {k: meta[k] for k in order if k in meta})


def run_metadata(
    records: Sequence[ResultRecord],
    *,
    rootdir: str,
    created: str,
    version: str,
    stale: Sequence[StaleRecord] = (),
) -> RunMetadata:
    """The metadata of a run's reports (``created`` as ISO 8601 text)."""
    meta: RunMetadata = {
        "created": created,
        "claimcheck": version,
        "rootdir": rootdir,
        "claims": len(claim_ids(records)),
        "articles": len(article_paths(records)),
        "results": len(records),
        "counts": run_counts(records),
        "totals": run_totals(records),
    }
    if stale:
        meta["stale"] = list(stale)
    return meta


def claimcheck_version() -> str:
    """The installed claimcheck's version."""
    try:
        return metadata.version("claimcheck")
    except metadata.PackageNotFoundError:
        return "unknown"


def report_sentence(meta: RunMetadata) -> str:
    """:func:`counts_sentence` of a report's run."""
    return counts_sentence(meta["claims"], meta["articles"], meta["counts"])


# -- the terminal summary -------------------------------------------------------


#: how a status colours the terminal: a colour name of pytest's terminal
#: writer (``red=True``), or none
COLOURS: dict[Status, str | None] = {
    Status.SUPPORTED: "green",
    Status.CONTRADICTED: "red",
    Status.REQUIRED: "red",
    Status.WAVERING: "red",
    Status.STALE: "red",
    Status.ACCEPTED: "yellow",
    Status.OUTDATED: "cyan",
    Status.MISSING: None,
}

#: paints a piece of the terminal summary in the colour of a status
Painter = Callable[[str, Status], str]


def unpainted(text: str, _status: Status) -> str:
    """The :data:`Painter` of a terminal without colour: the text as it is."""
    return text


def summary_lines(
    records: Sequence[ResultRecord], *, width: int = 80, paint: Painter = unpainted
) -> Iterator[str]:
    """The end-of-run summary: counts, a claims x articles matrix when it fits
    in ``width`` columns (else per-claim counts), then one line per discrepancy.
    ``paint`` colours the matrix cells, the legend and the discrepancy lines
    (see :data:`COLOURS`); widths are counted before painting.  ``records``
    is walked once (a second time for a matrix), never copied whole (it may
    be on disk), and the lines come one at a time.
    """
    if not records:
        return
    walk = _walk(records, listed=True)
    claims = walk.claims
    counts = _run_counts(walk.verdicts, walk.statuses)
    yield counts_sentence(len(claims), walk.article_count, counts, terminal=True)
    yield from _matrix_lines(records, walk, width, paint) or _count_lines(
        walk.claim_statuses, claims
    )
    for title, _, colour in _LISTINGS:
        if walk.listed(title):
            yield f"{title} ({walk.listed(title)}):"
            for r in walk.read(title, records):
                yield paint(discrepancy_line(r), colour or status(r))
    yield from _walk_totals_lines(walk)


#: claims or articles listed by name in the terminal totals; the rest summed
TERMINAL_TOTALS = 20


def totals_lines(totals: RunTotals, *, limit: int = TERMINAL_TOTALS) -> list[str]:
    """Per-claim and per-article totals as aligned lines, at most ``limit``
    names each (those with the most discrepancies first when cut)."""
    columns = totals_columns(totals)
    return [
        *_mapping_lines("claim", totals["claims"], columns, limit),
        *_mapping_lines("article", totals["articles"], columns, limit),
    ]


def _mapping_lines(
    title: str,
    table: Mapping[str, Any],
    columns: Sequence[str],
    limit: int,
) -> list[str]:
    names = list(table)
    if len(names) > limit:
        worst = sorted(names, key=lambda n: -table[n]["contradicted"])[:limit]
        keep = set(worst)
        names = [n for n in names if n in keep]
    widths: dict[str, int] = {
        k: max(len(k), *(len(str(t[k])) for t in table.values())) for k in columns
    }
    return _table_lines(title, [(n, table[n]) for n in names], len(table), widths)


def _walk_totals_lines(walk: RunWalk, *, limit: int = TERMINAL_TOTALS) -> list[str]:
    """:func:`totals_lines` of the walk's totals, the articles' read from its
    arrays: names are made only for the articles shown."""
    claims = walk.claim_totals()
    most = {k: walk.column_most(k) for k in TOTALS}
    outdated = most["outdated"] > 0 or any(t["outdated"] for t in claims.values())
    columns = TOTALS if outdated else tuple(k for k in TOTALS if k != "outdated")
    widths: dict[str, int] = {k: max(len(k), len(str(most[k]))) for k in columns}
    return [
        *_mapping_lines("claim", claims, columns, limit),
        *_table_lines(
            "article",
            walk.worst_articles("contradicted", limit),
            walk.article_count,
            widths,
        ),
    ]


def _table_lines(
    title: str,
    shown: Sequence[tuple[str, Mapping[str, int]]],
    count: int,
    widths: Mapping[str, int],
) -> list[str]:
    """One totals table: its header, a line per name ``shown`` (of ``count``),
    and how many more there are."""
    header = f"per {title}"
    label = max(len(header), *(len(n) for n, _ in shown))
    lines = [f"{header:<{label}}  " + "  ".join(f"{k:>{w}}" for k, w in widths.items())]
    for name, counts in shown:
        lines.append(
            f"{name:<{label}}  "
            + "  ".join(f"{counts[k]:>{w}}" for k, w in widths.items())
        )
    if count > len(shown):
        more = count - len(shown)
        more_names = title if more == 1 else title + "s"
        lines.append(f"and {more} more {more_names} (see the reports)")
    return lines


def _matrix_lines(
    records: Sequence[ResultRecord], walk: RunWalk, width: int, paint: Painter
) -> list[str]:
    claims = walk.claims
    digits = len(str(walk.article_count))
    label = max(len(c) for c in claims)
    if label + 1 + walk.article_count * (digits + 1) > width:
        return []
    articles = walk.articles
    cells = {(r["claim"], r["article"]): status(r) for r in records}
    column = {a: i for i, a in enumerate(articles)}
    lines = [
        " " * label
        + " "
        + " ".join(f"{i:>{digits}}" for i in range(1, len(articles) + 1))
    ]
    for claim in claims:
        row = [" " * digits] * len(articles)
        for article in articles:
            cell = cells.get((claim, article))
            if cell is not None:
                symbol = STATUSES[cell].terminal
                row[column[article]] = paint(f"{symbol:>{digits}}", cell)
        lines.append((f"{claim:<{label}} " + " ".join(row)).rstrip())
    used = {status(r) for r in records}
    lines.append(
        "  ".join(
            f"{paint(s.terminal, k)} {s.words}"
            for k, s in STATUSES.items()
            if k in used
        )
    )
    lines += [f"{i:>{digits}} {a}" for i, a in enumerate(articles, 1)]
    return lines


def _count_lines(
    per_claim: Mapping[str, Counter[Status]], claims: list[str]
) -> list[str]:
    label = max(len(c) for c in claims)
    return [
        f"{claim:<{label}} "
        + ", ".join(
            f"{n} {STATUSES[k].words}" for k in STATUSES if (n := per_claim[claim][k])
        )
        for claim in claims
    ]
