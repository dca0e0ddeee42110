"""--claimcheck-granularity: one item per pair, per claim, or per article."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from tests.suites import DEAD_AND_DAM as SUITE

ARTICLES = {
    "a": "Officials said 45 people were killed near the Kariba Dam.\n",
    "b": "Officials said 60 people were killed.\nRescuers searched the river.\n",
    "c": "At least 70 people died, the mayor said.\n",
}


@pytest.fixture
def project(make_project: Callable[..., pytest.Pytester]) -> pytest.Pytester:
    articles = {f"{name}.txt": text for name, text in ARTICLES.items()}
    return make_project({"flood.yaml": SUITE}, articles)


@pytest.mark.parametrize(
    ("granularity", "ids"),
    [
        ("claim", ["assertions/flood.yaml::dead", "assertions/flood.yaml::dam"]),
        (
            "article",
            [
                "assertions/flood.yaml::[[]a[]]",
                "assertions/flood.yaml::[[]b[]]",
                "assertions/flood.yaml::[[]c[]]",
            ],
        ),
        ("pair", ["assertions/flood.yaml::dead[[]a[]]"]),
    ],
)
def test_collects_one_item_per_unit(
    project: pytest.Pytester, granularity: str, ids: list[str]
) -> None:
    result = project.runpytest(
        "--collect-only", "-q", f"--claimcheck-granularity={granularity}"
    )
    result.stdout.fnmatch_lines([*ids, f"{len(ids) if granularity != 'pair' else 6}*"])


def test_a_claim_item_lists_every_discrepancy(project: pytest.Pytester) -> None:
    result = project.runpytest("--claimcheck-granularity=claim", "assertions")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        [
            "2 of 3 checks failed",
            "*contradicted by articles/b.txt",
            "articles/b.txt:1:16: dead contradicted: '60'*",
            "*contradicted by articles/c.txt",
            "articles/c.txt:1:1: dead contradicted: 'At least 70'*",
        ]
    )


def test_an_article_item_fails_on_its_discrepancies(
    project: pytest.Pytester,
) -> None:
    result = project.runpytest("--claimcheck-granularity=article", "assertions")
    # a: both supported; b, c: dead contradicted, dam missing (skips alone)
    result.assert_outcomes(passed=1, failed=2)
    result.stdout.fnmatch_lines(["1 of 2 checks failed"])


@pytest.mark.parametrize("granularity", ["claim", "article"])
@pytest.mark.parametrize("workers", [(), ("-n", "2")])
def test_every_pair_reaches_the_json(
    project: pytest.Pytester, granularity: str, workers: tuple[str, ...]
) -> None:
    """Records made in the gathering process go straight to the run's store;
    an xdist worker's come on its reports: the same results either way."""
    out = project.path / "out.json"
    project.runpytest(
        f"--claimcheck-granularity={granularity}",
        f"--claimcheck-json={out}",
        *workers,
        "assertions",
    )
    results = json.loads(out.read_text())["results"]
    got = {(r["claim"], r["article"]): (r["verdict"], r["outcome"]) for r in results}
    assert got == {
        ("dam", "articles/a.txt"): ("supported", "passed"),
        ("dam", "articles/b.txt"): ("missing", "skipped"),
        ("dam", "articles/c.txt"): ("missing", "skipped"),
        ("dead", "articles/a.txt"): ("supported", "passed"),
        ("dead", "articles/b.txt"): ("contradicted", "failed"),
        ("dead", "articles/c.txt"): ("contradicted", "failed"),
    }


def test_an_item_of_missing_facts_only_skips(project: pytest.Pytester) -> None:
    project.path.joinpath("articles", "a.txt").write_text("Nothing happened.\n")
    result = project.runpytest(
        "--claimcheck-granularity=claim", "-rs", "assertions", "-k", "dam"
    )
    result.assert_outcomes(skipped=1)
    result.stdout.fnmatch_lines(["*dam: no fact is stated in any article checked"])


def test_the_ini_key_sets_the_default(project: pytest.Pytester) -> None:
    project.makeini(
        "[pytest]\nclaimcheck_corpus = articles\nclaimcheck_granularity = claim\n"
    )
    result = project.runpytest("assertions")
    result.assert_outcomes(passed=1, failed=1)


def test_an_unknown_ini_value_is_a_usage_error(project: pytest.Pytester) -> None:
    project.makeini(
        "[pytest]\nclaimcheck_corpus = articles\nclaimcheck_granularity = file\n"
    )
    result = project.runpytest("assertions")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        ["*claimcheck_granularity = 'file': use one of auto, pair, claim, article"]
    )


