"""Articles -> Draft: the claims worth suggesting, safe to check together.

A figure bound to no measure word is found by its counted noun, so its
drafted claim measures that noun ("34,000 North Koreans": ``measure: [North
Koreans]``).  Once a noun is a measure word it competes for every number
(docs/engine.md): in "45 passengers were among the dead" the nearer
"passengers" would take the 45 from the claim of the dead.  The draft
therefore reads the articles a second time with the drafted nouns as measure
words, and leaves out every noun that would take a number another group
counts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from claimcheck.claims import QuantityClaim
from claimcheck.engine.articles import Article
from claimcheck.engine.index import build_lexicon, index_article
from claimcheck.engine.lexicon import GENERIC_MEASURES
from claimcheck.engine.terms import Terms
from claimcheck.suggest.consensus import Consensus, find_consensus
from claimcheck.suggest.figures import Figure, read_figures
from claimcheck.suggest.grouping import Group, group_figures

__all__ = ["Draft", "LeftOut", "draft"]

_EVENT_WORDS = Terms.of(GENERIC_MEASURES)


@dataclass(frozen=True, slots=True, kw_only=True)
class LeftOut:
    """A counted noun not drafted as a measure word, and why."""

    noun: str
    #: a figure the noun would take from another group
    taken: Figure
    #: the group that figure belongs to
    owner: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Draft:
    """The claims to suggest, in order, and the nouns left out."""

    claims: tuple[Consensus, ...]
    left_out: tuple[LeftOut, ...] = ()


def draft(
    articles: Sequence[Article],
    *,
    claims: Sequence[QuantityClaim] = (),
    min_articles: int = 2,
) -> Draft:
    """The consensus of every group reported by ``min_articles`` articles.

    Groups whose words a quantity claim of ``claims`` already measures are
    left out, and so are counted nouns that would take numbers from another
    group (see the module docstring).
    """
    # the built-in event words take figures of any unit here: an area
    # 'affected' is as much a fact to draft as a count 'killed'
    lexicon = build_lexicon([*(c.measure for c in claims), _EVENT_WORDS])
    figures = [f for article in articles for f in read_figures(article, lexicon)]
    groups = group_figures(figures)
    chosen = _chosen(groups, claims, min_articles)
    left_out = _taking(articles, groups, chosen, claims)
    if left_out:
        nouns = {item.noun.casefold() for item in left_out}
        kept = [
            f
            for f in figures
            if f.measure is not None or (f.noun or "").casefold() not in nouns
        ]
        groups = group_figures(kept)
        chosen = _chosen(groups, claims, min_articles)
    found = [c for c in map(find_consensus, chosen) if c is not None]
    return Draft(claims=tuple(found), left_out=left_out)


def _chosen(
    groups: Sequence[Group], claims: Sequence[QuantityClaim], min_articles: int
) -> list[Group]:
    return [
        g for g in groups if len(g.articles) >= min_articles and not _claimed(g, claims)
    ]


def _claimed(group: Group, claims: Sequence[QuantityClaim]) -> bool:
    """A claim's measure names one of the words the group was found by."""
    return any(
        (0, len(term)) in claim.measure.spans(term)
        for claim in claims
        for term in group.terms
    )


def _taking(
    articles: Sequence[Article],
    groups: Sequence[Group],
    chosen: Sequence[Group],
    claims: Sequence[QuantityClaim],
) -> tuple[LeftOut, ...]:
    """The drafted nouns that, as measure words, take another group's figure."""
    nouns: dict[str, tuple[str, Group]] = {}
    for group in chosen:
        for noun in group.noun_terms:
            nouns.setdefault(noun.casefold(), (noun, group))
    if not nouns:
        return ()
    home = {
        (m.figure.path, m.figure.line, m.figure.column): (m.figure, g)
        for g in groups
        for m in g.members
    }
    measures = [c.measure for c in claims]
    nouns_measure = Terms.of(sorted(n for n, _ in nouns.values()))
    lexicon = build_lexicon([*measures, _EVENT_WORDS, nouns_measure])
    found: dict[str, LeftOut] = {}
    for article in articles:
        text = article.text
        for mention in index_article(article, lexicon).mentions:
            if mention.bound is None:
                continue
            word = text[mention.bound[0] : mention.bound[1]].casefold()
            place = (article.path, *article.position(mention.quantity.start))
            if word not in nouns or place not in home:
                continue
            noun, group = nouns[word]
            figure, owner = home[place]
            if owner is not group and noun not in found:
                found[noun] = LeftOut(noun=noun, taken=figure, owner=owner.key)
    return tuple(found[n] for n in sorted(found))
