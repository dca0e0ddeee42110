"""A statement's subject named as the one another party belongs to.

"A supplier of Halden Shipyards filed for bankruptcy" tells of the
supplier's act, not the shipyard's; so does "the licence of Pellam Air's
handling agent was revoked" of the agent's licence, not Pellam Air's.  A
noun of relation (a supplier, a subsidiary, a rival, a client, a wife, a
deputy) that holds the subject after "of", or that the subject owns
("Pellam Air's handling agent"), names another party
(:func:`held_by_relation`).  Nouns that speak for their owner (its board,
its lawyers, its chief executive) are no other party.
"""

from __future__ import annotations

from claimcheck.engine.patterns import BACKWARD, lazy
from claimcheck.engine.terms import FLAGS

__all__ = ["RELATIONS", "held_by_relation"]

Span = tuple[int, int]

#: nouns of another party that belongs to, or deals with, the one named
RELATIONS = frozenset(
    """
    supplier suppliers subsidiary subsidiaries rival rivals competitor
    competitors customer customers client clients partner partners creditor
    creditors parent unit division affiliate affiliates agent agents
    contractor contractors subcontractor subcontractors shareholder
    shareholders investor investors employee employees lender lenders
    insurer insurers wife husband son daughter brother sister mother father
    relative relatives friend friends neighbour neighbours neighbor neighbors
    colleague colleagues deputy aide aides assistant driver bodyguard
    """.split()
)
# "<relation> of (the) " right before the subject
_OF_BEFORE = lazy(r"\b([^\W\d_]+)\s+of\s+(?:the\s+|a\s+|an\s+)?$", FLAGS | BACKWARD)
# the subject's name runs on, then its possessive, a modifier and the
# relation: "Pellam Air's handling agent"
_OWNS_AFTER = lazy(
    r"(?:\s+[^\W\d_][\w-]*)*?['’]s?\s+(?:[^\W\d_][\w-]*\s+)?([^\W\d_]+)\b", FLAGS
)


def held_by_relation(text: str, subject: Span, clause_start: int) -> bool:
    """Whether the subject's hit at ``subject`` follows "<relation> of" or
    owns a relation, so that the clause tells of another party."""
    start, end = subject
    lead = max(clause_start, start - 40)
    # (substring tests first: this runs once per match)
    if " of " in text[lead:start]:
        found = _OF_BEFORE.search(text, lead, start)
        if found is not None and found.group(1).casefold() in RELATIONS:
            return True
    after = text[end : end + 60]
    if "'" in after or "’" in after:
        found = _OWNS_AFTER.match(text, end, end + 60)
        if found is not None and found.group(1).casefold() in RELATIONS:
            return True
    return False
