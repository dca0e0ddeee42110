"""What xdist workers share: their place, the walk order, indexes, the wire."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.engine.articles import parse_article
from claimcheck.engine.index import ArticleIndex, build_lexicon, index_article
from claimcheck.run.cache import entry_key
from claimcheck.run.share import IndexShare, pack, spread, unpack, worker_place
from tests.suites import DEAD_AND_DAM as SUITE


@pytest.mark.parametrize(
    ("workerinput", "place"),
    [
        ({"workerid": "gw0", "workercount": 2}, (0, 2)),
        ({"workerid": "gw1", "workercount": 2}, (1, 2)),
        ({"workerid": "gw3", "workercount": 2}, (1, 2)),  # a replacement
        ({"workerid": "gw5", "workercount": "8"}, (5, 8)),
        ({"workerid": "popen-1", "workercount": 2}, (0, 1)),
        ({"workerid": "gw1"}, (0, 1)),
        ({"workerid": "gw1", "workercount": 0}, (0, 1)),
        ({}, (0, 1)),
    ],
)
def test_worker_place(workerinput: dict[str, object], place: tuple[int, int]) -> None:
    assert worker_place(workerinput) == place


@given(size=st.integers(0, 60), count=st.integers(1, 9), data=st.data())
def test_spread_visits_every_position_once(
    size: int, count: int, data: st.DataObject
) -> None:
    rank = data.draw(st.integers(0, count - 1))
    assert sorted(spread(size, rank, count)) == list(range(size))


def test_two_workers_walk_towards_each_other() -> None:
    assert spread(5, 0, 1) == [0, 1, 2, 3, 4]
    assert spread(5, 0, 2) == [0, 1, 2, 3, 4]
    assert spread(5, 1, 2) == [4, 3, 2, 1, 0]


def test_more_workers_start_in_different_places() -> None:
    firsts = {spread(100, rank, 4)[0] for rank in range(4)}
    assert firsts == {0, 49, 50, 99}


def test_pack_and_unpack_round_trip_only_the_named_keys() -> None:
    records = [{"claim": "dead", "evidence": [{"line": 2, "text": "45 ✓"}]}]
    data = {"claimcheck_results": records, "nodeid": "a::b", "other": [1]}
    pack(data, ["claimcheck_results", "claimcheck_result"])
    assert isinstance(data["claimcheck_results"], str)
    assert data["other"] == [1]
    assert "claimcheck_result" not in data
    json.dumps(data)  # plain data, fit for any wire
    unpack(data, ["claimcheck_results", "claimcheck_result"])
    assert data == {"claimcheck_results": records, "nodeid": "a::b", "other": [1]}


def test_unpack_leaves_other_strings_alone() -> None:
    data = {"claimcheck_result": "[1, 2]"}
    unpack(data, ["claimcheck_result"])
    assert data == {"claimcheck_result": "[1, 2]"}


def _index(text: str, path: str = "a.txt") -> tuple[str, ArticleIndex]:
    index = index_article(parse_article(text, path=path), build_lexicon([]))
    key = entry_key(text.encode(), display_path=path, lexicon_key="")
    return key, index


def test_an_index_stored_by_one_worker_loads_in_another(tmp_path: Path) -> None:
    gw0, gw1 = IndexShare(tmp_path, "gw0"), IndexShare(tmp_path, "gw1")
    key, index = _index("Officials said 45 people were killed.\n")
    assert gw1.load(key) is None
    gw0.store(key, index)
    loaded = gw1.load(key)
    assert loaded is not None
    assert loaded.article == index.article
    assert loaded.mentions == index.mentions
    assert (gw1.hits, gw1.misses) == (1, 1)
    # a worker never reads its own file, and takes an entry once
    assert gw0.load(key) is None
    assert gw1.load(key) is None


def test_a_frame_still_being_written_is_read_later(tmp_path: Path) -> None:
    gw0, gw1 = IndexShare(tmp_path, "gw0"), IndexShare(tmp_path, "gw1")
    first, index = _index("45 people were killed.\n")
    second, other = _index("60 people were killed.\n", path="b.txt")
    gw0.store(first, index)
    gw0.store(second, other)
    gw0.close()
    pack_file = tmp_path / "gw0.pack"
    whole = pack_file.read_bytes()
    cut = len(whole) - 10
    pack_file.write_bytes(whole[:cut])
    assert gw1.load(first) is not None
    assert gw1.load(second) is None
    pack_file.write_bytes(whole)
    assert gw1.load(second) is not None


def test_a_damaged_frame_is_never_taken(tmp_path: Path) -> None:
    gw0, gw1 = IndexShare(tmp_path, "gw0"), IndexShare(tmp_path, "gw1")
    key, index = _index("45 people were killed.\n")
    gw0.store(key, index)
    gw0.close()
    damaged = bytearray((tmp_path / "gw0.pack").read_bytes())
    damaged[60] ^= 0xFF
    (tmp_path / "gw0.pack").write_bytes(bytes(damaged))
    (tmp_path / "gw2.pack").write_bytes(b"not a frame at all, but long enough" * 3)
    assert gw1.load(key) is None


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only folders")
def test_an_unwritable_folder_only_stops_sharing(tmp_path: Path) -> None:
    tmp_path.chmod(0o500)
    try:
        share = IndexShare(tmp_path, "gw0")
        key, index = _index("45 people were killed.\n")
        share.store(key, index)
        share.store(key, index)
        assert not list(tmp_path.iterdir())
    finally:
        tmp_path.chmod(0o700)


def test_a_failed_write_stops_sharing(tmp_path: Path) -> None:
    share = IndexShare(tmp_path / "gone", "gw0")
    key, index = _index("45 people were killed.\n")
    share.store(key, index)  # the folder does not exist: no error
    (tmp_path / "gone").mkdir()
    share.store(key, index)  # stopped after the first failure
    assert not list((tmp_path / "gone").iterdir())


# -- through pytest ------------------------------------------------------------


#: each worker's index builds and share folder, summed up by the controller
WORKER_COUNTS = """\
from claimcheck.plugin import SESSION


