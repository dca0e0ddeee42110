"""A claim's words read otherwise than an article's: its "would", the
future as reported speech tells it, and its "May", the month.

An analyst sums up what officials announced in the tense of a report:
"depositors would have access to all of their money", "the ferry service
would resume in May".  In an article, a "would" no verb of saying reports
is a modal ("savers would get their money back if the sale went through");
in a claim's own sentence it is the future the analyst reports, which the
article's "will" states ("depositors will have access") as much as its
reported "would" ("the minister said savers would").  So a claim's "would"
is read as a future where the sentence holds no other modal and no
condition (:func:`reported_future`); "could", "might" and a bare "would" in
the article stay suppositions of another kind.

"May" with its capital inside a claim's sentence is the month ("the bridge
reopened in May"), a slot of its own (:data:`MONTH_MAY`), never the modal.
"""

from __future__ import annotations

from claimcheck.engine.patterns import lazy
from claimcheck.engine.polarity import Cues
from claimcheck.engine.terms import FLAGS, Term, Terms

__all__ = ["MONTH_MAY", "reported_future"]

#: the month, written with its capital (a Term matches in any case)
MONTH_MAY = Terms(terms=(Term(text=r"(?-i:\bMay\b)", is_regex=True),))

_WOULD = lazy(r"\bwould\b|\w['’]d\b", FLAGS)
_OTHER = lazy(r"\b(?:could|might|should|must|can|cannot|if|unless)\b", FLAGS)
# ("May" with a capital is the month: "would resume in May")
_MAY = lazy(r"\bmay\b")
_MODAL = frozenset(("modal",))
_FUTURE = frozenset(("future",))


def reported_future(text: str, cues: Cues) -> Cues:
    """``cues``, read from a claim's sentence ``text``, with the modal its
    "would" gives read as a future, where nothing else in it supposes."""
    if (
        cues.suppositions != _MODAL
        or _WOULD.search(text) is None
        or _OTHER.search(text) is not None
        or _MAY.search(text) is not None
    ):
        return cues
    return Cues(negations=cues.negations, suppositions=_FUTURE)
