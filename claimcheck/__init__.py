"""claimcheck: check news articles against the facts you believe, with pytest.

PYTEST_DONT_REWRITE: the library holds no test assertions to rewrite, and
pytester runs in the same process import it before they start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from claimcheck.api import Result, check
    from claimcheck.claims import (
        AttributeClaim,
        Claim,
        ClaimKind,
        EntityClaim,
        OutdatedPolicy,
        QuantityClaim,
        StatementClaim,
        Suite,
    )
    from claimcheck.engine.articles import Article, load_article, parse_article
    from claimcheck.engine.index import ArticleIndex, build_lexicon, index_article
    from claimcheck.engine.match import Evidence, Verdict, VerdictKind, match_claim
    from claimcheck.engine.numbers.interval import Interval
    from claimcheck.engine.numbers.reader import Quantity, read_quantities
    from claimcheck.errors import ArticleError, AssertionFileError, ClaimcheckError
    from claimcheck.suite.loader import load_assertion_file, load_suite

# pytest imports claimcheck.plugin, and with it this package, in every run of
# the environment: each public name is imported from its module at first use
# (PEP 562), so a run without claims never loads the engine.
_HOMES = {
    "Result": "claimcheck.api",
    "check": "claimcheck.api",
    "AttributeClaim": "claimcheck.claims",
    "Claim": "claimcheck.claims",
    "ClaimKind": "claimcheck.claims",
    "EntityClaim": "claimcheck.claims",
    "OutdatedPolicy": "claimcheck.claims",
    "QuantityClaim": "claimcheck.claims",
    "StatementClaim": "claimcheck.claims",
    "Suite": "claimcheck.claims",
    "Article": "claimcheck.engine.articles",
    "load_article": "claimcheck.engine.articles",
    "parse_article": "claimcheck.engine.articles",
    "ArticleIndex": "claimcheck.engine.index",
    "build_lexicon": "claimcheck.engine.index",
    "index_article": "claimcheck.engine.index",
    "Evidence": "claimcheck.engine.match",
    "Verdict": "claimcheck.engine.match",
    "VerdictKind": "claimcheck.engine.match",
    "match_claim": "claimcheck.engine.match",
    "Interval": "claimcheck.engine.numbers.interval",
    "Quantity": "claimcheck.engine.numbers.reader",
    "read_quantities": "claimcheck.engine.numbers.reader",
    "ArticleError": "claimcheck.errors",
    "AssertionFileError": "claimcheck.errors",
    "ClaimcheckError": "claimcheck.errors",
    "load_assertion_file": "claimcheck.suite.loader",
    "load_suite": "claimcheck.suite.loader",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'claimcheck' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(home), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_HOMES])


__all__ = [
    "Article",
    "ArticleError",
    "ArticleIndex",
    "AssertionFileError",
    "AttributeClaim",
    "Claim",
    "ClaimKind",
    "ClaimcheckError",
    "EntityClaim",
    "Evidence",
    "Interval",
    "OutdatedPolicy",
    "Quantity",
    "QuantityClaim",
    "Result",
    "StatementClaim",
    "Suite",
    "Verdict",
    "VerdictKind",
    "build_lexicon",
    "check",
    "index_article",
    "load_article",
    "load_assertion_file",
    "load_suite",
    "match_claim",
    "parse_article",
    "read_quantities",
]
