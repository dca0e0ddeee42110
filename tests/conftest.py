"""Test-suite hooks: figures that tests measure are shown at the end of the run."""

from __future__ import annotations

import pytest


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    for report in terminalreporter.stats.get("passed", []):
        for name, value in getattr(report, "user_properties", ()):
            if name == "conformance":
                terminalreporter.write_line(f"number conformance: {value}")
