"""A decision's "should" or "must": the penalty decided, not a supposition.

"A judge decided that the company should pay a $6 million fine", "the court
ruled that Halden Water must pay £2.4 million": the modal belongs to what a
court, a judge or an official decided, ruled or ordered, and the figure is
the decision's, stated (see :func:`claimcheck.engine.figure_cues.read_quantity_cues`).
A wish or an argument ("campaigners said it should pay", "the regulator
argued that it should pay") stays a supposition, and so does a condition
("if the court decides that it should pay"), which the caller reads apart.
"""

from __future__ import annotations

import regex

from claimcheck.engine.patterns import lazy

__all__ = ["decided_modal", "inverted_condition"]

# a verb of decision, "that" and at most eight words, then the modal
_DECIDED = lazy(
    r"\b(?:decided|ruled|ordered|directed|determined|held|found|concluded"
    r"|sentenced|decreed|judged)\s+that\s+(?:[\w'’.-]+\s+){0,8}?(?:should|must)\s*$",
    regex.I,
)
#: the words one of which stands in every match (tested before the pattern)
_CUES = ("should", "must")
# a condition over the decision: "Should the court rule that it must pay",
# "if the court decides that it should pay"
_CONDITIONAL = lazy(r"^\W*should\b|\b(?:if|unless|whether)\b", regex.I)


def decided_modal(lead: str) -> bool:
    """Whether ``lead`` (the figure's clause up to it, trimmed of the
    figure's own verb and what follows the modal) ends in a modal that a
    verb of decision governs: "decided that the company should"."""
    if "that" not in lead or not any(c in lead for c in _CUES):
        return False
    cut = max(lead.rfind("should") + 6, lead.rfind("must") + 4)
    decided = _DECIDED.search(lead, 0, cut)
    return decided is not None and _CONDITIONAL.search(lead, 0, decided.start()) is None


def inverted_condition(lead: str) -> bool:
    """Whether the figure's clause (``lead``, up to it) opens with "Should":
    "Should the court rule that the council must pay €2 million, services
    would be cut" is a condition, as "if" would be."""
    return lead.lstrip(" \t\n\"'“‘(").casefold().startswith("should ")