SEEN = {}


def pytest_sessionfinish(session):
    config = session.config
    if hasattr(config, "workeroutput"):
        config.workeroutput["builds"] = config.stash[SESSION].indexes.builds
        config.workeroutput["share"] = config.workerinput.get(
            "claimcheck_index_share"
        )


def pytest_testnodedown(node, error):
    SEEN[node.gateway.id] = node.workeroutput["builds"], node.workeroutput["share"]


def pytest_terminal_summary(terminalreporter):
    builds = sum(b for b, _ in SEEN.values())
    shares = sorted({str(s) for _, s in SEEN.values()})
    terminalreporter.write_line(f"builds: {builds}; shares: {' '.join(shares)}")
"""

ARTICLES = 40


@pytest.fixture
def project(
    make_project: Callable[..., pytest.Pytester],
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> pytest.Pytester:
    articles = {
        f"a{i:02}.txt": f"Officials said {45 if i % 3 else 60} people were killed"
        " near the Kariba Dam.\n"
        for i in range(ARTICLES)
    }
    pytester = make_project({"flood.yaml": SUITE}, articles)
    pytester.makeconftest(WORKER_COUNTS)
    # the controller's temporary folders, to see the share come and go
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path_factory.mktemp("tmp")))
    return pytester


def _counts(result: pytest.RunResult) -> tuple[int, list[str]]:
    line = next(x for x in result.stdout.lines if x.startswith("builds: "))
    builds, _, shares = line.removeprefix("builds: ").partition("; shares: ")
    return int(builds), shares.split()


def test_claim_items_on_two_workers_index_each_article_about_once(
    project: pytest.Pytester,
) -> None:
    claim = "--claimcheck-granularity=claim"
    serial = project.runpytest(
        "-p", "no:cacheprovider", claim, "--claimcheck-json=s.json"
    )
    serial.assert_outcomes(passed=1, failed=1)
    result = project.runpytest(
        "-p", "no:cacheprovider", "-n", "2", claim, "--claimcheck-json=n.json"
    )
    result.assert_outcomes(passed=1, failed=1)
    builds, shares = _counts(result)
    # the two workers walk the articles from either end and meet once
    assert ARTICLES <= builds <= ARTICLES + 2
    assert len(shares) == 1
    assert Path(shares[0]).parent == Path(tempfile.gettempdir())
    assert not Path(shares[0]).exists()  # removed at the end of the run
    s_json = json.loads(project.path.joinpath("s.json").read_text())
    assert json.loads(project.path.joinpath("n.json").read_text()) == s_json


def test_with_the_cache_on_workers_share_through_it(project: pytest.Pytester) -> None:
    result = project.runpytest("-n", "2", "--claimcheck-granularity=claim")
    result.assert_outcomes(passed=1, failed=1)
    builds, shares = _counts(result)
    assert ARTICLES <= builds <= ARTICLES + 2
    assert shares == ["None"]
    assert not list(Path(tempfile.gettempdir()).iterdir())


def test_items_of_one_article_need_no_share(project: pytest.Pytester) -> None:
    result = project.runpytest("-p", "no:cacheprovider", "-n", "2")
    builds, shares = _counts(result)
    assert builds == ARTICLES  # each article's items ran on one worker
    assert shares == ["None"]


def test_an_unreadable_article_fails_a_claim_item_alike_on_two_workers(
    project: pytest.Pytester,
) -> None:
    project.path.joinpath("articles", "a17.txt").write_text("x" * 500)
    project.path.joinpath("pytest.ini").write_text(
        "[pytest]\nclaimcheck_corpus = articles\nclaimcheck_max_article_bytes = 400\n"
    )
    claim = "--claimcheck-granularity=claim"
    serial = project.runpytest(
        "-p", "no:cacheprovider", claim, "--claimcheck-json=s.json"
    )
    serial.assert_outcomes(failed=2)
    result = project.runpytest(
        "-p", "no:cacheprovider", "-n", "2", claim, "--claimcheck-json=n.json"
    )
    result.assert_outcomes(failed=2)
    result.stdout.fnmatch_lines(["*articles/a17.txt*400*"])
    # the records before the unreadable article reach the JSON, as in series
    s_json = json.loads(project.path.joinpath("s.json").read_text())
    assert len(s_json["results"]) == 2 * 17
    assert json.loads(project.path.joinpath("n.json").read_text()) == s_json
