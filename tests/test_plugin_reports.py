"""What the plugin attaches to reports, and how it crosses xdist's wire."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.suites import DEAD as SUITE

#: notes, in files, the type of the verdict record on each side of the wire
WIRE_TYPES = """\
import pytest



@pytest.hookimpl(wrapper=True)
def pytest_report_to_serializable(config, report):
    data = yield
    if data and "claimcheck_result" in data:
        kind = type(data["claimcheck_result"]).__name__
        with open("sent.txt", "a") as handle:
            handle.write(kind + "\\n")
    return data


def pytest_runtest_logreport(report):
    if report.when == "call":
        kind = type(getattr(report, "claimcheck_result", None)).__name__
        ours = [e for e in getattr(report, "extras", []) if "claimcheck" in str(e)]
        extras = "extras" if ours else "no extras"
        with open("seen.txt", "a") as handle:
            handle.write(f"{kind} {extras}\\n")
"""


@pytest.fixture
def project(make_project: Callable[..., pytest.Pytester]) -> pytest.Pytester:
    articles = {f"a{i}.txt": f"{45 - i} people were killed.\n" for i in range(4)}
    pytester = make_project({"flood.yaml": SUITE}, articles)
    pytester.makeconftest(WIRE_TYPES)
    return pytester


def _lines(pytester: pytest.Pytester, name: str) -> set[str]:
    path = pytester.path / name
    return set(path.read_text().splitlines()) if path.exists() else set()


@pytest.mark.slow
def test_records_cross_the_wire_as_text_and_arrive_as_dicts(
    project: pytest.Pytester,
) -> None:
    result = project.runpytest("-n", "2", "assertions")
    result.assert_outcomes(passed=1, failed=3)
    assert _lines(project, "sent.txt") == {"str"}
    assert _lines(project, "seen.txt") == {"dict no extras"}


def test_without_xdist_records_stay_dicts(project: pytest.Pytester) -> None:
    result = project.runpytest("assertions")
    result.assert_outcomes(passed=1, failed=3)
    assert _lines(project, "sent.txt") == set()
    assert _lines(project, "seen.txt") == {"dict no extras"}


def test_evidence_extras_only_for_a_pytest_html_report(
    project: pytest.Pytester,
) -> None:
    pytest.importorskip("pytest_html")
    project.runpytest("assertions", "--html=report.html")
    assert _lines(project, "seen.txt") == {"dict extras"}
