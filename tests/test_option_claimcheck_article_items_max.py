"""claimcheck_article_items_max: article items of several articles each.

Above the limit a file's article items each check a run of consecutive
articles, at most the limit of them to a file.  The run must report as one
item per article does: the same discrepancy list, the same JSON, Markdown,
HTML and pull-request reports, the same step summary, the same baseline
written, the same exit status.  The matrix suite (``tests/data/matrix``:
nine articles, two files, every verdict, a baseline with an accepted
discrepancy and two stale entries) is run both ways and compared.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.matrix import ARTICLES, STALE_ENTRIES, matrix_with_baseline
from tests.matrix import run_matrix as _run
from tests.matrix import terminal_section as _section
from tests.suites import DEAD_AND_DAM

#: every report file a run writes, by its name's ending
ENDINGS = ("json", "md", "comment.md", "html")

#: four items at most (of nine articles): items of three articles
SMALL = ("-o", "claimcheck_article_items_max=4")


def _outputs(
    pytester: pytest.Pytester,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    *args: str,
) -> tuple[int, list[str], dict[str, str]]:
    """One run writing every report: its exit status, its claimcheck
    section, and each output's text with the run's time replaced."""
    summary = pytester.path / f"{name}.summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    reports = [f"--claimcheck-report=out/{name}.{e}" for e in ENDINGS]
    result = _run(pytester, "--claimcheck-granularity=article", *reports, *args)
    out = pytester.path / "out"
    created = json.loads((out / f"{name}.json").read_text(encoding="utf-8"))["run"]
    texts = {
        ending: (out / f"{name}.{ending}")
        .read_text(encoding="utf-8")
        .replace(created["created"], "<created>")
        for ending in ENDINGS
    }
    texts["summary"] = summary.read_text(encoding="utf-8")
    return result.ret, _section(result.outlines, "claimcheck"), texts


@pytest.fixture
def matrix(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> pytest.Pytester:
    """The matrix suite with a baseline: one accepted discrepancy and two
    stale entries; under GitHub Actions, with an 80-column terminal."""
    return matrix_with_baseline(pytester, monkeypatch, STALE_ENTRIES)


def test_items_of_several_articles(matrix: pytest.Pytester) -> None:
    result = _run(matrix, "--collect-only", "-q", "--claimcheck-granularity=article")
    result.stdout.fnmatch_lines(["assertions/flood.yaml::[[]a01[]]", "18 tests*"])
    result = _run(
        matrix, "--collect-only", "-q", "--claimcheck-granularity=article", *SMALL
    )
    result.stdout.fnmatch_lines(
        [
            # article by article: the files' items of one run of articles
            # together
            "assertions/flood.yaml::[[]a01..a03[]]",
            "assertions/river.yaml::[[]a01..a03[]]",
            "assertions/flood.yaml::[[]a04..a06[]]",
            "assertions/river.yaml::[[]a04..a06[]]",
            "assertions/flood.yaml::[[]a07..a09[]]",
            "assertions/river.yaml::[[]a07..a09[]]",
            "*",
            "6 tests*",
        ]
    )


@pytest.mark.parametrize("workers", [(), ("-n", "2")])
def test_reports_are_those_of_one_item_per_article(
    matrix: pytest.Pytester,
    monkeypatch: pytest.MonkeyPatch,
    workers: tuple[str, ...],
) -> None:
    one = _outputs(matrix, monkeypatch, "one", *workers)
    batched = _outputs(matrix, monkeypatch, "batched", *SMALL, *workers)
    assert batched[0] == one[0] == pytest.ExitCode.TESTS_FAILED
    # the discrepancy list, the accepted and the stale entries
    assert batched[1] == one[1]
    assert "accepted by the baseline (1):" in one[1]
    assert any("stale baseline entry" in line for line in one[1])
    for name, text in one[2].items():
        assert batched[2][name] == text, name
    results = json.loads(one[2]["json"])["results"]
    assert {r["article"] for r in results} == set(ARTICLES)


def test_the_baseline_written_is_the_same(matrix: pytest.Pytester) -> None:
    baseline = matrix.path / "assertions" / "claimcheck-baseline.yaml"
    before = baseline.read_text(encoding="utf-8")
    written = []
    for limit in ("0", "4", "1"):
        baseline.write_text(before, encoding="utf-8")
        result = _run(
            matrix,
            "--claimcheck-granularity=article",
            "--claimcheck-update-baseline",
            "--claimcheck-prune-baseline",
            "-o",
            f"claimcheck_article_items_max={limit}",
        )
        assert result.ret == pytest.ExitCode.OK, result.stdout.str()
        written.append(baseline.read_text(encoding="utf-8"))
    assert written[0] != before
    assert written[1] == written[2] == written[0]


@pytest.mark.parametrize("workers", [(), ("-n", "2")])
def test_a_note_says_what_happened(
    matrix: pytest.Pytester, workers: tuple[str, ...]
) -> None:
    """The note is the same under pytest-xdist, whose workers collect."""
    result = _run(matrix, "--claimcheck-granularity=article", *SMALL, *workers)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(
        [
            "claimcheck: items of consecutive articles for assertions/flood.yaml"
            " (9 articles, 3 an item), assertions/river.yaml (9 articles, 3 an"
            " item): more articles than claimcheck_article_items_max (4);"
            " claimcheck_article_items_max = 0 gives one item per article"
        ]
    )
    unbatched = _run(matrix, "--claimcheck-granularity=article")
    assert "consecutive articles" not in unbatched.stdout.str()


#: the articles of the flood project, in their order
NAMES = ("alpha", "bravo", "charlie", "delta", "echo")


@pytest.fixture
def flood(make_project: Callable[..., pytest.Pytester]) -> pytest.Pytester:
    """Two claims over five articles (ten pairs)."""
    articles = {
        f"{name}.txt": f"Officials said {toll} people were killed near Kariba Dam.\n"
        for name, toll in zip(NAMES, (45, 60, 45, 70, 45), strict=True)
    }
    return make_project({"flood.yaml": DEAD_AND_DAM}, articles)


@pytest.mark.parametrize("workers", [(), ("-n", "2")])
def test_auto_batches_the_article_items_it_chose(
    flood: pytest.Pytester, workers: tuple[str, ...]
) -> None:
    """Above both limits, granularity auto's article items are batched, and
    the one note says how to get items per article or per pair."""
    result = _run(
        flood,
        "-o",
        "claimcheck_pair_items_max=5",
        "-o",
        "claimcheck_article_items_max=2",
        *workers,
    )
    # bravo (60) and delta (70) contradict the toll of 45
    result.assert_outcomes(failed=2)
    result.stdout.fnmatch_lines(
        [
            "*_ [[]alpha..charlie[]] _*",
            "claimcheck: items of consecutive articles for assertions/flood.yaml"
            " (5 articles, 3 an item): more articles than"
            " claimcheck_article_items_max (2); claimcheck_article_items_max = 0"
            " gives one item per article, --claimcheck-granularity=pair one per pair",
        ]
    )
    assert "one item per article for" not in result.stdout.str()
    # below the article limit, the note on pair items alone
    result = _run(flood, "-o", "claimcheck_pair_items_max=5", *workers)
    result.stdout.fnmatch_lines(
        ["claimcheck: one item per article for assertions/flood.yaml (10 pairs):*"]
    )
    assert "consecutive articles" not in result.stdout.str()


def test_k_keeps_one_item_per_article(flood: pytest.Pytester) -> None:
    """-k selects article items by their article's name: they stay whole."""
    result = _run(
        flood,
        "--collect-only",
        "-q",
        "--claimcheck-granularity=article",
        "-o",
        "claimcheck_article_items_max=2",
        "-k",
        "bravo or delta",
    )
    result.stdout.fnmatch_lines(
        [
            "assertions/flood.yaml::[[]bravo[]]",
            "assertions/flood.yaml::[[]delta[]]",
            "2/5*",
        ]
    )


