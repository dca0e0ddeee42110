"""Coverage: what the articles report that no claim checks, and the claims no
article ever evidences.

Each article's coverage is computed while its index is alive
(:mod:`claimcheck.run.coverage`) and kept as an :class:`ArticleCoverage`: how
many figures it reports (numbers bound to a measure word) and those no claim
run on it checks.  Coverage of one article may come in parts (from several
xdist workers, or several JSON reports): :func:`merge_articles` keeps a figure
unchecked only when every part left it unchecked.  A claim's coverage comes
from its results: the articles it ran on and those that state it at all.

All of it is plain data, so it crosses xdist's wire and lands in the JSON
report as it is; :func:`merge_coverage` combines the coverage of several JSON
reports.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TypedDict

from claimcheck.reports.records import (
    ResultRecord,
    natural_key,
    natural_sorted,
    plural,
)

__all__ = [
    "ArticleCoverage",
    "ClaimCoverage",
    "CoverageDigest",
    "CoverageReport",
    "CoverageTotals",
    "FigureRecord",
    "claim_coverage",
    "coverage_digest",
    "coverage_lines",
    "coverage_markdown",
    "coverage_report",
    "coverage_sentence",
    "digest_lines",
    "merge_articles",
    "merge_coverage",
    "never_evidenced",
    "unchecked_families",
]


class FigureRecord(TypedDict):
    """A figure no claim checks: the quantity, the word it is bound to, the
    sentence around it, and its 1-based place."""

    line: int
    column: int
    #: the quantity as written ("about 1,200")
    text: str
    #: the measure word it is bound to, as written
    measure: str
    #: the sentence holding it, shortened around it when long
    quote: str


class ArticleCoverage(TypedDict):
    """One article's figures: how many, and those no claim checks."""

    article: str
    figures: int
    unchecked: list[FigureRecord]


class ClaimCoverage(TypedDict):
    """One claim: the articles it ran on, and those stating it at all."""

    claim: str
    file: str
    articles: int
    evidenced: int


class CoverageTotals(TypedDict):
    """The run's coverage in numbers."""

    figures: int
    checked: int
    unchecked: int
    claims: int
    never_evidenced: int


class CoverageReport(TypedDict):
    """The coverage of a run: totals, every article's, every claim's."""

    totals: CoverageTotals
    articles: list[ArticleCoverage]
    claims: list[ClaimCoverage]


class CoverageDigest(TypedDict):
    """What the terminal says of a run's coverage: its totals, its claims,
    and what its unchecked figures count (measure families, most first)."""

    totals: CoverageTotals
    claims: list[ClaimCoverage]
    families: list[tuple[str, int]]


def _place(figure: FigureRecord) -> tuple[int, int]:
    return figure["line"], figure["column"]


def merge_articles(parts: Iterable[ArticleCoverage]) -> list[ArticleCoverage]:
    """One coverage per article, in natural order: a figure stays unchecked
    only when every part of its article left it unchecked."""
    merged: dict[str, ArticleCoverage] = {}
    for part in parts:
        name = part["article"]
        known = merged.get(name)
        if known is None:
            merged[name] = {
                "article": name,
                "figures": part["figures"],
                "unchecked": sorted(part["unchecked"], key=_place),
            }
            continue
        still = {_place(f) for f in part["unchecked"]}
        known["unchecked"] = [f for f in known["unchecked"] if _place(f) in still]
        known["figures"] = max(known["figures"], part["figures"])
    return [merged[name] for name in natural_sorted(merged)]


def claim_coverage(records: Iterable[ResultRecord]) -> list[ClaimCoverage]:
    """Each claim of the results: the articles it ran on, those stating it.

    An article states a claim when its verdict is anything but missing.
    """
    found: dict[str, ClaimCoverage] = {}
    for r in records:
        entry = found.setdefault(
            r["claim"],
            {"claim": r["claim"], "file": r["file"], "articles": 0, "evidenced": 0},
        )
        entry["articles"] += 1
        entry["evidenced"] += r["verdict"] != "missing"
    return [found[c] for c in sorted(found, key=natural_key)]


def _merge_claims(parts: Iterable[ClaimCoverage]) -> list[ClaimCoverage]:
    found: dict[str, ClaimCoverage] = {}
    for part in parts:
        entry = found.get(part["claim"])
        if entry is None:
            found[part["claim"]] = {**part}
        else:
            entry["articles"] += part["articles"]
            entry["evidenced"] += part["evidenced"]
    return [found[c] for c in sorted(found, key=natural_key)]


def _report(
    articles: list[ArticleCoverage], claims: list[ClaimCoverage]
) -> CoverageReport:
    return {
        "totals": _totals(articles, claims),
        "articles": articles,
        "claims": claims,
    }


def _totals(
    articles: Iterable[ArticleCoverage], claims: list[ClaimCoverage]
) -> CoverageTotals:
    figures = unchecked = 0
    for a in articles:
        figures += a["figures"]
        unchecked += len(a["unchecked"])
    return {
        "figures": figures,
        "checked": figures - unchecked,
        "unchecked": unchecked,
        "claims": len(claims),
        "never_evidenced": sum(not c["evidenced"] for c in claims),
    }


def coverage_digest(
    articles: Iterable[ArticleCoverage], claims: list[ClaimCoverage]
) -> CoverageDigest:
    """The digest of coverage with one part per article (merged parts, or
    one process's), walking ``articles`` once and keeping none of them."""
    words: Counter[str] = Counter()

    def walked() -> Iterator[ArticleCoverage]:
        for a in articles:
            words.update(f["measure"].casefold() for f in a["unchecked"])
            yield a

    totals = _totals(walked(), claims)
    return {"totals": totals, "claims": claims, "families": _families(words)}


