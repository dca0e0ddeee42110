"""The span of an article that evidence of a statement quotes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimcheck.engine.patterns import found_in, guarded, lazy
from claimcheck.engine.terms import FLAGS

if TYPE_CHECKING:
    from claimcheck.engine.statements import StatementMatch

__all__ = ["quoted_span"]


# who says so: kept in the quote ("Officials said the dam held", "The dam
# has held, engineers told reporters")
_ATTRIBUTION = guarded(
    lazy(
        r"\b(?:said|says|say|told|reported|reports|confirmed|confirms|announced"
        r"|stated|states|claimed|claims|added|noted|insisted|according\s+to)\b",
        FLAGS,
    ),
    "sa|told|report|confirm|announced|stat|claim|added|noted|insisted|according",
)


def quoted_span(text: str, found: StatementMatch, *, cued: bool) -> tuple[int, int]:
    """The span an evidence quotes: the match, with its attribution if any.

    A match read as negated or supposed (``cued``) is quoted from its
    clause's start, where the words that made it so usually stand; an
    answered question is quoted with its answer.
    """
    sentence, clause = found.sentence, found.clause
    start, end = found.start, found.end
    lead = max(clause[0], sentence[0])
    if found_in(_ATTRIBUTION, text, lead, start):
        start = sentence[0]
    elif cued:
        start = lead + len(text[lead:start]) - len(text[lead:start].lstrip())
    if found_in(_ATTRIBUTION, text, end, clause[1]):
        end = len(text[: clause[1]].rstrip())
    if found.answer is not None:
        # "Did the dam hold? It did not.": the question and its answer
        start = min(start, sentence[0])
        end = len(text[: found.answer[1]].rstrip())
    return start, end