#: auto turns to article items above this many pairs (the file has 6)
SMALL_LIMIT = "[pytest]\nclaimcheck_corpus = articles\nclaimcheck_pair_items_max = 5\n"


def test_auto_collects_pair_items_up_to_the_limit(project: pytest.Pytester) -> None:
    result = project.runpytest("--collect-only", "-q", "--claimcheck-granularity=auto")
    result.stdout.fnmatch_lines(["assertions/flood.yaml::dead[[]a[]]", "6 tests*"])


def test_auto_collects_article_items_above_the_limit(project: pytest.Pytester) -> None:
    project.makeini(SMALL_LIMIT)
    out = project.path / "out.json"
    result = project.runpytest(f"--claimcheck-json={out}", "assertions")
    result.assert_outcomes(passed=1, failed=2)
    result.stdout.fnmatch_lines(
        [
            "claimcheck: one item per article for assertions/flood.yaml (6 pairs):"
            " more (claim, article) pairs than claimcheck_pair_items_max (5);"
            " --claimcheck-granularity=pair gives one item per pair"
        ]
    )
    # the JSON keeps one record per pair, as a run of pair items does
    results = json.loads(out.read_text())["results"]
    assert len(results) == 6
    pairs = project.runpytest("--collect-only", "-q", "--claimcheck-granularity=pair")
    pairs.stdout.fnmatch_lines(["assertions/flood.yaml::dead[[]a[]]", "6 tests*"])
    assert "one item per article" not in pairs.stdout.str()


def test_auto_keeps_pair_items_where_claims_are_selected(
    project: pytest.Pytester,
) -> None:
    project.makeini(SMALL_LIMIT)
    # -k selects claims by name: their items stay one per pair
    result = project.runpytest("--collect-only", "-q", "-k", "dead")
    result.stdout.fnmatch_lines(["assertions/flood.yaml::dead[[]a[]]", "3/6 tests*"])
    # a claim with marks (-m selects it) keeps its file's pair items
    suite = project.path / "assertions" / "flood.yaml"
    suite.write_text(SUITE.replace("id: dam", "id: dam\n    marks: [dam]", 1))
    project.makeini(SMALL_LIMIT + "markers =\n    dam: claims about the dam\n")
    result = project.runpytest("--collect-only", "-q", "-m", "dam")
    result.stdout.fnmatch_lines(["assertions/flood.yaml::dam[[]a[]]", "3/6 tests*"])


def test_a_limit_of_0_keeps_pair_items(project: pytest.Pytester) -> None:
    project.makeini(SMALL_LIMIT.replace("= 5", "= 0"))
    result = project.runpytest("--collect-only", "-q")
    result.stdout.fnmatch_lines(["assertions/flood.yaml::dead[[]a[]]", "6 tests*"])


def test_a_limit_that_is_no_number_is_a_usage_error(project: pytest.Pytester) -> None:
    project.makeini(SMALL_LIMIT.replace("= 5", "= many"))
    result = project.runpytest("assertions")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        ["*claimcheck_pair_items_max = 'many': write a whole number, such as 5000;*"]
    )


#: prints how often the run built an index and read one back from the cache
INDEX_COUNTS = """\
from claimcheck.plugin import SESSION



def pytest_terminal_summary(terminalreporter, config):
    state = config.stash[SESSION]
    terminalreporter.write_line(
        f"builds: {state.indexes.builds}; cache hits: {state.indexes.cache.hits}"
    )
"""


@pytest.mark.parametrize(
    ("granularity", "counts"),
    [
        # every claim item goes through every article: all stay in memory
        ("claim", "builds: 3; cache hits: 0"),
        # the article-major order checks an article, then drops it
        ("pair", "builds: 3; cache hits: 0"),
    ],
)
def test_claim_items_keep_indexes_in_memory_past_the_cap(
    project: pytest.Pytester,
    monkeypatch: pytest.MonkeyPatch,
    granularity: str,
    counts: str,
) -> None:
    monkeypatch.setattr("claimcheck.run.indexes.MEMORY_ARTICLES", 1)
    project.makeconftest(INDEX_COUNTS)
    result = project.runpytest(
        "--cache-clear", f"--claimcheck-granularity={granularity}", "assertions"
    )
    result.stdout.fnmatch_lines([counts])
