"""A modal in what a noun of the act says, not in the act.

"Maui County's lawsuit against Hawaiian Electric says the utility should
have cut power": the lawsuit was filed; the "should" is what it says.  A
noun of the statement's act followed by a modal in its clause states nothing
("a collapse of the levee would flood the town", see
:func:`claimcheck.engine.nominals.act_counts`), but where a verb of saying
stands between them, with words of its own before the modal and no comma
("the resignation, the board said, could come within days" keeps the modal
the resignation's), the modal is the said clause's.
"""

from __future__ import annotations

from claimcheck.engine.patterns import lazy
from claimcheck.engine.terms import FLAGS

__all__ = ["said_before"]

_SAYING = lazy(
    r"\b(?:says|said|claims|claimed|alleges|alleged|argues|argued|states"
    r"|stated|shows|showed|finds|found|warns|warned|contends|contended"
    r"|asserts|asserted|accuses|accused)\s+(?:that\s+)?(?P<rest>[^,;]*)$",
    FLAGS,
)


def said_before(text: str, start: int, modal: int) -> bool:
    """Whether a verb of saying in ``text[start:modal]`` opens the clause the
    modal at ``modal`` stands in."""
    found = _SAYING.search(text, start, modal)
    return found is not None and any(c.isalpha() for c in found.group("rest"))
