"""reports/markdown.py: the Markdown report, line by line."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from claimcheck.reports.markdown import (
    COMMENT_ROWS,
    discrepancy_table,
    render_comment,
    render_markdown,
)
from tests.reports.sample import four_results, meta, record, stale_meta

TABLE = [
    "| where | claim | verdict | quote | why |",
    "|---|---|---|---|---|",
    "| a/one.txt:7:2 | dam | missing |  | the article does not state it |",
    "| a/one.txt:3:5 | dead | contradicted | “More than 60” | reads (60, inf),"
    " outside the expected 45 |",
    "| a/two.txt:3:5 | dead | contradicted (accepted) | “More than 60” | reads"
    " (60, inf), outside the expected 45 |",
]


def test_the_report_holds_counts_table_details_and_matrix() -> None:
    records = four_results()
    expected = [
        "# claimcheck report",
        "",
        "2 claims × 2 articles: 1 supported, 2 contradicted, 1 missing;"
        " 2 new discrepancies, 1 accepted by the baseline.",
        "",
        "Run 2025-01-01T00:00:00+00:00 with claimcheck 9 in `/r`.",
        "",
        "## Discrepancies",
        "",
        *TABLE,
        "",
        # by article, then claim; a missing fact lists its nearest sentences
        "### a/one.txt:7:2: dam missing",
        "",
        "Claim: the dam \\| held",
        "",
        "The article does not state it. Nearest sentences:",
        "",
        "- 7:2: The dam \\*held\\* at dawn.",
        "",
        "### a/one.txt:3:5: dead contradicted",
        "",
        "Claim: people killed",
        "",
        "> 3: So: **More than 60** people died.",
        "",
        "reads (60, inf), outside the expected 45",
        "",
        "### a/two.txt:3:5: dead contradicted",
        "",
        "Claim: people killed",
        "",
        "Accepted by the baseline: known outlier",
        "",
        "> 3: So: **More than 60** people died.",
        "",
        "reads (60, inf), outside the expected 45",
        "",
        "## Claims × articles",
        "",
        "| claim | one | two |",
        "|---|:-:|:-:|",
        "| dam | ∅! | ✓ |",
        "| dead | ✗ | (✗) |",
        "",
        "✓ supported · ✗ contradicted · ∅! missing, required"
        " · (✗) accepted by the baseline",
        "",
        "## Totals",
        "",
        "| claim | supported | contradicted | missing | accepted |",
        "|---|--:|--:|--:|--:|",
        "| dam | 1 | 0 | 1 | 0 |",
        "| dead | 0 | 1 | 0 | 1 |",
        "",
        "| article | supported | contradicted | missing | accepted |",
        "|---|--:|--:|--:|--:|",
        "| a/one.txt | 0 | 1 | 1 | 0 |",
        "| a/two.txt | 1 | 0 | 0 | 1 |",
        "",
    ]
    assert render_markdown(records, meta(records)).split("\n") == expected


def test_the_table_lists_new_discrepancies_before_accepted_ones() -> None:
    assert discrepancy_table(four_results()) == TABLE


def test_a_run_without_discrepancies_says_so() -> None:
    records = [record(verdict="supported"), record("dam", verdict="missing")]
    assert discrepancy_table(records) == ["No discrepancies."]
    text = render_markdown(records, meta(records))
    assert "## Discrepancies\n\nNo discrepancies.\n\n## Claims × articles" in text
    assert "0 new discrepancies, 0 accepted by the baseline." in text


def test_a_quote_cut_from_a_long_line_is_marked() -> None:
    [long] = [record()]
    long["evidence"][0]["before"] = "x" * 160
    text = render_markdown([long], meta([long]))
    assert f"> 3: …{'x' * 160}**More than 60** people died." in text


@given(st.text())
def test_markdown_cells_never_break_the_table_or_hold_html(text: str) -> None:
    records = [record(claim="c", evidence=[], verdict="missing", required=True)]
    records[0]["article"] = text + ".txt"
    out = render_markdown(records, meta(records))
    rows = [
        line for line in out.splitlines() if line.startswith("| ") and ":1:1" in line
    ]
    [row] = rows
    # five cells: every | inside a cell is escaped
    assert len(re.findall(r"(?<!\\)\|", row)) == 6
    assert "<" not in out.replace("\\<", "")


def test_the_comment_is_a_title_and_a_table_of_new_discrepancies() -> None:
    records = four_results()
    assert render_comment(records, meta(records)).split("\n") == [
        "### ✗ claimcheck: 2 claims × 2 articles: 1 supported, 2 contradicted,"
        " 1 missing; 2 new discrepancies, 1 accepted by the baseline.",
        "",
        "| article | line | claim | what it reads |",
        "|---|--:|---|---|",
        "| a/one.txt | 3 | dead | 'More than 60' reads (60, inf), outside the"
        " expected 45 |",
        "| a/one.txt | 7 | dam | the article does not state it |",
        "",
    ]


def test_a_clean_comment_says_so() -> None:
    records = [record(verdict="supported")]
    text = render_comment(records, meta(records))
    assert text.startswith("### ✓ claimcheck: 1 claim × 1 article: 1 supported")
    assert text.endswith("No new discrepancies.\n")


def test_a_long_comment_stops_at_its_rows_and_counts_the_rest() -> None:
    records = [record("dead", f"s/{n}_x.txt") for n in range(1, COMMENT_ROWS + 6)]
    lines = render_comment(records, meta(records)).split("\n")
    rows = [line for line in lines if line.startswith("| s/")]
    assert len(rows) == COMMENT_ROWS
    # natural order: 2_ right after 1_, 10_ after 9_
    assert rows[1].startswith("| s/2\\_x.txt |")
    assert lines[-2] == "and 5 more; the full report lists them."
    assert "<" not in "".join(lines)


SOURCE = {"outlet": "Courier", "date": "2024-05-01", "title": "Floods *again*"}


def test_the_report_names_each_article_source() -> None:
    records = [record(source=SOURCE), record("dam", "a/two.txt", "supported")]
    text = render_markdown(records, meta(records))
    assert "Article: Courier, 2024-05-01: “Floods \\*again\\*”\n" in text
    assert text.endswith(
        "## Articles\n\n- a/one.txt: Courier, 2024-05-01: “Floods \\*again\\*”\n"
    )


def test_stale_baseline_entries_have_their_section() -> None:
    records, with_stale = stale_meta(removed=False)
    lines = render_markdown(records, with_stale).splitlines()
    at = lines.index("## Stale baseline entries")
    assert lines[at + 1 : at + 7] == [
        "",
        "The baseline accepts discrepancies these articles no longer show;"
        " remove the entries with --claimcheck-prune-baseline.",
        "",
        "| entry | claim | article | why |",
        "|---|---|---|---|",
        "| assertions/claimcheck-baseline.yaml:4:3 | dead | a/one.txt"
        " | now supported, no longer a discrepancy |",
    ]
    # a name with markup in it stays text
    assert lines[at + 7] == (
        "| assertions/claimcheck-baseline.yaml:11:3 | dam | a/gone\\_\\*.txt"
        " | the article no longer exists |"
    )
    assert lines.index("## Claims × articles") > at


def test_pruned_stale_entries_say_so_and_none_say_nothing() -> None:
    records, with_stale = stale_meta(removed=True)
    report = render_markdown(records, with_stale)
    assert "This run removed them (--claimcheck-prune-baseline)." in report
    assert "Stale baseline" not in render_markdown(records, meta(records))
