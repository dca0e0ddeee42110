"""run/session.py, run/collection.py, run/indexes.py: a run without pytest."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck.errors import AssertionFileError, ClaimcheckError
from claimcheck.reports.baseline import Baseline
from claimcheck.reports.outputs import RunOutputs
from claimcheck.reports.records import Outcome
from claimcheck.run.indexes import Limits
from claimcheck.run.pairs import PairGrid
from claimcheck.run.results import PairCheck
from claimcheck.run.session import RunSession
from tests.suites import DEAD


@pytest.fixture
def root(tmp_path: Path) -> Path:
    (tmp_path / "assertions").mkdir()
    (tmp_path / "assertions" / "flood.yaml").write_text(DEAD)
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text("Officials said 60 people died.\n")
    (tmp_path / "articles" / "b.txt").write_text("Officials said 45 people died.\n")
    return tmp_path


def _session(root: Path, outputs: RunOutputs | None = None) -> RunSession:
    return RunSession(rootdir=root, default_corpus=["articles"], outputs=outputs)


def test_a_run_loads_checks_and_drops_each_article(root: Path) -> None:
    session = _session(root)
    loaded = session.load_file(root / "assertions" / "flood.yaml")
    articles = session.articles_for(loaded)
    assert [p.name for p in articles] == ["a.txt", "b.txt"]
    [claim] = loaded.claims
    outcomes = []
    for path in articles:
        session.expect(path)
        checked = session.check(claim, path, assertion_file="assertions/flood.yaml")
        outcomes.append(checked.outcome)
        assert session.indexes.held == 1
        session.done(path)
        assert session.indexes.held == 0
    assert outcomes == [Outcome.FAILED, Outcome.PASSED]
    assert session.indexes.builds == 2


def test_a_claim_id_names_one_claim_across_files(root: Path) -> None:
    (root / "assertions" / "again.yaml").write_text(DEAD)
    session = _session(root)
    session.load_file(root / "assertions" / "flood.yaml")
    with pytest.raises(AssertionFileError) as caught:
        session.load_file(root / "assertions" / "again.yaml")
    assert str(caught.value) == (
        "assertions/again.yaml:2:5: claim id 'dead' is also used at"
        " assertions/flood.yaml:2:5; give each claim its own id"
    )


def test_the_session_finishes_the_run_by_writing_its_outputs(root: Path) -> None:
    written: dict[Path, str] = {}
    outputs = RunOutputs(
        rootdir=root,
        reports=[str(root / "out" / "r.md")],
        baseline=Baseline(path="assertions/claimcheck-baseline.yaml"),
        prune=False,
        environ={},
        write=written.__setitem__,
        json_path=root / "out" / "verdicts.json",
    )
    session = _session(root, outputs)
    loaded = session.load_file(root / "assertions" / "flood.yaml")
    [claim] = loaded.claims
    for path in session.articles_for(loaded):
        checked = session.check(claim, path, assertion_file="assertions/flood.yaml")
        session.results.add([checked.record])
    session.finish()
    verdicts = json.loads(written[root / "out" / "verdicts.json"])
    assert [r["verdict"] for r in verdicts["results"]] == ["contradicted", "supported"]
    assert [r["outcome"] for r in verdicts["results"]] == ["failed", "passed"]
    assert written[root / "out" / "r.md"].startswith("# claimcheck report\n")
    assert next(session.summary(80)) == (
        "1 claim x 2 articles: 1 supported, 1 contradicted, 0 missing"
    )


def test_an_output_that_cannot_be_written_is_kept_for_the_summary(
    root: Path,
) -> None:
    def refuse(path: Path, text: str) -> None:
        raise ClaimcheckError(f"{path}: cannot write (disk full)")

    outputs = RunOutputs(
        rootdir=root,
        reports=[],
        baseline=Baseline(path="b.yaml"),
        prune=False,
        environ={},
        write=refuse,
        json_path=root / "verdicts.json",
    )
    session = _session(root, outputs)
    with pytest.raises(ClaimcheckError):
        session.finish()
    assert session.write_error == f"{root / 'verdicts.json'}: cannot write (disk full)"


@pytest.mark.parametrize(
    ("size", "timeout", "limits"),
    [
        ("0", "0", Limits(max_article_bytes=None, regex_timeout=None)),
        ("1_000", "2.5", Limits(max_article_bytes=1000, regex_timeout=2.5)),
        ("10,000", "1", Limits(max_article_bytes=10000, regex_timeout=1.0)),
    ],
)
def test_limits_from_their_ini_values(size: str, timeout: str, limits: Limits) -> None:
    made = Limits.from_ini(
        max_article_bytes=size, regex_timeout=timeout, allow_outside=False
    )
    assert made == limits


@pytest.mark.parametrize(
    ("size", "timeout", "message"),
    [
        ("-1", "1", "claimcheck_max_article_bytes = '-1': write a whole number"),
        ("ten", "1", "claimcheck_max_article_bytes = 'ten': write a whole number"),
        ("0", "inf", "claimcheck_regex_timeout = 'inf': write a number of seconds"),
        ("0", "nan", "claimcheck_regex_timeout = 'nan': write a number of seconds"),
    ],
)
def test_limits_refuse_what_is_not_a_limit(
    size: str, timeout: str, message: str
) -> None:
    with pytest.raises(ClaimcheckError, match=message):
        Limits.from_ini(
            max_article_bytes=size, regex_timeout=timeout, allow_outside=False
        )


def test_a_session_sweeps_and_releases_each_index_before_the_next(
    root: Path,
) -> None:
    session = _session(root)
    loaded = session.load_file(root / "assertions" / "flood.yaml")
    articles = session.articles_for(loaded)
    [claim] = loaded.claims
    pairs = PairGrid([claim], articles)
    held: list[int] = []
    session.indexes.on_release.append(
        lambda path, index: held.append(session.indexes.held)
    )
    for first, second in ((0, 1), (1, 0)):
        # two claim items, each over the whole list
        session.expect_each(articles, 2)
        session.plan_sweep(first, pairs, "assertions/flood.yaml")
        session.plan_sweep(second, pairs, "assertions/flood.yaml")
        results = session.swept(first)
        assert results is not None
        assert [r.outcome.value for r in results if isinstance(r, PairCheck)] == [
            "failed",
            "passed",
        ]
        assert session.swept(second) is not None
        assert session.swept(first) is None
    # each index went before the next was built
    assert held == [0, 0, 0, 0]
    assert session.indexes.builds == 4


def test_an_unplanned_item_is_not_swept(root: Path) -> None:
    assert _session(root).swept("anything") is None