def coverage_report(
    parts: Iterable[ArticleCoverage], records: Iterable[ResultRecord]
) -> CoverageReport:
    """The run's coverage from its articles' parts and its results."""
    return _report(merge_articles(parts), claim_coverage(records))


def merge_coverage(reports: Iterable[CoverageReport]) -> CoverageReport:
    """The coverage of several runs (of JSON reports) as one."""
    reports = list(reports)
    return _report(
        merge_articles(a for r in reports for a in r["articles"]),
        _merge_claims(c for r in reports for c in r["claims"]),
    )


def never_evidenced(report: CoverageReport) -> list[ClaimCoverage]:
    """The claims that no article of the run states."""
    return [c for c in report["claims"] if not c["evidenced"]]


def unchecked_families(report: CoverageReport) -> list[tuple[str, int]]:
    """What the unchecked figures count, most first: the measure word's family
    as ``claimcheck suggest`` groups figures ("deaths", "dead" -> "killed")."""
    return _families(
        Counter(
            f["measure"].casefold() for a in report["articles"] for f in a["unchecked"]
        )
    )


def _families(counts: Counter[str]) -> list[tuple[str, int]]:
    """Families of the case-folded measure words ``counts`` counts."""
    if not counts:
        return []
    # deferred: naming a family reads a dictionary of word forms
    from claimcheck.suggest.grouping import measure_family

    families: Counter[str] = Counter()
    for word, n in counts.items():
        families[measure_family(word)] += n
    return sorted(families.items(), key=lambda c: (-c[1], c[0]))


def coverage_sentence(report: CoverageReport) -> str:
    """The totals in one sentence."""
    return _sentence(report["totals"], unchecked_families(report))


def _sentence(t: CoverageTotals, families: list[tuple[str, int]]) -> str:
    sentence = (
        f"{plural(t['figures'], 'figure')} found, {t['checked']} checked,"
        f" {t['unchecked']} unchecked"
    )
    if families:
        shown = ", ".join(f"{family} {n}" for family, n in families[:_FAMILIES])
        more = len(families) - _FAMILIES
        sentence += f" ({shown}{f', {more} more' if more > 0 else ''})"
    sentence += (
        f"; {t['never_evidenced']} of {plural(t['claims'], 'claim')} never evidenced"
    )
    return sentence


#: families of unchecked figures named in the totals sentence
_FAMILIES = 6


def figure_line(article: str, figure: FigureRecord) -> str:
    """``path:line:col: 'text' measure: “quote”`` for editors to jump to."""
    return (
        f"{article}:{figure['line']}:{figure['column']}: {figure['text']!r}"
        f" {figure['measure']}: “{figure['quote']}”"
    )


def coverage_lines(report: CoverageReport, *, verbose: bool = False) -> list[str]:
    """The terminal block: the totals, the claims no article states, and with
    ``verbose`` every unchecked figure."""
    digest: CoverageDigest = {
        "totals": report["totals"],
        "claims": report["claims"],
        "families": unchecked_families(report),
    }
    if not verbose:
        return digest_lines(digest)
    return digest_lines(digest, listed=True) + [
        figure_line(a["article"], f) for a in report["articles"] for f in a["unchecked"]
    ]


def digest_lines(digest: CoverageDigest, *, listed: bool = False) -> list[str]:
    """The terminal block without the unchecked figures themselves (``listed``:
    they follow it)."""
    lines = [f"coverage: {_sentence(digest['totals'], digest['families'])}"]
    missing = [c for c in digest["claims"] if not c["evidenced"]]
    if missing:
        lines.append(f"never evidenced: {_claim_list(missing)}")
    if not listed and digest["totals"]["unchecked"]:
        lines.append("unchecked figures: -v lists them, as the reports do")
    return lines


def _claim_list(claims: Sequence[ClaimCoverage]) -> str:
    return ", ".join(f"{c['claim']} ({c['file']})" for c in claims)


# -- the Markdown report ------------------------------------------------------


def coverage_markdown(report: CoverageReport, md: Callable[[object], str]) -> list[str]:
    """The coverage section of the Markdown report; ``md`` escapes table text."""
    lines = ["## Coverage", "", coverage_sentence(report) + ".", ""]
    lines += ["### Unchecked figures", ""]
    if report["totals"]["unchecked"]:
        lines += ["| where | figure | measure | quote |", "|---|---|---|---|"]
        lines += [
            f"| {md(a['article'])}:{f['line']}:{f['column']} | {md(f['text'])}"
            f" | {md(f['measure'])} | “{md(f['quote'])}” |"
            for a in report["articles"]
            for f in a["unchecked"]
        ]
    else:
        lines.append("Every figure bound to a measure word is checked by a claim.")
    lines += ["", "### Claims never evidenced", ""]
    missing = never_evidenced(report)
    lines += [
        f"- {md(c['claim'])} ({md(c['file'])}): no article of"
        f" {plural(c['articles'], 'article')} states it"
        for c in missing
    ] or ["Every claim is stated by at least one article."]
    lines += ["", "### Figures per article", ""]
    lines += ["| article | figures | checked | unchecked |", "|---|--:|--:|--:|"]
    lines += [
        f"| {md(a['article'])} | {a['figures']}"
        f" | {a['figures'] - len(a['unchecked'])} | {len(a['unchecked'])} |"
        for a in report["articles"]
    ]
    return [*lines, ""]
