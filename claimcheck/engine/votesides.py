"""A side's position in a split vote: what some of the voters wanted.

"Three members voted to hold the rate at 4.5 per cent", "Two policymakers
preferred to keep it at 4.5%", "the other four wanted a cut to 4 per cent":
a count of voters opening the figure's clause, then a verb of voting or
wanting and "to" or "for", tells what that side wanted.  The majority's side
is the decision, so the figure supports a claim it fits; a minority's is
not, so it never contradicts one (:func:`claimcheck.engine.scope.scope_of`
marks it "position").  A body that voted ("The committee voted to cut the
rate to 4 per cent", "Parliament voted to raise the age to 65") is the
decision itself, and stays the whole.
"""

from __future__ import annotations

import re

from claimcheck.engine.cues import Cues
from claimcheck.engine.numbers.reader import Quantity
from claimcheck.engine.numbers.vocabulary import SMALL, TENS
from claimcheck.engine.patterns import lazy_re

__all__ = ["vote_side"]

Span = tuple[int, int]

_COUNT = "|".join(sorted({*SMALL, *TENS} - {"zero"}, key=len, reverse=True))
# the count of voters, up to two words after it ("members", "of the nine",
# "rate-setters"), and the verb of voting or wanting
_SIDE = lazy_re(
    rf"(?:the\s+other\s+|only\s+|just\s+)?(?:\d{{1,3}}|{_COUNT})"
    r"(?:\s+(?:of\s+(?:them|the\s+[\w-]+)|[\w-]+)){0,2}?\s+"
    r"(?:had\s+)?(?:voted|preferred|wanted|favou?red|backed|argued|pushed"
    r"|sought|opted)\s+(?:to|for)\b",
    re.I,
)
#: a word that may stand right before the count
_JOINING = frozenset(("and", "but", "while", "whereas", "with", "though"))
#: one of these stands in every match of _SIDE: the test before it (see
#: :meth:`claimcheck.engine.cues.Cues.lacks`)
_WORDS = ("voted", "preferred", "wanted", "favo", "backed", "argued", "pushed",
          "sought", "opted")  # fmt: skip


def vote_side(
    text: str, q: Quantity, start: int, *, cues: Cues | None = None
) -> Span | None:
    """The words telling that ``q``, in the clause from ``start``, is what
    a side of a split vote wanted, or None."""
    if cues is not None and cues.lacks(start, q.start, _WORDS):
        return None
    for side in _SIDE.finditer(text, start, q.start):
        # the count opens the clause, or a part of it after a comma or a
        # joining word ("The vote was close, and four of the nine wanted to")
        before = text[start : side.start()].rstrip()
        if not before or before.endswith((",", ";", ":", "—", "–")):
            return side.span()
        if before.rsplit(None, 1)[-1].casefold() in _JOINING:
            return side.span()
    return None
