"""claimcheck: check news articles against the facts you believe, with pytest.

PYTEST_DONT_REWRITE: the library holds no test assertions to rewrite, and
pytester runs in the same process import it before they start.
"""

from __future__ import annotations

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
