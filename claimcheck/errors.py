"""The error types claimcheck raises for mistakes a user can fix."""

from __future__ import annotations

__all__ = [
    "ArticleError",
    "ArticleSkipped",
    "AssertionFileError",
    "ClaimcheckError",
    "OutputError",
    "PatternTimeoutError",
]


class ClaimcheckError(Exception):
    """Root of every error claimcheck reports to users.

    The message always starts with the place (``path:line:column`` where the
    input has lines) and says what to do about it.
    """


class AssertionFileError(ClaimcheckError):
    """An assertion file cannot be read, parsed or validated."""


class ArticleError(ClaimcheckError):
    """An article cannot be read."""


class ArticleSkipped(ArticleError):
    """A file in the corpus is not an article (binary); its checks skip."""


class PatternTimeoutError(ClaimcheckError):
    """An analyst's regular expression ran past its time limit."""


class OutputError(ClaimcheckError):
    """A file claimcheck writes (a report, the baseline) cannot be written."""