def test_each_index_is_built_once(
    flood: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run of articles is checked article by article: each index built
    once, and dropped after its last check, even with room for one."""
    monkeypatch.setattr("claimcheck.run.indexes.MEMORY_ARTICLES", 1)
    flood.makeconftest(
        "from claimcheck.plugin import SESSION\n\n\n"
        "def pytest_terminal_summary(terminalreporter, config):\n"
        "    state = config.stash[SESSION]\n"
        "    terminalreporter.write_line(f'builds: {state.indexes.builds}')\n"
    )
    result = _run(
        flood,
        "--claimcheck-granularity=article",
        "-o",
        "claimcheck_article_items_max=2",
    )
    result.stdout.fnmatch_lines(["builds: 5"])


@pytest.mark.parametrize("value", ["many", "-3"])
def test_a_limit_that_is_no_number_is_a_usage_error(
    flood: pytest.Pytester, value: str
) -> None:
    result = _run(flood, "-o", f"claimcheck_article_items_max={value}")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        [
            f"*claimcheck_article_items_max = '{value}': write a whole number, such"
            " as 2000; a file of more articles gets at most this many article"
            " items, each of consecutive articles; 0: one item per article"
        ]
    )


def test_the_limit_is_documented() -> None:
    root = Path(__file__).resolve().parents[1]
    for doc in ("README.md", "docs/assertions.md"):
        assert "claimcheck_article_items_max" in (root / doc).read_text(), doc
