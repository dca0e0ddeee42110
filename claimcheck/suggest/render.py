"""Consensus -> draft claims: an assertion file in YAML, or the groups as JSON.

The YAML loads as an assertion file without edits: every string is written
as a JSON string (a valid YAML double-quoted scalar), and what the analyst
should read before keeping a claim (who agrees, who does not, with quotes)
is in comments.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from typing import Any

import regex

from claimcheck.suggest.consensus import Consensus
from claimcheck.suggest.drafting import Draft
from claimcheck.suggest.figures import Figure
from claimcheck.suggest.grouping import MEASURE_FAMILIES, Group, Member

__all__ = ["claim_ids", "group_name", "render_json", "render_yaml"]

_NOT_SLUG = regex.compile(r"[^\p{L}\p{N}]+")


def group_name(group: Group) -> str:
    """What the group counts, in a word: its family, or the word most used."""
    if group.kind == "measure" and group.key in MEASURE_FAMILIES.values():
        return group.key
    if group.kind == "measure":
        words = [m.figure.measure.casefold() for m in group.members if m.figure.measure]
    else:
        words = [m.figure.noun for m in group.members if m.figure.noun]
    counts = Counter(words)
    return min(counts, key=lambda w: (-counts[w], w))


def claim_ids(consensuses: Sequence[Consensus]) -> list[str]:
    """A stable, unique id for each claim, from what its group counts."""
    ids: list[str] = []
    for consensus in consensuses:
        group = consensus.group
        base = _slug(group_name(group)) or "figure"
        if group.dimension != "count":
            base += "-" + (_slug(group.unit or "") or _slug(group.dimension))
        found = base
        number = 2
        while found in ids:
            found = f"{base}-{number}"
            number += 1
        ids.append(found)
    return ids


def _by_id(consensuses: Sequence[Consensus]) -> list[tuple[str, Consensus]]:
    """Each consensus with its id, sorted by id."""
    ids = claim_ids(consensuses)
    return sorted(zip(ids, consensuses, strict=True), key=lambda pair: pair[0])


def _slug(text: str) -> str:
    return _NOT_SLUG.sub("-", text.casefold()).strip("-")


def _number(value: float) -> str:
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.6f}".rstrip("0").rstrip(".")


def _tolerance(value: float) -> str:
    return _number(value * 100) + "%"


def _description(group: Group) -> str:
    name = group_name(group)
    if group.kind == "measure":
        nouns = [n for n in group.nouns if n.casefold() != name.casefold()]
        text = f"{nouns[0]} {name}" if nouns else name
    else:
        text = name
    if group.unit is not None:
        text += f" ({group.unit})"
    return text


def render_yaml(draft: Draft, *, sources: Sequence[str]) -> str:
    """The draft claims as one assertion file, with who agrees in comments."""
    consensuses = draft.claims
    articles = sorted({a for c in consensuses for a in c.group.articles})
    lines = [
        "# Claims drafted by `claimcheck suggest " + " ".join(sources) + "`:",
        "# the value most articles agree on for each figure they report. Review",
        "# each claim before keeping it: reword 'claim', add 'context' words, and",
        "# read the articles that disagree.",
    ]
    if not consensuses:
        lines.append("# No figure is reported by enough articles to draft a claim.")
    else:
        lines.append(f"# {len(consensuses)} claims from {len(articles)} articles.")
        lines.append("claims:")
        for claim_id, consensus in _by_id(consensuses):
            lines.append("")
            lines += _claim_lines(consensus, claim_id)
    for item in draft.left_out:
        lines += [
            "",
            f"# Left out: figures counted as {_string(item.noun)}. As a measure word"
            f" it would take",
            f"# a number the {item.owner!r} figures count:",
            "#   " + _cite(item.taken),
        ]
    return "\n".join(lines) + "\n"


def _claim_lines(consensus: Consensus, claim_id: str) -> list[str]:
    group = consensus.group
    agree = consensus.agreeing_articles
    disagree = consensus.disagreeing_articles
    lines = [
        f"  # {len(agree)} of {len(group.articles)} articles agree;"
        f" {len(disagree)} disagree.",
    ]
    if consensus.tie:
        lines.append(
            "  # Tie: another value has as many articles; the one more articles"
            " state exactly (then the smaller) was kept."
        )
    lines.append("  # agree:")
    also = {id(m) for m in consensus.also}
    for member in sorted([*consensus.agreeing, *consensus.also], key=_order):
        prefix = "  #     also " if id(member) in also else "  #   "
        lines.append(prefix + _cite(member.figure))
    if disagree:
        lines.append("  # disagree:")
        lines += ["  #   " + _cite(m.figure) for m in consensus.disagreeing]
    lines += [
        f"  - id: {claim_id}",
        "    kind: quantity",
        f"    claim: {_string(_description(group))}",
        "    measure: [" + ", ".join(_string(t) for t in group.terms) + "]",
    ]
    if group.unit is not None:
        lines.append(f"    unit: {_string(group.unit)}")
    low, high = consensus.expected.low, consensus.expected.high
    assert low is not None and high is not None
    if low == high:
        lines.append(f"    equals: {_number(low)}")
    else:
        lines.append(f"    between: [{_number(low)}, {_number(high)}]")
    if consensus.tolerance:
        lines.append(f"    tolerance: {_tolerance(consensus.tolerance)}")
    return lines


def _order(member: Member) -> tuple[str, int, int]:
    f = member.figure
    return f.path, f.line, f.column


def _cite(figure: Figure) -> str:
    return f"{figure.location}: [{figure.text}] {_string(figure.quote)}"


def _string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def render_json(draft: Draft) -> str:
    """The groups, their consensus and figures, as one JSON document."""
    consensuses = draft.claims
    records = []
    for claim_id, consensus in _by_id(consensuses):
        group = consensus.group
        records.append(
            {
                "id": claim_id,
                "key": group.key,
                "kind": group.kind,
                "dimension": group.dimension,
                "unit": group.unit,
                "measure": list(group.terms),
                "articles": list(group.articles),
                "low": consensus.expected.low,
                "high": consensus.expected.high,
                "tolerance": consensus.tolerance,
                "tie": consensus.tie,
                "agreeing": [_figure(m) for m in consensus.agreeing],
                "also": [_figure(m) for m in consensus.also],
                "disagreeing": [_figure(m) for m in consensus.disagreeing],
            }
        )
    left_out = [
        {"noun": item.noun, "owner": item.owner, "taken": _figure_record(item.taken)}
        for item in draft.left_out
    ]
    document = {"groups": records, "left_out": left_out}
    return json.dumps(document, indent=2, allow_nan=False) + "\n"


def _figure(member: Member) -> dict[str, Any]:
    i = member.interval
    return {
        **_figure_record(member.figure),
        # in the group's unit; null is unbounded
        "low": i.low,
        "high": i.high,
        "low_inclusive": i.low_inclusive,
        "high_inclusive": i.high_inclusive,
    }


def _figure_record(f: Figure) -> dict[str, Any]:
    return {
        "path": f.path,
        "line": f.line,
        "column": f.column,
        "text": f.text,
        "quote": f.quote,
        "measure": f.measure,
        "noun": f.noun,
        "unit": f.unit,
    }
