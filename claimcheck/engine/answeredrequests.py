"""A demand, call or request to do a thing, and the answer given to it.

"Faced calls to resign", "the union's demand to restore the pension plan":
an act asked for, which states nothing (an intention, read by
:mod:`claimcheck.engine.polarity`).  But the verb before the request may
answer it.  "Refused to meet the strikers' demand to restore the pension
plan", "rejected the union's demand to restore", "turned down calls to
resign", "refused demands to resign": the request refused, so the act was
not done.  "Met the strikers' demand to restore", "bowed to calls to
resign": the request granted, so the act is told as done.  A request only
renewed, repeated or made ("renewed their calls for the minister to
resign") stays an intention.
"""

from __future__ import annotations

from typing import Literal

from claimcheck.engine.patterns import found, guarded, lazy
from claimcheck.engine.terms import FLAGS

__all__ = ["answered_request"]

# the request and what stands between it and the act: "the strikers' demand
# to", "calls for the minister to", "demands to"
_REQUEST = (
    r"\s+(?:[\w'’-]+\s+){0,4}?(?:demand|call|request|plea|appeal)s?"
    r"(?:\s+for(?:\s+[\w'’-]+){1,4}?)?\s+to\s+(?:be\s+|have\s+)?$"
)
_REFUSED = guarded(
    lazy(
        r"\b(?:refus(?:e|es|ed|ing)(?:\s+to\s+(?:meet|accept|grant|heed))?"
        r"|reject(?:s|ed|ing)?|rebuff(?:s|ed|ing)?|spurn(?:s|ed|ing)?"
        r"|turn(?:s|ed|ing)?\s+down|resist(?:s|ed|ing)?"
        r"|defie[ds]|defy(?:ing)?|ignor(?:e|es|ed|ing)|brush(?:es|ed|ing)?\s+aside)"
        + _REQUEST,
        FLAGS,
    ),
    "refus|reject|rebuff|spurn|turn|resist|defie|defy|ignor|brush to",
)
_GRANTED = guarded(
    lazy(
        r"\b(?:me(?:t|ets|eting)|meet|grant(?:s|ed|ing)?|heed(?:s|ed|ing)?"
        r"|(?:bow(?:s|ed|ing)?|yield(?:s|ed|ing)?|g(?:ave|ive|ives|iving)\s+in)"
        r"\s+to)" + _REQUEST,
        FLAGS,
    ),
    "me|grant|heed|bow|yield|gave|give|giving to",
)


def answered_request(window: str) -> Literal["refused", "granted"] | None:
    """How the request ending ``window`` (the words before a statement's
    verb) was answered: "refused", "granted", or None where no answer is
    told."""
    if found(_REFUSED, window):
        return "refused"
    if found(_GRANTED, window):
        return "granted"
    return None
