"""Verdicts kept beside cached indexes: a warm run matches nothing it has matched."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from claimcheck.claims import Claim, QuantityClaim, StatementClaim
from claimcheck.engine.numbers.interval import Interval
from claimcheck.run.verdicts import claim_digest, kept_verdicts
from claimcheck.suite.loader import load_assertion_file

SUITE = """\
claims:
  - id: dead
    kind: quantity
    measure: [killed, died]
    context: [Tarrow]
    equals: 45
  - id: dam-held
    kind: statement
    says: the dam was not inspected
    contradicted_by: [the dam was inspected]
  - id: dam
    kind: entity
    name: Kariba Dam
"""


def _claims(tmp_path: Path) -> dict[str, Claim]:
    path = tmp_path / "flood.yaml"
    path.write_text(SUITE)
    (tmp_path / "articles").mkdir(exist_ok=True)
    loaded = load_assertion_file(path, rootdir=tmp_path, default_corpus=["articles"])
    return {c.id: c for c in loaded.claims}


def test_a_digest_is_the_same_in_every_process(tmp_path: Path) -> None:
    """Sets are written sorted: hash randomisation does not change a digest."""
    (tmp_path / "flood.yaml").write_text(SUITE)
    (tmp_path / "a").mkdir()
    script = (
        "import sys\n"
        "from claimcheck.run.verdicts import claim_digest\n"
        "from claimcheck.suite.loader import load_assertion_file\n"
        "from pathlib import Path\n"
        "path = Path(sys.argv[1])\n"
        "f = load_assertion_file(path, rootdir=path.parent, default_corpus=['a'])\n"
        "print(' '.join(str(claim_digest(c)) for c in f.claims))\n"
    )
    seen = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", script, str(tmp_path / "flood.yaml")],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        )
        seen.add(done.stdout)
    (digests,) = seen
    assert "None" not in digests
    assert len(set(digests.split())) == 3


def test_every_field_counts(tmp_path: Path) -> None:
    claims = _claims(tmp_path)
    dead = claims["dead"]
    assert isinstance(dead, QuantityClaim)
    # loaded again: the same claim, the same digest
    assert claim_digest(_claims(tmp_path)["dead"]) == claim_digest(dead)
    changed = [
        dataclasses.replace(dead, expected=Interval.point(46)),
        dataclasses.replace(dead, context=()),
        # a field left out of == still changes how the terms match
        dataclasses.replace(
            dead, measure=dataclasses.replace(dead.measure, inflect="every")
        ),
    ]
    digests = {claim_digest(c) for c in [dead, *changed]}
    assert len(digests) == 4
    statement = claims["dam-held"]
    assert isinstance(statement, StatementClaim)
    negated = dataclasses.replace(statement, says=statement.contradicted_by)
    assert claim_digest(negated) != claim_digest(statement)


def test_a_malformed_entry_holds_no_verdicts() -> None:
    assert kept_verdicts(None) == {}
    assert kept_verdicts({"a": (1, None)}) == {}
    assert kept_verdicts({"a": "b"}) == {}
    assert kept_verdicts([1, 2]) == {}


COUNTER = """\
import claimcheck.run.session as session

calls = []
_match = session.match_claim


def counted(claim, index):
    calls.append(claim.id)
    return _match(claim, index)


session.match_claim = counted


def pytest_terminal_summary(terminalreporter, config):
    terminalreporter.write_line(f"matched: {len(calls)} {sorted(set(calls))}")
"""

ARTICLES = {
    "a.txt": "In Tarrow 45 people were killed when the Kariba Dam broke.\n",
    "b.txt": "In Tarrow 60 people died. The dam was not inspected.\n",
    "c.txt": "The dam was inspected last year, officials said.\n",
}


@pytest.fixture
def project(make_project: Callable[..., pytest.Pytester]) -> pytest.Pytester:
    pytester = make_project({"flood.yaml": SUITE}, ARTICLES)
    pytester.makeconftest(COUNTER)
    return pytester


@pytest.mark.parametrize("granularity", ["pair", "article", "claim"])
def test_a_warm_run_matches_nothing(project: pytest.Pytester, granularity: str) -> None:
    option = f"--claimcheck-granularity={granularity}"
    first = project.runpytest("assertions", option, "--claimcheck-report=one.json")
    first.stdout.fnmatch_lines(["matched: 9 *"])
    again = project.runpytest("assertions", option, "--claimcheck-report=two.json")
    again.stdout.fnmatch_lines(["matched: 0 []"])
    assert again.parseoutcomes() == first.parseoutcomes()
    one, two = (project.path.joinpath(n).read_text() for n in ("one.json", "two.json"))
    # the same results and coverage (the run's own times aside)
    assert one.split('"results"', 1)[1] == two.split('"results"', 1)[1]


def test_an_edited_claim_is_matched_again(project: pytest.Pytester) -> None:
    project.runpytest("assertions").assert_outcomes(passed=3, failed=2, skipped=4)
    assertions = project.path / "assertions" / "flood.yaml"
    assertions.write_text(SUITE.replace("equals: 45", "equals: 60"))
    result = project.runpytest("assertions")
    # only the edited claim is matched, and its new value judged
    result.stdout.fnmatch_lines(["matched: 3 ['dead']"])
    result.stdout.fnmatch_lines(["*'45' reads 45 for 'killed'*"])


def test_coverage_turned_on_reads_the_claims_figures(project: pytest.Pytester) -> None:
    """Verdicts kept while coverage was off do not know which figures their
    claim checks: coverage finds them without matching again."""
    project.runpytest("assertions", "-o", "claimcheck_coverage=false")
    again = project.runpytest("assertions", "--claimcheck-report=on.json")
    again.stdout.fnmatch_lines(["matched: 0 []"])
    project.runpytest("assertions", "--cache-clear", "--claimcheck-report=cold.json")
    on, cold = (project.path.joinpath(n).read_text() for n in ("on.json", "cold.json"))
    assert on.split('"results"', 1)[1] == cold.split('"results"', 1)[1]
