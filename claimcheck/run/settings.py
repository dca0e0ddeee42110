"""The run's settings that the options name, apart from the engine.

The plugin registers its options in every pytest run of the environment,
with or without claims; what they offer (the granularities, the default
pattern timeout) lives here so that registering them imports no engine.
"""

from __future__ import annotations

import enum

from claimcheck.errors import ClaimcheckError

__all__ = [
    "ARTICLE_ITEMS_MAX",
    "PAIR_ITEMS_MAX",
    "REGEX_TIMEOUT",
    "Granularity",
    "articles_per_item",
    "items_of_file",
    "whole_number",
]

#: seconds one pattern may run per megabyte of article (claimcheck_regex_timeout)
REGEX_TIMEOUT = 1.0
#: claimcheck_pair_items_max: above this many (claim, article) pairs, an
#: assertion file collected with ``auto`` gets one item per article
PAIR_ITEMS_MAX = 5_000
#: claimcheck_article_items_max: above this many articles, a file collected
#: as article items gets at most this many, each of consecutive articles
ARTICLE_ITEMS_MAX = 2_000


class Granularity(enum.StrEnum):
    """What one test item checks (``--claimcheck-granularity``)."""

    #: pair items, or article items for a file with more pairs than
    #: claimcheck_pair_items_max (see :func:`items_of_file`)
    AUTO = "auto"
    #: one claim against one article
    PAIR = "pair"
    #: one claim against every article
    CLAIM = "claim"
    #: every claim of a file against one article
    ARTICLE = "article"


def items_of_file(
    granularity: Granularity,
    pairs: int,
    *,
    limit: int = PAIR_ITEMS_MAX,
    marked: bool = False,
    by_name: bool = False,
) -> Granularity:
    """The items one assertion file is collected as.

    ``auto`` gives pair items up to ``limit`` (claim, article) pairs: an item
    each costs pytest about what a trivial test costs, which at thousands of
    pairs outweighs the checks themselves, while an article item checks
    every claim of the file against one article and lists every discrepancy
    it finds.  Pair items stay wherever items are selected by claim: a file
    whose claims carry ``marks`` (``-m``), or a run given ``-k``
    (``by_name``).  ``limit`` 0 means no limit.
    """
    if granularity is not Granularity.AUTO:
        return granularity
    if marked or by_name or limit <= 0 or pairs <= limit:
        return Granularity.PAIR
    return Granularity.ARTICLE


def articles_per_item(
    articles: int, *, limit: int = ARTICLE_ITEMS_MAX, by_name: bool = False
) -> int:
    """How many consecutive articles each article item of a file checks.

    One, up to ``limit`` articles; above, as few as keep the file's items
    within ``limit``: pytest keeps every item and its reports to the end of
    the run, so a run of one item per article grows with the corpus however
    little each check keeps.  A run given ``-k`` (``by_name``, which selects
    items by article) keeps one item per article; ``limit`` 0 means no limit.
    """
    if by_name or limit <= 0 or articles <= limit:
        return 1
    return -(-articles // limit)


def whole_number(key: str, value: str, *, example: int, meaning: str) -> int:
    """An ini key's value that is a whole number (``5_000`` too), or an
    error saying what to write: ``meaning`` tells what the number does."""
    try:
        number = int(value.strip().replace("_", ""))
    except ValueError:
        number = -1
    if number < 0:
        raise ClaimcheckError(
            f"{key} = {value!r}: write a whole number, such as {example}; {meaning}"
        )
    return number
