"""claimcheck: check news articles against the facts you believe, with pytest.

PYTEST_DONT_REWRITE: the library holds no test assertions to rewrite, and
pytester runs in the same process import it before they start.
"""

from __future__ import annotations

from claimcheck.articles import Article, load_article, parse_article
from claimcheck.assertions import (
    AttributeClaim,
    Claim,
    ClaimKind,
    EntityClaim,
    QuantityClaim,
    StatementClaim,
    Suite,
    load_assertion_file,
    load_suite,
)
from claimcheck.errors import ArticleError, AssertionFileError, ClaimcheckError
from claimcheck.extract import ArticleIndex, build_lexicon, index_article
from claimcheck.match import Evidence, Verdict, VerdictKind, match_claim
from claimcheck.numbers import Interval, Quantity, read_quantities

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
    "Quantity",
    "QuantityClaim",
    "StatementClaim",
    "Suite",
    "Verdict",
    "VerdictKind",
    "build_lexicon",
    "index_article",
    "load_article",
    "load_assertion_file",
    "load_suite",
    "match_claim",
    "parse_article",
    "read_quantities",
]
