"""Test-suite fixtures and hooks shared by the plugin tests."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parents[1]

# Property tests check what the engine reads, not how fast: the first example
# may compile patterns, and a loaded machine can stretch any one example past
# hypothesis's 200 ms deadline.  Speed lives in benchmarks/run.py.
settings.register_profile("claimcheck", deadline=None)
settings.load_profile("claimcheck")

MakeProject = Callable[..., pytest.Pytester]


@pytest.fixture
def make_project(pytester: pytest.Pytester) -> MakeProject:
    """Build a claimcheck project in pytester's folder.

    ``make(assertions, articles, ini="")`` writes each assertion file under
    ``assertions/`` and each article (text or bytes) under ``articles/``, with
    an ini whose corpus is ``articles`` and any extra ``ini`` lines.
    """

    def make(
        assertions: Mapping[str, str],
        articles: Mapping[str, str | bytes] | None = None,
        ini: str = "",
    ) -> pytest.Pytester:
        pytester.makeini("[pytest]\nclaimcheck_corpus = articles\n" + ini)
        for folder, files in (("assertions", assertions), ("articles", articles or {})):
            (pytester.path / folder).mkdir(exist_ok=True)
            for name, content in files.items():
                path = pytester.path / folder / name
                if isinstance(content, bytes):
                    path.write_bytes(content)
                else:
                    path.write_text(content)
        return pytester

    return make


@pytest.fixture
def seed_project(pytester: pytest.Pytester) -> pytest.Pytester:
    """The project's own seed suite (assertions and articles) in pytester's folder."""
    shutil.copytree(ROOT / "assertions", pytester.path / "assertions")
    shutil.copytree(ROOT / "seeds", pytester.path / "seeds")
    pytester.makeini("[pytest]\nclaimcheck_corpus = seeds\n")
    return pytester


#: the held-out corpora besides the first (tests/test_heldout.py)
HELD_OUT = frozenset(
    {
        "fresh",
        "unseen",
        "novel",
        "sealed",
        "blind",
        "veiled",
        "cloaked",
        "shrouded",
        "masked",
        "screened",
        "guarded",
        "curtained",
        "hooded",
        "cowled",
        "draped",
        "mantled",
        "swathed",
        "sheathed",
        "wrapped",
        "encased",
        "cocooned",
    }
)


#: a corpus's pairs the engine reads otherwise than its gold are listed only
#: on demand: a held-out corpus stays unread while rules are being made
_SHOW_DISAGREEMENTS = os.environ.get("CLAIMCHECK_SHOW_DISAGREEMENTS") == "1"


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    for report in terminalreporter.stats.get("passed", []):
        for name, value in getattr(report, "user_properties", ()):
            if name == "conformance":
                terminalreporter.write_line(f"number conformance: {value}")
            elif name == "statements":
                terminalreporter.write_line(f"statements: {value}")
            elif name == "realistic":
                terminalreporter.write_line(f"realistic corpus: {value}")
            elif name == "heldout":
                terminalreporter.write_line(f"held-out corpus: {value}")
            elif name in HELD_OUT:
                terminalreporter.write_line(f"{name} held-out corpus: {value}")
            elif name.endswith("-disagreement") and _SHOW_DISAGREEMENTS:
                terminalreporter.write_line(f"  disagrees: {value}")
            elif name == "peers":
                terminalreporter.write_line(f"peer suites: {value}")
