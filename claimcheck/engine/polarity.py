"""How a matched statement is put in its clause: as fact, denied, or supposed."""

from __future__ import annotations

import enum

import regex

from claimcheck.engine.index import ArticleIndex
from claimcheck.engine.terms import FLAGS

__all__ = ["Reading", "read_polarity"]


class Reading(enum.Enum):
    """How a matched statement is put: as fact, denied, or as a supposition."""

    AFFIRMED = "affirmed"
    NEGATED = "negated"
    HYPOTHETICAL = "hypothetical"


# A statement is read as hypothetical when its clause holds a conditional
# before the match, or a modal verb leads into it; as negated when a negation
# stands before it in its clause, or inside the match itself.
_HYPOTHETICAL = regex.compile(
    r"\b(?:if|unless|whether|in\s+case|in\s+the\s+event|should\s+they|were\s+they"
    r"|suppose|supposing|hypothetically)\b"
    # a modal right before the statement: "the dam could be breached"
    r"|\b(?:could|might|may|would)(?:\s+(?:not|never|yet|still|also|soon|be|have|been))*"
    r"\s+$",
    FLAGS,
)
_MODAL = regex.compile(r"\b(?:could|might|may|would)\b", FLAGS)
_NEGATION = regex.compile(
    r"(?:\b(?:not|no|never|neither|nor|none|nobody|nothing|without|denied|denies"
    r"|deny|refused|refuses|rejected|yet\s+to)\b|n['’]t\b)",
    FLAGS,
)


def read_polarity(
    index: ArticleIndex, start: int, end: int, *, subject: bool = False
) -> Reading:
    """How the statement at ``[start, end)`` is put in its clause.

    With ``subject``, the match is a value whose predicate follows it ("the
    Unity Party did not win"), so the rest of its clause counts too.
    """
    clause_start, clause_end = index.clause_at(start)
    sentence_start = index.article.sentence_at(start)[0]
    lead = index.article.text[max(clause_start, sentence_start) : start]
    inside = index.article.text[start : max(clause_end, end) if subject else end]
    if _HYPOTHETICAL.search(lead) or _MODAL.search(inside):
        return Reading.HYPOTHETICAL
    if _NEGATION.search(lead) or _NEGATION.search(inside):
        return Reading.NEGATED
    return Reading.AFFIRMED
