"""Draft claims from the coverage: group figures, find consensus, render YAML."""

from __future__ import annotations

from claimcheck.suggest.command import add_suggest_command
from claimcheck.suggest.drafting import Draft, draft

__all__ = ["Draft", "add_suggest_command", "draft"]
