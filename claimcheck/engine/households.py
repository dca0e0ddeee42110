"""A count of households or families moved from their homes.

"Some 9,400 households were forced from their homes", "The storm displaced
2,100 families": the figure counts households, each of several people, so
it is no count of the people a claim on those displaced, evacuated,
relocated or sheltered measures (the measure word the figure is bound to
says so).  The figure is then no evidence for such a claim.  A claim that
counts households itself (its measure word is the noun the figure counts),
and one on a measure households are counted by ("215,000 households were
without power", "400,000 households affected"), read it as usual, and so
does a figure of people beside one of households ("35,000 people from
9,400 households").  A figure not followed by "households" or "families"
costs one look.
"""

from __future__ import annotations

import regex

from claimcheck.engine.index import Mention
from claimcheck.engine.patterns import lazy

__all__ = ["counts_households"]

# "9,400 households", "2,100 displaced families", "some 400 farming
# households": the noun the figure counts, after at most one word
_HOUSEHOLDS = lazy(
    r"\s+(?:(?!(?:as|of|and|or|the|in|to|for|from|with|by|at|on|their|its)\b)"
    r"[^\W\d_][\w-]*\s+)?(?P<noun>households?|famil(?:y|ies))\b",
    regex.I,
)
_WORDS = ("household", "famil")
#: the measure words of people moved from their homes
_MOVED = (
    "evacuat", "displac", "relocat", "homeless", "forced from", "fled", "flee",
    "shelter", "rehoused", "uproot",
)  # fmt: skip


def counts_households(text: str, mention: Mention) -> bool:
    """Whether ``mention``'s figure counts households or families, while
    the measure word it is bound to is another."""
    q = mention.quantity
    if q.unit is not None or mention.bound is None:
        return False
    after = text[q.end : q.end + 40].casefold()
    if not any(word in after for word in _WORDS):
        return False
    m = _HOUSEHOLDS.match(text, q.end)
    if m is None or m.start("noun") <= mention.bound[0] < m.end("noun"):
        return False
    measure = text[mention.bound[0] : mention.bound[1]].casefold()
    return any(word in measure for word in _MOVED)
