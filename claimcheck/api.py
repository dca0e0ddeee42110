"""Check claims against articles from Python: notebooks, scripts, other tools.

``check(claims, articles)`` runs the same engine as the pytest plugin and
returns one :class:`Result` per (claim, article) pair, each holding the
typed :class:`~claimcheck.engine.match.Verdict` and the plain record the JSON
report writes. See docs/api.md.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import final

from claimcheck.claims import Claim, OutdatedPolicy, QuantityClaim, Suite
from claimcheck.engine.articles import (
    ARTICLE_SUFFIXES,
    Article,
    load_article,
    parse_article,
)
from claimcheck.engine.index import build_lexicon, index_article
from claimcheck.engine.match import Verdict, VerdictKind, match_claim
from claimcheck.reports.failure import render_failure
from claimcheck.reports.records import ResultRecord, fails, result_record
from claimcheck.suite.loader import load_assertion_file, load_suite

__all__ = ["Result", "check"]

#: seconds an analyst's pattern may run per started megabyte of article, as
#: the plugin's default claimcheck_regex_timeout
REGEX_TIMEOUT = 1.0

Claims = str | os.PathLike[str] | Suite
Articles = str | os.PathLike[str] | Article | Iterable[str | os.PathLike[str] | Article]


@final
@dataclass(frozen=True, slots=True, kw_only=True)
class Result:
    """One claim checked against one article."""

    claim: Claim
    article: Article
    verdict: Verdict
    #: the verdict as plain data: the record the JSON report holds
    record: ResultRecord = field(repr=False, compare=False)

    @property
    def kind(self) -> VerdictKind:
        """supported, contradicted, missing or outdated."""
        return self.verdict.kind

    @property
    def failed(self) -> bool:
        """Whether pytest would fail this pair (contradicted, required and
        missing, wavering under ``strict``, or outdated under ``outdated``
        fail)."""
        return fails(self.record)

    def failure(self) -> str | None:
        """The failure text pytest shows (the quoted article lines), or None."""
        if not self.failed:
            return None
        return render_failure(self.verdict, self.claim, self.article)


def check(
    claims: Claims,
    articles: Articles,
    *,
    strict: bool = False,
    outdated: OutdatedPolicy = OutdatedPolicy.PASS,
    regex_timeout: float | None = REGEX_TIMEOUT,
) -> list[Result]:
    """Check every claim against every article; results by article, then claim.

    ``claims`` is an assertion file's path (a :class:`~pathlib.Path`, or a
    string naming an existing file), the YAML text of one, or a loaded
    :class:`~claimcheck.claims.Suite`. ``articles`` is one article or several:
    a path (a folder stands for its ``.txt``/``.md`` files), the text of an
    article (any string that names no existing file or folder), or an
    :class:`~claimcheck.engine.articles.Article`. Mistakes raise a
    :class:`~claimcheck.errors.ClaimcheckError` subclass whose message names
    the place.  ``strict`` and ``outdated`` are the ``claimcheck_strict`` and
    ``claimcheck_outdated`` settings of a pytest run.
    """
    suite = _suite(claims)
    sources = {c.id: f.path for f in suite.files for c in f.claims}
    lexicon = build_lexicon(
        (c.measure, c.unit) for c in suite.claims if isinstance(c, QuantityClaim)
    )
    results: list[Result] = []
    for article in _articles(articles):
        index = index_article(article, lexicon, regex_timeout=regex_timeout)
        for claim in suite.claims:
            verdict = match_claim(claim, index)
            record = result_record(
                verdict,
                claim,
                article,
                assertion_file=sources[claim.id],
                strict=strict,
                outdated=outdated,
            )
            results.append(
                Result(claim=claim, article=article, verdict=verdict, record=record)
            )
    return results


def _suite(claims: Claims) -> Suite:
    if isinstance(claims, Suite):
        return claims
    here = Path.cwd()
    if isinstance(claims, os.PathLike) or _names_a_file(claims):
        return load_suite([Path(claims)], rootdir=here, default_corpus=())
    loaded = load_assertion_file(
        here / "<claims>", rootdir=here, default_corpus=(), text=claims
    )
    return Suite(files=(loaded,), vocabularies=loaded.vocabularies)


def _names_a_file(text: str) -> bool:
    return "\n" not in text and len(text) < 4096 and Path(text).is_file()


def _articles(articles: Articles) -> Iterator[Article]:
    if isinstance(articles, str | os.PathLike | Article):
        articles = [articles]
    for number, item in enumerate(articles, 1):
        if isinstance(item, Article):
            yield item
        elif isinstance(item, os.PathLike) or _names_a_path(item):
            yield from _read(Path(item))
        else:
            yield parse_article(item, path=f"<article {number}>")


def _names_a_path(text: str) -> bool:
    return "\n" not in text and len(text) < 4096 and Path(text).exists()


def _read(path: Path) -> Iterator[Article]:
    if not path.is_dir():
        yield load_article(path, display_path=str(path))
        return
    for found in sorted(path.rglob("*")):
        if found.suffix.lower() in ARTICLE_SUFFIXES and found.is_file():
            yield load_article(found, display_path=str(found))
