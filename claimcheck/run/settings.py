"""The run's settings that the options name, apart from the engine.

The plugin registers its options in every pytest run of the environment,
with or without claims; what they offer (the granularities, the default
pattern timeout) lives here so that registering them imports no engine.
"""

from __future__ import annotations

import enum

__all__ = ["REGEX_TIMEOUT", "Granularity"]

#: seconds one pattern may run per megabyte of article (claimcheck_regex_timeout)
REGEX_TIMEOUT = 1.0


class Granularity(enum.StrEnum):
    """What one test item checks (``--claimcheck-granularity``)."""

    #: one claim against one article
    PAIR = "pair"
    #: one claim against every article
    CLAIM = "claim"
    #: every claim of a file against one article
    ARTICLE = "article"
