"""A count of those one person joined: "joined four colleagues in voting".

"Governor Lena Ostby joined four colleagues in voting for the cut": the four
are those she joined, and five voted; "joined three other members in voting
to hold" tells four who voted to hold.  A figure right after "joined" (or
"joins"), its noun phrase then "in" and an act ending in "-ing", counts the
group the sentence's subject joined in that act: with the subject, the act's
count is one more.  "Two new members joined the committee" (the figure
before "joined") and "joined the bank in 2015" (no figure after it) are
other readings.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

import regex

from claimcheck.engine.numbers.interval import Interval
from claimcheck.engine.patterns import lazy
from claimcheck.engine.sums import plus

if TYPE_CHECKING:
    from claimcheck.engine.cues import Cues
    from claimcheck.engine.index import Mention

__all__ = ["joined_groups"]

# "joined four", "joins the four": the verb right before the figure
_JOINED = lazy(r"\bjoin(?:ed|s)\s+(?:the\s+)?$", regex.I)
# "colleagues in voting", "other members in backing": up to three words in
# lower case, then "in" and an act
_ACT = lazy(r"(?:\s+(?-i:\p{Ll})[\w'’-]*){1,3}?\s+in\s+\p{L}+ing\b", regex.I)


def joined_groups(
    text: str, mentions: list[Mention], cues: Cues | None
) -> list[Mention]:
    """``mentions`` with each count of those the subject joined in an act
    made one more (the subject with them), and read as the whole of the act
    ("other" then tells the subject apart, adding nothing)."""
    if cues is not None and cues.folded is not None and "join" not in cues.folded:
        return mentions
    out = mentions
    for at, mention in enumerate(mentions):
        q = mention.quantity
        if mention.bound is None or q.unit is not None:
            continue
        if _JOINED.search(text, max(0, q.start - 16), q.start) is None:
            continue
        if _ACT.match(text, q.end, mention.sentence[1]) is None:
            continue
        one = Interval.point(1.0)
        counted = dataclasses.replace(q, interval=plus(q.interval, one))
        out = out if out is not mentions else list(mentions)
        scope = "" if mention.scope == "addition" else mention.scope
        out[at] = dataclasses.replace(
            mention,
            quantity=counted,
            scope=scope,
            qualifier=None if not scope else mention.qualifier,
        )
    return out
