"""Draft claims from the coverage: group figures, find consensus, render YAML."""

from __future__ import annotations

from claimcheck.suggest.command import add_suggest_command, suggest

__all__ = ["add_suggest_command", "suggest"]
