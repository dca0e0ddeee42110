"""Where a sentence's statements begin and end: its clauses for statements.

A sentence is cut into clauses before the words that open a clause of its
own ("but", "although", "because"), at semicolons and colons, and at a comma
that a conjunction or a negated subject follows; the cuts are kept on the
article's index, once a sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from claimcheck.engine.contrasts import CLEFT_BUT
from claimcheck.engine.patterns import folds_plainly, lazy
from claimcheck.engine.terms import FLAGS

if TYPE_CHECKING:
    from claimcheck.engine.index import ArticleIndex

__all__ = ["statement_clauses"]

# Clauses of a statement: a sentence is cut before "but" (not in a cleft,
# "it was not X but Y that"), "although",
# "though", "whereas", "because", at semicolons and colons, and at a comma
# followed by a conjunction ("The dam held, and ...") or by a negated subject
# opening a clause of its own ("No mill will close, no one will be laid off").
# Other commas do not cut, so asides ("The dam, upstream of the town, held")
# and attributions ("..., officials said") stay in the clause.
_CUT_SOURCE = (
    r"(?P<mark>[;:](?!\d))"
    r"|(?P<word>\b(?:but" + CLEFT_BUT + r"|although|though|whereas|because)\b)"
    r"|,\s*(?P<after>\b(?:and|or|while|so|yet)\b)"
    r"|(?:,|\band\b|\bor\b)\s*(?P<neg>\b(?:no|none|nobody|nothing|neither|nor)\b"
    r"(?!\s+(?:doubt|longer|matter|less|more|sooner)\b))"
)
_CUT = lazy(_CUT_SOURCE, FLAGS)
# the same on the folded text, where it may be read there (see
# :func:`claimcheck.engine.patterns.folds_plainly`): a case-sensitive search
# costs a third of a case-insensitive one
_CUT_FOLDED = lazy(_CUT_SOURCE, FLAGS & ~regex.IGNORECASE)


def statement_clauses(index: ArticleIndex, sentence: tuple[int, int]) -> list[int]:
    """The cut points of ``sentence`` for statements: start, cuts..., end."""
    memo: dict[tuple[int, int], list[int]] = index._memo.setdefault(
        "statement clauses", {}
    )
    found = memo.get(sentence)
    if found is None:
        start, end = sentence
        found = [start]
        text, cuts = index.article.text, _CUT
        # (the character before the sentence too: a word boundary sees it)
        if len(index.folded) == len(text) and folds_plainly(
            text[max(start - 1, 0) : end]
        ):
            text, cuts = index.folded, _CUT_FOLDED
        for m in cuts.finditer(text, start, end):
            cut = m.end() if m.group("mark") else m.start(m.lastgroup or 0)
            if found[-1] < cut < end:
                found.append(cut)
        found.append(end)
        memo[sentence] = found
    return found
