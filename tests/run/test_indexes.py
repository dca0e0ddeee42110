"""run/indexes.py: the limits on hostile input, from their ini values."""

from __future__ import annotations

import pytest

from claimcheck.engine.articles import MAX_ARTICLE_BYTES
from claimcheck.errors import ClaimcheckError
from claimcheck.run.indexes import Limits
from claimcheck.run.settings import REGEX_TIMEOUT


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("", MAX_ARTICLE_BYTES),  # the ini key's default: the engine's limit
        ("  ", MAX_ARTICLE_BYTES),
        ("2_000", 2000),
        ("1,000,000", 1_000_000),
        ("0", None),
    ],
)
def test_the_article_size_limit(given: str, expected: int | None) -> None:
    limits = Limits.from_ini(
        max_article_bytes=given, regex_timeout=str(REGEX_TIMEOUT), allow_outside=False
    )
    assert limits.max_article_bytes == expected
    assert limits.regex_timeout == REGEX_TIMEOUT


def test_a_negative_size_names_the_key() -> None:
    with pytest.raises(ClaimcheckError, match="claimcheck_max_article_bytes = '-1'"):
        Limits.from_ini(max_article_bytes="-1", regex_timeout="1", allow_outside=False)


def test_the_help_states_the_default_limit(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest("--help")
    result.stdout.fnmatch_lines([f"*{MAX_ARTICLE_BYTES:_}*"])
