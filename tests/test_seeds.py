"""The seed suite: every expected verdict of the 13 claims on the 5 seed articles."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXPECTED = json.loads((ROOT / "tests" / "data" / "seeds_expected.json").read_text())


@pytest.fixture(scope="module")
def seed_results(
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[tuple[str, str], str]:
    """Run ``pytest assertions`` over the seeds once and read --claimcheck-json."""
    import subprocess
    import sys

    work = tmp_path_factory.mktemp("seeds")
    shutil.copytree(ROOT / "assertions", work / "assertions")
    shutil.copytree(ROOT / "seeds", work / "seeds")
    (work / "pytest.ini").write_text("[pytest]\nclaimcheck_corpus = seeds\n")
    out = work / "verdicts.json"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "assertions",
            f"--claimcheck-json={out}",
            "-q",
            "-p",
            "no:cacheprovider",
        ],
        cwd=work,
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.exists(), proc.stdout + proc.stderr
    results = json.loads(out.read_text())["results"]
    return {(r["claim"], Path(r["article"]).name): r["verdict"] for r in results}


CASES = [
    (claim["id"], article, verdict)
    for claim in EXPECTED["claims"]
    for article, verdict in claim["verdicts"].items()
]


def test_every_pair_has_a_verdict(seed_results: dict[tuple[str, str], str]) -> None:
    assert len(CASES) == 65
    assert set(seed_results) == {(c, a) for c, a, _ in CASES}


@pytest.mark.parametrize(("claim", "article", "expected"), CASES)
def test_seed_verdict(
    seed_results: dict[tuple[str, str], str], claim: str, article: str, expected: str
) -> None:
    assert seed_results[(claim, article)] == expected
