"""docs/story.md, run again: each step's command gives what the page shows.

The page follows the story corpus of ``tests/data/story`` through a week; its
YAML blocks are the suites the steps use, and each outcome line it prints
(``2 failed, 3 passed, 1 skipped``) is checked against a real run.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from claimcheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
PAGE = (ROOT / "docs" / "story.md").read_text()
STORY = ROOT / "tests" / "data" / "story" / "articles"
_FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.M | re.S)
#: the articles in by the end of step 4, then the rest
FIRST = ("01_first_report.md", "02_second_day.txt", "06_wrong_figure.txt")


def _blocks(kind: str) -> list[str]:
    return [text for lang, text in _FENCE.findall(PAGE) if lang == kind]


def _suites() -> list[str]:
    """The page's assertion files, in order (the suggested draft first)."""
    return [text for text in _blocks("yaml") if "\nclaims:" in "\n" + text]


def _add(pytester: pytest.Pytester, names: list[str] | tuple[str, ...]) -> None:
    for name in names:
        (pytester.path / "articles" / name).write_text((STORY / name).read_text())


def _run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    result = pytester.runpytest("-p", "no:cacheprovider", *args)
    outcome = result.outlines[-1].strip("= ")
    outcome = re.sub(r" in [\d.]+s.*", "", outcome)
    assert outcome in PAGE, f"the page does not show {outcome!r}"
    return result


@pytest.mark.slow
def test_the_page_runs_as_written(
    pytester: pytest.Pytester, capsys: pytest.CaptureFixture[str]
) -> None:
    (ini,) = _blocks("ini")
    pytester.makeini(ini)
    (pytester.path / "articles").mkdir()
    (pytester.path / "assertions").mkdir()
    _add(pytester, FIRST)
    draft, first, final = _suites()

    # 1. suggest: the draft the page shows, which loads as an assertion file
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(pytester.path)
        assert main(["suggest", "articles"]) == 0
    printed = capsys.readouterr().out
    assert draft.strip() in printed
    assert yaml.safe_load(printed)["claims"] == yaml.safe_load(draft)["claims"]

    # 2, 3. the edited suite, checked
    suite = pytester.path / "assertions" / "mine.yaml"
    suite.write_text(first)
    _run(pytester).assert_outcomes(failed=2, passed=3, skipped=1)

    # 4. the baseline accepts both, with the notes the page gives
    _run(pytester, "--claimcheck-update-baseline")
    baseline = pytester.path / "assertions" / "claimcheck-baseline.yaml"
    written = yaml.safe_load(baseline.read_text())
    (page_baseline,) = [t for t in _blocks("yaml") if t.startswith("version: 1")]
    shown = yaml.safe_load(page_baseline)
    assert [(e["article"], e["fingerprint"]) for e in written["accepted"]] == [
        (e["article"], e["fingerprint"]) for e in shown["accepted"]
    ]
    baseline.write_text(page_baseline)

    # 5. the new articles, against the old suite
    _add(pytester, [p.name for p in sorted(STORY.iterdir()) if p.name not in FIRST])
    _run(pytester).assert_outcomes(failed=4, passed=6, skipped=4, xfailed=2)

    # 6. history
    suite.write_text(final)
    result = _run(pytester)
    result.assert_outcomes(failed=2, passed=9, skipped=4, xfailed=1)
    result.stdout.fnmatch_lines(["*stale baseline entry mine-deaths on articles/01*"])

    # 7. prune, date the wire story, accept the weekly's 19: a stable suite
    _run(pytester, "--claimcheck-prune-baseline")
    wire = pytester.path / "articles" / "07_no_year.md"
    (front,) = [t for lang, t in _FENCE.findall(PAGE) if t.startswith("---\ndate")]
    wire.write_text(front + wire.read_text())
    _run(pytester, "--claimcheck-update-baseline")
    _run(pytester).assert_outcomes(passed=10, skipped=4, xfailed=2)
