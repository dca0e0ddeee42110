"""The on-disk index cache: an unchanged corpus is not read again."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claimcheck.run.cache import loads_index
from tests.suites import DEAD as SUITE
from tests.suites import DEAD_AND_DAM, kariba_articles

COUNTER = """\
from claimcheck.plugin import SESSION


def pytest_terminal_summary(terminalreporter, config):
    state = config.stash[SESSION]
    terminalreporter.write_line(f"index builds: {state.indexes.builds}")
"""


@pytest.fixture
def project(make_project: Callable[..., pytest.Pytester]) -> pytest.Pytester:
    articles = {
        f"{name}.txt": f"Officials said {dead} people were killed.\n"
        for name, dead in (("a", 45), ("b", 60))
    }
    pytester = make_project({"flood.yaml": SUITE}, articles)
    pytester.makeconftest(COUNTER)
    return pytester


def test_an_unchanged_corpus_is_read_from_the_cache(
    project: pytest.Pytester,
) -> None:
    first = project.runpytest("assertions")
    first.stdout.fnmatch_lines(["index builds: 2"])
    again = project.runpytest("assertions")
    again.assert_outcomes(passed=1, failed=1)
    again.stdout.fnmatch_lines(["*'60' reads 60 for 'killed'*", "index builds: 0"])
    assert list(project.path.joinpath(".pytest_cache", "d", "claimcheck").rglob("*"))


def test_an_edited_article_is_read_again(project: pytest.Pytester) -> None:
    project.runpytest("assertions")
    project.path.joinpath("articles", "b.txt").write_text("45 people died.\n")
    result = project.runpytest("assertions")
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(["index builds: 1"])


def test_new_measure_words_read_every_article_again(
    project: pytest.Pytester,
) -> None:
    project.runpytest("assertions")
    project.path.joinpath("assertions", "flood.yaml").write_text(
        # a word the built-in wordings of deaths do not hold ("drowned" is one)
        SUITE.replace("[killed, died]", "[killed, died, swept away]")
    )
    result = project.runpytest("assertions")
    result.stdout.fnmatch_lines(["index builds: 2"])


def test_cache_clear_clears_it(project: pytest.Pytester) -> None:
    project.runpytest("assertions")
    result = project.runpytest("--cache-clear", "assertions")
    result.stdout.fnmatch_lines(["index builds: 2"])


def test_a_corrupt_entry_is_a_miss(project: pytest.Pytester) -> None:
    project.runpytest("assertions")
    for entry in project.path.joinpath(".pytest_cache", "d", "claimcheck").rglob(
        "*.pickle"
    ):
        entry.write_bytes(b"not a pickle")
    result = project.runpytest("assertions")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["index builds: 2"])


HELD = """\
claims:
  - id: dead
    kind: quantity
    measure: [killed, died]
    equals: 45
  - id: held
    kind: statement
    polarity: negated
    patterns: ['\\bdam\\W+(?:\\w+\\W+){0,4}?fail\\w*']
"""


def test_an_entry_holds_what_matching_read(
    make_project: Callable[..., pytest.Pytester],
) -> None:
    """An entry is written when its index leaves memory, with the clauses
    and figures matching read beyond indexing: a warm run reads neither."""
    text = (
        "Officials said 45 people were killed.\n\nThe dam did not fail after 3 days.\n"
    )
    project = make_project({"flood.yaml": HELD}, {"a.txt": text})
    project.runpytest("assertions").assert_outcomes(passed=2)
    folder = project.path.joinpath(".pytest_cache", "d", "claimcheck")
    (entry,) = [p for p in folder.rglob("*.pickle")]
    index = loads_index(entry.read_bytes())
    assert index is not None
    # the claim's negation is read in the clause of its match
    sentence = index.article.sentence_at(text.index("The dam"))
    assert sentence in index._clauses
    assert any(q.interval.low == 3 for qs in index._quantities.values() for q in qs)


def test_a_stopped_run_writes_the_entries_it_holds(
    make_project: Callable[..., pytest.Pytester],
) -> None:
    project = make_project({"flood.yaml": DEAD_AND_DAM}, kariba_articles(2))
    # a0 states 60 dead: the first item fails, -x stops before a0's last item
    project.runpytest("assertions", "-x").assert_outcomes(failed=1)
    folder = project.path.joinpath(".pytest_cache", "d", "claimcheck")
    assert len(list(folder.rglob("*.pickle"))) == 1


LEXICON = """\
from claimcheck.plugin import SESSION


def pytest_terminal_summary(terminalreporter, config):
    collection = config.stash[SESSION].collection
    built = collection._lexicon is not None or bool(collection._lexicons)
    terminalreporter.write_line(f"lexicon built: {built}")
"""


def test_a_warm_run_builds_no_lexicon(project: pytest.Pytester) -> None:
    """The entries' key names the measure words, not the lexicon built
    from them: a run served from the cache never builds one."""
    project.makeconftest(LEXICON)
    project.runpytest("assertions").stdout.fnmatch_lines(["lexicon built: True"])
    again = project.runpytest("assertions")
    again.assert_outcomes(passed=1, failed=1)
    again.stdout.fnmatch_lines(["lexicon built: False"])
