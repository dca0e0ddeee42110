"""reports/tally.py: packed names and the terminal summary's one walk."""

from __future__ import annotations

import random

from claimcheck.reports.natural import natural_key
from claimcheck.reports.records import FAILING, ResultRecord, by_place, status
from claimcheck.reports.summary import run_totals, summary_lines, totals_lines
from claimcheck.reports.tally import Names
from tests.reports.sample import record


class _Clashing(str):
    """A name whose hash is every other's: the table must tell them apart."""

    __slots__ = ()

    def __hash__(self) -> int:
        return 7


def test_names_are_numbered_as_met_and_found_again() -> None:
    names = Names()
    met = [f"corpus/{n % 7}/article-{n}.txt" for n in range(3000)]
    numbers = [names.add(name) for name in met]
    assert numbers == list(range(3000))
    # again, out of order and as new string objects
    assert [names.add("".join(name)) for name in reversed(met)] == numbers[::-1]
    assert len(names) == 3000
    assert list(names) == met
    assert names[met[1500]] == 1500 and names.name(2047) == met[2047]
    assert "corpus/none.txt" not in names
    accented = names.add("corpus/é/ünïcode.txt")
    assert names.name(accented) == "corpus/é/ünïcode.txt"
    assert names.name(10) == met[10]


def test_names_with_the_same_hash_stay_apart() -> None:
    names = Names()
    clashing = [_Clashing(f"a{n}.txt") for n in range(40)]
    assert [names.add(n) for n in clashing] == list(range(40))
    assert [names.add(_Clashing(f"a{n}.txt")) for n in range(39, -1, -1)] == list(
        range(39, -1, -1)
    )
    assert names[_Clashing("a17.txt")] == 17


def _run(articles: int, claims: int, seed: int) -> list[ResultRecord]:
    """Records of a run in claim-major order with every status."""
    chooser = random.Random(seed)
    records = []
    for c in range(claims):
        for a in chooser.sample(range(articles), articles):
            verdict = chooser.choice(
                ["supported"] * 6 + ["contradicted", "missing", "outdated"]
            )
            extra = {}
            if verdict == "contradicted" and chooser.random() < 0.3:
                extra["baseline"] = "accepted"
            records.append(
                record(f"claim{c}", f"corpus/{a % 13}/art{a}.txt", verdict, **extra)
            )
    return records


def test_the_terminal_totals_are_those_of_every_name() -> None:
    """Only the articles shown are named, yet the lines are those of the
    totals of every article: the most contradicted, ties in natural order."""
    records = _run(articles=2500, claims=3, seed=5)
    lines = list(summary_lines(records, width=80))
    expected = totals_lines(run_totals(records))
    assert lines[-len(expected) :] == expected
    assert expected[-1] == "and 2480 more articles (see the reports)"


def test_few_articles_are_all_shown() -> None:
    records = _run(articles=12, claims=2, seed=3)
    lines = list(summary_lines(records, width=200))
    expected = totals_lines(run_totals(records))
    assert lines[-len(expected) :] == expected
    # the matrix names every article, in natural order
    named = [
        f"{n:>2} {a}"
        for n, a in enumerate(
            sorted({r["article"] for r in records}, key=natural_key), 1
        )
    ]
    at = lines.index(named[0])
    assert lines[at : at + len(named)] == named


def test_listed_records_come_by_article_then_claim() -> None:
    records = _run(articles=1200, claims=4, seed=11)
    lines = list(summary_lines(records, width=80))
    failing = by_place(r for r in records if status(r) in FAILING)
    at = lines.index(f"discrepancies ({len(failing)}):")
    shown = lines[at + 1 : at + 1 + len(failing)]
    assert [line.split(":")[0] + " " + line.split()[1] for line in shown] == [
        f"{r['article']} {r['claim']}" for r in failing
    ]


def test_counts_past_two_bytes_stay_exact() -> None:
    one = record("dead", "a/one.txt", "supported")
    records = [one] * 70_000 + [record("dead", "a/two.txt", "contradicted")]
    lines = list(summary_lines(records, width=80))
    assert lines[-3:] == [
        "per article  supported  contradicted  missing  accepted",
        "a/one.txt        70000             0        0         0",
        "a/two.txt            0             1        0         0",
    ]
