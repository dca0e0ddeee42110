"""A market's figure told for a time of the trading day before its close.

"Fall of the index on 15 January, at the close" (a claim whose line is on
the close): "shares fell by more than 10 percent by midday", "the index
dropped 9 percent in early trading", "at one point it was down 9.5
percent" tell that moment's figure, neither the close's nor a figure
against it.  A clause that names the close as well ("fell 9 percent in
early trading and closed down 6.2 percent") and a figure with no time of
day are read as usual; so is every figure for a claim whose line names no
close, which costs one cached look at that line.
"""

from __future__ import annotations

from functools import lru_cache

from claimcheck.claims import QuantityClaim
from claimcheck.engine.index import ArticleIndex, Mention
from claimcheck.engine.patterns import lazy

__all__ = ["before_close"]

# a claim's line on the close: "at the close", "at close", "closing level"
_CLOSE_CLAIM = lazy(r"\b(?:at\s+(?:the\s+)?close|closing)\b")
# a time of the trading day before its close
_MOMENT = lazy(
    r"\b(?:by\s+(?:midday|mid-?morning|noon|lunchtime|the\s+afternoon)"
    r"|in\s+(?:early|morning|opening|midday)\s+(?:trading|trade|deals|dealings)"
    r"|early\s+in\s+the\s+(?:session|day)|at\s+one\s+point|intraday"
    r"|at\s+(?:the|its)\s+(?:open|opening|lowest|low|worst)"
    r"|in\s+the\s+first\s+(?:minutes|hour|hours)(?:\s+of\s+trading)?)\b"
)
# the close named in the figure's own clause
_CLOSE = lazy(r"\b(?:clos(?:e|ed|es|ing)|finish(?:ed|es)?|ended)\b")
#: words one of which every moment holds: tested before the pattern runs
_CUES = tuple(
    "midday morning noon lunch afternoon trad deal early point intraday open low"
    " worst first".split()
)


@lru_cache(maxsize=512)
def _on_close(description: str) -> bool:
    return _CLOSE_CLAIM.search(description) is not None


def before_close(claim: QuantityClaim, index: ArticleIndex, mention: Mention) -> bool:
    """Whether ``mention``'s clause tells a time of the trading day before
    its close, for a claim whose line is on the close."""
    if not _on_close(claim.description):
        return False
    start, end = mention.clause
    clause = index.article.text[start:end]
    folded = clause.casefold()
    if not any(cue in folded for cue in _CUES):
        return False
    return _MOMENT.search(folded) is not None and _CLOSE.search(folded) is None
